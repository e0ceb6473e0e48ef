import type { ValidationAcceptor } from 'langium';
import { UriUtils } from 'langium';
import type { Budget, PriceLevelSetting, Setting, Unit, YearsSetting } from '../generated/ast.js';
import { isPriceLevelSetting, isUnitSetting, isYearsSetting } from '../generated/ast.js';
import { MAX_YEARS, parseYear, unitInfo } from '../evaluation/budget-header.js';
import { headerLines, likelyBudgetYear } from '../helpers/header-defaults.js';
import { IssueCodes } from './brik-issue-codes.js';
import { quoteSource } from '../text/source-quote.js';

const REQUIRED_SETTINGS: ReadonlyArray<{ keyword: 'enhed' | 'prisniveau' | 'år'; is: (s: unknown) => s is Setting }> = [
    { keyword: 'enhed', is: isUnitSetting },
    { keyword: 'prisniveau', is: isPriceLevelSetting },
    { keyword: 'år', is: isYearsSetting }
];

/** What the quick fix of `brik/setting-missing` inserts: every missing line, in the header's order. */
export interface MissingSettings {
    readonly keywords: readonly string[];
    readonly lines: readonly string[];
}

/**
 * `enhed`, `prisniveau` and `år` are required exactly once per budget (§1). Those missing are
 * one error, with one fix that adds them all, the years from the budget itself (likelyBudgetYear).
 */
export function checkBudgetSettings(budget: Budget, accept: ValidationAcceptor): void {
    const missing = REQUIRED_SETTINGS.filter(({ is }) => !budget.members.some(is)).map(({ keyword }) => keyword);
    if (missing.length > 0) {
        const defaults = headerLines(likelyBudgetYear(budget, budget.$document && UriUtils.basename(budget.$document.uri)));
        const data: MissingSettings = { keywords: missing, lines: missing.map(keyword => defaults[keyword]) };
        accept('error', `Budgettet mangler ${listed(missing)}. Skriv fx ${listed(data.lines)} øverst i budgettet.`,
            { node: budget, property: 'name', code: IssueCodes.SettingMissing, data });
    }
    for (const { keyword, is } of REQUIRED_SETTINGS) {
        for (const repeated of budget.members.filter(is).slice(1)) {
            accept('error', `'${keyword}' er angivet mere end én gang; et budget har kun én. Slet den ene.`,
                { node: repeated, code: IssueCodes.SettingRepeated });
        }
    }
}

/** `'enhed', 'prisniveau' og 'år'`. */
export function listed(words: readonly string[]): string {
    const quoted = words.map(word => `'${word}'`);
    return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} og ${quoted[quoted.length - 1]}` : quoted.join('');
}

export function checkYearsSetting(setting: YearsSetting, accept: ValidationAcceptor): void {
    const first = parseYear(setting.first);
    const last = setting.last === undefined ? first : parseYear(setting.last);
    for (const [property, text] of [['first', setting.first], ['last', setting.last]] as const) {
        if (text !== undefined && parseYear(text) === undefined) {
            accept('error', `'${quoteSource(text)}' er ikke et årstal. Skriv fx 'år 2024..2027'.`,
                { node: setting, property, code: IssueCodes.InvalidYear });
        }
    }
    if (first === undefined || last === undefined) {
        return;
    }
    if (last < first) {
        accept('error', `'år ${first}..${last}' er vendt om: det første år er budgetåret. Skriv 'år ${last}..${first}'.`,
            { node: setting, code: IssueCodes.YearsReversed });
    } else if (last - first + 1 > MAX_YEARS) {
        accept('error', `Et budget har højst ${MAX_YEARS} år, men 'år ${first}..${last}' giver ${last - first + 1}. Skriv fx 'år ${first}..${first + MAX_YEARS - 1}'.`,
            { node: setting, code: IssueCodes.TooManyYears });
    }
}

export function checkPriceLevel(setting: PriceLevelSetting, accept: ValidationAcceptor): void {
    if (parseYear(setting.year) === undefined) {
        accept('error', `'${quoteSource(setting.year)}' er ikke et årstal. Prisniveauet er året for priserne, fx 'prisniveau 2023' (P/L-2023).`,
            { node: setting, property: 'year', code: IssueCodes.InvalidYear });
    }
}

export function checkUnit(unit: Unit, accept: ValidationAcceptor): void {
    if (!unitInfo(unit)) {
        accept('error', `'${quoteSource(unit.thousands)} kr.' er ikke en enhed, Brik kender. Brug 'mio. kr.', '1.000 kr.' eller 'kr.'.`,
            { node: unit, code: IssueCodes.UnknownUnit });
    }
}
