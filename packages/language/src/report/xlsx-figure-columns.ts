// Part of the XLSX writer (xlsx-report.ts), which loads exceljs when a workbook is written.
import type ExcelJS from 'exceljs';
import type { Interval } from '../evaluation/interval.js';
import { isExact } from '../evaluation/interval.js';
import type { Series } from '../evaluation/totals.js';
import { decimalString } from './decimal-string.js';
import type { Words } from '../words/words.js';
import type { PrintedPeriod } from './report-structure.js';
import { printedIntervals } from './report-structure.js';
import type { FigureBlock } from './sheet-headings.js';
import { figureHeading } from './sheet-headings.js';

/**
 * A figure as a spreadsheet cell. exceljs only takes JavaScript numbers, so this is the one
 * boundary where an amount becomes one: from its exact decimal string, at the cell. The
 * number format prints it with the unit's decimals, so the nearest double prints the same.
 */
export function cellNumber(value: Interval['min']): number {
    return Number(decimalString(value));
}

/**
 * A block of figure columns (§9): for each printed period one column, or a min and a max column
 * where some figure the block shows in that period is a range. An unknown figure is the word for
 * it (a text cell, which no SUM counts as 0) in each of its columns.
 */
export class FigureColumns {
    /** Per printed period: whether it has a min and a max column. */
    private readonly ranged: boolean[];
    private readonly offsets: number[] = [];
    readonly width: number;

    constructor(readonly first: number, private readonly periods: readonly PrintedPeriod[], private readonly years: readonly number[], shown: Iterable<Series>) {
        this.ranged = periods.map(() => false);
        for (const series of shown) {
            printedIntervals(series, periods, years).forEach((interval, i) => {
                this.ranged[i] ||= !interval.unknown && !isExact(interval);
            });
        }
        let width = 0;
        for (const ranged of this.ranged) {
            this.offsets.push(width);
            width += ranged ? 2 : 1;
        }
        this.width = width;
    }

    /** The block's column numbers, in order. */
    get columns(): number[] {
        return Array.from({ length: this.width }, (_, i) => this.first + i);
    }

    /** `2024`, `2025 min`, `2025 max`, `Varigt`; with a prefix for a block other than drift (`Anlæg 2024`). */
    headings(labels: Words, block: FigureBlock): string[] {
        return this.periods.flatMap(({ period }, i) => this.ranged[i]
            ? [figureHeading(labels, block, period, 'min'), figureHeading(labels, block, period, 'max')]
            : [figureHeading(labels, block, period)]);
    }

    /** A series's cells, in the order of the block's columns. */
    cells(series: Series, unknown: string): Array<number | string> {
        return printedIntervals(series, this.periods, this.years).flatMap((interval, i) => {
            const ends: Array<number | string> = interval.unknown ? [unknown, unknown] : [cellNumber(interval.min), cellNumber(interval.max)];
            return this.ranged[i] ? ends : ends.slice(0, 1);
        });
    }

    /** Writes a series into a row in the number format, its I alt a live SUM across the row. */
    write(row: ExcelJS.Row, series: Series, numFmt: string, unknown: string): void {
        this.cells(series, unknown).forEach((value, i) => {
            const cell = row.getCell(this.first + i);
            cell.value = value;
            cell.numFmt = numFmt;
        });
        this.sumOverall(row);
    }

    /** The column of one end of a period: an exact period's one column is both. */
    private column(period: number, end: 0 | 1): number {
        return this.first + this.offsets[period] + (this.ranged[period] ? end : 0);
    }

    /**
     * Makes a row's I alt (samlet) cells a live SUM of its tidligere, years and efterfølgende,
     * cached with the value already there (Brik's exact samlet): the same figure, and a
     * spreadsheet that recalculates keeps it.
     */
    private sumOverall(row: ExcelJS.Row): void {
        const overall = this.periods.findIndex(period => period.period === 'samlet');
        if (overall < 0) {
            return;
        }
        const parts = this.periods.flatMap((period, i) => period.period === 'samlet' || period.period === 'permanent' ? [] : [i]);
        for (const end of this.ranged[overall] ? [0, 1] as const : [0] as const) {
            const cell = row.getCell(this.column(overall, end));
            const letters = parts.map(i => row.worksheet.getColumn(this.column(i, end)).letter + row.number);
            if (typeof cell.value === 'number') {
                cell.value = { formula: `SUM(${letters.join(',')})`, result: cell.value };
            }
        }
    }
}
