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

/** Ranges add up end by end: `0..10 + 2.6 = 2.6..12.6`; unknown if either is. */
export function addIntervals(a: Interval, b: Interval): Interval {
    return interval(a.min.plus(b.min), a.max.plus(b.max), a.unknown || b.unknown);
}

/** How much each end moved from `before` to `after` (a diff's change): unknown if either is. */
export function intervalChange(before: Interval, after: Interval): Interval {
    return interval(after.min.minus(before.min), after.max.minus(before.max), before.unknown || after.unknown);
}

export function scaleInterval(a: Interval, factor: ExactDecimal): Interval {
    const x = a.min.times(factor);
    const y = a.max.times(factor);
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
