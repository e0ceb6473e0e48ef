import type { ValidationAcceptor } from 'langium';
import type { Budget, PriceLevelSetting, Setting, Unit, YearsSetting } from '../generated/ast.js';
import { isPriceLevelSetting, isUnitSetting, isYearsSetting } from '../generated/ast.js';
import { MAX_YEARS, parseYear, unitInfo } from '../evaluation/budget-header.js';
import { IssueCodes } from './brik-issue-codes.js';
import { quoteSource } from '../text/source-quote.js';

const REQUIRED_SETTINGS: ReadonlyArray<{ keyword: string; is: (s: unknown) => s is Setting; example: string }> = [
    { keyword: 'enhed', is: isUnitSetting, example: 'enhed mio. kr.' },
    { keyword: 'prisniveau', is: isPriceLevelSetting, example: 'prisniveau 2023' },
    { keyword: 'år', is: isYearsSetting, example: 'år 2024..2027' }
];

/** `enhed`, `prisniveau` and `år` are required exactly once per budget (§1). */
export function checkBudgetSettings(budget: Budget, accept: ValidationAcceptor): void {
    for (const { keyword, is, example } of REQUIRED_SETTINGS) {
        const settings = budget.members.filter(is);
        if (settings.length === 0) {
            accept('error', `Budgettet mangler '${keyword}'. Skriv fx '${example}' øverst i budgettet.`,
                { node: budget, property: 'name', code: IssueCodes.SettingMissing, data: { keyword, example } });
        }
        for (const repeated of settings.slice(1)) {
            accept('error', `'${keyword}' er angivet mere end én gang; et budget har kun én. Slet den ene.`,
                { node: repeated, code: IssueCodes.SettingRepeated });
        }
    }
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
