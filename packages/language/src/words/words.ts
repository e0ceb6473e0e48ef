import type { Locale } from '../format/format-amount.js';
import type { ReportFormat } from '../report/report-formats.js';

export type { Locale };
import { da } from './da.js';
import { en } from './en.js';

/** A budget of the catalogue, for words that differ between drift and anlæg. */
type BudgetKind = 'drift' | 'anlæg';

/**
 * Every word Brik shows a user, in reports, hovers, inlay hints, code lenses, the outline,
 * `brik diff` and the extension's status bar: one table per locale (`da.ts`, `en.ts`), each typed
 * as `Words`, so that a word missing in one language is a compile error.
 *
 * A word has one entry. The nouns of a budget (`drift`, `finansiering`, `tema`, …) are written
 * once, capitalised, and lowercased where they stand inside a sentence; a phrase of one feature
 * that uses a noun builds it from the same constant in the table. Diagnostics and the CLI's and
 * the extension's messages are Danish only (docs/diagnostics.md) and are not here.
 */
export interface Words {
    // The budget's nouns, shared by every feature.
    readonly budget: string;
    /** One brik, in a hover and a diff; `item` is a report's column heading, `Budgetbrik`. */
    readonly brik: string;
    readonly item: string;
    readonly area: string;
    readonly theme: string;
    readonly scenario: string;
    readonly ramme: string;
    readonly drift: string;
    readonly anlæg: string;
    readonly staff: string;
    readonly opdrift: string;
    readonly omstilling: string;
    readonly finansiering: string;
    readonly netto: string;
    readonly balance: string;
    readonly permanent: string;
    readonly owner: string;
    readonly brikker: (count: number) => string;
    /** What a container holds: `8 brikker · 3 finansieringspunkter`, `3 finansieringspunkter`, `0 brikker`. */
    readonly itemCount: (brikker: number, financing: number) => string;
    readonly priceLevel: (year: number) => string;
    readonly categories: Readonly<Record<string, string>>;

    // Reports (report/*-report.ts).
    readonly unit: string;
    readonly period: (years: readonly number[]) => string;
    /** The columns of §9: the years before `år` together, those after it, and all of them with `år` (samlet). */
    readonly earlierYears: string;
    readonly laterYears: string;
    /** The same as a table heading, where it may break (a soft hyphen): its column need not be as wide as the word. */
    readonly laterYearsHeading: string;
    readonly overall: string;
    readonly summary: string;
    readonly kind: string;
    readonly total: (name: string) => string;
    readonly legend: string;
    readonly unavoidable: string;
    readonly political: string;
    readonly unavoidablePart: (amount: string) => string;
    readonly basedOnErrors: string;
    /** Above the list of errors a report made anyway rests on. */
    readonly errorsListed: (count: number) => string;
    /** One of them: `budget.brik, linje 6: …`. */
    readonly errorAt: (file: string, line: number, message: string) => string;
    /** A report's catalogue as the Word document's properties and header name it. */
    readonly ofBrik: string;
    /**
     * What every consumer prints in place of a figure that rests on an amount that cannot be
     * read (`Interval.unknown`): `ukendt`, never 0. The one rendering of the unknown value.
     */
    readonly unknown: string;
    /** The column of a CSV report made from a file with errors, `ja` in every row. */
    readonly basedOnErrorsColumn: string;
    readonly yes: string;
    readonly sign: string;
    /** That figures are rounded one by one, in the legend of every printed report: a printed sum may differ from the sum of the printed figures. */
    readonly rounding: string;
    /** The anlæg line of a subtotal, beside the drift balance. */
    readonly anlaegTotal: string;
    /** The heading of items that stand directly in the budget, beside områder and temaer. */
    readonly otherItems: string;
    /** The heading of items that stand directly in a budget without områder or temaer. */
    readonly items: string;
    /** The rows of a brik's own table (§9): its kinds of line, and its netto (`Samlet`). */
    readonly lineKinds: Readonly<Record<'drift' | 'etablering' | 'finansiering' | 'anlæg' | 'årsværk', string>>;
    readonly lineTotal: string;
    /** The heading of a brik's own table: `Økonomisk konsekvens`. */
    readonly consequence: string;
    readonly amountsIn: (unit: string) => string;
    readonly madeWith: string;
    readonly name: string;
    /** A mark as a word, for CSV and spreadsheet cells. */
    readonly markNames: Readonly<Record<'uomgængelig' | 'politisk', string>>;
    readonly themeNumber: string;
    readonly path: string;
    readonly marks: string;
    readonly category: string;
    readonly notes: string;
    /** A column of one end of a range: `2024 min`, `varigt max`. */
    readonly periodEnd: (period: string, end: 'min' | 'max') => string;
    /** A brik's unavoidable part in the budget year: `heraf uomgængeligt 2024`, `heraf uomgængeligt 2024 min`. */
    readonly unavoidableColumn: (column: string) => string;
    /** A brik's årsværk: `Årsværk 2024`. */
    readonly staffColumn: (column: string) => string;
    /** A column of the anlæg budget: `Anlæg 2024 min`. */
    readonly anlægColumn: (column: string) => string;
    /** A brik's own financing, part of its netto: `heraf finansiering 2024 min`. */
    readonly ownFinancingColumn: (column: string) => string;
    readonly catalogueSheet: string;
    /** The chart of each tema's budget-year netto, of the catalogue's leading budget. */
    readonly themeChart: (budgetYear: string, budget: BudgetKind) => string;
    /** The chart of the leading budget's netto per year: the balance, or an investeringsoversigt's anlæg. */
    readonly periodChart: (budget: BudgetKind, withPermanent: boolean) => string;
    readonly chartRange: string;
    readonly chartExact: string;
    readonly chartCertain: string;
    readonly scenarios: string;
    readonly scenarioShown: (name: string) => string;
    readonly restatedFrom: (year: number) => string;
    readonly scenarioLevel: (level: string | undefined) => string;
    /** A scenario's ramme with its figure: `ramme 120,0`. */
    readonly rammeFigure: (figure: string) => string;
    readonly exceededIn: (years: string) => string;
    readonly rammeKept: string;
    readonly scenarioNote: string;
    /** The printed page's footer: `Side 1 af 3`. */
    readonly page: readonly [page: string, of: string];
    /** Each report format's name and what it is for: the CLI's help, the editor's export picker. */
    readonly reportFormats: Readonly<Record<ReportFormat, { readonly label: string; readonly help: string }>>;

    /** Hover (lsp/brik-hover-provider.ts). */
    readonly hover: {
        readonly holds: string;
        readonly fails: string;
        readonly declared: string;
        readonly computed: string;
        readonly level: string;
        /** After a scenario's ramme: the years it is exceeded in, `overskredet i 2025: 1,0`. */
        readonly exceededIn: (excess: string) => string;
        readonly kept: string;
        /** Under a brik's name, when the budget has scenarios: the scenarios it is in. */
        readonly inScenarios: (names: string) => string;
        readonly inNoScenario: string;
    };

    /** Inlay hints (lsp/brik-inlay-hint-provider.ts). */
    readonly hints: {
        /** After `ramme`: the largest excess, `overskredet 2025: 1,0`. */
        readonly exceeded: (year: number, figure: string) => string;
        /** After `ramme`: the room left in the tightest year, `råderum 2025: 1,0`. */
        readonly room: (year: number, figure: string) => string;
        readonly computedTotal: string;
    };

    /** Code lens (lsp/brik-code-lens-provider.ts). */
    readonly lens: {
        /** What clicking a container's lens does: lists its brikker and financing items. */
        readonly showItems: string;
    };

    /** `brik diff` (report/diff-report.ts). */
    readonly diff: {
        readonly formerly: string;
        readonly added: string;
        readonly removed: string;
        readonly renamed: string;
        /** A brik moved from one tema or område to another. */
        readonly moved: string;
        readonly changed: string;
        readonly none: string;
        readonly subtotals: string;
        /** The heading of the balance's changes: `Balance (drift netto)`. */
        readonly balance: string;
        /** The heading of the anlæg netto's changes: `Anlæg i alt (anlæg netto)`. */
        readonly capital: string;
        readonly place: string;
        readonly what: string;
        readonly before: string;
        readonly after: string;
        readonly change: string;
        readonly summary: (counts: Readonly<Record<'added' | 'removed' | 'renamed' | 'moved' | 'changed', number>>) => string;
    };

    /** The extension's status bar item and its tooltip (packages/extension/src/balance-text.ts). */
    readonly status: {
        /** What the figure is: `Driftsbudgettets netto (drift netto)`. */
        readonly figure: Readonly<Record<BudgetKind, string>>;
        /** What the figure means, and what it leaves out. */
        readonly meaning: Readonly<Record<BudgetKind, string>>;
        readonly inBudgetYear: (year: number) => string;
        readonly balanced: string;
        readonly unbalanced: string;
        /** The file has errors: the figure counts what can be read. */
        readonly errors: (count: number, budget: BudgetKind) => string;
        readonly click: string;
    };
}

/** The words of a locale. */
export function wordsOf(locale: Locale): Words {
    return locale === 'en' ? en : da;
}

/** Every table, for the test that each is complete. */
export const WORDS: Readonly<Record<Locale, Words>> = { da, en };
