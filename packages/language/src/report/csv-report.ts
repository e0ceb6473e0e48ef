import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../format/format-amount.js';
import type { Interval } from '../evaluation/interval.js';
import type { Series } from '../evaluation/totals.js';
import { neutraliseFormula } from './formula-injection.js';
import { decimalString } from './decimal-string.js';
import type { Words } from '../words/words.js';
import { wordsOf } from '../words/words.js';
import type { ReportModel } from './report-model.js';
import type { PrintedPeriod } from './report-structure.js';
import { PATH_SEPARATOR, budgetsWithMoney, detailColumnNames, itemKindWord, markWords, nodeTitle, ownFinancing, placedItems, printedIntervals, rangeColumnNames, reportPeriods, unavoidablePartColumnNames } from './report-structure.js';

export interface CsvReportOptions {
    readonly locale: Locale;
}

/** Min and max as the JSON report writes them (`-3.4`, exact, never grouped); an unknown figure as the word for it in both. */
function ends(interval: Interval, labels: Words): string[] {
    return interval.unknown ? [labels.unknown, labels.unknown] : [decimalString(interval.min), decimalString(interval.max)];
}

/** Min and max of every printed period. */
function amounts(series: Series, periods: readonly PrintedPeriod[], years: readonly number[], labels: Words): string[] {
    return printedIntervals(series, periods, years).flatMap(interval => ends(interval, labels));
}

/** A brik's own financing, or 0 in each column for one without. */
function ownAmounts(series: Series | undefined, periods: readonly PrintedPeriod[], years: readonly number[], labels: Words): string[] {
    return series ? amounts(series, periods, years, labels) : new Array<string>(periods.length * 2).fill('0');
}

/**
 * One row per brik and financing item, with its place, kind, marks and properties, and its
 * netto in each budget that holds money (drift unprefixed, then `Anlæg …`: an investeringsoversigt
 * has only the anlæg columns) as min and max per printed period (§9: with `tidligere år`,
 * `efterfølgende år` and `i alt` where the budget uses them), and the
 * unavoidable part of the budget year where only a part of a brik is unavoidable.
 * For programs: comma-separated, decimal point, no grouping; UTF-8 with a byte order mark and
 * CRLF so that spreadsheets read æøå. Text cells are neutralised against formula injection.
 * A report made from a file with errors (--allow-errors) ends each row in a column that says so:
 * a program reads it by its header, and one that counts columns sees that something is different.
 */
export function csvReport(model: ReportModel, options: CsvReportOptions): string {
    const labels = wordsOf(options.locale);
    const years = model.header.years;
    const budgets = budgetsWithMoney(model.totals);
    const periods = reportPeriods(model, labels);
    // Brikker that are unavoidable in full say so in their marks; those in part have columns.
    const partColumns = unavoidablePartColumnNames(model, labels);
    const details = detailColumnNames(model, labels);
    const header = [
        labels.area, labels.themeNumber, labels.theme, labels.path, labels.name, labels.kind,
        labels.marks, labels.owner, labels.category, labels.notes,
        ...budgets.flatMap(budget => budget === 'drift' ? rangeColumnNames(labels, periods) : rangeColumnNames(labels, periods).map(labels.anlægColumn)),
        ...partColumns,
        ...details.staff,
        ...details.ownFinancing,
        ...(model.basedOnErrors ? [labels.basedOnErrorsColumn] : [])
    ];
    const rows = placedItems(model).map(({ item, path, area, theme }) => [
        ...[
            area?.name ?? '',
            theme?.number ?? '',
            theme?.name ?? '',
            path.map(nodeTitle).join(PATH_SEPARATOR),
            item.name,
            itemKindWord(item, budgets, labels).toLowerCase(),
            markWords(item, labels).join(', '),
            item.owner ?? '',
            item.categories.join(', '),
            item.notes.join('\n')
        ].map(neutraliseFormula),
        ...budgets.flatMap(budget => amounts(item.totals[budget].netto, periods, years, labels)),
        ...(partColumns.length > 0 ? (item.unavoidablePart ? ends(item.unavoidablePart, labels) : ['', '']) : []),
        ...(details.staff.length > 0 ? amounts(item.totals.årsværk, periods, years, labels) : []),
        ...(details.ownFinancing.length > 0 ? ownAmounts(ownFinancing(item), periods, years, labels) : []),
        ...(model.basedOnErrors ? [labels.yes] : [])
    ]);
    return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}
