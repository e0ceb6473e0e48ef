import { markdownTable } from 'markdown-table';
import type { BudgetHeader } from '../evaluation/budget-header.js';
import type { Series, Totals } from '../evaluation/totals.js';
import { isZeroSeries } from '../evaluation/totals.js';
import type { AmountFormat, Locale } from '../format/format-amount.js';
import { amountFormat, formatInterval } from '../format/format-amount.js';
import { wordsOf } from '../words/words.js';
import { escapeMarkdown } from '../report/markdown-escape.js';
import { budgetsWithMoney, nodePeriods, printedIntervals, splitKinds } from '../report/report-structure.js';

/**
 * Set before each figure of a hover's table: an em space, so that the columns do not touch,
 * behind a zero-width space, so that Markdown's trimming of a cell leaves it (`&emsp;` would show
 * as such in an editor that prints the Markdown as text).
 */
export const COLUMN_GAP = '\u200B\u2003';

/**
 * The figures of one node as a small Markdown table for hovers: one row per non-empty line.
 * `exact`: a brik's own amounts, printed with every decimal as written (`1,59`); a container's
 * totals are rounded to the unit's decimals. Empty when the node has no period to show (a budget
 * without `år`): a table of labels with no figures says nothing.
 */
export function totalsTable(totals: Totals, header: BudgetHeader, locale: Locale, split: boolean, exact = false): string {
    const labels = wordsOf(locale);
    const format: AmountFormat = { ...amountFormat(header, locale), exact };
    const caption = [header.unit?.label, header.priceLevel !== undefined ? labels.priceLevel(header.priceLevel) : undefined]
        .filter(Boolean).join(', ');
    // The columns a report prints (§9), by this node's own use of tidligere and efterfølgende.
    const periods = nodePeriods(totals, header.years, labels);
    if (periods.length === 0) {
        return '';
    }
    const columnHeads = [caption, ...periods.map(period => COLUMN_GAP + period.label)];
    const row = (label: string, series: Series) => [label, ...printedIntervals(series, periods, header.years).map(i => COLUMN_GAP + formatInterval(i, format))];
    const rows: string[][] = [];
    // The budgets that hold money (§9): an investeringsoversigt's node leads with its anlæg, not with a drift of 0.
    const [lead, ...others] = budgetsWithMoney(totals);
    if (split && lead === 'drift') {
        for (const column of ['opdrift', 'omstilling', 'finansiering'] as const) {
            if (!isZeroSeries(totals.drift[column])) {
                rows.push(row(labels[column], totals.drift[column]));
            }
        }
        rows.push(bolded(row(`**${labels.netto}**`, totals.drift.netto)));
    } else if (split) {
        rows.push(...splitKinds(totals[lead]).map(column => row(labels[column], totals[lead][column])));
        rows.push(bolded(row(`**${labels[lead]}**`, totals[lead].netto)));
    } else {
        rows.push(row(labels[lead], totals[lead].netto));
    }
    for (const budget of others) {
        rows.push(row(labels[budget], totals[budget].netto));
    }
    if (!isZeroSeries(totals.årsværk)) {
        rows.push(row(labels.staff, totals.årsværk));
    }
    return markdownTable([columnHeads, ...rows], { align: ['l', ...columnHeads.slice(1).map(() => 'r' as const)] });
}

/** A row's figures in bold, the gap before each left outside: `​ **15,0**`. */
function bolded(cells: string[]): string[] {
    return cells.map((cell, i) => i === 0 ? cell : `${COLUMN_GAP}**${cell.slice(COLUMN_GAP.length)}**`);
}

export function bold(text: string): string {
    return `**${escapeMarkdown(text)}**`;
}
