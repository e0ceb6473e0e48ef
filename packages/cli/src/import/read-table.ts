import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { UsageError } from '../exit-codes.js';
import type { NumberStyle } from './cell-amount.js';
import { numberCellDecimal } from './cell-amount.js';

/** One cell as the importer reads it: its text, and the exact decimal of a number cell. */
export interface TableCell {
    /** `Ark1!C14`, as Excel names it. */
    readonly address: string;
    readonly text: string;
    readonly number?: string;
}

export interface TableRow {
    readonly cells: ReadonlyArray<TableCell | undefined>;
    /** Excel's outline level (grouped rows); 0 in a CSV file. */
    readonly outlineLevel: number;
}

/** How well a sheet's header is recognised (0: none) and its row. */
export interface HeaderScore {
    readonly score: number;
    readonly row: number | undefined;
}

/** One sheet of a workbook, or a CSV file. */
export interface Table {
    readonly sheet: string;
    readonly rows: readonly TableRow[];
    /** How figures written as text are to be read. */
    readonly style: NumberStyle;
    /** The text of the workbook's other sheets' first rows: Brik's own export states name, unit and price level there. */
    readonly otherSheets: ReadonlyArray<{ readonly sheet: string; readonly lines: readonly string[] }>;
}

/** `C`, `AA`: a column's letters from its 1-based number. */
export function columnLetters(column: number): string {
    let letters = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
        letters = String.fromCharCode(65 + (n - 1) % 26) + letters;
    }
    return letters;
}

/**
 * A text cell's text, with the apostrophe taken off that Brik's own export (and CSV writers like
 * it) put before text that a spreadsheet would otherwise run as a formula (`'=HYPERLINK(…)`).
 */
function cellText(text: string): string {
    return text.replace(/^'(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/, '');
}

function excelCell(sheet: string, cell: ExcelJS.Cell): TableCell | undefined {
    const address = `${sheet}!${cell.address}`;
    let value = cell.value;
    if (value !== null && typeof value === 'object' && 'formula' in value) {
        // The formula's cached result, read from the cell itself: `cell.value` drops a result of 0
        // (exceljs copies it only when truthy), which read a zero subtotal or I alt as missing.
        value = cell.result as ExcelJS.CellValue ?? null;
    }
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === 'number') {
        // As many decimals as the cell shows: a subtotal printed as 15,0 is checked to one decimal.
        const shown = /\.(0+)/.exec(cell.numFmt ?? '')?.[1].length ?? 0;
        return { address, text: String(value), number: numberCellDecimal(value, shown) };
    }
    if (typeof value === 'string') {
        return { address, text: cellText(value) };
    }
    if (typeof value === 'object' && 'richText' in value) {
        return { address, text: cellText(value.richText.map(run => run.text).join('')) };
    }
    return { address, text: cell.text };
}

function excelRows(sheet: ExcelJS.Worksheet): TableRow[] {
    const rows: TableRow[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const cells: Array<TableCell | undefined> = [];
        for (let c = 1; c <= row.cellCount; c++) {
            cells.push(excelCell(sheet.name, row.getCell(c)));
        }
        rows.push({ cells, outlineLevel: row.outlineLevel ?? 0 });
    }
    return rows;
}

async function readWorkbook(file: string, wanted: string | undefined, score: (table: Table) => HeaderScore): Promise<Table> {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    try {
        await workbook.xlsx.readFile(file);
    } catch (error) {
        throw new UsageError(`${file} kan ikke læses som en Excel-projektmappe (.xlsx): ${(error as Error).message}. Gem den som .xlsx i Excel, eller som CSV.`);
    }
    const sheets = workbook.worksheets;
    const names = sheets.map(sheet => `'${sheet.name}'`).join(', ');
    const bare = (sheet: ExcelJS.Worksheet): Table => ({ sheet: sheet.name, rows: excelRows(sheet), style: 'da', otherSheets: [] });
    // What another sheet states above its header (or in its first three rows): a summary's title, unit and price level.
    const firstLines = (sheet: ExcelJS.Worksheet) => {
        const table = bare(sheet);
        return table.rows.slice(0, score(table).row ?? 3)
            .map(row => row.cells.map(cell => cell?.text ?? '').join(' ').trim()).filter(line => line !== '');
    };
    const table = (sheet: ExcelJS.Worksheet): Table => ({
        ...bare(sheet),
        otherSheets: sheets.filter(other => other !== sheet).map(other => ({ sheet: other.name, lines: firstLines(other) }))
    });
    if (wanted !== undefined) {
        const sheet = sheets.find(candidate => candidate.name === wanted);
        if (!sheet) {
            throw new UsageError(`${file} har intet ark, der hedder '${wanted}'. Arkene er: ${names}.`);
        }
        return table(sheet);
    }
    // The sheet with the best header: one that names its name column beats one whose name column is guessed.
    const ranked = sheets.map(sheet => ({ sheet, score: score(bare(sheet)).score })).filter(entry => entry.score > 0)
        .sort((a, b) => b.score - a.score);
    const found = ranked.length > 0 ? table(ranked[0].sheet) : undefined;
    if (!found) {
        throw new UsageError(`Intet ark i ${file} har en overskriftsrække, Brik kender (fx Budgetbrik, Navn, 2024, 2025). Arkene er: ${names}; vælg et med --sheet NAVN.`);
    }
    return found;
}

/** Windows-1252's characters for the bytes 0x80–0x9F (WHATWG index), where it differs from Latin-1. */
const WINDOWS_1252_C1 = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * The text of a CSV file: UTF-8, with or without a byte order mark, else Windows-1252 as older
 * Excel writes it. Node 20.18.3 and later decode 'windows-1252' as Latin-1 (nodejs/node#60888):
 * 0x96 comes out as the control character U+0096, not '–'; those 32 characters are put right.
 */
export function decodeCsv(bytes: Uint8Array): string {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009F]/g, c => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]);
    }
}

async function readCsv(file: string): Promise<Table> {
    const text = decodeCsv(await readFile(file));
    // Danish Excel separates with ';' and writes decimal commas; a program (and Brik's export) with ','.
    // Counted over the first lines: a title such as "Budget 2024, mio. kr." has commas of its own.
    const start = text.split(/\r?\n/, 10).join('\n');
    const semicolons = start.match(/;/g)?.length ?? 0;
    const delimiter = semicolons > 0 && semicolons >= (start.match(/,/g)?.length ?? 0) / 2 ? ';' : ',';
    let records: string[][];
    try {
        records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
    } catch (error) {
        throw new UsageError(`${file} kan ikke læses som CSV: ${(error as Error).message}`);
    }
    // Excel names a CSV file's only sheet after the file.
    const sheet = path.basename(file, path.extname(file));
    return {
        sheet,
        style: delimiter === ';' ? 'da' : 'point',
        otherSheets: [],
        rows: records.map((record, r) => ({
            outlineLevel: 0,
            cells: record.map((text, c) => text.trim() === '' ? undefined : { address: `${sheet}!${columnLetters(c + 1)}${r + 1}`, text: cellText(text) })
        }))
    };
}

/** The table to import from an .xlsx or .csv file: the named sheet, or the first with a header Brik knows. */
export async function readTable(file: string, sheet: string | undefined, score: (table: Table) => HeaderScore): Promise<Table> {
    const extension = path.extname(file).toLowerCase();
    if (extension === '.xlsx' || extension === '.xlsm') {
        return readWorkbook(file, sheet, score);
    }
    if (extension === '.csv' || extension === '.txt') {
        return readCsv(file);
    }
    throw new UsageError(`brik import læser .xlsx- og .csv-filer, ikke ${extension || 'filer uden endelse'}. Gem arket som .xlsx eller CSV i Excel.`);
}
