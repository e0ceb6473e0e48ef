import type { Locale } from '../format/format-amount.js';

/** Every fixed text a report prints, in Danish and English. */
export interface ReportLabels {
    readonly unit: string;
    readonly priceLevel: (year: number) => string;
    readonly period: (years: readonly number[]) => string;
    readonly permanent: string;
    /** The columns of §9: the years before `år` together, those after it, and all of them with `år` (samlet). */
    readonly earlierYears: string;
    readonly laterYears: string;
    /** The same as a table heading, where it may break (a soft hyphen): its column need not be as wide as the word. */
    readonly laterYearsHeading: string;
    readonly overall: string;
    readonly summary: string;
    readonly drift: string;
    readonly anlæg: string;
    readonly staff: string;
    readonly opdrift: string;
    readonly omstilling: string;
    readonly finansiering: string;
    readonly netto: string;
    readonly balance: string;
    readonly item: string;
    readonly kind: string;
    readonly owner: string;
    readonly total: (name: string) => string;
    readonly brikker: (count: number) => string;
    readonly legend: string;
    readonly unavoidable: string;
    readonly political: string;
    readonly unavoidablePart: (amount: string) => string;
    readonly basedOnErrors: string;
    /**
     * What every consumer prints in place of a figure that rests on an amount that cannot be
     * read (`Interval.unknown`): `ukendt`, never 0. The one rendering of the unknown value.
     */
    readonly unknown: string;
    /** The column of a CSV report made from a file with errors, `ja` in every row. */
    readonly basedOnErrorsColumn: string;
    readonly yes: string;
    readonly sign: string;
    readonly categories: Readonly<Record<string, string>>;
    /** The anlæg line of a subtotal, beside the drift balance. */
    readonly anlaegTotal: string;
    /** The heading of items that stand directly in the budget, outside any område or tema. */
    readonly otherItems: string;
    readonly amountsIn: (unit: string) => string;
    readonly madeWith: string;
    readonly name: string;
    /** A mark as a word, for CSV and spreadsheet cells. */
    readonly markNames: Readonly<Record<'uomgængelig' | 'politisk', string>>;
    readonly area: string;
    readonly theme: string;
    readonly themeNumber: string;
    readonly path: string;
    readonly marks: string;
    readonly category: string;
    readonly notes: string;
    /** A column of one end of a range: `2024 min`, `Varigt max`. */
    readonly periodEnd: (period: string, end: 'min' | 'max') => string;
    readonly unavoidableColumn: (year: string, end: 'min' | 'max') => string;
    /** A column of the anlæg budget: `Anlæg 2024 min`. */
    readonly anlægColumn: (column: string) => string;
    /** A brik's own financing, part of its netto: `heraf finansiering 2024 min`. */
    readonly ownFinancingColumn: (column: string) => string;
    readonly catalogueSheet: string;
    /** The chart of each tema's budget-year netto, of the catalogue's leading budget. */
    readonly themeChart: (budgetYear: string, budget: 'drift' | 'anlæg') => string;
    /** The chart of the leading budget's netto per year: the balance, or an investeringsoversigt's anlæg. */
    readonly periodChart: (budget: 'drift' | 'anlæg', withPermanent: boolean) => string;
    readonly chartRange: string;
    readonly chartExact: string;
    readonly chartCertain: string;
    readonly scenarios: string;
    readonly scenarioShown: (name: string) => string;
    readonly restatedFrom: (year: number) => string;
    readonly scenarioLevel: (level: string | undefined) => string;
    readonly ramme: (figure: string) => string;
    readonly exceededIn: (years: string) => string;
    readonly rammeKept: string;
    readonly scenarioNote: string;
}

/** `2025–2027`, or `2025` for one year. */
function yearSpan(years: readonly number[]): string {
    return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
}

const da: ReportLabels = {
    unit: 'Enhed',
    priceLevel: year => `P/L-${year}`,
    period: years => `budgetår ${years[0] ?? '–'}${years.length > 1 ? `, overslagsår ${yearSpan(years.slice(1))}` : ''}`,
    permanent: 'Varigt',
    earlierYears: 'Tidligere år',
    laterYears: 'Efterfølgende år',
    laterYearsHeading: 'Efter\u00ADfølgende år',
    overall: 'I alt',
    summary: 'Sammenfatning',
    drift: 'Drift',
    anlæg: 'Anlæg',
    staff: 'Årsværk',
    opdrift: 'Opdrift',
    omstilling: 'Omstilling',
    finansiering: 'Finansiering',
    netto: 'Netto',
    balance: 'Balance',
    item: 'Budgetbrik',
    kind: 'Type',
    owner: 'Virksomhed',
    total: name => `I alt – ${name}`,
    brikker: count => count === 1 ? '1 brik' : `${count} brikker`,
    legend: 'Tegnforklaring',
    unavoidable: 'uomgængelig udgift',
    political: 'politisk budgetforslag',
    unavoidablePart: amount => `heraf uomgængeligt: ${amount}`,
    basedOnErrors: 'OBS: Rapporten er lavet af en fil med fejl. Tallene kan være forkerte.',
    basedOnErrorsColumn: 'Lavet af fil med fejl',
    unknown: 'ukendt',
    yes: 'ja',
    sign: '+ er merudgift, − er mindreudgift eller merindtægt.',
    scenarios: 'Scenarier',
    scenarioShown: name => `Scenarie: ${name}`,
    restatedFrom: year => `omregnet fra P/L-${year}`,
    scenarioLevel: level => ({ min: 'minimumsniveau', max: 'maksimumsniveau', midt: 'midt mellem minimum og maksimum' } as Record<string, string>)[level ?? ''] ?? 'minimum–maksimum',
    ramme: figure => `ramme ${figure}`,
    exceededIn: years => `overskrides: ${years}`,
    rammeKept: 'rammen holder',
    scenarioNote: 'Balance (drift netto) pr. år. Et scenarie rummer altid de uomgængelige udgifter, omstillingerne og finansieringen.',
    categories: { eff: 'effektivisering', bao: 'bortfald af opgave', am: 'opgave løst på anden måde' },
    anlaegTotal: 'Anlæg i alt',
    otherItems: 'Øvrige poster',
    amountsIn: unit => `Beløb i ${unit}`,
    madeWith: 'Lavet med Brik: hver total er beregnet af de enkelte beløb.',
    name: 'Navn',
    markNames: { uomgængelig: 'uomgængelig', politisk: 'politisk' },
    area: 'Område',
    theme: 'Tema',
    themeNumber: 'Tema nr.',
    path: 'Sti',
    marks: 'Markering',
    category: 'Kategori',
    notes: 'Noter',
    periodEnd: (period, end) => `${period} ${end}`,
    unavoidableColumn: (year, end) => `heraf uomgængeligt ${year} ${end}`,
    anlægColumn: column => `Anlæg ${column}`,
    ownFinancingColumn: column => `heraf finansiering ${column}`,
    catalogueSheet: 'Katalog',
    themeChart: (budgetYear, budget) => `${budget === 'drift' ? 'Drift' : 'Anlæg'}, netto pr. tema i budgetåret ${budgetYear}`,
    periodChart: (budget, withPermanent) => `${budget === 'drift' ? 'Balance: drift' : 'Anlæg'}, netto pr. år${withPermanent ? ' og varigt' : ''}`,
    chartRange: 'spænd fra minimum til maksimum',
    chartExact: 'præcist beløb',
    chartCertain: 'sikker del'
};

const en: ReportLabels = {
    unit: 'Unit',
    priceLevel: year => `${year} prices`,
    period: years => `budget year ${years[0] ?? '–'}${years.length > 1 ? `, projection ${years.length > 2 ? 'years' : 'year'} ${yearSpan(years.slice(1))}` : ''}`,
    permanent: 'Permanent',
    earlierYears: 'Earlier years',
    laterYears: 'Later years',
    laterYearsHeading: 'Later years',
    overall: 'Total',
    summary: 'Summary',
    drift: 'Operating',
    anlæg: 'Capital',
    staff: 'Full-time equivalents',
    opdrift: 'New spending',
    omstilling: 'Reallocation',
    finansiering: 'Financing',
    netto: 'Net',
    balance: 'Balance',
    item: 'Budget item',
    kind: 'Type',
    owner: 'Unit responsible',
    total: name => `Total – ${name}`,
    brikker: count => count === 1 ? '1 item' : `${count} items`,
    legend: 'Legend',
    unavoidable: 'unavoidable expense',
    political: 'political proposal',
    unavoidablePart: amount => `of which unavoidable: ${amount}`,
    basedOnErrors: 'NOTE: This report was made from a file with errors. Its figures may be wrong.',
    basedOnErrorsColumn: 'Made from a file with errors',
    unknown: 'unknown',
    yes: 'yes',
    sign: '+ is more expenditure, − is less expenditure or more revenue.',
    scenarios: 'Scenarios',
    scenarioShown: name => `Scenario: ${name}`,
    restatedFrom: year => `restated from ${year} prices`,
    scenarioLevel: level => ({ min: 'minimum level', max: 'maximum level', midt: 'midway between minimum and maximum' } as Record<string, string>)[level ?? ''] ?? 'minimum–maximum',
    ramme: figure => `frame ${figure}`,
    exceededIn: years => `exceeded: ${years}`,
    rammeKept: 'within the frame',
    scenarioNote: 'Balance (operating net) per year. A scenario always contains the unavoidable items, the reallocations and the financing.',
    categories: { eff: 'efficiency', bao: 'task discontinued', am: 'task solved differently' },
    anlaegTotal: 'Capital total',
    otherItems: 'Other items',
    amountsIn: unit => `Amounts in ${unit}`,
    madeWith: 'Made with Brik: every total is computed from the amounts it adds up.',
    name: 'Name',
    markNames: { uomgængelig: 'unavoidable', politisk: 'political' },
    area: 'Area',
    theme: 'Theme',
    themeNumber: 'Theme no.',
    path: 'Path',
    marks: 'Marks',
    category: 'Category',
    notes: 'Notes',
    periodEnd: (period, end) => `${period} ${end}`,
    unavoidableColumn: (year, end) => `of which unavoidable ${year} ${end}`,
    anlægColumn: column => `Capital ${column}`,
    ownFinancingColumn: column => `of which financing ${column}`,
    catalogueSheet: 'Catalogue',
    themeChart: (budgetYear, budget) => `${budget === 'drift' ? 'Operating' : 'Capital'}, net by theme in budget year ${budgetYear}`,
    periodChart: (budget, withPermanent) => `${budget === 'drift' ? 'Balance: operating net' : 'Capital, net'} by year${withPermanent ? ' and permanent' : ''}`,
    chartRange: 'range from minimum to maximum',
    chartExact: 'exact amount',
    chartCertain: 'certain part'
};

export function reportLabels(locale: Locale): ReportLabels {
    return locale === 'en' ? en : da;
}
