import type { ExactDecimal } from '../evaluation/exact-decimal.js';
import { ExactDecimal as D, ZERO } from '../evaluation/exact-decimal.js';
import type { Interval } from '../evaluation/interval.js';

// The geometry of the report's charts, as pure functions. Amounts stay exact decimals up to
// the pixel: only a coordinate, never a printed figure, becomes a JavaScript number.

/** A value axis that always includes zero, with ticks at a step of 1, 2 or 5 × 10ⁿ. */
export interface Axis {
    readonly min: ExactDecimal;
    readonly max: ExactDecimal;
    readonly step: ExactDecimal;
    readonly ticks: readonly ExactDecimal[];
    /** Decimals a tick label needs: none for a step of 50, one for 2.5. */
    readonly decimals: number;
}

const TEN = new D(10);

/** The axis of a chart of these values: zero and every value inside, about `targetTicks` steps. */
export function niceAxis(values: readonly ExactDecimal[], targetTicks = 5): Axis {
    const low = D.min(ZERO, ...values);
    const high = D.max(ZERO, ...values);
    const span = high.minus(low);
    if (span.isZero()) {
        return { min: ZERO, max: new D(1), step: new D(1), ticks: [ZERO, new D(1)], decimals: 0 };
    }
    const rough = span.div(targetTicks);
    const exponent = Number(rough.toExponential().split('e')[1]);
    const power = TEN.pow(exponent);
    const fraction = rough.div(power);
    const multiple = [1, 2, 5].find(m => fraction.lessThanOrEqualTo(m)) ?? 10;
    const step = power.times(multiple);
    const min = low.div(step).floor().times(step);
    const max = high.div(step).ceil().times(step);
    const ticks: ExactDecimal[] = [];
    for (let tick = min; tick.lessThanOrEqualTo(max); tick = tick.plus(step)) {
        ticks.push(tick);
    }
    return { min, max, step, ticks, decimals: step.decimalPlaces() };
}

/** A value's coordinate on an axis drawn from `from` to `to` (to < from for an upward y axis). */
export type Scale = (value: ExactDecimal) => number;

export function linearScale(axis: Axis, from: number, to: number): Scale {
    const span = axis.max.minus(axis.min);
    // A pixel coordinate, rounded to 1/100 px: the one place an amount becomes a number.
    return value => value.minus(axis.min).div(span).times(to - from).plus(from).toDecimalPlaces(2).toNumber();
}

/** The two ends of an interval on a scale, in increasing coordinate order. */
export interface Extent {
    readonly start: number;
    readonly end: number;
}

export function extentOf(low: ExactDecimal, high: ExactDecimal, scale: Scale): Extent {
    const a = scale(low);
    const b = scale(high);
    return a <= b ? { start: a, end: b } : { start: b, end: a };
}

/**
 * How a bar from zero shows an uncertain amount: the part that is certain whichever end
 * holds (from zero to the end nearer zero, when both ends have one sign) drawn solid, and
 * the range from minimum to maximum drawn hatched. An exact amount is all certain.
 */
export interface BarParts {
    readonly certain: Interval | undefined;
    readonly range: Interval | undefined;
}

export function barParts(interval: Interval): BarParts {
    const { min, max } = interval;
    const range = min.lessThan(max) ? interval : undefined;
    if (min.greaterThan(ZERO)) {
        return { certain: { min: ZERO, max: min }, range };
    }
    if (max.lessThan(ZERO)) {
        return { certain: { min: max, max: ZERO }, range };
    }
    return { certain: undefined, range };
}

/** A label cut to at most `maxChars` characters, at a space when one is near, with an ellipsis. */
export function truncateLabel(text: string, maxChars: number): string {
    const characters = [...text];
    if (characters.length <= maxChars) {
        return text;
    }
    const cut = characters.slice(0, maxChars - 1).join('');
    const space = cut.lastIndexOf(' ');
    return `${(space > cut.length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
