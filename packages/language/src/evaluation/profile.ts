import { AstUtils } from 'langium';
import type { AmountLine, Range } from '../generated/ast.js';
import { parseMoney } from './amount-reading.js';
import type { Interval } from './interval.js';
import { UNKNOWN_INTERVAL, ZERO_INTERVAL } from './interval.js';
import { parseYear } from './budget-header.js';
import type { UnitInfo } from './budget-header.js';
import type { OuterUse, Series } from './totals.js';
import { NO_OUTER_USE, seriesOf } from './totals.js';
import { PRINTED_RANGE } from '../text/pasted-text.js';
import type { ExactDecimal } from './exact-decimal.js';

const WHOLE_PRINTED_RANGE = new RegExp(`^${PRINTED_RANGE.source}$`);

/**
 * The two ends of a range as written, whichever of its forms it has; max is absent for a single
 * amount. Undefined where the parser found no amount (a half-typed `total`).
 */
export function rangeEnds(range: Range | undefined): { min: string; max: string | undefined } | undefined {
    if (range === undefined) {
        return undefined;
    }
    if (range.printed !== undefined) {
        const match = WHOLE_PRINTED_RANGE.exec(range.printed);
        return match ? { min: match[1], max: match[2] } : undefined;
    }
    // A range of two numbers is its own ends: no object made for each of the checks that ask.
    return range.min === undefined ? undefined : range as { min: string; max: string | undefined };
}

/** The two ends of a written range as decimals, in the order written; an end that is no number is undefined. */
export interface RangeReading {
    readonly min: ExactDecimal | undefined;
    /** Undefined where the second end is no number; for a single amount, `min` (or undefined). */
    readonly max: ExactDecimal | undefined;
}

/**
 * Each Range node's reading, by whether dots are read as thousands dots (the one thing of a unit
 * that changes it; hasThousandsDots), read once and used by the evaluator, the amount checks
 * and the declared totals alike. It is kept on the node under a symbol (which no walk over a
 * node's properties sees): a WeakMap cost more in lookups and in GC than the readings it
 * saved. Only the common reading is kept, two numbers in order, as the very Interval the
 * line's series holds; `null` marks a range read otherwise (an end that is no number, ends
 * reversed: an error, which is read again when asked).
 */
const READINGS = [Symbol('reading'), Symbol('reading with thousands dots')] as const;

type ReadRange = Range & { [key: symbol]: Interval | null | undefined };

/** The decimals of a written range in `unit` (see RangeReading), read once per node and unit. */
export function readRange(range: Range, unit: UnitInfo | undefined): RangeReading {
    const key = READINGS[unit !== undefined && unit.label !== 'mio. kr.' ? 1 : 0];
    const cached = (range as ReadRange)[key];
    if (cached) {
        return cached;
    }
    if (cached === null) {
        return readEnds(range, unit);
    }
    const reading = readEnds(range, unit);
    const ordered = reading.min !== undefined && reading.max !== undefined && reading.min.lessThanOrEqualTo(reading.max);
    (range as ReadRange)[key] = ordered ? reading as Interval : null;
    return reading;
}

function readEnds(range: Range, unit: UnitInfo | undefined): RangeReading {
    const ends = rangeEnds(range);
    const min = parseMoney(ends?.min, unit);
    const max = ends?.max === undefined ? min : parseMoney(ends.max, unit);
    return { min, max };
}

/**
 * The interval a written range stands for, ends sorted; undefined if it is not a number. With
 * the unit of money stated in `1.000 kr.` or `kr.`, thousands dots read as meant (see parseMoney).
 */
export function rangeValue(range: Range | undefined, unit: UnitInfo | undefined): Interval | undefined {
    if (range === undefined) {
        return undefined;
    }
    const reading = readRange(range, unit);
    const { min, max } = reading;
    if (!min || !max || (range.max === undefined && range.printed === undefined && hasOpenEnd(range))) {
        return undefined;
    }
    // The reading of two numbers in order is an Interval already (readRange), shared by every caller.
    return min.lessThanOrEqualTo(max) ? reading as Interval : { min: max, max: min };
}

/** A range cut off after its dash or `..` (`drift 2..`): its maximum cannot be read. */
function hasOpenEnd(range: Range): boolean {
    if (range.dash !== undefined) {
        return true;
    }
    // Only a parse that recovered from a syntax error leaves `..` without its maximum; asking a
    // clean document's syntax tree would cost a Langium parse of a fast-parsed file.
    const document = AstUtils.findRootNode(range).$document;
    if (document !== undefined && document.parseResult.parserErrors.length === 0) {
        return false;
    }
    return range.$cstNode?.text.trimEnd().endsWith('..') ?? false;
}

/**
 * What an amount line's profile (§3) puts in each period of the budget. Years outside `år`
 * are ignored here (the validator reports them); `permanent` continues the last stated
 * amount into every later year and into the permanent column, and `permanent: X` puts X there
 * (from the year after the last stated year; in every year if none is stated, an error). `tidligere:` and
 * `efterfølgende:` go to their own periods, and samlet is their sum with every year.
 * An amount that cannot be read (`drift 1.2.3`, a half-typed `drift`) is UNKNOWN_INTERVAL where it
 * would stand, never 0: every total that counts it is unknown (see Interval).
 */
export function profileSeries(line: AmountLine, years: readonly number[], unit: UnitInfo | undefined): Series {
    const series: Interval[] = new Array<Interval>(years.length + 1).fill(ZERO_INTERVAL);
    let outside: { tidligere?: Interval; efterfølgende?: Interval } | undefined;
    let lastYear: number | undefined;
    let lastAmount: Interval | undefined;
    const written = line.amount !== undefined || line.periods.length === 0;
    const amount = written ? rangeValue(line.amount, unit) ?? UNKNOWN_INTERVAL : undefined;
    if (amount) {
        if (years.length > 0) {
            series[0] = amount;
        }
        lastYear = years[0];
        lastAmount = amount;
    }
    let level: Interval | undefined;
    for (const period of line.periods) {
        const value = rangeValue(period.amount, unit) ?? UNKNOWN_INTERVAL;
        if (period.permanent) {
            level = value;
            continue;
        }
        const outer = outerPeriod(period.outer);
        if (outer) {
            (outside ??= {})[outer] = value;
            continue;
        }
        const first = parseYear(period.first);
        const last = period.last === undefined ? first : parseYear(period.last);
        if (first === undefined || last === undefined) {
            continue;
        }
        for (let i = 0; i < years.length; i++) {
            if (years[i] >= first && years[i] <= last) {
                series[i] = value;
            }
        }
        lastYear = last;
        lastAmount = value;
    }
    // `permanent: X` states the level; a bare `permanent` continues the last amount (with both, an
    // error, the stated level counts).
    const permanent = level ?? (line.permanent ? lastAmount : undefined);
    if (permanent) {
        for (let i = 0; i < years.length; i++) {
            if (lastYear === undefined || years[i] > lastYear) {
                series[i] = permanent;
            }
        }
        series[years.length] = permanent;
    }
    return seriesOf(series, outside);
}

/** `tidligere`, `efterfølgende` or `efterfoelgende` as the name of its period. */
export function outerPeriod(keyword: string | undefined): 'tidligere' | 'efterfølgende' | undefined {
    if (keyword === undefined) {
        return undefined;
    }
    return keyword === 'tidligere' ? 'tidligere' : 'efterfølgende';
}

/** Which periods outside `år` a line writes. */
export function lineOuterUse(line: AmountLine): OuterUse {
    if (line.periods.length === 0) {
        return NO_OUTER_USE;
    }
    const outer = line.periods.map(period => outerPeriod(period.outer));
    return outer.some(Boolean) ? { tidligere: outer.includes('tidligere'), efterfølgende: outer.includes('efterfølgende') } : NO_OUTER_USE;
}
