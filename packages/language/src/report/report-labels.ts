import type { Locale } from '../format/format-amount.js';

/** Every fixed text a report prints, in Danish and English. */
export interface ReportLabels {
    readonly unit: string;
    readonly priceLevel: (year: number) => string;
    readonly period: (years: readonly number[]) => string;
    readonly permanent: string;
    readonly summary: string;
    readonly drift: string;
    readonly anlaeg: string;
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
    readonly sign: string;
    readonly categories: Readonly<Record<string, string>>;
}

const da: ReportLabels = {
    unit: 'Enhed',
    priceLevel: year => `P/L-${year}`,
    period: years => years.length > 1 ? `budgetår ${years[0]}, overslagsår ${years[1]}–${years[years.length - 1]}` : `budgetår ${years[0] ?? '–'}`,
    permanent: 'Varigt',
    summary: 'Sammenfatning',
    drift: 'Drift',
    anlaeg: 'Anlæg',
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
    sign: '+ er merudgift, − er mindreudgift eller merindtægt.',
    categories: { eff: 'effektivisering', bao: 'bortfald af opgave', am: 'opgave løst på anden måde' }
};

const en: ReportLabels = {
    unit: 'Unit',
    priceLevel: year => `${year} prices`,
    period: years => years.length > 1 ? `budget year ${years[0]}, projection years ${years[1]}–${years[years.length - 1]}` : `budget year ${years[0] ?? '–'}`,
    permanent: 'Permanent',
    summary: 'Summary',
    drift: 'Operating',
    anlaeg: 'Capital',
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
    sign: '+ is more expenditure, − is less expenditure or more revenue.',
    categories: { eff: 'efficiency', bao: 'task discontinued', am: 'task solved differently' }
};

export function reportLabels(locale: Locale): ReportLabels {
    return locale === 'en' ? en : da;
}
