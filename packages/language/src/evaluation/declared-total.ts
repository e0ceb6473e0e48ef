import type { Total } from '../generated/ast.js';
import type { BrikEvaluator, EvaluatedNode } from './brik-evaluator.js';
import { parseYear } from './budget-frame.js';
import { decimalPlacesAsWritten } from './exact-decimal.js';
import type { Interval } from './interval.js';
import { canonicalKeyword } from './item-kind.js';
import { rangeEnds, rangeValue } from './profile.js';
import type { ColumnName } from './totals.js';

/** What a `total` line refers to, and what Brik computes for it (§4). */
export interface DeclaredTotal {
    readonly declared: Interval;
    readonly computed: Interval;
    /** Decimals of the declared minimum and maximum, as written. */
    readonly decimals: { readonly min: number; readonly max: number };
    /** `drift`, `anlæg` or `årsværk`. */
    readonly budget: string;
    readonly column: ColumnName | undefined;
    readonly period: number | 'permanent';
    readonly holds: boolean;
    /** The declared figure as written, in Brik's own notation. */
    readonly declaredText: string;
}

export type TotalProblem = { readonly problem: 'year-outside'; readonly year: number } | { readonly problem: 'no-years' };

/**
 * Evaluates a declared total against its container. A total holds when the computed figure,
 * rounded half-up to as many decimals as the declared one has, equals it at both ends.
 */
export function evaluateDeclaredTotal(evaluator: BrikEvaluator, total: Total): DeclaredTotal | TotalProblem | undefined {
    const declared = rangeValue(total.value);
    const ends = rangeEnds(total.value);
    if (!declared || !ends) {
        return undefined;
    }
    const frame = evaluator.frame(total);
    const year = parseYear(total.year);
    let index: number;
    if (total.permanent) {
        index = frame.years.length;
    } else if (year !== undefined) {
        index = frame.years.indexOf(year);
        if (index < 0) {
            return { problem: 'year-outside', year };
        }
    } else if (frame.years.length === 0) {
        return { problem: 'no-years' };
    } else {
        index = 0;
    }
    const totals = evaluator.totalsOf(total.$container as EvaluatedNode);
    const budget = canonicalKeyword(total.budget ?? 'drift');
    const column = budget === 'årsværk' ? undefined : (total.column as ColumnName | undefined) ?? 'netto';
    const series = column === undefined ? totals.aarsvaerk : totals[budget === 'anlæg' ? 'anlaeg' : 'drift'][column];
    const computed = series[index];
    const decimals = {
        min: decimalPlacesAsWritten(ends.min),
        max: decimalPlacesAsWritten(ends.max ?? ends.min)
    };
    const holds = computed.min.toDecimalPlaces(decimals.min).equals(declared.min)
        && computed.max.toDecimalPlaces(decimals.max).equals(declared.max);
    return {
        declared, computed, decimals, budget, column,
        period: index === frame.years.length ? 'permanent' : frame.years[index],
        holds,
        declaredText: ends.max === undefined ? ends.min : `${ends.min}..${ends.max}`
    };
}

export function isDeclaredTotal(result: DeclaredTotal | TotalProblem | undefined): result is DeclaredTotal {
    return result !== undefined && 'holds' in result;
}
