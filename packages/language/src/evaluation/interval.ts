import type { ExactDecimal } from './exact-decimal.js';
import { ZERO } from './exact-decimal.js';

/** An amount that is known to lie between `min` and `max` (equal for an exact amount). */
export interface Interval {
    readonly min: ExactDecimal;
    readonly max: ExactDecimal;
}

export const ZERO_INTERVAL: Interval = { min: ZERO, max: ZERO };

/** Ranges add up end by end: `0..10 + 2.6 = 2.6..12.6`. */
export function addIntervals(a: Interval, b: Interval): Interval {
    return { min: a.min.plus(b.min), max: a.max.plus(b.max) };
}

export function scaleInterval(a: Interval, factor: ExactDecimal): Interval {
    const x = a.min.times(factor);
    const y = a.max.times(factor);
    return x.lessThanOrEqualTo(y) ? { min: x, max: y } : { min: y, max: x };
}

export function isExact(a: Interval): boolean {
    return a.min.equals(a.max);
}

export function isZero(a: Interval): boolean {
    return a.min.isZero() && a.max.isZero();
}

export function intervalsEqual(a: Interval, b: Interval): boolean {
    return a.min.equals(b.min) && a.max.equals(b.max);
}
