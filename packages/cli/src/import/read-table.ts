import * as path from 'node:path';
import type { PrintedNumberStyle } from '@brik/language';
import { UsageError } from '../exit-codes.js';
import type { ImportWarning } from './imported-catalogue.js';
import { readTextTable } from './read-text-table.js';
import { readWorkbook } from './read-workbook.js';

/** One cell as the importer reads it: the text the sheet shows, and the exact decimal of a number cell. */
export interface TableCell {
    /** `Ark1!C14`, as Excel names it. */
    readonly address: string;
    /** What the spreadsheet shows: a number as formatted, a date as Danish Excel shows it. */
    readonly text: string;
    /** The exact decimal of a number cell, as its format shows it (scaled, its decimals). */
    readonly number?: string;
    /** Why a cell that holds a value has no figure (a date, an error value, a formula without a saved result): Danish, says what to do. */
    readonly unreadable?: string;
}

export interface TableRow {
    readonly cells: ReadonlyArray<TableCell | undefined>;
    /** Excel's outline level (grouped rows); 0 in a text file. */
    readonly outlineLevel: number;
    /** 1-based, as the sheet numbers it. */
    readonly number: number;
}

/** How well a sheet's header is recognised (0: none) and its row. */
export interface HeaderScore {
    readonly score: number;
    readonly row: number | undefined;
}

/** One sheet of a workbook, or a text file. */
export interface Table {
    readonly sheet: string;
    readonly rows: readonly TableRow[];
    /** How figures written as text are to be read. */
    readonly style: PrintedNumberStyle;
    /** The text of the workbook's other sheets' first rows: Brik's own export states name, unit and price level there. */
    readonly otherSheets: ReadonlyArray<{ readonly sheet: string; readonly lines: readonly string[] }>;
    /** What the reader saw and the user should know: hidden rows and columns, merged cells, figures rounded by their format. */
    readonly notices: readonly ImportWarning[];
}

/** `C`, `AA`: a column's letters from its 1-based number. */
export function columnLetters(column: number): string {
    let letters = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
        letters = String.fromCharCode(65 + (n - 1) % 26) + letters;
    }
    return letters;
}

/** The 0-based column of `C`, `AA`; undefined for anything else. */
export function columnIndex(letters: string): number | undefined {
    if (!/^[A-Za-z]{1,3}$/.test(letters)) {
        return undefined;
    }
    return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/**
 * A text cell's text, with the apostrophe taken off that Brik's own export (and CSV writers like
 * it) put before text that a spreadsheet would otherwise run as a formula (`'=HYPERLINK(…)`).
 */
export function cellText(text: string): string {
    return text.replace(/^'(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/, '');
}

/** The table to import from an .xlsx or a text file: the named sheet, or the first with a header Brik knows. */
export async function readTable(file: string, sheet: string | undefined, score: (table: Table) => HeaderScore): Promise<Table> {
    const extension = path.extname(file).toLowerCase();
    if (extension === '.xlsx' || extension === '.xlsm') {
        return readWorkbook(file, sheet, score);
    }
    if (extension === '.csv' || extension === '.txt' || extension === '.tsv' || extension === '.tab') {
        return readTextTable(file);
    }
    throw new UsageError(`brik import læser .xlsx-, .csv- og .txt-filer, ikke ${extension || 'filer uden endelse'}. Gem arket som .xlsx eller CSV i Excel.`);
}
