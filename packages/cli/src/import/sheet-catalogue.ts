import { AnalystSheet } from './analyst-sheet.js';
import { isBrikExport, readBrikCsv, readBrikWorkbook } from './brik-export-sheet.js';
import type { Header } from './columns.js';
import type { ImportedBudget, ImportWarning, OuterPeriod } from './imported-catalogue.js';
import type { Table } from './read-table.js';
import type { RowView } from './row-reader.js';
import { RowReader } from './row-reader.js';
import type { SignConvention } from './sign-convention.js';
import { savingsAsOmstilling, savingsEvidence } from './sign-convention.js';

/** What the user says on the command line, where the sheet does not. */
export interface ImportSettings {
    readonly enhed?: string;
    readonly prisniveau?: number;
    readonly years?: readonly number[];
    /** How the sheet signs its figures; undefined: the sheet's own figures, unless it looks like a sparekatalog. */
    readonly signs?: SignConvention;
    /** The budget's name when the sheet has no title: the file's name. */
    readonly fallbackName: string;
}

/** The catalogue read from a sheet, and all that was said about it. */
export interface ReadCatalogue {
    readonly budget: ImportedBudget;
    /** Cells and columns that the user should know about. */
    readonly warnings: readonly ImportWarning[];
    /** Cells in amount columns that hold no amount: the file lacks their figures, and the import exits 1. */
    readonly unread: readonly ImportWarning[];
    /** How each row was understood, for --vis. */
    readonly view: readonly RowView[];
    /** Why the sheet looks like a sparekatalog whose savings are positive, when no --fortegn says how it signs them. */
    readonly savings: readonly string[];
    /** The budget of figure columns that name none (`2024`): anlæg in an investeringsoversigt, else drift. */
    readonly defaultBudget: string;
    /** Which reader read it: an analyst's sheet, or Brik's own export (CSV or workbook). */
    readonly layout: 'analytiker' | 'brik-csv' | 'brik-xlsx';
}

const UNITS: ReadonlyArray<[RegExp, string]> = [
    [/\bmio\.?\s*kr\b/i, 'mio. kr.'],
    [/\b(1\.000|1000|t\.)\s*kr\b/i, '1.000 kr.'],
    [/\bkr\./i, 'kr.']
];

export function unitIn(text: string): string | undefined {
    return UNITS.find(([pattern]) => pattern.test(text))?.[1];
}

export function priceLevelIn(text: string): number | undefined {
    const match = /\b((?:19|20)[0-9]{2})[- ]?(?:p\/l|pl)\b|\b(?:p\/l|pl|prisniveau)[- ]?((?:19|20)[0-9]{2})\b/i.exec(text);
    return match ? Number(match[1] ?? match[2]) : undefined;
}

const OUTER_PERIODS: readonly OuterPeriod[] = ['tidligere', 'efterfølgende'];

/** The years of the figure columns, else of --år, else of the sheet's title (`Budget 2024`). */
function yearsOf(reader: RowReader, stated: string, settings: ImportSettings): number[] {
    if (settings.years) {
        return [...settings.years];
    }
    const named = reader.figureColumns.map(([, role]) => Number(role.period)).filter(year => Number.isInteger(year) && year > 0);
    if (named.length > 0) {
        const first = Math.min(...named);
        const last = Math.max(...named);
        return Array.from({ length: last - first + 1 }, (_, i) => first + i);
    }
    const title = /\b(?:budget|budgetår|år)\s+((?:19|20)[0-9]{2})\b/i.exec(stated) ?? /\b((?:19|20)[0-9]{2})\b/.exec(stated);
    return title ? [Number(title[1])] : [];
}

/**
 * Reads one sheet's rows under its header into a catalogue: the budget's name, unit, price level
 * and years from the lines above the header (and a workbook's other sheets), then its rows by the
 * reader for its layout, then the sheet's sign convention.
 */
export function readCatalogue(table: Table, header: Header, settings: ImportSettings): ReadCatalogue {
    const reader = new RowReader(table, header);
    const preamble = table.rows.slice(0, header.row)
        .map(row => row.cells.map(cell => cell?.text.trim() ?? '').filter(text => text !== '').join(' ')).filter(line => line !== '');
    const summary = table.otherSheets.flatMap(sheet => sheet.lines);
    const stated = [...preamble, ...summary].join('\n');
    if (/investering|anlægs/i.test(stated)) {
        reader.defaultBudget = 'anlæg';
    }
    reader.years = yearsOf(reader, stated, settings);
    const budgetSheet = summary.length > 0 && preamble.length === 0;
    let budget: ImportedBudget = {
        name: (budgetSheet ? summary[0] : preamble[0]) ?? settings.fallbackName,
        unit: settings.enhed ?? unitIn(stated),
        priceLevel: settings.prisniveau ?? priceLevelIn(stated),
        years: reader.years,
        outerPeriods: OUTER_PERIODS.filter(period => reader.figureColumns.some(([, role]) => role.period === period)),
        comments: (budgetSheet ? [] : preamble.slice(1)).map(line => `${table.sheet}: ${line}`),
        members: [],
        totals: []
    };
    header.unknown.forEach(({ address, text }) =>
        reader.warn(address, `Kolonnen '${text}' er ikke en, Brik kender; dens celler er skrevet som kommentarer. Giv den en betydning med --kolonne, eller se listen over kendte overskrifter i docs/cli.md.`));
    const exported = isBrikExport(header);
    if (exported === 'path') {
        readBrikCsv(reader, budget);
    } else if (exported === 'outline') {
        readBrikWorkbook(reader, budget);
    } else {
        new AnalystSheet(reader, budget).read();
    }
    const netChangeRow = reader.rows.some(row => row.cells.some(cell => /^nettoændring/i.test(cell?.text.trim() ?? '')));
    const savings = exported === undefined && settings.signs === undefined ? savingsEvidence(budget, stated, netChangeRow) : [];
    if (settings.signs === 'besparelse') {
        budget = savingsAsOmstilling(budget);
    }
    return {
        budget, savings, defaultBudget: reader.defaultBudget,
        warnings: [...table.notices, ...reader.warnings],
        unread: reader.unread,
        view: reader.view,
        layout: exported === 'path' ? 'brik-csv' : exported === 'outline' ? 'brik-xlsx' : 'analytiker'
    };
}
