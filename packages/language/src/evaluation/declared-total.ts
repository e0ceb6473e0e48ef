import type { Total } from '../generated/ast.js';
import type { BrikEvaluator, EvaluatedNode } from './brik-evaluator.js';
import type { BudgetHeader } from './budget-header.js';
import { parseYear } from './budget-header.js';
import { decimalPlacesAsWritten } from './exact-decimal.js';
import type { Interval } from './interval.js';
import { lineBudget, moneyUnitIn } from './item-column.js';
import { outerPeriod, rangeEnds, rangeValue } from './profile.js';
import { amountAsRead } from './amount-reading.js';
import type { ColumnName, Period, Series, Totals } from './totals.js';
import { intervalAt } from './totals.js';

/** Årsværk are counted in tenths (`2,5 årsværk`), whatever the unit of money. */
const STAFF_DECIMALS = 1;

/** What a `total` line refers to, and what Brik computes for it (§4). */
export interface DeclaredTotal {
    readonly declared: Interval;
    readonly computed: Interval;
    /** Decimals of the declared minimum and maximum, as written. */
    readonly decimals: { readonly min: number; readonly max: number };
    /**
     * Decimals to print the computed figure with beside the declared one (the mismatch's fix, the
     * `≠` hint): as many as the declared figure has, and at least the unit's (§9); årsværk at least one.
     */
    readonly printDecimals: number;
    /** `drift`, `anlæg` or `årsværk`. */
    readonly budget: string;
    readonly column: ColumnName | undefined;
    /** A year of `år`, or `permanent`, `tidligere`, `efterfølgende` or `samlet`. */
    readonly period: Period;
    /** False too when the computed figure is unknown (`computed.unknown`): it rests on an amount that cannot be read. */
    readonly holds: boolean;
    /**
     * For a money total that does not hold: the other budget (`drift` for a total about anlæg, and
     * the other way round) when the declared figure holds exactly there, as `total anlæg` would.
     */
    readonly holdsIn: 'drift' | 'anlæg' | undefined;
    /** The declared figure as written, in Brik's own notation. */
    readonly declaredText: string;
}

export type TotalProblem = { readonly problem: 'year-outside'; readonly year: number } | { readonly problem: 'no-years' };

/** The period a total names: its year, `permanent:`, `tidligere:` …, or the budget year by default. */
function totalPeriod(total: Total, years: readonly number[]): Period | TotalProblem {
    if (total.permanent) {
        return 'permanent';
    }
    if (total.outer !== undefined) {
        return total.outer === 'samlet' ? 'samlet' : outerPeriod(total.outer)!;
    }
    const year = parseYear(total.year);
    if (year !== undefined) {
        return years.includes(year) ? year : { problem: 'year-outside', year };
    }
    return years.length === 0 ? { problem: 'no-years' } : years[0];
}

/**
 * Evaluates a declared total against its container (an område, a tema, the budget, or the brik
 * whose block it stands in). A total holds when the computed figure, rounded half-up to as many
 * decimals as the declared one has, equals it at both ends.
 */
export function evaluateDeclaredTotal(evaluator: BrikEvaluator, total: Total): DeclaredTotal | TotalProblem | undefined {
    return declaredTotal(total, { header: evaluator.header(total), totals: () => evaluator.totalsOf(total.$container as EvaluatedNode) });
}

/** What a declared total is compared with: its document's header, and the totals of what it sums (its container). */
export interface TotalBasis {
    readonly header: BudgetHeader;
    totals(): Totals;
}

/** evaluateDeclaredTotal, given what it reads (a replayed check has no evaluator: UnitFacts). */
export function declaredTotal(total: Total, basis: TotalBasis): DeclaredTotal | TotalProblem | undefined {
    const header = basis.header;
    if (!total.value) {
        // `total 2025:` with no figure (a syntax error): nothing to compare.
        return undefined;
    }
    // `62.000` in 1.000 kr. is 62,000 (§2): its dots are no decimals.
    const unit = moneyUnitIn(total.value, header);
    const declared = rangeValue(total.value, unit);
    const ends = rangeEnds(total.value);
    if (!declared || !ends) {
        return undefined;
    }
    const period = totalPeriod(total, header.years);
    if (typeof period === 'object') {
        return period;
    }
    const totals = basis.totals();
    const budget = lineBudget(total.budget ?? 'drift');
    const column = budget === 'årsværk' ? undefined : (total.column as ColumnName | undefined) ?? 'netto';
    const places = (text: string) => decimalPlacesAsWritten(amountAsRead(text, unit) ?? text);
    const decimals = { min: places(ends.min), max: places(ends.max ?? ends.min) };
    const holdsAt = (series: Series): boolean => {
        const computed = intervalAt(series, header.years, period);
        return !computed.unknown && computed.min.toDecimalPlaces(decimals.min).equals(declared.min) && computed.max.toDecimalPlaces(decimals.max).equals(declared.max);
    };
    const series = column === undefined ? totals.årsværk : totals[budget === 'anlæg' ? 'anlæg' : 'drift'][column];
    const holds = holdsAt(series);
    const other = budget === 'anlæg' ? 'drift' : 'anlæg';
    const holdsIn = !holds && column !== undefined && holdsAt(totals[other][column]) ? other : undefined;
    const printDecimals = Math.max(decimals.min, decimals.max, column === undefined ? STAFF_DECIMALS : header.unit?.printDecimals ?? 0);
    return {
        declared, computed: intervalAt(series, header.years, period), decimals, printDecimals, budget, column, period, holds, holdsIn,
        declaredText: ends.max === undefined ? ends.min : `${ends.min}..${ends.max}`
    };
}
export function isDeclaredTotal(result: DeclaredTotal | TotalProblem | undefined): result is DeclaredTotal {
    return result !== undefined && 'holds' in result;
}
