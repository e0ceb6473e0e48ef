// Loaded when a workbook is written: exceljs is large, and most runs never write one.
import type ExcelJS from 'exceljs';
import type { Locale } from '../format/format-amount.js';
import { amountFormat } from '../format/format-amount.js';
import type { Interval } from '../evaluation/interval.js';
import type { BudgetName, Series } from '../evaluation/totals.js';
import { isZeroSeries } from '../evaluation/totals.js';
import { neutraliseFormula } from './formula-injection.js';
import { decimalString } from './decimal-string.js';
import type { Words } from '../words/words.js';
import { wordsOf } from '../words/words.js';
import type { ReportModel, ReportNode } from './report-model.js';
import type { PrintedPeriod } from './report-structure.js';
import { budgetsWithMoney, detailColumnNames, isItemNode, itemKindWord, markWords, nodeTitle, ownFinancing, printedIntervals, rangeColumnNames, reportPeriods, summaryRows, unavoidablePartColumnNames } from './report-structure.js';

export interface XlsxReportOptions {
    readonly locale: Locale;
    /** Told of what the workbook could not hold as it is (a text cut at Excel's limit of a cell). */
    readonly warn?: (message: string) => void;
}

/** Excel calls a file with a longer text in one cell damaged. */
export const MAX_CELL_TEXT = 32_767;

/** A text cell: neutralised against formulas, and cut at Excel's limit with a mark and a warning. */
function textCell(text: string, warn: ((message: string) => void) | undefined, where: string): string {
    const safe = neutraliseFormula(text);
    if (safe.length <= MAX_CELL_TEXT) {
        return safe;
    }
    const mark = ' […]';
    warn?.(`${where}: teksten har ${safe.length} tegn, flere end Excels ${MAX_CELL_TEXT} i en celle; den er afkortet i regnearket (alle andre formater har den hel).`);
    return safe.slice(0, MAX_CELL_TEXT - mark.length) + mark;
}

/**
 * A figure as a spreadsheet cell. exceljs only takes JavaScript numbers, so this is the one
 * boundary where an amount becomes one: from its exact decimal string, at the cell. The
 * number format prints it with the unit's decimals, so the nearest double prints the same.
 */
function cellNumber(value: Interval['min']): number {
    return Number(decimalString(value));
}

function numberFormat(decimals: number): string {
    return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** Excel groups rows at most seven levels deep. */
const MAX_OUTLINE = 7;
const SHADE: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F4F7' } };
const RULE: Partial<ExcelJS.Borders> = { top: { style: 'thin', color: { argb: 'FF1F2933' } } };

/** `E3:E5,E9`: the cells of the given rows in one column, runs of rows joined into ranges. */
export function sumReference(column: string, rows: readonly number[]): string {
    const sorted = [...rows].sort((a, b) => a - b);
    const parts: string[] = [];
    for (let i = 0; i < sorted.length; i++) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) {
            j++;
        }
        parts.push(i === j ? `${column}${sorted[i]}` : `${column}${sorted[i]}:${column}${sorted[j]}`);
        i = j;
    }
    return parts.join(',');
}

/** An interval's min and max cells; an unknown figure as the word for it in both (a text cell, which no SUM counts as 0). */
function intervalCells(interval: Interval, unknown: string): Array<number | string> {
    return interval.unknown ? [unknown, unknown] : [cellNumber(interval.min), cellNumber(interval.max)];
}

/** The cells of a row's min and max per printed period. */
function rangeCells(series: Series, periods: readonly PrintedPeriod[], years: readonly number[], unknown: string): Array<number | string> {
    return printedIntervals(series, periods, years).flatMap(interval => intervalCells(interval, unknown));
}

/**
 * Makes the I alt (samlet) cells of a row's block of figures, which starts at column `first`, a
 * live SUM of the row's tidligere, years and efterfølgende, cached with the value already there
 * (Brik's exact samlet): the same figure, and a spreadsheet that recalculates keeps it.
 */
function sumOverall(row: ExcelJS.Row, first: number, periods: readonly PrintedPeriod[]): void {
    const overall = periods.findIndex(period => period.period === 'samlet');
    if (overall < 0) {
        return;
    }
    const parts = periods.flatMap((period, i) => period.period === 'samlet' || period.period === 'permanent' ? [] : [i]);
    for (const end of [0, 1]) {
        const cell = row.getCell(first + overall * 2 + end);
        const letters = parts.map(i => row.worksheet.getColumn(first + i * 2 + end).letter + row.number);
        if (typeof cell.value === 'number') {
            cell.value = { formula: `SUM(${letters.join(',')})`, result: cell.value };
        }
    }
}

class CatalogueSheet {
    private readonly sheet: ExcelJS.Worksheet;
    /** The budgets that hold money (§9), the leading one first: a block of figure columns each. */
    private readonly budgets: readonly BudgetName[];
    /** The columns of figures (§9), min and max each, in every budget's block. */
    private readonly periods: readonly PrintedPeriod[];
    private readonly firstFigure = 5;
    /** Whether a brik has an unavoidable part (`uomgængelig 0.9`): two columns after the notes. */
    private readonly withUnavoidablePart: boolean;
    /** The first column of each brik's årsværk and own financing, when any brik has them. */
    private readonly staffColumn: number | undefined;
    private readonly ownFinancingColumn: number | undefined;

    private deepest = 0;

    constructor(workbook: ExcelJS.Workbook, private readonly model: ReportModel, private readonly labels: Words, private readonly format: string, private readonly warn?: (message: string) => void) {
        this.sheet = workbook.addWorksheet(labels.catalogueSheet, {
            views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
            properties: { outlineProperties: { summaryBelow: true, summaryRight: false } } as Partial<ExcelJS.WorksheetProperties>,
            // Landscape, every column on one page's width, the header row on every page.
            pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' }
        });
        this.budgets = budgetsWithMoney(model.totals);
        this.periods = reportPeriods(model, labels);
        const figures = rangeColumnNames(labels, this.periods);
        const header = [
            labels.themeNumber, labels.name, labels.kind, labels.marks,
            ...this.budgets.flatMap(budget => budget === 'drift' ? figures : figures.map(labels.anlægColumn)),
            labels.area, labels.theme, labels.owner, labels.category, labels.notes
        ];
        const partColumns = unavoidablePartColumnNames(model, labels);
        this.withUnavoidablePart = partColumns.length > 0;
        header.push(...partColumns);
        const details = detailColumnNames(model, labels);
        this.staffColumn = details.staff.length > 0 ? header.length + 1 : undefined;
        header.push(...details.staff);
        this.ownFinancingColumn = details.ownFinancing.length > 0 ? header.length + 1 : undefined;
        header.push(...details.ownFinancing);
        // A catalogue from a file with errors says so in its header too: the sheet may be opened alone.
        const row = this.sheet.addRow(model.basedOnErrors ? [...header, labels.basedOnErrors] : header);
        row.font = { bold: true };
        row.alignment = { vertical: 'bottom', wrapText: true };
        row.height = 30;
        row.eachCell(cell => cell.border = { bottom: { style: 'thin', color: { argb: 'FF1F2933' } } });
    }

    private get figureCount(): number {
        return this.budgets.length * this.periods.length * 2;
    }

    write(): void {
        const rows: number[] = [];
        for (const node of this.model.children) {
            rows.push(isItemNode(node) ? this.item(node, [], 0) : this.container(node, [], 0));
        }
        this.totalRow(this.labels.total(this.model.name), this.model.totals, rows, 0, true);
        // The sheet's outline is as deep as its rows, so that every row opens visible.
        this.sheet.properties.outlineLevelRow = this.deepest;
        this.fitColumns();
    }

    /** Writes the container's rows and its subtotal row; returns the subtotal's row number. */
    private container(node: ReportNode, path: readonly ReportNode[], depth: number): number {
        const inner = [...path, node];
        const rows = node.children.map(child => isItemNode(child) ? this.item(child, inner, depth + 1) : this.container(child, inner, depth + 1));
        return this.totalRow(this.labels.total(nodeTitle(node)), node.totals, rows, depth, false, inner);
    }

    private place(path: readonly ReportNode[]): string[] {
        const area = path.find(node => node.kind === 'område');
        const theme = path.findLast(node => node.kind === 'tema');
        return [area?.name ?? '', theme?.name ?? ''];
    }

    private item(item: ReportNode, path: readonly ReportNode[], level: number): number {
        const { labels } = this;
        const theme = path.findLast(node => node.kind === 'tema');
        const row = this.sheet.addRow([
            ...[theme?.number ?? '', item.name, itemKindWord(item, this.budgets, labels), markWords(item, labels).join(', ')].map(neutraliseFormula),
            ...this.budgets.flatMap(budget => rangeCells(item.totals[budget].netto, this.periods, this.model.header.years, labels.unknown)),
            // One note a line: `brik import` reads them back as separate notes.
            ...[...this.place(path), item.owner ?? '', item.categories.join(', '), item.notes.join('\n')].map(text => textCell(text, this.warn, item.name))
        ]);
        this.budgets.forEach((_, block) => sumOverall(row, this.firstFigure + block * this.periods.length * 2, this.periods));
        this.styleFigures(row);
        if (this.withUnavoidablePart && item.unavoidablePart) {
            const first = this.firstFigure + this.figureCount + 5;
            intervalCells(item.unavoidablePart, labels.unknown).forEach((value, i) => {
                const cell = row.getCell(first + i);
                cell.value = value;
                cell.numFmt = this.format;
            });
        }
        this.detail(row, this.staffColumn, item.totals.årsværk, '#,##0.0');
        this.detail(row, this.ownFinancingColumn, ownFinancing(item), this.format);
        this.outline(row, level);
        return row.number;
    }

    /**
     * A row's outline level. exceljs marks a row `collapsed` when its level reaches the sheet's
     * outlineLevelRow, and LibreOffice then opens the sheet with the row folded away: a row here is
     * never collapsed.
     */
    private outline(row: ExcelJS.Row, level: number): void {
        row.outlineLevel = Math.min(level, MAX_OUTLINE);
        this.deepest = Math.max(this.deepest, row.outlineLevel);
        Object.defineProperty(row, 'collapsed', { get: () => false });
    }

    private detail(row: ExcelJS.Row, first: number | undefined, series: Series | undefined, numFmt: string): void {
        if (first === undefined || series === undefined) {
            return;
        }
        rangeCells(series, this.periods, this.model.header.years, this.labels.unknown).forEach((value, i) => {
            const cell = row.getCell(first + i);
            cell.value = value;
            cell.numFmt = numFmt;
        });
    }

    /** A subtotal row: SUM formulas over the rows it adds up, each cached with Brik's exact total. */
    private totalRow(label: string, of: ReportNode['totals'], rows: readonly number[], level: number, final: boolean, path: readonly ReportNode[] = []): number {
        const theme = path.findLast(node => node.kind === 'tema');
        const totals: Series[] = this.budgets.map(budget => of[budget].netto);
        const row = this.sheet.addRow([
            neutraliseFormula(theme?.number ?? ''), textCell(label, this.warn, label), '', '',
            ...new Array<string>(this.figureCount).fill(''),
            ...this.place(path).map(neutraliseFormula)
        ]);
        totals.flatMap(series => rangeCells(series, this.periods, this.model.header.years, this.labels.unknown)).forEach((value, i) => {
            const cell = row.getCell(this.firstFigure + i);
            const column = this.sheet.getColumn(this.firstFigure + i).letter;
            cell.value = rows.length > 0 && typeof value === 'number'
                ? { formula: `SUM(${sumReference(column, rows)})`, result: value }
                : value;
        });
        this.styleFigures(row);
        row.font = { bold: true };
        this.outline(row, level);
        for (let column = 1; column < this.firstFigure + this.figureCount; column++) {
            const cell = row.getCell(column);
            cell.fill = SHADE;
            cell.border = final ? { ...RULE, bottom: { style: 'double', color: { argb: 'FF1F2933' } } } : RULE;
        }
        return row.number;
    }

    private styleFigures(row: ExcelJS.Row): void {
        for (let i = 0; i < this.figureCount; i++) {
            row.getCell(this.firstFigure + i).numFmt = this.format;
        }
    }

    /** Widths from the longest text or printed figure of each column, within sensible bounds. */
    private fitColumns(): void {
        const figureColumns = new Set(Array.from({ length: this.figureCount }, (_, i) => this.firstFigure + i));
        this.sheet.columns.forEach((column, index) => {
            const number = index + 1;
            let widest = 0;
            column.eachCell?.({ includeEmpty: false }, (cell, rowNumber) => {
                if (rowNumber === 1) {
                    return;
                }
                widest = Math.max(widest, displayWidth(cell));
            });
            const header = String(this.sheet.getRow(1).getCell(number).value ?? '');
            if (figureColumns.has(number)) {
                // At least 10: exceljs leaves out a width of 9, its default.
                column.width = Math.max(widest + 2, 10);
            } else {
                // The name may be long; tema number, kind and marks are short; place, owner and notes last.
                const limit = number === 2 ? 70 : number < this.firstFigure ? 16 : 48;
                column.width = Math.min(Math.max(widest, header.length) + 2, limit);
            }
        });
    }
}

/** The width of a cell as shown: a number with grouping and its decimals, or its text. */
function displayWidth(cell: ExcelJS.Cell): number {
    // A formula cell's `value` leaves out a result of 0; `result` has it.
    const number = typeof cell.value === 'number' ? cell.value : typeof cell.result === 'number' ? cell.result : undefined;
    if (number !== undefined) {
        const decimals = /\.(0+)$/.exec(cell.numFmt ?? '')?.[1].length ?? 0;
        // Only a width: how many characters the formatted figure takes, never a printed figure.
        return new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(number).length;
    }
    return String(cell.value ?? '').length;
}

function summarySheet(workbook: ExcelJS.Workbook, model: ReportModel, labels: Words, format: string): void {
    const sheet = workbook.addWorksheet(labels.summary);
    const title = sheet.addRow([neutraliseFormula(model.name)]);
    title.font = { bold: true, size: 14 };
    const unit = model.header.unit ? labels.amountsIn(model.header.unit.label) : undefined;
    const priceLevel = model.header.priceLevel !== undefined ? labels.priceLevel(model.header.priceLevel) : undefined;
    sheet.addRow([[unit, priceLevel, labels.period(model.header.years), labels.brikker(model.brikCount)].filter(Boolean).join(' · ')]);
    if (model.basedOnErrors) {
        sheet.addRow([labels.basedOnErrors]).font = { bold: true, color: { argb: 'FF9C1C1C' } };
    }
    sheet.addRow([]);
    const periods = reportPeriods(model, labels);
    const header = sheet.addRow(['', ...rangeColumnNames(labels, periods)]);
    header.font = { bold: true };
    header.eachCell(cell => cell.border = { bottom: { style: 'thin', color: { argb: 'FF1F2933' } } });
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: header.number }];
    const figureRow = (label: string, series: Series, numFmt: string) => {
        const row = sheet.addRow([label, ...rangeCells(series, periods, model.header.years, labels.unknown)]);
        sumOverall(row, 2, periods);
        for (let i = 0; i < periods.length * 2; i++) {
            row.getCell(2 + i).numFmt = numFmt;
        }
        return row;
    };
    for (const budget of budgetsWithMoney(model.totals)) {
        const columns = model.totals[budget];
        const nettoLabel = budget === 'drift' ? labels.balance : labels.netto;
        sheet.addRow([labels[budget]]).font = { bold: true };
        const kindRows = summaryRows(budget, columns, labels).map(row => figureRow(row.label, row.series, format).number);
        const netto = figureRow(nettoLabel, columns.netto, format);
        netto.font = { bold: true };
        netto.eachCell((cell, column) => {
            cell.fill = SHADE;
            cell.border = RULE;
            if (column > 1 && typeof cell.value !== 'string') {
                const letter = sheet.getColumn(column).letter;
                // An I alt cell is already a SUM across its row: keep its cached result.
                const result = typeof cell.value === 'number' ? cell.value : cell.result as number;
                cell.value = { formula: `SUM(${letter}${kindRows[0]}:${letter}${kindRows[kindRows.length - 1]})`, result };
            }
        });
        sheet.addRow([]);
    }
    if (!isZeroSeries(model.totals.årsværk)) {
        figureRow(labels.staff, model.totals.årsværk, '#,##0.0');
    }
    sheet.getColumn(1).width = Math.max(16, ...[labels.finansiering, labels.balance, labels.staff].map(text => text.length + 2));
    for (let i = 0; i < periods.length * 2; i++) {
        const column = sheet.getColumn(2 + i);
        let widest = 10;
        column.eachCell({ includeEmpty: false }, (cell, row) => {
            if (row >= header.number) {
                widest = Math.max(widest, displayWidth(cell) + 2);
            }
        });
        column.width = widest;
    }
}

/**
 * The catalogue as an Excel workbook: a summary sheet, and a catalogue sheet with one row per
 * brik and financing item, amounts as numbers in the unit's format (min and max per period),
 * and per container a subtotal row of SUM formulas, grouped with Excel's outline.
 */
export async function xlsxReport(model: ReportModel, options: XlsxReportOptions): Promise<Uint8Array> {
    const labels = wordsOf(options.locale);
    const format = numberFormat(amountFormat(model.header, options.locale).decimals);
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    workbook.creator = 'Brik';
    workbook.title = model.name;
    if (model.basedOnErrors) {
        // Also in the file's properties, which a program or a file browser reads without opening it.
        workbook.subject = labels.basedOnErrors;
    }
    summarySheet(workbook, model, labels, format);
    new CatalogueSheet(workbook, model, labels, format, options.warn).write();
    return new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer);
}
