import type { Budget, Fragment, Unit } from '../generated/ast.js';
import { isPriceLevelSetting, isUnitSetting, isYearsSetting } from '../generated/ast.js';
import type { ExactDecimal } from './exact-decimal.js';
import { ExactDecimal as D } from './exact-decimal.js';
import { asBrikAmount } from '../text/pasted-text.js';

/** A budget has at most this many years (§1). */
export const MAX_YEARS = 10;

export type UnitLabel = 'mio. kr.' | '1.000 kr.' | 'kr.';

export interface UnitInfo {
    readonly label: UnitLabel;
    /** How many kroner one unit is: 1,000,000 for `mio. kr.`. */
    readonly kroner: ExactDecimal;
    /** Decimals printed in reports (§9): one for `mio. kr.`, none otherwise. */
    readonly printDecimals: number;
}

/** What the header of a budget says about every amount in it. */
export interface BudgetHeader {
    /** The years of `år`; the first is the budget year. Empty when `år` is missing or broken. */
    readonly years: readonly number[];
    /** Number of periods in a Series: every year, then `permanent`. */
    readonly periods: number;
    readonly unit: UnitInfo | undefined;
    readonly priceLevel: number | undefined;
}

const UNITS: Record<UnitLabel, UnitInfo> = {
    'mio. kr.': { label: 'mio. kr.', kroner: new D(1_000_000), printDecimals: 1 },
    '1.000 kr.': { label: '1.000 kr.', kroner: new D(1_000), printDecimals: 0 },
    'kr.': { label: 'kr.', kroner: new D(1), printDecimals: 0 }
};

/** The unit of a label: `unitNamed('kr.')`. */
export function unitNamed(label: UnitLabel): UnitInfo {
    return UNITS[label];
}

/** The unit an `enhed` names; undefined for an unknown one, or a half-typed `enhed` that names none. */
export function unitInfo(unit: Unit | undefined): UnitInfo | undefined {
    if (unit === undefined) {
        return undefined;
    }
    if (unit.million) {
        return UNITS['mio. kr.'];
    }
    if (unit.thousands === undefined) {
        return UNITS['kr.'];
    }
    // `1 000 kr.` as pasted from a PDF is `1_000 kr.` (the validator warns).
    return /^1[._]?000$/.test(asBrikAmount(unit.thousands)) ? UNITS['1.000 kr.'] : undefined;
}

/** A four-digit year, or undefined for anything else (`2024.5`, `-2024`, `20245`). */
export function parseYear(text: string | undefined): number | undefined {
    return text !== undefined && /^[0-9]{4}$/.test(text) ? Number(text) : undefined;
}

/** The years of `år first..last`, clamped to MAX_YEARS (the validator reports more). */
export function yearsBetween(first: number | undefined, last: number | undefined): number[] {
    if (first === undefined) {
        return [];
    }
    const end = last === undefined ? first : last;
    if (end < first) {
        return [first];
    }
    const years: number[] = [];
    for (let year = first; year <= end && years.length < MAX_YEARS; year++) {
        years.push(year);
    }
    return years;
}

/**
 * The header a document's own settings give. A fragment (§7) inherits the years and price level
 * of the budget that includes it, and its unit unless it declares its own.
 */
export function headerOf(document: Budget | Fragment, inherited?: BudgetHeader): BudgetHeader {
    const yearsSetting = document.members.find(isYearsSetting);
    const unitSetting = document.members.find(isUnitSetting);
    const priceLevel = document.members.find(isPriceLevelSetting);
    const years = yearsSetting
        ? yearsBetween(parseYear(yearsSetting.first), parseYear(yearsSetting.last))
        : inherited?.years ?? [];
    return {
        years,
        periods: years.length + 1,
        unit: unitSetting ? unitInfo(unitSetting.unit) : inherited?.unit,
        priceLevel: priceLevel ? parseYear(priceLevel.year) : inherited?.priceLevel
    };
}
