import type { Document } from '../generated/ast.js';
import type { ExactDecimal } from './exact-decimal.js';
import type { Interval } from './interval.js';
import { scaleInterval } from './interval.js';
import { priceFactor, priceIndexOf } from './price-index.js';
import type { ScenarioResult } from './scenario-evaluation.js';
import type { Totals } from './totals.js';
import { mapTotals } from './totals.js';

/** Why amounts cannot be restated in another price level (§8). */
export type RestatementProblem =
    | { readonly problem: 'no-price-level' }
    | { readonly problem: 'missing-index'; readonly missing: number; readonly from: number };

/** The factor that restates a budget's amounts from its price level in `to`, or why there is none. */
export function restatementFactor(document: Document, from: number | undefined, to: number): { readonly factor: ExactDecimal } | RestatementProblem {
    if (from === undefined) {
        return { problem: 'no-price-level' };
    }
    const result = priceFactor(priceIndexOf(document), from, to);
    return 'missing' in result ? { problem: 'missing-index', missing: result.missing, from } : result;
}

/** An amount restated: × index(to) / index(from), exactly. */
export function restateInterval(interval: Interval, factor: ExactDecimal): Interval {
    return scaleInterval(interval, factor);
}

/** Every amount of money in a Totals restated (årsværk is no money and stays). */
export function restateTotals(totals: Totals, factor: ExactDecimal): Totals {
    return mapTotals(totals, interval => scaleInterval(interval, factor), true);
}

/** A scenario's totals, ramme, excesses and room restated. */
export function restateScenario(result: ScenarioResult, factor: ExactDecimal): ScenarioResult {
    const excess = (e: ScenarioResult['exceeded'][number]) => ({ ...e, by: scaleInterval(e.by, factor) });
    return {
        ...result,
        totals: restateTotals(result.totals, factor),
        ramme: result.ramme && scaleInterval(result.ramme, factor),
        exceeded: result.exceeded.map(excess),
        largestExcess: result.largestExcess && excess(result.largestExcess),
        room: result.room && { ...result.room, by: scaleInterval(result.room.by, factor) }
    };
}

/** An amount restated in each other year of a prisindeks: the hover's other price levels. */
export function otherPriceLevels(value: Interval, document: Document, from: number): Array<{ readonly priceLevel: number; readonly value: Interval }> {
    const index = priceIndexOf(document);
    if (!index.has(from)) {
        return [];
    }
    return [...index.keys()].filter(year => year !== from).flatMap(year => {
        const result = priceFactor(index, from, year);
        return 'factor' in result ? [{ priceLevel: year, value: scaleInterval(value, result.factor) }] : [];
    });
}
