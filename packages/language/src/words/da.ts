import type { Words } from './words.js';
import { itemCount } from './item-count.js';

// The words used in more than one entry, written once.
const drift = 'Drift';
const anlæg = 'Anlæg';
const staff = 'Årsværk';
const netto = 'Netto';
const balance = 'Balance';
const finansiering = 'Finansiering';
const permanent = 'Varigt';
const overall = 'I alt';
const scenario = 'Scenarie';
const ramme = 'Ramme';
const uomgængelig = 'uomgængelig';
const politisk = 'politisk';
const exceeded = 'overskredet';
const room = 'råderum';
const anlaegTotal = `${anlæg} ${overall.toLowerCase()}`;
const balanceHeading = `${balance} (${drift.toLowerCase()} ${netto.toLowerCase()})`;
const brikker = (count: number) => count === 1 ? '1 brik' : `${count} brikker`;
const financingItems = (count: number) => count === 1 ? '1 finansieringspunkt' : `${count} finansieringspunkter`;
const priceLevel = (year: number) => `P/L-${year}`;

/** `2025–2027`, or `2025` for one year. */
function yearSpan(years: readonly number[]): string {
    return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
}

/** Brik's words in Danish, the default. */
export const da: Words = {
    budget: 'Budget',
    brik: 'Brik',
    item: 'Budgetbrik',
    area: 'Område',
    theme: 'Tema',
    scenario,
    ramme,
    drift,
    anlæg,
    staff,
    opdrift: 'Opdrift',
    omstilling: 'Omstilling',
    finansiering,
    netto,
    balance,
    permanent,
    owner: 'Virksomhed',
    brikker,
    itemCount: (count, financing) => itemCount(count, financing, brikker, financingItems),
    priceLevel,
    categories: { eff: 'effektivisering', bao: 'bortfald af opgave', am: 'opgave løst på anden måde' },

    unit: 'Enhed',
    period: years => `budgetår ${years[0] ?? '–'}${years.length > 1 ? `, overslagsår ${yearSpan(years.slice(1))}` : ''}`,
    earlierYears: 'Tidligere år',
    laterYears: 'Efterfølgende år',
    laterYearsHeading: 'Efter\u00ADfølgende år',
    overall,
    summary: 'Sammenfatning',
    kind: 'Type',
    total: name => `${overall} – ${name}`,
    legend: 'Tegnforklaring',
    unavoidable: `${uomgængelig} udgift`,
    political: `${politisk} budgetforslag`,
    unavoidablePart: amount => `heraf uomgængeligt: ${amount}`,
    basedOnErrors: 'OBS: Rapporten er lavet af en fil med fejl. Tallene kan være forkerte.',
    errorsListed: count => count === 1 ? 'Den bygger på denne fejl:' : `Den bygger på disse ${count} fejl:`,
    errorAt: (file, line, message) => `${file}, linje ${line}: ${message}`,
    ofBrik: 'Lavet med Brik',
    basedOnErrorsColumn: 'Lavet af fil med fejl',
    unknown: 'ukendt',
    yes: 'ja',
    sign: '+ er merudgift, − er mindreudgift eller merindtægt.',
    rounding: 'Tallene er afrundet hver for sig, så en sum kan afvige fra summen af de viste tal.',
    anlaegTotal,
    otherItems: 'Øvrige poster',
    items: 'Budgetbrikker',
    lineKinds: { drift, etablering: 'Etablering (engangs)', finansiering, anlæg, årsværk: staff },
    lineTotal: 'Samlet',
    consequence: 'Økonomisk konsekvens',
    amountsIn: unit => `Beløb i ${unit}`,
    madeWith: 'Lavet med Brik: hver total er beregnet af de enkelte beløb.',
    name: 'Navn',
    markNames: { uomgængelig, politisk },
    themeNumber: 'Tema nr.',
    path: 'Sti',
    marks: 'Markering',
    category: 'Kategori',
    notes: 'Noter',
    periodEnd: (period, end) => `${period} ${end}`,
    unavoidableColumn: column => `heraf uomgængeligt ${column}`,
    staffColumn: column => `${staff} ${column}`,
    anlægColumn: column => `${anlæg} ${column}`,
    ownFinancingColumn: column => `heraf ${finansiering.toLowerCase()} ${column}`,
    catalogueSheet: 'Katalog',
    themeChart: (budgetYear, budget) => `${budget === 'drift' ? drift : anlæg}, ${netto.toLowerCase()} pr. tema i budgetåret ${budgetYear}`,
    periodChart: (budget, withPermanent) => `${budget === 'drift' ? `${balance}: ${drift.toLowerCase()}` : anlæg}, ${netto.toLowerCase()} pr. år${withPermanent ? ` og ${permanent.toLowerCase()}` : ''}`,
    chartRange: 'spænd fra minimum til maksimum',
    chartExact: 'præcist beløb',
    chartCertain: 'sikker del',
    scenarios: 'Scenarier',
    scenarioShown: name => `${scenario}: ${name}`,
    restatedFrom: year => `omregnet fra ${priceLevel(year)}`,
    scenarioLevel: level => ({ min: 'minimumsniveau', max: 'maksimumsniveau', midt: 'midt mellem minimum og maksimum' } as Record<string, string>)[level ?? ''] ?? 'minimum–maksimum',
    rammeFigure: figure => `${ramme.toLowerCase()} ${figure}`,
    exceededIn: years => `overskrides: ${years}`,
    rammeKept: 'rammen holder',
    scenarioNote: `${balanceHeading} pr. år. Et scenarie rummer altid de uomgængelige udgifter, omstillingerne og finansieringen.`,
    page: ['Side', 'af'],
    reportFormats: {
        json: { label: 'JSON', help: 'brik-report/1, en stabil grænseflade: hvert beløb er en decimal-streng' },
        md: { label: 'Markdown', help: 'kataloget som Markdown-tabeller' },
        html: { label: 'HTML', help: 'én selvstændig side (intet hentes, intet script), klar til print på A4' },
        csv: { label: 'CSV', help: 'én række pr. brik og finansieringspost, til programmer: komma, decimalpunktum' },
        xlsx: { label: 'Excel', help: 'Excel-projektmappe: sammenfatning, og katalog med SUM-formler pr. tema' },
        docx: { label: 'Word', help: 'Word-dokument som kataloget: overskrift pr. område og tema, hver brik med sin egen tabel' },
        pdf: { label: 'PDF', help: 'HTML-rapporten udskrevet som PDF af en Chromium-browser på maskinen (Chromium, Chrome, Edge)' }
    },

    hover: {
        holds: 'holder',
        fails: 'holder ikke',
        declared: 'angivet',
        computed: 'beregnet',
        level: 'niveau',
        exceededIn: excess => `${exceeded} i ${excess}`,
        kept: 'overholdt i alle år',
        inScenarios: names => `Med i: ${names}`,
        inNoScenario: 'Ikke med i noget scenarie'
    },

    hints: {
        exceeded: (year, figure) => `${exceeded} ${year}: ${figure}`,
        room: (year, figure) => `${room} ${year}: ${figure}`,
        computedTotal: 'Den beregnede total'
    },

    lens: {
        showItems: 'Vis brikkerne og finansieringspunkterne'
    },

    diff: {
        formerly: 'før',
        added: 'ny',
        removed: 'fjernet',
        renamed: 'omdøbt',
        moved: 'flyttet',
        changed: 'ændret',
        none: 'Ingen ændringer.',
        subtotals: 'Subtotaler',
        balance: balanceHeading,
        capital: `${anlaegTotal} (${anlæg.toLowerCase()} ${netto.toLowerCase()})`,
        place: 'Placering',
        what: 'Hvad',
        before: 'Før',
        after: 'Efter',
        change: 'Ændring',
        summary: n => n.moved > 0
            ? `${n.changed} ændrede, ${n.added} nye, ${n.removed} fjernede, ${n.renamed} omdøbte og ${n.moved} flyttede brikker`
            : `${n.changed} ændrede, ${n.added} nye, ${n.removed} fjernede og ${n.renamed} omdøbte brikker`
    },

    status: {
        figure: { drift: 'Driftsbudgettets netto (drift netto)', anlæg: 'Anlægsbudgettets netto (anlæg netto)' },
        meaning: {
            drift: `Positiv er ubalance, negativ er ${room}. Anlæg og årsværk indgår ikke.`,
            anlæg: 'Budgettet har kun anlæg (en investeringsoversigt), så der er ingen driftsbalance. Årsværk indgår ikke.'
        },
        inBudgetYear: year => `i budgetåret ${year}`,
        balanced: 'Budgettet balancerer.',
        unbalanced: 'Budgettet kan være i ubalance.',
        errors: (count, budget) => `Filen har ${count === 1 ? 'én fejl' : `${count} fejl`}; ${budget === 'anlæg' ? 'tallet' : 'balancen'} tæller kun det, der kan læses.`,
        click: 'Klik for at vise rapporten.'
    }
};
