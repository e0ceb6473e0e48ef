import type ExcelJS from 'exceljs';
import { UsageError } from '../exit-codes.js';
import type { ImportWarning } from './imported-catalogue.js';
import { shownNumber } from './number-format.js';
import type { HeaderScore, Table, TableCell, TableRow } from './read-table.js';
import { cellText, columnLetters } from './read-table.js';

/** Excel's error values as Danish Excel shows them. */
const DANISH_ERRORS: Readonly<Record<string, string>> = {
    '#DIV/0!': '#DIVISION/0!', '#VALUE!': '#VÆRDI!', '#REF!': '#REFERENCE!', '#NAME?': '#NAVN?',
    '#N/A': '#I/T', '#NUM!': '#TAL!', '#NULL!': '#NUL!', '#SPILL!': '#SPILD!', '#CALC!': '#BEREGN!'
};

/** A date as Danish Excel shows its short date: `01-05-2024`. */
function danishDate(date: Date): string {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(date.getUTCDate())}-${two(date.getUTCMonth() + 1)}-${date.getUTCFullYear()}`;
}

const SAVE_AGAIN = 'Åbn filen i Excel eller LibreOffice, og gem den igen, så formlens resultat gemmes med.';

/** One cell, as the sheet shows it. */
function excelCell(sheet: string, cell: ExcelJS.Cell): TableCell | undefined {
    const address = `${sheet}!${cell.address}`;
    let value = cell.value;
    if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
        // The formula's cached result, read from the cell itself: `cell.value` drops a result of 0
        // (exceljs copies it only when truthy), which read a zero subtotal or I alt as missing.
        const result = cell.result as ExcelJS.CellValue | undefined;
        if (result === undefined || result === null) {
            const formula = 'formula' in value ? value.formula : value.sharedFormula;
            return { address, text: `=${formula}`, unreadable: `er en formel uden gemt resultat. ${SAVE_AGAIN}` };
        }
        value = result;
    }
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === 'number') {
        const shown = shownNumber(value, cell.numFmt);
        return { address, text: shown.decimal, number: shown.decimal };
    }
    if (typeof value === 'string') {
        return { address, text: cellText(value) };
    }
    if (typeof value === 'boolean') {
        return { address, text: value ? 'SAND' : 'FALSK', unreadable: 'er en sandhedsværdi, ikke et beløb' };
    }
    if (value instanceof Date) {
        return { address, text: danishDate(value), unreadable: 'er en dato, ikke et beløb. Giv cellen talformatet Tal i Excel' };
    }
    if (typeof value === 'object' && 'error' in value) {
        const error = DANISH_ERRORS[value.error] ?? value.error;
        return { address, text: error, unreadable: `er en fejlværdi (${error}). Ret formlen i Excel` };
    }
    if (typeof value === 'object' && 'richText' in value) {
        return { address, text: cellText(value.richText.map(run => run.text).join('')) };
    }
    return { address, text: cell.text };
}

/** The top-left cells of the sheet's merged ranges, and every other cell they cover. */
function mergedCells(sheet: ExcelJS.Worksheet): { covered: Set<string>; ranges: string[] } {
    const ranges = (sheet.model as { merges?: string[] }).merges ?? [];
    const covered = new Set<string>();
    for (const range of ranges) {
        const [from, to] = range.split(':');
        const start = sheet.getCell(from);
        const end = sheet.getCell(to ?? from);
        for (let r = Number(start.row); r <= Number(end.row); r++) {
            for (let c = Number(start.col); c <= Number(end.col); c++) {
                if (r !== Number(start.row) || c !== Number(start.col)) {
                    covered.add(`${columnLetters(c)}${r}`);
                }
            }
        }
    }
    return { covered, ranges };
}

function excelRows(sheet: ExcelJS.Worksheet, notices: ImportWarning[]): TableRow[] {
    const { covered, ranges } = mergedCells(sheet);
    for (const range of ranges) {
        notices.push({ address: `${sheet.name}!${range}`, message: `Cellerne ${range} er flettet; Brik læser kun den første, ${range.split(':')[0]}. Ophæv fletningen i Excel, hvis de andre skal med.` });
    }
    const rows: TableRow[] = [];
    const width = sheet.columnCount;
    for (let c = 1; c <= width; c++) {
        if (sheet.getColumn(c).hidden) {
            notices.push({ address: `${sheet.name}!${columnLetters(c)}:${columnLetters(c)}`, message: `Kolonne ${columnLetters(c)} er skjult i arket; den er læst med. Vis den i Excel for at se, hvad der importeres.` });
        }
    }
    for (let r = 1; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const cells: Array<TableCell | undefined> = [];
        for (let c = 1; c <= row.cellCount; c++) {
            const cell = row.getCell(c);
            cells.push(covered.has(cell.address) ? undefined : excelCell(sheet.name, cell));
        }
        if (row.hidden && cells.some(cell => cell !== undefined)) {
            notices.push({ address: `${sheet.name}!${r}:${r}`, message: `Række ${r} er skjult i arket; den er læst med. Vis den i Excel for at se, hvad der importeres.` });
        }
        rows.push({ cells, outlineLevel: row.outlineLevel ?? 0, number: r });
    }
    return rows;
}

export async function readWorkbook(file: string, wanted: string | undefined, score: (table: Table) => HeaderScore): Promise<Table> {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    try {
        await workbook.xlsx.readFile(file);
    } catch (error) {
        throw new UsageError(`${file} kan ikke læses som en Excel-projektmappe (.xlsx): ${(error as Error).message}. Gem den som .xlsx i Excel, eller som CSV.`);
    }
    const sheets = workbook.worksheets;
    const names = sheets.map(sheet => `'${sheet.name}'`).join(', ');
    const bare = (sheet: ExcelJS.Worksheet): Table => {
        const notices: ImportWarning[] = [];
        return { sheet: sheet.name, rows: excelRows(sheet, notices), style: 'da', otherSheets: [], notices };
    };
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
