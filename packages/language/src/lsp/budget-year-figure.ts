import type { BrikEvaluator, EvaluatedNode } from '../evaluation/brik-evaluator.js';
import type { Interval } from '../evaluation/interval.js';
import type { BudgetName } from '../evaluation/totals.js';
import type { Locale } from '../format/format-amount.js';
import { amountFormat, formatInterval, withUnit } from '../format/format-amount.js';
import { budgetsWithMoney } from '../report/report-structure.js';
import { wordsOf } from '../words/words.js';

/**
 * The one figure the editor shows for a node on one line (inlay hint, code lens, outline, status
 * bar): the netto of its leading budget (budgetsWithMoney, §9) in the budget year.
 */
export interface BudgetYearFigure {
    readonly budget: BudgetName;
    /** The budget year, the first of `år`. */
    readonly year: number;
    readonly netto: Interval;
    /** `15,0–26,6`, or `ukendt` (see Interval.unknown). */
    readonly figure: string;
    /** `Σ 2024: 15,0–26,6`; for a node whose money is anlæg only, `Σ anlæg 2023: 18.500`. */
    readonly label: string;
    /** The figure with the budget's unit (see withUnit): `15,0–26,6 mio. kr.` (`anlæg 18.500 (1.000 kr.)`). */
    readonly withUnit: string;
}

/** Undefined when the budget has no years (`år` missing or broken): there is no budget year. */
export function budgetYearFigure(evaluator: BrikEvaluator, node: EvaluatedNode, locale: Locale): BudgetYearFigure | undefined {
    const header = evaluator.header(node);
    if (header.years.length === 0) {
        return undefined;
    }
    const totals = evaluator.totalsOf(node);
    const [budget] = budgetsWithMoney(totals);
    const netto = totals[budget].netto[0];
    const year = header.years[0];
    const figure = formatInterval(netto, amountFormat(header, locale));
    const which = budget === 'drift' ? '' : `${wordsOf(locale)[budget].toLowerCase()} `;
    return { budget, year, netto, figure, label: `Σ ${which}${year}: ${figure}`, withUnit: withUnit(`${which}${figure}`, header.unit?.label) };
}
