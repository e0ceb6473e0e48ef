// Loaded when a workbook is written: exceljs is large, and most runs never write one.
import type ExcelJS from 'exceljs';
import type { Locale } from '../format/format-amount.js';
import { amountFormat } from '../format/format-amount.js';
import { isExact } from '../evaluation/interval.js';
import { lineBudget } from '../evaluation/item-column.js';
import type { BudgetName, Series } from '../evaluation/totals.js';
import { isZeroSeries } from '../evaluation/totals.js';
import { neutraliseFormula } from './formula-injection.js';
import type { Words } from '../words/words.js';
import { wordsOf } from '../words/words.js';
import type { ReportModel, ReportNode } from './report-model.js';
import type { ItemLineRow } from './report-structure.js';
import {
    budgetsWithMoney, hasOwnFinancing, hasStaff, isItemNode, itemKindWord, linesApart, markWords, nodeTitle, ownFinancing, placedItems,
    reportPeriods, summaryRows
} from './report-structure.js';
import { figureHeading } from './sheet-headings.js';
import { cellNumber, FigureColumns } from './xlsx-figure-columns.js';

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

/** Årsværk are no money: one decimal, whatever the unit. */
const STAFF_FORMAT = '#,##0.0';
const LINE_COLOUR: Partial<ExcelJS.Font> = { color: { argb: 'FF56616C' } };

/** Every series a budget's block of the catalogue sheet shows: each row's netto, and the lines of that budget shown apart. */
function* shownIn(model: ReportModel, budget: BudgetName, labels: Words): Generator<Series> {
    yield model.totals[budget].netto;
    const visit = function* (nodes: readonly ReportNode[]): Generator<Series> {
        for (const node of nodes) {
            yield node.totals[budget].netto;
            if (isItemNode(node)) {
                yield* linesApart(node, labels).filter(line => lineBudget(line.kind) === budget).map(line => line.series);
            } else {
                yield* visit(node.children);
            }
        }
    };
    yield* visit(model.children);
}

class CatalogueSheet {
    private readonly sheet: ExcelJS.Worksheet;
    /** The budgets that hold money (§9), the leading one first, each with its block of figure columns. */
    private readonly blocks: ReadonlyArray<readonly [BudgetName, FigureColumns]>;
    private readonly firstFigure = 5;
    /** After the notes: a brik's unavoidable part in the budget year (`uomgængelig 0.9`), when any brik is unavoidable only in part. */
    private readonly unavoidablePart: { readonly column: number; readonly ranged: boolean } | undefined;
    /** After that: each brik's årsværk and own financing, when any brik has them. */
    private readonly staff: FigureColumns | undefined;
    private readonly ownFinancing: FigureColumns | undefined;

    private deepest = 0;

    constructor(workbook: ExcelJS.Workbook, private readonly model: ReportModel, private readonly labels: Words, private readonly format: string, private readonly warn?: (message: string) => void) {
        this.sheet = workbook.addWorksheet(labels.catalogueSheet, {
            views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
            properties: { outlineProperties: { summaryBelow: true, summaryRight: false } } as Partial<ExcelJS.WorksheetProperties>,
            // Landscape, every column on one page's width, the header row on every page.
            pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' }
        });
        const periods = reportPeriods(model, labels);
        const years = model.header.years;
        const items = placedItems(model).map(({ item }) => item);
        const header = [labels.themeNumber, labels.name, labels.kind, labels.marks];
        this.blocks = budgetsWithMoney(model.totals).map(budget => {
            const block = new FigureColumns(header.length + 1, periods, years, shownIn(model, budget, labels));
            header.push(...block.headings(labels, budget));
            return [budget, block] as const;
        });
        header.push(labels.area, labels.theme, labels.owner, labels.category, labels.notes);
        const parts = items.flatMap(item => item.unavoidablePart ? [item.unavoidablePart] : []);
        if (parts.length > 0) {
            const ranged = parts.some(part => !part.unknown && !isExact(part));
            this.unavoidablePart = { column: header.length + 1, ranged };
            header.push(...(ranged ? (['min', 'max'] as const).map(end => figureHeading(labels, 'uomgængelig', years[0], end)) : [figureHeading(labels, 'uomgængelig', years[0])]));
        }
        if (hasStaff(items)) {
            this.staff = new FigureColumns(header.length + 1, periods, years, items.map(item => item.totals.årsværk));
            header.push(...this.staff.headings(labels, 'årsværk'));
        }
        if (hasOwnFinancing(items)) {
            this.ownFinancing = new FigureColumns(header.length + 1, periods, years, items.map(ownFinancing).filter((own): own is Series => own !== undefined));
            header.push(...this.ownFinancing.headings(labels, 'egenfinansiering'));
        }
        // A catalogue from a file with errors says so in its header too: the sheet may be opened alone.
        const row = this.sheet.addRow(model.basedOnErrors ? [...header, labels.basedOnErrors] : header);
        row.font = { bold: true };
        row.alignment = { vertical: 'bottom', wrapText: true };
        row.height = 30;
        row.eachCell(cell => cell.border = { bottom: { style: 'thin', color: { argb: 'FF1F2933' } } });
    }

    /** How many columns the budgets' figures take. */
    private get figureWidth(): number {
        return this.blocks.reduce((width, [, block]) => width + block.width, 0);
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

    /** Text cells from a column on. */
    private texts(row: ExcelJS.Row, first: number, texts: readonly string[]): void {
        texts.forEach((text, i) => row.getCell(first + i).value = text);
    }

    /** An item's row, its netto in each budget, and under it the rows of its lines shown apart; returns the item's row number. */
    private item(item: ReportNode, path: readonly ReportNode[], level: number): number {
        const { labels } = this;
        const theme = path.findLast(node => node.kind === 'tema');
        const row = this.sheet.addRow([theme?.number ?? '', item.name, itemKindWord(item, this.budgets, labels), markWords(item, labels).join(', ')].map(neutraliseFormula));
        for (const [budget, block] of this.blocks) {
            block.write(row, item.totals[budget].netto, this.format, labels.unknown);
        }
        // One note a line: `brik import` reads them back as separate notes.
        this.texts(row, this.firstFigure + this.figureWidth, [...this.place(path), item.owner ?? '', item.categories.join(', '), item.notes.join('\n')].map(text => textCell(text, this.warn, item.name)));
        if (this.unavoidablePart && item.unavoidablePart) {
            const { column, ranged } = this.unavoidablePart;
            const part = item.unavoidablePart;
            const ends: Array<number | string> = part.unknown ? [labels.unknown, labels.unknown] : [cellNumber(part.min), cellNumber(part.max)];
            ends.slice(0, ranged ? 2 : 1).forEach((value, i) => {
                const cell = row.getCell(column + i);
                cell.value = value;
                cell.numFmt = this.format;
            });
        }
        this.staff?.write(row, item.totals.årsværk, STAFF_FORMAT, labels.unknown);
        const own = ownFinancing(item);
        if (own) {
            this.ownFinancing?.write(row, own, this.format, labels.unknown);
        }
        this.outline(row, level);
        for (const line of linesApart(item, labels)) {
            this.lineRow(line, level + 1);
        }
        return row.number;
    }

    private get budgets(): BudgetName[] {
        return this.blocks.map(([budget]) => budget);
    }

    /**
     * A row of one kind of a brik's lines (§9, its own table: Drift, Etablering (engangs), …),
     * under the brik's row and a level deeper: its name the kind, its figures in its budget's
     * block (årsværk in the årsværk columns), its Type empty. No subtotal counts it.
     */
    private lineRow(line: ItemLineRow, level: number): void {
        const row = this.sheet.addRow(['', neutraliseFormula(line.label)]);
        const budget = lineBudget(line.kind);
        const block = budget === 'årsværk' ? this.staff : this.blocks.find(([name]) => name === budget)?.[1];
        block?.write(row, line.series, budget === 'årsværk' ? STAFF_FORMAT : this.format, this.labels.unknown);
        row.font = LINE_COLOUR;
        row.getCell(2).alignment = { indent: 1 };
        this.outline(row, level);
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

    /** A subtotal row: SUM formulas over the rows it adds up, each cached with Brik's exact total. */
    private totalRow(label: string, of: ReportNode['totals'], rows: readonly number[], level: number, final: boolean, path: readonly ReportNode[] = []): number {
        const theme = path.findLast(node => node.kind === 'tema');
        const row = this.sheet.addRow([neutraliseFormula(theme?.number ?? ''), textCell(label, this.warn, label), '', '']);
        for (const [budget, block] of this.blocks) {
            block.cells(of[budget].netto, this.labels.unknown).forEach((value, i) => {
                const cell = row.getCell(block.first + i);
                const column = this.sheet.getColumn(block.first + i).letter;
                cell.value = rows.length > 0 && typeof value === 'number'
                    ? { formula: `SUM(${sumReference(column, rows)})`, result: value }
                    : value;
                cell.numFmt = this.format;
            });
        }
        this.texts(row, this.firstFigure + this.figureWidth, this.place(path).map(neutraliseFormula));
        row.font = { bold: true };
        this.outline(row, level);
        for (let column = 1; column < this.firstFigure + this.figureWidth; column++) {
            const cell = row.getCell(column);
            cell.fill = SHADE;
            cell.border = final ? { ...RULE, bottom: { style: 'double', color: { argb: 'FF1F2933' } } } : RULE;
        }
        return row.number;
    }

    /** Widths from the longest text or printed figure of each column, within sensible bounds. */
    private fitColumns(): void {
        const figureColumns = new Set(this.blocks.flatMap(([, block]) => block.columns));
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
    // One page wide, as the catalogue sheet: a long title must not spill onto a page of its own.
    const sheet = workbook.addWorksheet(labels.summary, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    const title = sheet.addRow([neutraliseFormula(model.name)]);
    title.font = { bold: true, size: 14 };
    const unit = model.header.unit ? labels.amountsIn(model.header.unit.label) : undefined;
    const priceLevel = model.header.priceLevel !== undefined ? labels.priceLevel(model.header.priceLevel) : undefined;
    sheet.addRow([[unit, priceLevel, labels.period(model.header.years), labels.brikker(model.brikCount)].filter(Boolean).join(' · ')]);
    if (model.basedOnErrors) {
        sheet.addRow([labels.basedOnErrors]).font = { bold: true, color: { argb: 'FF9C1C1C' } };
    }
    sheet.addRow([]);
    const budgets = budgetsWithMoney(model.totals);
    const staff = isZeroSeries(model.totals.årsværk) ? [] : [model.totals.årsværk];
    const shown = [...budgets.flatMap(budget => [...summaryRows(budget, model.totals[budget], labels).map(row => row.series), model.totals[budget].netto]), ...staff];
    const block = new FigureColumns(2, reportPeriods(model, labels), model.header.years, shown);
    const header = sheet.addRow(['', ...block.headings(labels, 'drift')]);
    header.font = { bold: true };
    header.eachCell(cell => cell.border = { bottom: { style: 'thin', color: { argb: 'FF1F2933' } } });
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: header.number }];
    const figureRow = (label: string, series: Series, numFmt: string) => {
        const row = sheet.addRow([label]);
        block.write(row, series, numFmt, labels.unknown);
        return row;
    };
    for (const budget of budgets) {
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
    for (const series of staff) {
        figureRow(labels.staff, series, STAFF_FORMAT);
    }
    sheet.getColumn(1).width = Math.max(16, ...[labels.finansiering, labels.balance, labels.staff].map(text => text.length + 2));
    for (const number of block.columns) {
        const column = sheet.getColumn(number);
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
 * brik and financing item and under it a row for each kind of its lines where one row would fold
 * them together, amounts as numbers in the unit's format (one column per period, a min and a max
 * where some figure in it is a range), and per container a subtotal row of SUM formulas, grouped
 * with Excel's outline.
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
