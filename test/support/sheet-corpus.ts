import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Decimal } from 'decimal.js';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/**
 * Tables of the seeds (../shared/seeds) as data, and writers that lay each out as analysts and
 * their programs write sheets: group rows, grouping columns (Område, Tema nr., Tema), in exceljs
 * and in text files as Excel saves them, with the signs and number styles of real sheets. The
 * figures are Brik decimals (`2.8`, `-5.0`, `0..10.0`); every subtotal row is the exact sum of
 * what it closes, so that an import that reads every cell right exits 0.
 */

/** A figure column: its header, and where its figure goes in the JSON report. */
export interface CorpusColumn {
    readonly header: string;
    readonly budget: 'drift' | 'anlæg';
    readonly column: 'netto' | 'opdrift' | 'omstilling';
    readonly period: string;
}

export interface CorpusItem {
    readonly name: string;
    /** One per column; undefined for an empty cell. */
    readonly figures: ReadonlyArray<string | undefined>;
    readonly category?: string;
}

export interface CorpusGroup {
    readonly kind: 'område' | 'tema';
    readonly number?: string;
    readonly name: string;
    readonly members: ReadonlyArray<CorpusGroup | CorpusItem>;
}

export type CorpusMember = CorpusGroup | CorpusItem;

export interface CorpusTable {
    readonly file: string;
    /** The lines above the header: title, unit, price level. */
    readonly title: readonly string[];
    readonly unit: string;
    readonly priceLevel: number;
    /** The header of the name column (an investeringsoversigt leaves it empty in the seed). */
    readonly nameHeader: string;
    readonly columns: readonly CorpusColumn[];
    readonly members: readonly CorpusMember[];
    /** The subtotal's words: `I alt X` (default), `X i alt` (seed 003's NAU table), and the grand total's. */
    readonly subtotal?: 'prefix' | 'suffix';
    readonly grandTotal?: string;
    /** A sparekatalog: savings printed positive, imported with --fortegn besparelse as negative omstilling. */
    readonly savings?: boolean;
    readonly flags?: readonly string[];
}

export const isGroup = (member: CorpusMember): member is CorpusGroup => 'members' in member;

const years = (from: number, to: number): CorpusColumn[] => Array.from({ length: to - from + 1 }, (_, i) => ({ header: String(from + i), budget: 'drift', column: 'netto', period: String(from + i) }));
const item = (name: string, ...figures: Array<string | undefined>): CorpusItem => ({ name, figures });

/** The eight tables of the seeds the issue names, each shortened to what shows its kind. */
export const CORPUS: readonly CorpusTable[] = [
    {
        // 003, the health overview: område and numbered temaer, Opdrift/Omstilling, ranges.
        file: '003-oversigt', title: ['Budget 2024 (mio. kr.), P/L 2023'], unit: 'mio. kr.', priceLevel: 2023, nameHeader: 'Budgetbrik',
        columns: [{ header: 'Opdrift', budget: 'drift', column: 'opdrift', period: '2024' }, { header: 'Omstilling', budget: 'drift', column: 'omstilling', period: '2024' }],
        members: [{
            kind: 'område', number: '1', name: 'Sundhedsområdet', members: [
                { kind: 'tema', number: '1.1', name: 'Kapacitetspres, arbejdsmiljø og rekruttering', members: [
                    item('Optimal udnyttelse af hospitalernes sengekapacitet', '0.0..10.0'),
                    item('Kapacitetsudvidelse – Børn og unge med funktionelle lidelser', '2.6'),
                    item('Neurorehabilitering', '2.8'),
                    item('Senfølgeklinik efter Covid-19', '0..1.6')
                ] },
                { kind: 'tema', number: '1.6', name: 'Medicin og lægelige artikler', members: [
                    item('Vækst i medicinudgifter', '19.0..35.0'),
                    item('De særlige medicinindsatser', undefined, '-5.0'),
                    item('Styrkelse af vederlagsfri udlevering', '0.7'),
                    item('Bedre indkøb', undefined, '-3.4')
                ] }
            ]
        }]
    },
    {
        // 003, the unavoidable expenses: items beside an unnumbered tema with its subtotal.
        file: '003-uomgaengelige', title: ['Uomgængelige udgifter i 2024, mio. kr., P/L-2023'], unit: 'mio. kr.', priceLevel: 2023, nameHeader: 'Budgetbrik',
        columns: years(2024, 2024),
        members: [
            item('Afdækning af merforbrug på praksisområdet', '25..50'),
            item('Forberedelse til fællesregional drift af Personlig Medicin', '1'),
            item('Udflytning til NAU og PNAU', '19.4'),
            { kind: 'tema', name: 'Tekniske udgifter', members: [item('Barsel', '9.4'), item('Forsikring', '3.0'), item('Tjenestemænd', '4.0'), item('Helårsvirkninger', '0.0')] },
            item('Reservepulje', '10')
        ]
    },
    {
        // 003, the NAU table: "… i alt" after the name, four years.
        file: '003-nau', title: ['Flytning og ibrugtagning af NAU og PNAU', 'Mio. kr. - 2024p/l'], unit: 'mio. kr.', priceLevel: 2024, nameHeader: 'Udgift',
        columns: years(2024, 2027), subtotal: 'suffix', grandTotal: 'Udgifter til flytning og ibrugtagning (NAU og PNAU) i alt',
        members: [
            { kind: 'tema', name: 'Udgifter til flytning og ibrugtagning (NAU)', members: [
                item('Bygningsudgifter', '74.5', '96.4', '140.7', '82.5'),
                item('Flytte og ibrugtagningsudgifter (incl. produktionstab)', '24.9', '56.7', '131.9', '8.5'),
                item('IT-mæssige udgifter', '23.5', '23.5', '22.6', '17.2'),
                item('Forøgede kliniske driftsudgifter', undefined, undefined, '12.8', '25.5')
            ] },
            { kind: 'tema', name: 'Udgifter til flytning og ibrugtagning (PNAU)', members: [
                item('Bygningsudgifter i psykiatrien', '4.2', '17.5', '32.7', '29.5'),
                item('Flytte- og ibrugtagningsudgifter', '1.5', '2.0', '11.2', undefined),
                item('Bidrag fra STENO til fremrykning', '-3.5', undefined, undefined, undefined)
            ] }
        ]
    },
    {
        // 003, the investeringsoversigt: anlæg in 1.000 kr., before and after the years, Overslag i alt.
        file: '003-investeringer', title: ['Investeringsoversigt for Sundhedsområdet 2023 til 2026 (1.000 kr.)'], unit: '1.000 kr.', priceLevel: 2023, nameHeader: 'Projekt',
        flags: ['--prisniveau', '2023'],
        columns: [
            { header: 'Finansieret tidligere år', budget: 'anlæg', column: 'netto', period: 'tidligere' },
            ...years(2023, 2026).map(column => ({ ...column, budget: 'anlæg' as const })),
            { header: 'Efterfølgende år', budget: 'anlæg', column: 'netto', period: 'efterfølgende' },
            { header: 'Overslag i alt', budget: 'anlæg', column: 'netto', period: 'samlet' }
        ],
        members: [
            { kind: 'tema', name: 'Aalborg Universitetshospital', members: [
                item('Reservationspulje Syd og Øst', undefined, '62000', undefined, undefined, undefined, undefined, '62000'),
                item('Reservationspulje til NAU', '30739', '96500', '81369', undefined, undefined, undefined, '208608'),
                item('Teknisk indkøring og kvalitetssikring (commissioning)', undefined, '20000', '5000', undefined, undefined, undefined, '25000')
            ] },
            { kind: 'tema', name: 'Reservationspulje til større projekter', members: [
                item('Neurorehabilitering, Behandlingsbygning i Hjørring, Patienthotel samt fortsat udflytning til Aalborg Øst', '23700', '1870', '128131', '198500', '209500', '793999', '1355700')
            ] }
        ]
    },
    {
        // 004, the spareforslag: savings printed positive, Eff/BAO categories, "Nettoændringer".
        file: '004-spareforslag', title: ['Spareforslag 2024-2027 – Sundhed og Omsorg', 'Økonomiske konsekvenser 2024-2027 (2024-PL i 1.000 kr.)'], unit: '1.000 kr.', priceLevel: 2024,
        nameHeader: 'Forslag', columns: years(2024, 2027), savings: true, flags: ['--fortegn', 'besparelse'], grandTotal: 'Nettoændringer i driftsudgifter',
        members: [
            { ...item('1. Samling af administrative opgaver', '1100', '4500', '4500', '4500'), category: 'Eff./BAO' },
            { ...item('2. Punktbesparelser i administrative enheder', '1600', '1600', '1600', '1600'), category: 'Eff.' },
            { ...item('4. Digitaliseringsindsatser', '-1540', '1100', '1100', '1100'), category: 'Eff.' },
            { ...item('5. Ledelse', '700', '700', '700', '700'), category: 'BAO.' },
            { ...item('7. Indfasning af administrative besparelser ift. punkt 1 og 4', '6040', '0', '0', '0'), category: 'Eff.' }
        ]
    },
    {
        // 001, the multi-year overview: Indtægter and Udgifter, negative figures.
        file: '001-flerår', title: ['Flerårsoversigt for sundhedsområdet 2025-2027', 'Mio. kr. (akkumulerede tal), P/L 2024'], unit: 'mio. kr.', priceLevel: 2024, nameHeader: 'Tekst',
        columns: years(2025, 2027),
        members: [
            { kind: 'tema', name: 'Indtægter', members: [
                item('Realvækst - Økonomiaftale', '-217.3', '-434.5', '-651.8'),
                item('Bloktilskudsfordeling', '-50.0', '-100.0', '-150.0'),
                item('Omfordeling af effektiviseringsgevinster', '16.6', '16.6', '16.6')
            ] },
            { kind: 'tema', name: 'Udgifter', members: [
                item('Demografimidler til hospitaler', '100.0', '200.0', '300.0'),
                item('Hospitalsmedicin', '68.0', '136.0', '204.0'),
                item('Leasing', '-6.0', '-12.0', '-12.0'),
                item('Midlertidig sikring af fysisk kapacitet til de særlige pladser i Regionspsykiatrien Midt - Budget 2022', '-1.2', '-2.7', '-2.7')
            ] }
        ]
    },
    {
        // 002, the committees' proposals: yearly profiles 2020–2023 in 2019 P/L.
        file: '002-forslag', title: ['Udvalgsemner til budget 2020 (mio. kr. 2019 P/L)'], unit: 'mio. kr.', priceLevel: 2019, nameHeader: 'Forslag',
        columns: years(2020, 2023),
        members: [
            { kind: 'tema', number: '1', name: 'Personlig Medicin', members: [
                item('PM-aktiviteter udover PM-aktiviteter relateret til NGC', '10.0', '20.0', '40.0', '80.0'),
                item('Påbegynde PM-oprustning i tilknytning til national PM-satsning', '20.0', '40.0', '60.0', '80.0')
            ] },
            { kind: 'tema', number: '2', name: 'Psykiatri og social', members: [
                item('Udvidelse af plasmaferesetapninger', '-6.0', '-6.0', '-6.0', '-6.0'),
                item('Differentieret livmoderhalskræftscreening', '0.0', '-1.2', '-1.2', '-1.2')
            ] }
        ]
    },
    {
        // 000, the budget agreement's themes: indicative savings as ranges.
        file: '000-temaer', title: ['Budgetforlig 2024 – Region Midtjylland, mio. kr., P/L 2024'], unit: 'mio. kr.', priceLevel: 2024, nameHeader: 'Emne',
        columns: years(2024, 2024),
        members: [
            { kind: 'tema', number: '1', name: 'Kapacitet og service', members: [
                item('Reduktion i kapacitet og service på fertilitetsområdet', '-10..-5'),
                item('Besparelse på arbejdsmedicin', '-2..-1'),
                item('Regionshospitalet Silkeborg', '-40..-25')
            ] },
            { kind: 'tema', number: '2', name: 'Beredskaber, herunder det akutte', members: [
                item('Reduktion af antallet af akutlægebiler', '-35..-30'),
                item('Forenklet model for akutklinikker', '-6..-5')
            ] }
        ]
    }
];

// ---- Figures -------------------------------------------------------------------------------

export interface Interval { readonly min: Decimal; readonly max: Decimal }

export function interval(figure: string): Interval {
    const [min, max = min] = figure.split('..');
    return { min: new Decimal(min), max: new Decimal(max) };
}

const add = (a: Interval, b: Interval): Interval => ({ min: a.min.plus(b.min), max: a.max.plus(b.max) });
const ZERO: Interval = { min: new Decimal(0), max: new Decimal(0) };

export function itemsOf(members: readonly CorpusMember[]): CorpusItem[] {
    return members.flatMap(member => isGroup(member) ? itemsOf(member.members) : [member]);
}

export function groupsOf(members: readonly CorpusMember[]): CorpusGroup[] {
    return members.flatMap(member => isGroup(member) ? [member, ...groupsOf(member.members)] : []);
}

/** The sum of a column over members, with the decimals the most precise figure has (as a sheet's subtotal prints it). */
function columnSum(members: readonly CorpusMember[], column: number): { sum: Interval; decimals: number } {
    const figures = itemsOf(members).map(member => member.figures[column]).filter((figure): figure is string => figure !== undefined);
    const decimals = Math.max(0, ...figures.map(figure => figure.split('..')[0].split('.')[1]?.length ?? 0));
    return { sum: figures.map(interval).reduce(add, ZERO), decimals };
}

// ---- How a figure is printed -----------------------------------------------------------------

/** How a negative figure is printed: `-1,5`, `–1,5` (Word's en dash), `(1,5)`, `1,5-`, `−1,5`. */
export type SignStyle = 'minus' | 'en-dash' | 'parentheses' | 'trailing' | 'unicode-minus';
/** How a figure is stored: a number cell with a format, text, or (1.000 kr.) kroner shown in thousands by `#,##0,`. */
export type NumberStyle = 'number' | 'text' | 'scaled';

function danish(value: Decimal, decimals: number): string {
    const [whole, fraction] = value.abs().toFixed(decimals).split('.');
    return `${whole.replace(/\B(?=(?:[0-9]{3})+$)/g, '.')}${fraction ? `,${fraction}` : ''}`;
}

function signed(value: Decimal, decimals: number, style: SignStyle): string {
    // Each end with its own decimals at least: `0 – 1,6`.
    const digits = danish(value, Math.max(decimals, value.decimalPlaces()));
    if (!value.isNegative() || value.isZero()) {
        return digits;
    }
    return { minus: `-${digits}`, 'en-dash': `\u2013${digits}`, parentheses: `(${digits})`, trailing: `${digits}-`, 'unicode-minus': `\u2212${digits}` }[style];
}

const decimalsOf = (figure: string) => figure.split('..')[0].split('.')[1]?.length ?? 0;

/** A figure as the sheet prints it: `1.234,5`, a range `0,0–10,0` (both ends in the sign style). */
export function printed(figure: Interval, decimals: number, style: SignStyle): string {
    if (figure.min.equals(figure.max)) {
        return signed(figure.min, decimals, style);
    }
    return `${signed(figure.min, decimals, style)} \u2013 ${signed(figure.max, decimals, style)}`;
}

/** One cell as a writer puts it: text, a number with its format, or (exceljs) a value as it stands: a date, an error, a formula. */
export type SheetCell = string | { readonly number: number; readonly format: string } | { readonly raw: ExcelJS.CellValue } | undefined;

function figureCell(figure: Interval | undefined, decimals: number, sign: SignStyle, numbers: NumberStyle): SheetCell {
    if (figure === undefined) {
        return undefined;
    }
    if (numbers === 'text' || !figure.min.equals(figure.max)) {
        return printed(figure, decimals, sign);
    }
    const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
    const format = sign === 'parentheses' ? `#,##0${fraction}_);(#,##0${fraction})` : sign === 'trailing' ? `#,##0${fraction};#,##0${fraction}-` : `#,##0${fraction}`;
    if (numbers === 'scaled') {
        return { number: figure.min.times(1000).toNumber(), format: format.replace(/0(?=[;_)-]|$)/g, '0,') };
    }
    return { number: figure.min.toNumber(), format };
}

// ---- Layouts ---------------------------------------------------------------------------------

/** Group rows (`1.1 Kapacitetspres`, then its items and `I alt …`), or grouping columns (Område, Tema nr., Tema). */
export type Layout = 'group-rows' | 'grouping-columns';

export interface SheetStyle {
    readonly layout: Layout;
    readonly sign: SignStyle;
    readonly numbers: NumberStyle;
}

function subtotalText(table: CorpusTable, title: string): string {
    return table.subtotal === 'suffix' ? `${title} i alt` : `I alt ${title}`;
}

/** A group row's text: `1.1 Kapacitetspres`, an område's `1 Sundhedsområdet`, a tema numbered without a dot `Tema 1: …` (seed 000). */
const groupTitle = (group: CorpusGroup) => !group.number ? group.name
    : group.kind === 'tema' && !group.number.includes('.') ? `Tema ${group.number}: ${group.name}` : `${group.number} ${group.name}`;

/** The table's rows, cell by cell, in a layout and style. */
export function sheetRows(table: CorpusTable, style: SheetStyle): SheetCell[][] {
    const columns = style.layout === 'grouping-columns';
    const depth = Math.max(0, ...groupsOf(table.members).map(group => group.kind === 'område' ? 1 : 0));
    const categories = itemsOf(table.members).some(member => member.category !== undefined);
    const groupHeaders = columns ? [...depth > 0 ? ['Område'] : [], 'Tema nr.', 'Tema'] : [];
    const rows: SheetCell[][] = table.title.map(line => [line]);
    rows.push([...groupHeaders, table.nameHeader, ...table.columns.map(column => column.header), ...categories ? ['Kategori'] : []]);
    const figures = (members: readonly CorpusMember[]) => table.columns.map((_, c) => {
        const { sum, decimals } = columnSum(members, c);
        return figureCell(sum, decimals, style.sign, style.numbers);
    });
    const itemFigures = (member: CorpusItem) => member.figures.map(figure => figure === undefined ? undefined : figureCell(interval(figure), decimalsOf(figure), style.sign, style.numbers));
    let lastPlace = '';
    const visit = (members: readonly CorpusMember[], path: readonly CorpusGroup[]) => {
        for (const member of members) {
            if (isGroup(member)) {
                if (!columns) {
                    rows.push([groupTitle(member)]);
                }
                visit(member.members, [...path, member]);
                const place = columns ? placeCells(path, member, depth) : [];
                rows.push([...place, subtotalText(table, groupTitle(member)), ...figures(member.members)]);
                lastPlace = '';
                continue;
            }
            let place = columns ? placeCells(path, undefined, depth) : [];
            // A pivot table writes a group's cells on its first row only.
            const key = place.join('|');
            if (key === lastPlace) {
                place = place.map(() => undefined);
            }
            lastPlace = key;
            rows.push([...place, member.name, ...itemFigures(member), ...categories ? [member.category] : []]);
        }
    };
    visit(table.members, []);
    rows.push([...columns ? groupHeaders.map(() => undefined) : [], table.grandTotal ?? 'I alt', ...figures(table.members)]);
    return rows;
}

/** The grouping cells of a row: Område (where the table has one), Tema nr., Tema; a subtotal row names its own group. */
function placeCells(path: readonly CorpusGroup[], closing: CorpusGroup | undefined, depth: number): SheetCell[] {
    const all = closing ? [...path, closing] : path;
    const area = all.find(group => group.kind === 'område');
    const theme = all.findLast(group => group.kind === 'tema');
    // A subtotal of an område leaves the Tema cells blank.
    const themeCells = closing?.kind === 'område' ? [undefined, undefined] : [theme?.number, theme?.name];
    return [...depth > 0 ? [area?.name] : [], ...themeCells];
}

// ---- Writers ---------------------------------------------------------------------------------

export async function writeExcelJs(file: string, rows: readonly SheetCell[][]): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ark1');
    rows.forEach((row, r) => row.forEach((cell, c) => {
        if (cell === undefined) {
            return;
        }
        const target = sheet.getCell(r + 1, c + 1);
        if (typeof cell === 'string') {
            target.value = cell;
        } else if ('raw' in cell) {
            target.value = cell.raw;
        } else {
            target.value = cell.number;
            target.numFmt = cell.format;
        }
    }));
    await workbook.xlsx.writeFile(file);
}

/** A text file as Excel saves it: the separator, a `sep=` line, and the encoding. */
export interface TextVariant {
    readonly delimiter: ';' | '\t' | ',';
    readonly sepLine: boolean;
    readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export function writeText(file: string, rows: readonly SheetCell[][], variant: TextVariant): void {
    const text = (cell: SheetCell) => cell === undefined ? '' : typeof cell === 'string' ? cell : 'raw' in cell ? String(cell.raw) : String(cell.number).replace('.', ',');
    const quote = (cell: string) => cell.includes(variant.delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    const body = [...variant.sepLine ? [`sep=${variant.delimiter}`] : [], ...rows.map(row => row.map(cell => quote(text(cell))).join(variant.delimiter))].join('\r\n') + '\r\n';
    const bytes = variant.encoding === 'utf-8' ? Buffer.from(body, 'utf8')
        : variant.encoding === 'utf-8-bom' ? Buffer.from(`\uFEFF${body}`, 'utf8')
            : variant.encoding === 'utf-16le' ? Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(body, 'utf16le')])
                : variant.encoding === 'utf-16be' ? Buffer.concat([Buffer.from([0xFE, 0xFF]), Buffer.from(body, 'utf16le').swap16()])
                    : iconv.encode(body, 'windows-1252');
    writeFileSync(file, bytes);
}

// ---- The catalogue as Brik text, for Brik's own export ----------------------------------------

const amount = (figure: string, unit: string) => {
    const [min, max] = figure.split('..');
    const one = (value: string) => unit === 'mio. kr.' ? value : value.replace(/\.([0-9]{3})$/, '.$10');
    return max === undefined ? one(min) : `${one(min)}..${one(max)}`;
};

/** The table as the `.brik` an analyst would write: the export of it is the third layout. */
export function brikSource(table: CorpusTable): string {
    const [first] = table.columns;
    const years = table.columns.filter(column => /^[0-9]{4}$/.test(column.period)).map(column => Number(column.period));
    const lines: string[] = [`budget "${table.file}" {`, `enhed ${table.unit}`, `prisniveau ${table.priceLevel}`,
        `år ${Math.min(...years)}..${Math.max(...years)}`];
    const negate = (figure: string) => figure.split('..').reverse().map(end => new Decimal(end).negated().toFixed()).join('..');
    const visit = (members: readonly CorpusMember[]) => {
        for (const member of members) {
            if (isGroup(member)) {
                lines.push(`${member.kind} ${member.kind === 'tema' && member.number ? `"${member.number}" ` : ''}"${member.name}" {`);
                visit(member.members);
                lines.push('}');
                continue;
            }
            const figures = member.figures.map(figure => figure === undefined || !table.savings ? figure : negate(figure));
            const periods = table.columns.map((column, c) => [column, figures[c]] as const)
                .filter(([column, figure]) => figure !== undefined && column.period !== 'samlet')
                .map(([column, figure]) => `${column.period}: ${amount(figure!, table.unit)}`);
            const omstilling = table.savings || table.columns.some((column, c) => column.column === 'omstilling' && figures[c] !== undefined);
            const category = member.category ? ` kategori ${member.category.toLowerCase().replace(/\./g, '').split('/').join(', ')}` : '';
            lines.push(`brik "${member.name}"${omstilling ? ' omstilling' : ''}${category} ${first.budget} ${periods.join(', ') || '0'}`);
        }
    };
    visit(table.members);
    lines.push('}', '');
    return lines.join('\n');
}

export const corpusPath = (dir: string, name: string) => path.join(dir, name);
