import type { FigureHeading, Words } from '@brik/language';
import { headerWords, rangeEndOf, readFigureHeading, wordsOf } from '@brik/language';
import type { Table, TableRow } from './read-table.js';
import { columnIndex, columnLetters } from './read-table.js';

/** Which money a figure column holds (LANGUAGE.md §5); `årsværk` is staff, not money. */
export type FigureBudget = 'drift' | 'anlæg' | 'årsværk';
/** The column of §5 a figure stands in; `egenfinansiering` is Brik's export's "heraf finansiering": part of netto. */
export type FigureColumn = 'netto' | 'opdrift' | 'omstilling' | 'finansiering' | 'egenfinansiering';
/** A year, `permanent`, or (with issue 12's grammar) `tidligere`, `efterfølgende`, `samlet`; `budgetår` until the years are known. */
export type FigurePeriod = string;

/** What a text column holds; `number` is what the sheet numbers its rows with (`Nr.`), `theme-number` a tema's (`Tema nr.`). */
export type TextRole = 'name' | 'number' | 'theme-number' | 'type' | 'marks' | 'unavoidable' | 'political' | 'owner' | 'category' | 'note' | 'area' | 'theme' | 'path' | 'ignored';

export type ColumnRole =
    | { readonly kind: TextRole }
    | { readonly kind: 'figure'; readonly budget: FigureBudget | undefined; readonly column: FigureColumn; readonly period: FigurePeriod; readonly end: 'min' | 'max' | 'both' }
    | { readonly kind: 'unavoidable-part'; readonly end: 'min' | 'max' | 'both' };

export type FigureRole = Extract<ColumnRole, { kind: 'figure' }>;

export interface Header {
    /** 0-based index of the header row. */
    readonly row: number;
    /** The role of each column, by 0-based index; columns with an unknown header are absent. */
    readonly roles: ReadonlyMap<number, ColumnRole>;
    /** Whether the name column has a header of its own (an investeringsoversigt leaves it empty). */
    readonly namedNameColumn: boolean;
    /** Headers that were not recognised: `Ark1!F4` and their text, reported once. */
    readonly unknown: ReadonlyArray<{ readonly address: string; readonly text: string }>;
    /** The header's texts by column, as the sheet writes them. */
    readonly texts: ReadonlyMap<number, string>;
}

/** A regular expression for whole words, also Danish ones: `\b` knows only ASCII letters. */
function word(alternatives: string, global = false): RegExp {
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, global ? 'gu' : 'u');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The export's own heading in both locales, as compared: Brik's CSV and XLSX reports write these. */
const exported = (word: (words: Words) => string) => LOCALES.map(locale => escape(headerWords(word(wordsOf(locale)))));
const LOCALES = ['da', 'en'] as const;

const TEXT_ROLES: ReadonlyArray<[RegExp, TextRole]> = ([
    [['budgetbrik', 'budgetbrikker', 'brik', 'forslag', 'spareforslag', 'navn', 'initiativ', 'initiativer', 'tiltag', 'projekt', 'emne', 'tekst', 'udgift', 'udgiftstype', 'post', 'aktivitet', 'name', 'item', ...exported(w => w.item), ...exported(w => w.name)], 'name'],
    [['tema nr', 'tema-nr', 'temanr', 'temanummer', 'theme no', ...exported(w => w.themeNumber)], 'theme-number'],
    [['nr', 'nummer', 'løbenr', 'løbenummer', 'no'], 'number'],
    [['type', 'art', 'kind', ...exported(w => w.kind)], 'type'],
    [['markering', 'markeringer', 'marks', ...exported(w => w.marks)], 'marks'],
    [['\\(!\\)', 'uomgængelig', 'uomgængelige', 'unavoidable'], 'unavoidable'],
    [['\\*', 'politisk', 'political'], 'political'],
    [['virksomhed', 'enhed ansvarlig', 'ansvarlig', 'owner', ...exported(w => w.owner)], 'owner'],
    [['kategori', 'kategorier', 'category', 'eff\\/bao\\/am', ...exported(w => w.category)], 'category'],
    [['bemærkning', 'bemærkninger', 'note', 'noter', 'notes', 'kommentar', ...exported(w => w.notes)], 'note'],
    [['område', 'sektor', 'udvalg', 'politikområde', 'bevillingsområde', 'hovedområde', 'area', ...exported(w => w.area)], 'area'],
    [['tema', 'temaer', 'theme', ...exported(w => w.theme)], 'theme'],
    [['sti', 'path', ...exported(w => w.path)], 'path'],
    [['ignorer', 'ignore', ...exported(w => w.basedOnErrorsColumn)], 'ignored']
] as ReadonlyArray<[string[], TextRole]>).map(([words, role]) => [new RegExp(`^(?:${[...new Set(words)].join('|')})$`, 'u'), role]);

/** The text roles as the flag --kolonne names them, Danish first. */
export const TEXT_ROLE_NAMES: Readonly<Record<TextRole, string>> = {
    name: 'navn', number: 'nr', 'theme-number': 'tema nr', type: 'type', marks: 'markering', unavoidable: 'uomgængelig',
    political: 'politisk', owner: 'virksomhed', category: 'kategori', note: 'bemærkning', area: 'område', theme: 'tema', path: 'sti', ignored: 'ignorer'
};

/** The period a figure header names, or undefined; `budgetår` where it names none (`Opdrift`). */
function periodOf(words: string): FigurePeriod | undefined {
    const year = /(?:^|\D)((?:19|20)[0-9]{2})(?:\D|$)/.exec(words);
    if (year) {
        return year[1];
    }
    if (word('varigt|varig|permanent|helårsvirkning').test(words)) {
        return 'permanent';
    }
    if (/tidligere/.test(words)) {
        return 'tidligere';
    }
    if (/efterfølgende/.test(words)) {
        return 'efterfølgende';
    }
    if (word('i alt|overslag|samlet|total').test(words)) {
        return 'samlet';
    }
    return undefined;
}

/** A figure column of Brik's own export (sheet-headings.ts): its block as a budget and column of §5. */
function exportedRole(heading: FigureHeading): ColumnRole {
    const { block, period, end } = heading;
    switch (block) {
        case 'uomgængelig': return { kind: 'unavoidable-part', end };
        case 'egenfinansiering': return { kind: 'figure', budget: undefined, column: 'egenfinansiering', period, end };
        // Unnamed (`2024`): drift, or anlæg in an investeringsoversigt; the importer decides from the sheet.
        case 'drift': return { kind: 'figure', budget: undefined, column: 'netto', period, end };
        default: return { kind: 'figure', budget: block, column: 'netto', period, end };
    }
}

/** An analyst's words for the ends of a range, beside Brik's own (`2024 min`). */
const ANALYST_ENDS: ReadonlyArray<[RegExp, 'min' | 'max']> = [[/\sminimum$/, 'min'], [/\smaksimum$/, 'max']];

/**
 * A figure column's role from its header: Brik's own export's headings (`2024`, `2024 min`,
 * `Anlæg 2025 max`, `Årsværk 2024`, `heraf finansiering varigt`), and an analyst's (`Opdrift`,
 * `Drift 2024`, `Personaleændringer 2024`, `Overslag i alt`).
 */
export function figureRole(text: string): ColumnRole | undefined {
    const exported = readFigureHeading(text);
    if (exported) {
        return exportedRole(exported);
    }
    let words = headerWords(text);
    const brikEnd = rangeEndOf(words);
    const analystEnd = ANALYST_ENDS.find(([pattern]) => pattern.test(words));
    const end = brikEnd?.end ?? analystEnd?.[1] ?? 'both';
    words = brikEnd?.rest ?? (analystEnd ? words.replace(analystEnd[0], '') : words);
    // Unnamed (`2024`): drift, or anlæg in an investeringsoversigt; the importer decides from the sheet.
    const budget: FigureBudget | undefined = word('årsværk|personaleændringer|personaleændring|staff').test(words) ? 'årsværk'
        : word('anlæg|anlaeg|anlægsudgift|anlægsudgifter|capital').test(words) ? 'anlæg'
            : word('drift').test(words) ? 'drift' : undefined;
    const column: FigureColumn = word('opdrift').test(words) ? 'opdrift'
        : word('omstilling').test(words) ? 'omstilling'
            : word('finansiering').test(words) && !/tidligere/.test(words) ? 'finansiering' : 'netto';
    const named = /^(drift|anlæg|anlaeg|årsværk|personaleændringer|opdrift|omstilling|finansiering|netto|beløb)$/.test(words);
    const period = periodOf(words) ?? (named ? 'budgetår' : undefined);
    if (period === undefined) {
        return undefined;
    }
    // What is left once the known words are gone must be nothing: `Telefon 2024` is no figure column.
    const rest = words.replace(/(?:19|20)[0-9]{2}/g, '').replace(word('heraf|finansieret|finansiering|tidligere|efterfølgende|år|i alt|overslag|samlet|total|varigt|varig|permanent|helårsvirkning|drift|anlæg|anlaeg|anlægsudgifter|anlægsudgift|årsværk|personaleændringer|personaleændring|opdrift|omstilling|netto|beløb|budget|mio|kr|1\\.000|t|pl|p/l|i', true), '')
        .replace(/[\s().,:\-–/]+/g, '');
    return rest === '' ? { kind: 'figure', budget, column, period, end } : undefined;
}

export function roleOf(text: string): ColumnRole | undefined {
    const words = headerWords(text);
    const textRole = TEXT_ROLES.find(([pattern]) => pattern.test(words));
    return textRole ? { kind: textRole[1] } as ColumnRole : figureRole(text);
}

/** The roles the user gives columns with --kolonne, by 0-based index. */
export type ColumnOverrides = ReadonlyMap<number, ColumnRole>;

/**
 * `C=2024`, `D=tema`, `F=ignorer`: a column by its letter, and a header Brik knows (TEXT_ROLE_NAMES,
 * or a figure header such as `2024 min`, `Varigt`, `Anlæg 2025`). Undefined when either is unknown.
 */
export function columnOverride(text: string): [number, ColumnRole] | undefined {
    const match = /^\s*([A-Za-z]{1,3})\s*=\s*(.+?)\s*$/.exec(text);
    const column = match ? columnIndex(match[1]) : undefined;
    const role = match ? roleOf(match[2]) : undefined;
    return column !== undefined && role !== undefined ? [column, role] : undefined;
}

function headerOf(row: TableRow, index: number, overrides: ColumnOverrides): Header | undefined {
    const roles = new Map<number, ColumnRole>();
    const texts = new Map<number, string>();
    const unknown: Array<{ address: string; text: string }> = [];
    row.cells.forEach((cell, column) => {
        if (!cell || cell.text.trim() === '') {
            return;
        }
        texts.set(column, cell.text.trim());
        const role = overrides.get(column) ?? (cell.number === undefined || /^(19|20)[0-9]{2}$/.test(cell.number) ? roleOf(cell.text) : undefined);
        if (role) {
            roles.set(column, role);
        } else {
            unknown.push({ address: cell.address, text: cell.text });
        }
    });
    for (const [column, role] of overrides) {
        roles.set(column, role);
    }
    const figures = [...roles.values()].filter(role => role.kind === 'figure').length;
    const namedNameColumn = [...roles.values()].some(role => role.kind === 'name');
    // An investeringsoversigt leaves the name column's header empty.
    if (figures >= 2 && !row.cells[0]?.text.trim() && ![...roles.values()].some(role => role.kind === 'name')) {
        roles.set(0, { kind: 'name' });
    }
    const hasName = [...roles.values()].some(role => role.kind === 'name');
    // A header names the items and at least one figure column, and is mostly made of known words.
    return hasName && figures > 0 && roles.size > unknown.length ? { row: index, roles, unknown, namedNameColumn, texts } : undefined;
}

/** How well a table's header is recognised, for choosing a workbook's sheet. */
export function headerScore(table: Table): { score: number; row: number | undefined } {
    const header = findHeader(table);
    return header ? { score: header.roles.size + (header.namedNameColumn ? 100 : 0), row: header.row } : { score: 0, row: undefined };
}

/** The first row among the top 40 that reads as a header, or undefined. */
export function findHeader(table: Table, overrides: ColumnOverrides = new Map()): Header | undefined {
    for (let r = 0; r < Math.min(table.rows.length, 40); r++) {
        const header = headerOf(table.rows[r], r, overrides);
        if (header) {
            return header;
        }
    }
    return undefined;
}

/** `C` for the 0-based column 2. */
export const letterOf = (column: number) => columnLetters(column + 1);
