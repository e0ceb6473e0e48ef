import type { Words } from './words.js';
import { itemCount } from './item-count.js';

// The words used in more than one entry, written once.
const drift = 'Operating';
const anlæg = 'Capital';
const staff = 'Full-time equivalents';
const netto = 'Net';
const balance = 'Balance';
const finansiering = 'Financing';
const permanent = 'Permanent';
const overall = 'Total';
const scenario = 'Scenario';
const ramme = 'Frame';
const unavoidable = 'unavoidable';
const political = 'political';
const exceeded = 'exceeded';
const anlaegTotal = `${anlæg} ${overall.toLowerCase()}`;
const balanceHeading = `${balance} (${drift.toLowerCase()} ${netto.toLowerCase()})`;
const brikker = (count: number) => count === 1 ? '1 item' : `${count} items`;
const financingItems = (count: number) => count === 1 ? '1 financing item' : `${count} financing items`;
const priceLevel = (year: number) => `${year} prices`;

/** `2025–2027`, or `2025` for one year. */
function yearSpan(years: readonly number[]): string {
    return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
}

/** Brik's words in English (`brik.locale` and `--locale en`). */
export const en: Words = {
    budget: 'Budget',
    brik: 'Item',
    item: 'Budget item',
    area: 'Area',
    theme: 'Theme',
    scenario,
    ramme,
    drift,
    anlæg,
    staff,
    opdrift: 'New spending',
    omstilling: 'Reallocation',
    finansiering,
    netto,
    balance,
    permanent,
    owner: 'Unit responsible',
    brikker,
    itemCount: (count, financing) => itemCount(count, financing, brikker, financingItems),
    priceLevel,
    categories: { eff: 'efficiency', bao: 'task discontinued', am: 'task solved differently' },

    unit: 'Unit',
    period: years => `budget year ${years[0] ?? '–'}${years.length > 1 ? `, projection ${years.length > 2 ? 'years' : 'year'} ${yearSpan(years.slice(1))}` : ''}`,
    earlierYears: 'Earlier years',
    laterYears: 'Later years',
    laterYearsHeading: 'Later years',
    overall,
    summary: 'Summary',
    kind: 'Type',
    total: name => `${overall} – ${name}`,
    legend: 'Legend',
    unavoidable: `${unavoidable} expense`,
    political: `${political} proposal`,
    unavoidablePart: amount => `of which ${unavoidable}: ${amount}`,
    basedOnErrors: 'NOTE: This report was made from a file with errors. Its figures may be wrong.',
    errorsListed: count => count === 1 ? 'It rests on this error:' : `It rests on these ${count} errors:`,
    errorAt: (file, line, message) => `${file}, line ${line}: ${message}`,
    ofBrik: 'Made with Brik',
    basedOnErrorsColumn: 'Made from a file with errors',
    unknown: 'unknown',
    yes: 'yes',
    sign: '+ is more expenditure, − is less expenditure or more revenue.',
    rounding: 'Figures are rounded one by one, so a total can differ from the sum of the figures shown.',
    anlaegTotal,
    otherItems: 'Other items',
    items: 'Budget items',
    lineKinds: { drift, etablering: 'Establishment (one-off)', finansiering, anlæg, årsværk: staff },
    lineTotal: 'Total',
    consequence: 'Financial effect',
    amountsIn: unit => `Amounts in ${unit}`,
    madeWith: 'Made with Brik: every total is computed from the amounts it adds up.',
    name: 'Name',
    markNames: { uomgængelig: unavoidable, politisk: political },
    themeNumber: 'Theme no.',
    path: 'Path',
    marks: 'Marks',
    category: 'Category',
    notes: 'Notes',
    periodEnd: (period, end) => `${period} ${end}`,
    unavoidableColumn: column => `of which ${unavoidable} ${column}`,
    staffColumn: column => `${staff} ${column}`,
    anlægColumn: column => `${anlæg} ${column}`,
    ownFinancingColumn: column => `of which ${finansiering.toLowerCase()} ${column}`,
    catalogueSheet: 'Catalogue',
    themeChart: (budgetYear, budget) => `${budget === 'drift' ? drift : anlæg}, ${netto.toLowerCase()} by theme in budget year ${budgetYear}`,
    periodChart: (budget, withPermanent) => `${budget === 'drift' ? `${balance}: ${drift.toLowerCase()} ${netto.toLowerCase()}` : `${anlæg}, ${netto.toLowerCase()}`} by year${withPermanent ? ` and ${permanent.toLowerCase()}` : ''}`,
    chartRange: 'range from minimum to maximum',
    chartExact: 'exact amount',
    chartCertain: 'certain part',
    scenarios: 'Scenarios',
    scenarioShown: name => `${scenario}: ${name}`,
    restatedFrom: year => `restated from ${priceLevel(year)}`,
    scenarioLevel: level => ({ min: 'minimum level', max: 'maximum level', midt: 'midway between minimum and maximum' } as Record<string, string>)[level ?? ''] ?? 'minimum–maximum',
    rammeFigure: figure => `${ramme.toLowerCase()} ${figure}`,
    exceededIn: years => `${exceeded}: ${years}`,
    rammeKept: `within the ${ramme.toLowerCase()}`,
    scenarioNote: `${balanceHeading} per year. A scenario always contains the ${unavoidable} items, the reallocations and the financing.`,
    page: ['Page', 'of'],
    reportFormats: {
        json: { label: 'JSON', help: 'brik-report/1, a stable interface: every amount a decimal string' },
        md: { label: 'Markdown', help: 'the catalogue as Markdown tables' },
        html: { label: 'HTML', help: 'one self-contained page (nothing fetched, no script), ready to print on A4' },
        csv: { label: 'CSV', help: 'one row per brik and financing item, for programs: comma, decimal point' },
        xlsx: { label: 'Excel', help: 'Excel workbook: a summary, and the catalogue with SUM formulas per tema' },
        docx: { label: 'Word', help: 'Word document laid out as the catalogue: a heading per område and tema, each brik with its own table' },
        pdf: { label: 'PDF', help: 'the HTML report printed to PDF by a Chromium browser on the machine (Chromium, Chrome, Edge)' }
    },

    hover: {
        holds: 'holds',
        fails: 'does not hold',
        declared: 'declared',
        computed: 'computed',
        level: 'level',
        exceededIn: excess => `${exceeded} in ${excess}`,
        kept: 'kept in every year',
        inScenarios: names => `In: ${names}`,
        inNoScenario: 'In no scenario'
    },

    hints: {
        exceeded: (year, figure) => `${exceeded} ${year}: ${figure}`,
        room: (year, figure) => `room ${year}: ${figure}`,
        computedTotal: 'The computed total'
    },

    lens: {
        showItems: 'List the items and financing items'
    },

    diff: {
        formerly: 'formerly',
        added: 'added',
        removed: 'removed',
        renamed: 'renamed',
        moved: 'moved',
        changed: 'changed',
        none: 'No changes.',
        subtotals: 'Subtotals',
        balance: balanceHeading,
        capital: `${anlaegTotal} (${anlæg.toLowerCase()} ${netto.toLowerCase()})`,
        place: 'Place',
        what: 'What',
        before: 'Before',
        after: 'After',
        change: 'Change',
        summary: n => n.moved > 0
            ? `${n.changed} changed, ${n.added} added, ${n.removed} removed, ${n.renamed} renamed and ${n.moved} moved items`
            : `${n.changed} changed, ${n.added} added, ${n.removed} removed and ${n.renamed} renamed items`
    },

    status: {
        figure: { drift: 'The operating budget\'s net (operating net)', anlæg: 'The capital budget\'s net (capital net)' },
        meaning: {
            drift: 'Positive is a deficit, negative is room left. Capital and full-time equivalents are not included.',
            anlæg: 'The budget has only capital (an investment overview), so there is no operating balance. Full-time equivalents are not included.'
        },
        inBudgetYear: year => `in budget year ${year}`,
        balanced: 'The budget balances.',
        unbalanced: 'The budget may be out of balance.',
        errors: (count, budget) => `The file has ${count === 1 ? 'one error' : `${count} errors`}; the ${budget === 'anlæg' ? 'figure' : 'balance'} counts only what can be read.`,
        click: 'Click to show the report.'
    }
};
