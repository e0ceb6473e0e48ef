import type { ExactDecimal } from './exact-decimal.js';
import { ZERO } from './exact-decimal.js';

/**
 * An amount that is known to lie between `min` and `max` (equal for an exact amount).
 * `unknown` marks a figure that rests on an amount that cannot be read (`drift 1.2.3`): its
 * `min` and `max` are then only the sum of what could be read, never a figure to show. Every
 * sum and product of an unknown interval is unknown (Brik's answer to Safe-DS's unknown value).
 */
export interface Interval {
    readonly min: ExactDecimal;
    readonly max: ExactDecimal;
    readonly unknown?: true;
}

export const ZERO_INTERVAL: Interval = { min: ZERO, max: ZERO };

/** What an amount that cannot be read stands for: nothing known, and nothing added to a sum. */
export const UNKNOWN_INTERVAL: Interval = Object.freeze({ min: ZERO, max: ZERO, unknown: true });

/** An interval, marked unknown when `unknown` is. */
function interval(min: ExactDecimal, max: ExactDecimal, unknown: boolean | undefined): Interval {
    return unknown ? { min, max, unknown: true } : { min, max };
}

/** An exact amount as an interval. */
export function exactInterval(value: ExactDecimal): Interval {
    return { min: value, max: value };
}

/**
 * Ranges add up end by end: `0..10 + 2.6 = 2.6..12.6`; unknown if either is. A Decimal addition
 * makes two Decimals (decimal.js copies its argument), and sums are most of a check's
 * arithmetic, so none is made that gives what is already there: adding the shared zero gives
 * the other interval, an end that is zero gives the other end, and two exact amounts (one
 * Decimal for both ends, as a written amount and the sums of such amounts have) add up once.
 * Every result is the very value decimal.js would give, down to the sign of a zero.
 */
export function addIntervals(a: Interval, b: Interval): Interval {
    if (b === ZERO_INTERVAL && !hasNegativeZero(a)) {
        return a;
    }
    if (a === ZERO_INTERVAL && !hasNegativeZero(b)) {
        return b;
    }
    if (a.min === a.max && b.min === b.max) {
        const sum = plus(a.min, b.min);
        return interval(sum, sum, a.unknown || b.unknown);
    }
    return interval(plus(a.min, b.min), plus(a.max, b.max), a.unknown || b.unknown);
}

/** `a + b`, without a new Decimal when one of them is zero (0 + -0 is decimal.js's to answer). */
function plus(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
    if (b.isZero()) {
        if (!a.isZero()) {
            return a;
        }
    } else if (a.isZero()) {
        return b;
    }
    return a.plus(b);
}

/** Whether an end is -0 (`drift -0`), which decimal.js turns into 0 when 0 is added. */
function hasNegativeZero(a: Interval): boolean {
    return (a.min.isZero() && a.min.isNegative()) || (a.max.isZero() && a.max.isNegative());
}

/** How much each end moved from `before` to `after` (a diff's change): unknown if either is. */
export function intervalChange(before: Interval, after: Interval): Interval {
    return interval(after.min.minus(before.min), after.max.minus(before.max), before.unknown || after.unknown);
}

export function scaleInterval(a: Interval, factor: ExactDecimal): Interval {
    const x = a.min.times(factor);
    // An exact amount keeps one Decimal for both ends (see addIntervals).
    const y = a.max === a.min ? x : a.max.times(factor);
    return x.lessThanOrEqualTo(y) ? interval(x, y, a.unknown) : interval(y, x, a.unknown);
}

/** The interval with both ends set to one value computed from it (a scenario's niveau), unknown kept. */
export function resolveInterval(a: Interval, value: ExactDecimal): Interval {
    return interval(value, value, a.unknown);
}

export function isExact(a: Interval): boolean {
    return a.min.equals(a.max);
}

/** A known zero; an unknown figure is never zero. */
export function isZero(a: Interval): boolean {
    return !a.unknown && a.min.isZero() && a.max.isZero();
}

/** Whether two figures are known to be equal; an unknown figure equals nothing, itself included. */
export function intervalsEqual(a: Interval, b: Interval): boolean {
    return !a.unknown && !b.unknown && a.min.equals(b.min) && a.max.equals(b.max);
}
