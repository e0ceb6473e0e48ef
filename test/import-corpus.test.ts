import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Decimal } from 'decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonNode, JsonReport } from './support/reports.js';
import type { RunResult } from './support/run-brik.js';
import { runBrikAsync } from './support/run-brik.js';
import type { CorpusGroup, CorpusTable, SheetCell, SheetStyle, SignStyle, TextVariant } from './support/sheet-corpus.js';
import { brikSource, CORPUS, groupsOf, interval, isGroup, itemsOf, sheetRows, writeExcelJs, writeText } from './support/sheet-corpus.js';

/**
 * Eight tables of the seeds, each laid out as sheets exist: group rows and grouping columns,
 * written by exceljs and by LibreOffice (`soffice --convert-to xlsx`, which writes shared strings
 * and cached values its own way), as Danish Excel's text files (`;` with a BOM, `sep=` in
 * Windows-1252, "Unicode-tekst": tab in UTF-16, `,` with quoted decimal commas), with every sign
 * style (minus, en dash, parentheses, trailing minus, U+2212) and number style (formatted number
 * cells, text, thousands shown by `#,##0,`), and as Brik's own export. Every imported figure and
 * every declared total is asserted exactly.
 */

interface Variant {
    readonly id: string;
    readonly table: CorpusTable;
    /** The file to import, once written. */
    readonly file: string;
    readonly style?: SheetStyle;
}

const SIGNS: readonly SignStyle[] = ['minus', 'en-dash', 'parentheses', 'trailing', 'unicode-minus'];
let dir: string;
const variants: Variant[] = [];
/** LibreOffice's conversions: one soffice run per kind of source, every file of the run at once. */
const libreOffice: Array<{ source: string; target: string; variant: Omit<Variant, 'file'> }> = [];

function soffice(files: readonly string[], out: string, filter: string | undefined): Promise<void> {
    if (files.length === 0) {
        return Promise.resolve();
    }
    const profile = mkdtempSync(path.join(dir, 'lo-profile-'));
    const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...filter ? [`--infilter=${filter}`] : [], '--convert-to', 'xlsx', '--outdir', out, ...files];
    return new Promise((resolve, reject) => {
        const child = spawn('soffice', args, { stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', () => resolve());
    });
}

function add(variant: Variant): void {
    variants.push(variant);
}

beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-corpus-'));
    const loSources = { csv: path.join(dir, 'lo-csv'), xlsx: path.join(dir, 'lo-xlsx'), out: path.join(dir, 'lo-out') };
    Object.values(loSources).forEach(folder => mkdirSync(folder));
    // BRIK_CORPUS=003-nau runs one table's variants (while fixing one).
    const only = process.env.BRIK_CORPUS;
    for (const [i, table] of CORPUS.entries()) {
        if (only && table.file !== only) {
            continue;
        }
        const sign = (k: number) => SIGNS[(i + k) % SIGNS.length];
        const base = (name: string) => path.join(dir, `${table.file}-${name}`);
        // exceljs: group rows with formatted number cells; grouping columns as text, or (1.000 kr.) kroner shown in thousands.
        const rows: SheetCell[][] = sheetRows(table, { layout: 'group-rows', sign: sign(0), numbers: 'number' });
        await writeExcelJs(`${base('raekker')}.xlsx`, rows);
        add({ id: `exceljs, grupperækker, talceller, ${sign(0)}`, table, file: `${base('raekker')}.xlsx`, style: { layout: 'group-rows', sign: sign(0), numbers: 'number' } });
        const columnsStyle: SheetStyle = { layout: 'grouping-columns', sign: sign(1), numbers: table.unit === '1.000 kr.' ? 'scaled' : 'text' };
        await writeExcelJs(`${base('kolonner')}.xlsx`, sheetRows(table, columnsStyle));
        add({ id: `exceljs, grupperingskolonner, ${columnsStyle.numbers}, ${sign(1)}`, table, file: `${base('kolonner')}.xlsx`, style: columnsStyle });
        // Text files as Excel saves them.
        const texts: Array<[string, SheetStyle, TextVariant]> = [
            ['semikolon', { layout: 'group-rows', sign: sign(2), numbers: 'text' }, { delimiter: ';', sepLine: false, encoding: 'utf-8-bom' }],
            // Windows-1252 has the en dash, not U+2212.
            ['sep-cp1252', { layout: 'grouping-columns', sign: sign(3) === 'unicode-minus' ? 'en-dash' : sign(3), numbers: 'text' }, { delimiter: ';', sepLine: true, encoding: 'windows-1252' }],
            ['unicode-tekst', { layout: i % 2 === 0 ? 'group-rows' : 'grouping-columns', sign: sign(4), numbers: 'text' }, { delimiter: '\t', sepLine: false, encoding: i % 2 === 0 ? 'utf-16le' : 'utf-16be' }],
            ['komma', { layout: 'grouping-columns', sign: 'minus', numbers: 'text' }, { delimiter: ',', sepLine: false, encoding: 'utf-8' }]
        ];
        for (const [name, style, variant] of texts) {
            if (name === 'komma' && (table.unit !== 'mio. kr.' || i % 2 === 1)) {
                // A comma-separated file whose figures are all whole thousands (`62.000`) does not say whether the dot groups or is a decimal point;
                // and every other table is enough to show the kind.
                continue;
            }
            const file = `${base(name)}.${variant.delimiter === '\t' ? 'txt' : 'csv'}`;
            writeText(file, sheetRows(table, style), variant);
            add({ id: `${name} (${variant.encoding}), ${style.layout}, ${style.sign}`, table, file, style });
        }
        // LibreOffice: a Danish CSV opened and saved as .xlsx, or exceljs's workbook saved again (every other table each).
        if (i % 2 === 0) {
            copyFileSync(`${base('semikolon')}.csv`, path.join(loSources.csv, `${table.file}-lo-csv.csv`));
            libreOffice.push({ source: `${base('semikolon')}.csv`, target: path.join(loSources.out, `${table.file}-lo-csv.xlsx`), variant: { id: `LibreOffice fra CSV, grupperækker, ${sign(2)}`, table } });
        } else {
            copyFileSync(`${base('kolonner')}.xlsx`, path.join(loSources.xlsx, `${table.file}-lo-xlsx.xlsx`));
            libreOffice.push({ source: `${base('kolonner')}.xlsx`, target: path.join(loSources.out, `${table.file}-lo-xlsx.xlsx`), variant: { id: `LibreOffice fra exceljs, grupperingskolonner, ${sign(1)}`, table } });
        }
    }
    const csvFiles = libreOffice.filter(entry => entry.source.endsWith('.csv')).map(entry => path.join(loSources.csv, path.basename(entry.target, '.xlsx') + '.csv'));
    const xlsxFiles = libreOffice.filter(entry => entry.source.endsWith('.xlsx')).map(entry => path.join(loSources.xlsx, path.basename(entry.target)));
    // Field separator ';', quote '"', UTF-8, from row 1, Danish (1030): as Danish Excel's CSV opens.
    await Promise.all([soffice(csvFiles, loSources.out, 'CSV:59,34,76,1,,1030'), soffice(xlsxFiles, loSources.out, undefined)]);
    for (const entry of libreOffice) {
        expect(existsSync(entry.target), `soffice wrote ${entry.target}`).toBe(true);
        variants.push({ ...entry.variant, file: entry.target });
    }
}, 600_000);

interface Imported extends RunResult {
    readonly brik: string;
    readonly report: JsonReport;
}

async function importAndReport(file: string, flags: readonly string[]): Promise<Imported> {
    const out = `${file}.brik`;
    const result = await runBrikAsync(['import', file, '--out', out, ...flags]);
    const json = await runBrikAsync(['report', out, '--format', 'json', '--allow-errors']);
    return { ...result, brik: existsSync(out) ? readFileSync(out, 'utf8') : '', report: JSON.parse(json.stdout || '{}') as JsonReport };
}

/** Each node of the report with the names of the containers it stands in. */
function placed(nodes: readonly JsonNode[], path: readonly string[] = []): Array<{ node: JsonNode; path: string[] }> {
    return nodes.flatMap(node => [{ node, path: [...path] }, ...placed(node.children, [...path, node.name])]);
}

function expectFigure(actual: { min: string; max: string } | undefined, figure: string, negate: boolean, where: string): void {
    const expected = interval(figure);
    const [min, max] = negate ? [expected.max.negated(), expected.min.negated()] : [expected.min, expected.max];
    expect(actual, where).toBeDefined();
    expect([new Decimal(actual!.min).toFixed(), new Decimal(actual!.max).toFixed()], where).toEqual([min.toFixed(), max.toFixed()]);
}

/** Every figure of the table in the report, each in its container; and a declared total per column for every container and the whole. */
function expectTable(table: CorpusTable, imported: Imported, id: string): void {
    expect(imported.stderr, id).not.toMatch(/: error: |import-unread/);
    expect(imported.code, `${id}\n${imported.stderr}`).toBe(0);
    const nodes = placed(imported.report.children);
    const containers = (members: readonly (CorpusGroup | { name: string })[], path: readonly string[]) => {
        for (const member of members) {
            const found = nodes.find(entry => entry.node.name === member.name && entry.path.join('›') === path.join('›'));
            expect(found, `${id}: ${[...path, member.name].join(' › ')}`).toBeDefined();
            if (isGroup(member as CorpusGroup)) {
                const group = member as CorpusGroup;
                expect(found!.node.kind, `${id}: ${group.name}`).toBe(group.kind);
                if (group.kind === 'tema') {
                    expect(found!.node.number, `${id}: ${group.name}`).toBe(group.number ?? null);
                }
                containers(group.members as Array<CorpusGroup | { name: string }>, [...path, group.name]);
            }
        }
    };
    containers(table.members as Array<CorpusGroup | { name: string }>, []);
    for (const item of itemsOf(table.members)) {
        const node = nodes.find(entry => entry.node.name === item.name)!.node;
        table.columns.forEach((column, c) => {
            const figure = item.figures[c];
            if (figure === undefined) {
                return;
            }
            const kind = table.savings ? 'omstilling' : column.column;
            const years = (node.total as unknown as Record<string, Record<string, Record<string, { min: string; max: string }>>>)[column.budget][kind];
            expectFigure(years[column.period], figure, table.savings === true, `${id}: ${item.name}, ${column.header}`);
        });
    }
    const itemTotals = itemsOf(table.members).filter(item => table.columns.some((column, c) => column.period === 'samlet' && item.figures[c] !== undefined)).length;
    const declared = imported.brik.match(/^\s*total /gm)?.length ?? 0;
    expect(declared, `${id}: declared totals`).toBe((groupsOf(table.members).length + 1) * table.columns.length + itemTotals);
}

describe('the corpus: seed tables in the layouts and files that exist', () => {
    it('has at least eight tables, each in at least three layouts and both XLSX writers', () => {
        expect(CORPUS.length).toBeGreaterThanOrEqual(8);
        for (const table of CORPUS) {
            const own = variants.filter(variant => variant.table === table);
            expect(new Set(own.map(variant => variant.style?.layout).filter(Boolean)).size, table.file).toBe(2);
            expect(own.some(variant => variant.id.startsWith('LibreOffice'))).toBe(true);
            expect(own.some(variant => variant.id.startsWith('exceljs'))).toBe(true);
        }
    });

    it('imports every figure and every declared total exactly, from every variant', async () => {
        const pending = [...variants];
        const failures: string[] = [];
        // Two imports side by side: each is a process of its own.
        await Promise.all([0, 1].map(async () => {
            for (let variant = pending.shift(); variant; variant = pending.shift()) {
                const imported = await importAndReport(variant.file, variant.table.flags ?? []);
                try {
                    expectTable(variant.table, imported, `${variant.table.file}: ${variant.id}`);
                } catch (error) {
                    failures.push((error as Error).message);
                }
            }
        }));
        expect(failures, failures.join('\n\n')).toEqual([]);
    }, 900_000);

    it('reads Brik\'s own export of each table (XLSX and CSV) back to the same report', async () => {
        const failures: string[] = [];
        const pending = [...CORPUS];
        // Two tables side by side, as above.
        await Promise.all([0, 1].map(async () => {
            for (let table = pending.shift(); table; table = pending.shift()) {
                const source = path.join(dir, `${table.file}.brik`);
                writeFileSync(source, brikSource(table));
                const before = await runBrikAsync(['report', source, '--format', 'json']);
                expect(before.code, `${table.file}: ${before.stderr}`).toBe(0);
                for (const format of ['xlsx', 'csv']) {
                    const exported = path.join(dir, `${table.file}-eksport.${format}`);
                    expect((await runBrikAsync(['report', source, '--format', format, '--out', exported])).code).toBe(0);
                    const flags = format === 'csv' ? ['--enhed', table.unit, '--prisniveau', String(table.priceLevel)] : [];
                    const imported = await importAndReport(exported, flags);
                    const expected = JSON.parse(before.stdout) as Record<string, unknown>;
                    const actual = imported.report as unknown as Record<string, unknown>;
                    delete expected.scenarios;
                    delete actual.scenarios;
                    if (format === 'csv') {
                        actual.budget = expected.budget;
                    }
                    try {
                        expect(imported.code, `${table.file} ${format}: ${imported.stderr}`).toBe(0);
                        expect(actual, `${table.file} ${format}`).toEqual(expected);
                    } catch (error) {
                        failures.push((error as Error).message);
                    }
                }
            }
        }));
        expect(failures, failures.join('\n\n')).toEqual([]);
    }, 900_000);
});
