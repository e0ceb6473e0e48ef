import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../format/format-amount.js';
import type { Series } from '../evaluation/totals.js';
import { yearlyPeriods } from '../evaluation/totals.js';
import { neutraliseFormula } from './formula-injection.js';
import { decimalString } from './json-report.js';
import { reportLabels } from './report-labels.js';
import type { ReportModel } from './report-model.js';
import { detailColumnNames, hasMoney, markWords, nodeTitle, ownFinancing, placedItems, rangeColumnNames, unavoidablePartColumnNames } from './report-structure.js';

export interface CsvReportOptions {
    readonly locale: Locale;
}

/** Min and max of every period as the JSON report writes them: `-3.4`, exact, never grouped. */
function amounts(series: Series): string[] {
    return yearlyPeriods(series).flatMap(interval => [decimalString(interval.min), decimalString(interval.max)]);
}

/** A brik's own financing, or 0 in each column for one without. */
function ownAmounts(series: Series | undefined, columns: number): string[] {
    return series ? amounts(series) : new Array<string>(columns).fill('0');
}

/**
 * One row per brik and financing item, with its place, kind, marks and properties, and its
 * drift netto (and anlæg netto, when the budget has any) as min and max per period, and the
 * unavoidable part of the budget year where only a part of a brik is unavoidable.
 * For programs: comma-separated, decimal point, no grouping; UTF-8 with a byte order mark and
 * CRLF so that spreadsheets read æøå. Text cells are neutralised against formula injection.
 * A report made from a file with errors (--allow-errors) ends each row in a column that says so:
 * a program reads it by its header, and one that counts columns sees that something is different.
 */
export function csvReport(model: ReportModel, options: CsvReportOptions): string {
    const labels = reportLabels(options.locale);
    const years = model.frame.years;
    const withAnlaeg = hasMoney(model.totals.anlaeg);
    // Brikker that are unavoidable in full say so in their marks; those in part have columns.
    const partColumns = unavoidablePartColumnNames(model, labels);
    const details = detailColumnNames(model, labels);
    const header = [
        labels.area, labels.themeNumber, labels.theme, labels.path, labels.name, labels.kind,
        labels.marks, labels.owner, labels.category, labels.notes,
        ...rangeColumnNames(labels, years),
        ...(withAnlaeg ? rangeColumnNames(labels, years).map(labels.anlaegColumn) : []),
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
            path.map(nodeTitle).join(' › '),
            item.name,
            item.itemKind ? labels[item.itemKind].toLowerCase() : '',
            markWords(item, labels).join(', '),
            item.owner ?? '',
            item.categories.join(', '),
            item.notes.join('\n')
        ].map(neutraliseFormula),
        ...amounts(item.totals.drift.netto),
        ...(withAnlaeg ? amounts(item.totals.anlaeg.netto) : []),
        ...(partColumns.length > 0 ? (item.unavoidablePart ? [decimalString(item.unavoidablePart.min), decimalString(item.unavoidablePart.max)] : ['', '']) : []),
        ...(details.staff.length > 0 ? amounts(item.totals.aarsvaerk) : []),
        ...(details.ownFinancing.length > 0 ? ownAmounts(ownFinancing(item), details.ownFinancing.length) : []),
        ...(model.basedOnErrors ? [labels.yes] : [])
    ]);
    return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}
