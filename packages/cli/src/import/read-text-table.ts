import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { PrintedNumberStyle } from '@brik/language';
import { readPrintedAmount } from '@brik/language';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { UsageError } from '../exit-codes.js';
import { headerScore } from './columns.js';
import type { Table } from './read-table.js';
import { cellText, columnLetters } from './read-table.js';

/** A text table's separators, in the order Excel's own save formats use them. */
const DELIMITERS = [';', '\t', ','] as const;
type Delimiter = typeof DELIMITERS[number];

/**
 * The text of a CSV or text file as Excel saves it: UTF-16 LE or BE with a byte order mark
 * ("Unicode-tekst"), UTF-8 with or without one, else Windows-1252 (older Excel's "CSV"). Decoded
 * by TextDecoder; Windows-1252 by iconv-lite, since Node 20.18.3 and later decode it as Latin-1
 * (nodejs/node#60888: 0x96 comes out as U+0096, not '–').
 */
export function decodeText(bytes: Uint8Array): string {
    if (bytes[0] === 0xFF && bytes[1] === 0xFE) {
        return new TextDecoder('utf-16le').decode(bytes);
    }
    if (bytes[0] === 0xFE && bytes[1] === 0xFF) {
        return new TextDecoder('utf-16be').decode(bytes);
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return iconv.decode(Buffer.from(bytes), 'windows-1252');
    }
}

function records(text: string, delimiter: Delimiter): string[][] {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
}

/**
 * The separator: the one named by a `sep=` first line (Excel writes it), else the one under which
 * the file's first 40 rows, read as CSV, have the header Brik recognises best (then the most
 * cells in a row), so that commas inside quoted notes, decimal commas and a title such as
 * "Budget 2024, mio. kr., P/L 2024" do not count.
 */
export function delimiterOf(text: string): { delimiter: Delimiter; body: string } {
    const sep = /^\uFEFF?sep=(.)\r?\n/i.exec(text);
    if (sep && (DELIMITERS as readonly string[]).includes(sep[1])) {
        return { delimiter: sep[1] as Delimiter, body: text.slice(sep[0].length) };
    }
    const start = text.split(/\r?\n/).slice(0, 40).join('\n');
    let best: { delimiter: Delimiter; score: number } = { delimiter: ';', score: 0 };
    for (const delimiter of DELIMITERS) {
        let rows: string[][];
        try {
            rows = records(start, delimiter);
        } catch {
            continue;
        }
        const score = headerScore(tableOf('', rows, 'da')).score * 1000 + Math.max(0, ...rows.map(row => row.filter(cell => cell.trim() !== '').length));
        if (score > best.score) {
            best = { delimiter, score };
        }
    }
    return { delimiter: best.delimiter, body: text };
}

/**
 * How the file writes numbers: the style under which more of its cells read as amounts. Danish
 * Excel writes decimal commas (with `;` or tab, and in quotes with `,`); a program, and Brik's own
 * CSV export, a decimal point. A tie goes to the separator's usual style.
 */
function numberStyleOf(rows: readonly string[][], delimiter: Delimiter): PrintedNumberStyle {
    const readable = (style: PrintedNumberStyle) => rows.reduce((count, row) =>
        count + row.filter(cell => cell.trim() !== '' && typeof readPrintedAmount(cell, style) === 'object').length, 0);
    const da = readable('da');
    const point = readable('point');
    return da > point || (da === point && delimiter !== ',') ? 'da' : 'point';
}

export async function readTextTable(file: string): Promise<Table> {
    const { delimiter, body } = delimiterOf(decodeText(await readFile(file)));
    let rows: string[][];
    try {
        rows = records(body, delimiter);
    } catch (error) {
        throw new UsageError(`${file} kan ikke læses som CSV: ${(error as Error).message}. Gem arket som CSV (semikolonsepareret) eller som .xlsx i Excel.`);
    }
    // Excel names a CSV file's only sheet after the file.
    return tableOf(path.basename(file, path.extname(file)), rows, numberStyleOf(rows, delimiter));
}

function tableOf(sheet: string, rows: readonly string[][], style: PrintedNumberStyle): Table {
    return {
        sheet,
        style,
        otherSheets: [],
        notices: [],
        rows: rows.map((record, r) => ({
            outlineLevel: 0,
            number: r + 1,
            cells: record.map((text, c) => text.trim() === '' ? undefined : { address: `${sheet}!${columnLetters(c + 1)}${r + 1}`, text: cellText(text) })
        }))
    };
}
