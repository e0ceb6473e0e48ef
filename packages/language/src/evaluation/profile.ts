import { AstUtils } from 'langium';
import type { AmountLine, Range } from '../generated/ast.js';
import { parseMoney } from './thousands-dots.js';
import type { Interval } from './interval.js';
import { UNKNOWN_INTERVAL, ZERO_INTERVAL } from './interval.js';
import { parseYear } from './budget-header.js';
import type { UnitInfo } from './budget-header.js';
import type { OuterUse, Series } from './totals.js';
import { NO_OUTER_USE, seriesOf } from './totals.js';
import { PRINTED_RANGE } from '../text/pasted-text.js';

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
    return range.min === undefined ? undefined : { min: range.min, max: range.max };
}

/**
 * The interval a written range stands for, ends sorted; undefined if it is not a number. With
 * the unit of money stated in `1.000 kr.` or `kr.`, thousands dots read as meant (see parseMoney).
 */
export function rangeValue(range: Range | undefined, unit: UnitInfo | undefined): Interval | undefined {
    const ends = range && rangeEnds(range);
    const min = parseMoney(ends?.min, unit);
    if (!ends || !min || (ends.max === undefined && hasOpenEnd(range))) {
        return undefined;
    }
    const max = ends.max === undefined ? min : parseMoney(ends.max, unit);
    if (!max) {
        return undefined;
    }
    return min.lessThanOrEqualTo(max) ? { min, max } : { min: max, max: min };
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
 * amount into every later year and into the permanent column. `tidligere:` and
 * `efterfølgende:` go to their own periods, and samlet is their sum with every year.
 * An amount that cannot be read (`drift 1.2.3`, a half-typed `drift`) is UNKNOWN_INTERVAL where it
 * would stand, never 0: every total that counts it is unknown (see Interval).
 */
export function profileSeries(line: AmountLine, years: readonly number[], unit: UnitInfo | undefined): Series {
    const series: Interval[] = new Array<Interval>(years.length + 1).fill(ZERO_INTERVAL);
    const outside: { tidligere?: Interval; efterfølgende?: Interval } = {};
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
    for (const period of line.periods) {
        const value = rangeValue(period.amount, unit) ?? UNKNOWN_INTERVAL;
        const outer = outerPeriod(period.outer);
        if (outer) {
            outside[outer] = value;
            continue;
        }
        const first = parseYear(period.first);
        const last = period.last === undefined ? first : parseYear(period.last);
        if (first === undefined || last === undefined) {
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
    const outer = line.periods.map(period => outerPeriod(period.outer));
    return outer.some(Boolean) ? { tidligere: outer.includes('tidligere'), efterfølgende: outer.includes('efterfølgende') } : NO_OUTER_USE;
}
