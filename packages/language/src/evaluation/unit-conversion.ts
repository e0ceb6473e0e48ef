import type { UnitInfo, UnitLabel } from './budget-header.js';
import { unitNamed } from './budget-header.js';
import type { ExactDecimal } from './exact-decimal.js';
import type { Interval } from './interval.js';
import { scaleInterval } from './interval.js';

/**
 * What one unit `from` is in unit `to` (1.000 kr. in mio. kr.: 0.001), exactly; undefined when
 * the units agree or one is unknown. The one place a unit is converted: a fragment counted in its
 * budget, the old version of a budget in `brik diff`, an amount in kroner.
 */
export function unitFactor(from: UnitInfo | undefined, to: UnitInfo | undefined): ExactDecimal | undefined {
    return from && to && from.label !== to.label ? from.kroner.dividedBy(to.kroner) : undefined;
}

/** An interval in unit `from`, in unit `to` (unchanged where unitFactor is undefined). */
export function convertInterval(interval: Interval, from: UnitInfo | undefined, to: UnitInfo | undefined): Interval {
    const factor = unitFactor(from, to);
    return factor ? scaleInterval(interval, factor) : interval;
}

/** An amount in `unit` as kroner: 2.8 mio. kr. is 2,800,000 kr. */
export function inKroner(interval: Interval, unit: UnitInfo): Interval {
    return convertInterval(interval, unit, unitNamed('kr.'));
}

/** A value written in one unit, in another: 2455000 kr. is 2.455 mio. kr. */
export function convertAmount(value: ExactDecimal, from: UnitLabel, to: UnitLabel): ExactDecimal {
    return unitFactor(unitNamed(from), unitNamed(to))?.times(value) ?? value;
}
