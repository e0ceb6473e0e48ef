import type { AmountLine, Range } from '../generated/ast.js';
import { parseAmount } from './exact-decimal.js';
import type { Interval } from './interval.js';
import { ZERO_INTERVAL } from './interval.js';
import { parseYear } from './budget-frame.js';
import type { Series } from './totals.js';

const PRINTED_RANGE = /^([+-]?[0-9][0-9_]*(?:[.,][0-9]+)?)[-–—]([+-]?[0-9][0-9_]*(?:[.,][0-9]+)?)$/;

/**
 * The two ends of a range as written, whichever of its forms it has; max is absent for a single
 * amount. Undefined where the parser found no amount (a half-typed `total`).
 */
export function rangeEnds(range: Range | undefined): { min: string; max: string | undefined } | undefined {
    if (range === undefined) {
        return undefined;
    }
    if (range.printed !== undefined) {
        const match = PRINTED_RANGE.exec(range.printed);
        return match ? { min: match[1], max: match[2] } : undefined;
    }
    return range.min === undefined ? undefined : { min: range.min, max: range.max };
}

/** The interval a written range stands for, ends sorted; undefined if it is not a number. */
export function rangeValue(range: Range | undefined): Interval | undefined {
    const ends = range && rangeEnds(range);
    const min = parseAmount(ends?.min);
    if (!ends || !min) {
        return undefined;
    }
    const max = ends.max === undefined ? min : parseAmount(ends.max);
    if (!max) {
        return undefined;
    }
    return min.lessThanOrEqualTo(max) ? { min, max } : { min: max, max: min };
}

/**
 * What an amount line's profile (§3) puts in each period of the budget. Years outside `år`
 * are ignored here (the validator reports them); `permanent` continues the last stated
 * amount into every later year and into the permanent column.
 */
export function profileSeries(line: AmountLine, years: readonly number[]): Series {
    const series: Interval[] = new Array<Interval>(years.length + 1).fill(ZERO_INTERVAL);
    let lastYear: number | undefined;
    let lastAmount: Interval | undefined;
    const amount = rangeValue(line.amount);
    if (amount) {
        if (years.length > 0) {
            series[0] = amount;
        }
        lastYear = years[0];
        lastAmount = amount;
    }
    for (const period of line.periods) {
        const value = rangeValue(period.amount);
        const first = parseYear(period.first);
        const last = period.last === undefined ? first : parseYear(period.last);
        if (!value || first === undefined || last === undefined) {
            continue;
        }
        years.forEach((year, i) => {
            if (year >= first && year <= last) {
                series[i] = value;
            }
        });
        lastYear = last;
        lastAmount = value;
    }
    if (line.permanent && lastAmount) {
        years.forEach((year, i) => {
            if (lastYear === undefined || year > lastYear) {
                series[i] = lastAmount;
            }
        });
        series[years.length] = lastAmount;
    }
    return series;
}
