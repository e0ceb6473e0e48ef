import type { AmountFormat, Locale } from '../format/format-amount.js';
import { amountFormat, formatInterval } from '../format/format-amount.js';
import type { Interval } from '../evaluation/interval.js';
import { isZero } from '../evaluation/interval.js';
import type { BudgetName, ColumnName, Columns, KindColumn, OuterUse, Period, Series, Totals } from '../evaluation/totals.js';
import { addSeries, BUDGET_NAMES, intervalAt, isZeroSeries, periodKeyword, periodOf } from '../evaluation/totals.js';
import type { LineKind } from '../evaluation/item-lines.js';
import { LINE_KINDS } from '../evaluation/item-lines.js';
import { lineBudget } from '../evaluation/item-column.js';
import type { Words } from '../words/words.js';
import type { FigureBlock } from './sheet-headings.js';
import { figureHeading, periodWords } from './sheet-headings.js';
import type { ReportModel, ReportNode, ScenarioSummary } from './report-model.js';

// The questions about the catalogue tree that every report writer asks, answered once.

export const KIND_COLUMNS: readonly KindColumn[] = ['opdrift', 'omstilling', 'finansiering'];

export function isItemNode(node: ReportNode): boolean {
    return node.kind === 'brik' || node.kind === 'finansiering';
}

export function isContainerNode(node: ReportNode): boolean {
    return node.kind === 'område' || node.kind === 'tema';
}

/** Between the containers of a place in Brik's CSV export (its `Sti` column), which `brik import` reads back. */
export const PATH_SEPARATOR = ' › ';

/** `1.6 Medicin og lægelige artikler`, or just the name of an unnumbered container. */
export function nodeTitle(node: Pick<ReportNode, 'number' | 'name'>): string {
    return node.number ? `${node.number} ${node.name}` : node.name;
}

/** How a report prints this budget's figures: the unit's decimals (§9), in the locale. */
export function amountFormatOf(model: ReportModel, locale: Locale): AmountFormat {
    return amountFormat(model.header, locale);
}

/** True when any column of the budget holds money in some period. */
export function hasMoney(columns: Columns): boolean {
    return KIND_COLUMNS.some(kind => !isZeroSeries(columns[kind]));
}

/**
 * The budgets that hold money (§9), drift first: what every report, the hover, the inlay hints,
 * the code lens and the status bar show of these totals. A capital-only catalogue (an
 * investeringsoversigt) gives `['anlæg']`; one without any money the drift budget it prints as
 * zeros. The first is the *leading* budget: its netto is a container's bold "I alt" line and its
 * charts; the others stand beside it, never added to it.
 */
export function budgetsWithMoney(totals: Totals): BudgetName[] {
    const holding = BUDGET_NAMES.filter(budget => hasMoney(totals[budget]));
    return holding.length > 0 ? holding : ['drift'];
}

/** The kinds with money, when more than one has: then a subtotal shows the split. */
export function splitKinds(columns: Columns): KindColumn[] {
    const kinds = KIND_COLUMNS.filter(kind => !isZeroSeries(columns[kind]));
    return kinds.length > 1 ? kinds : [];
}

/**
 * The kind rows of a budget's summary. Drift shows all three, as a budget catalogue's summary
 * does (an omstilling of 0 is a figure there); anlæg shows those with money, so that an
 * investeringsoversigt has no rows of zeros, and at least one, which its netto sums.
 */
export function summaryKinds(budget: BudgetName, columns: Columns): KindColumn[] {
    if (budget === 'drift') {
        return [...KIND_COLUMNS];
    }
    const kinds = KIND_COLUMNS.filter(kind => !isZeroSeries(columns[kind]));
    return kinds.length > 0 ? kinds : ['opdrift'];
}

/** A row of a budget's summary: its key (`data-column`), its words, its figures. */
export interface SummaryRow {
    readonly column: ColumnName | 'anlæg';
    readonly label: string;
    readonly series: Series;
}

/**
 * The kind rows of a budget's summary (§9, words of the budget). Drift: opdrift, omstilling and
 * finansiering, as summaryKinds says. Anlæg: *Anlæg* (its brikker's lines, opdrift and omstilling
 * together) and *Finansiering* where used, never "Opdrift".
 */
export function summaryRows(budget: BudgetName, columns: Columns, labels: Words): SummaryRow[] {
    if (budget === 'drift') {
        return summaryKinds(budget, columns).map(kind => ({ column: kind, label: labels[kind], series: columns[kind] }));
    }
    return [
        { column: 'anlæg', label: labels.anlæg, series: addSeries(columns.opdrift, columns.omstilling) },
        ...(isZeroSeries(columns.finansiering) ? [] : [{ column: 'finansiering' as const, label: labels.finansiering, series: columns.finansiering }])
    ];
}

/** Whether item tables have a Type column (opdrift, omstilling, finansiering): not in an investeringsoversigt (§9). */
export function hasKindColumn(budgets: readonly BudgetName[]): boolean {
    return budgets[0] === 'drift';
}

/** An item's kind as a word: in an investeringsoversigt *Anlæg*, *Omstilling* or *Finansiering*, never "Opdrift" (§9). */
export function itemKindWord(item: ReportNode, budgets: readonly BudgetName[], labels: Words): string {
    if (!item.itemColumn) {
        return '';
    }
    // In an investeringsoversigt a capital project is Anlæg, never Opdrift (§9); a saving keeps its
    // word, or its figures, which stand in the omstilling column, would not come back from an export.
    return hasKindColumn(budgets) || item.itemColumn !== 'opdrift' ? labels[item.itemColumn] : labels.anlæg;
}

/**
 * The heading of the items that stand directly in the budget: *Finansiering* when they all are
 * financing, *Øvrige poster* beside områder and temaer, else *Budgetbrikker* (a catalogue without
 * temaer, as every import of a flat sheet is). Every format uses this one heading.
 */
export function looseItemsHeading(model: ReportModel, labels: Words): string {
    const loose = model.children.filter(isItemNode);
    if (loose.every(item => item.kind === 'finansiering')) {
        return labels.finansiering;
    }
    return model.children.some(isContainerNode) ? labels.otherItems : labels.items;
}

/** A container's members in written order, consecutive items together: one table each run. */
export function memberRuns(children: readonly ReportNode[]): Array<{ readonly items: ReportNode[] } | { readonly container: ReportNode }> {
    const runs: Array<{ items: ReportNode[] } | { container: ReportNode }> = [];
    for (const child of children) {
        const last = runs.at(-1);
        if (!isItemNode(child)) {
            runs.push({ container: child });
        } else if (last && 'items' in last) {
            last.items.push(child);
        } else {
            runs.push({ items: [child] });
        }
    }
    return runs;
}

/** A brik's line of one kind, as its own table prints it (§9). */
export interface ItemLineRow {
    readonly kind: LineKind;
    /** Where its money goes (drift or anlæg), or årsværk, which is no money (`lineBudget`). */
    readonly budget: BudgetName | 'årsværk';
    readonly label: string;
    readonly series: Series;
}

/** The rows of a brik's own table: each kind of line it has, in the catalogues' order (Samlet is its netto, apart). */
export function itemLineRows(item: ReportNode, labels: Words): ItemLineRow[] {
    const lines = item.lines ?? {};
    return LINE_KINDS.flatMap(kind => lines[kind] ? [{ kind, budget: lineBudget(kind), label: labels.lineKinds[kind], series: lines[kind] }] : []);
}

/**
 * The rows of a brik's lines that a spreadsheet shows under the row of its netto (§9: etablering
 * is never folded into drift): none where all its lines are of one kind, drift or anlæg, and not
 * all 0, which that row shows as they are; else one for each kind it has. A row of zeros alone
 * would not say that the brik has a line, nor of which kind.
 */
export function linesApart(item: ReportNode, labels: Words): ItemLineRow[] {
    const rows = itemLineRows(item, labels);
    const [only] = rows;
    const shown = rows.length === 1 && (only.kind === 'drift' || only.kind === 'anlæg') && !isZeroSeries(only.series);
    return shown ? [] : rows;
}

/** One line of a container's subtotal. */
export interface SubtotalLine {
    readonly budget: BudgetName;
    readonly column: ColumnName;
    readonly series: Series;
}

/**
 * A container's subtotal: the netto of the catalogue's leading budget (`budgets`, from
 * budgetsWithMoney), its split by kind when more than one kind has money, and the netto of each
 * other budget the container has money in (anlæg beside the balance, never added to it).
 */
export function subtotalLines(node: ReportNode, budgets: readonly BudgetName[]): SubtotalLine[] {
    const [lead, ...others] = budgets;
    const columns = node.totals[lead];
    return [
        { budget: lead, column: 'netto', series: columns.netto },
        ...splitKinds(columns).map(kind => ({ budget: lead, column: kind, series: columns[kind] })),
        ...others.filter(budget => hasMoney(node.totals[budget])).map(budget => ({ budget, column: 'netto' as const, series: node.totals[budget].netto }))
    ];
}

/** An item's rows: its netto in the leading budget, and in each other budget it has money in. */
export function itemBudgets(item: ReportNode, budgets: readonly BudgetName[]): BudgetName[] {
    return budgets.filter((budget, i) => i === 0 || hasMoney(item.totals[budget]));
}

/** A brik or financing item, with the containers it stands in. */
export interface PlacedItem {
    readonly item: ReportNode;
    /** The containers from the outermost to the innermost. */
    readonly path: readonly ReportNode[];
    readonly area: ReportNode | undefined;
    /** The innermost tema, for nested temaer. */
    readonly theme: ReportNode | undefined;
}

/** Every brik and financing item of the budget in catalogue order, with its place. */
export function placedItems(model: ReportModel): PlacedItem[] {
    const placed: PlacedItem[] = [];
    const visit = (nodes: readonly ReportNode[], path: readonly ReportNode[]) => {
        for (const node of nodes) {
            if (isItemNode(node)) {
                placed.push({
                    item: node,
                    path,
                    area: path.find(container => container.kind === 'område'),
                    theme: path.findLast(container => container.kind === 'tema')
                });
            } else {
                visit(node.children, [...path, node]);
            }
        }
    };
    visit(model.children, []);
    return placed;
}

/** A column of figures in a report: a year of `år`, `permanent`, or one of §9's tidligere, efterfølgende and samlet. */
export interface PrintedPeriod {
    readonly period: Period;
    /** As the language and the JSON report write it: `2024`, `permanent`, `efterfølgende`, `samlet`. */
    readonly key: string;
    /** The column's heading: `2024`, `Varigt`, `Tidligere år`, `Efterfølgende år`, `I alt`. */
    readonly label: string;
}

/**
 * The columns every table of figures has (§9): the years, and *Varigt* where some line has a
 * permanent amount (never a column of zeros); *Tidligere år* before the years and *Efterfølgende
 * år* after them where a line uses them, and then *I alt* (samlet).
 */
export function printedPeriods(years: readonly number[], uses: OuterUse, withPermanent: boolean, labels: Words): PrintedPeriod[] {
    const outer = uses.tidligere || uses.efterfølgende;
    const periods: Period[] = [
        ...(uses.tidligere ? ['tidligere' as const] : []),
        ...years,
        ...(uses.efterfølgende ? ['efterfølgende' as const] : []),
        ...(outer ? ['samlet' as const] : []),
        ...(withPermanent ? ['permanent' as const] : [])
    ];
    const words = periodWords(labels);
    return periods.map(period => ({ period, key: periodKeyword(period), label: typeof period === 'number' ? String(period) : words[period] }));
}

/** The printed columns of a report: its budget's years and the periods its lines use (the budget's, also in a --scenario view). */
export function reportPeriods(model: ReportModel, labels: Words): PrintedPeriod[] {
    return printedPeriods(model.header.years, model.uses, holdsPermanent(model), labels);
}

/** The printed columns of one node's figures (a hover): its own use of the periods outside `år`. */
export function nodePeriods(totals: Totals, years: readonly number[], labels: Words): PrintedPeriod[] {
    return printedPeriods(years, totals.uses, hasPermanent(totals), labels);
}

/** A series at the printed periods, in their order. */
export function printedIntervals(series: Series, periods: readonly PrintedPeriod[], years: readonly number[]): Interval[] {
    return periods.map(({ period }) => intervalAt(series, years, period));
}

function hasPermanent(totals: Totals): boolean {
    return BUDGET_NAMES.some(budget => KIND_COLUMNS.some(kind => !isZero(periodOf(totals[budget][kind], 'permanent'))))
        || !isZero(periodOf(totals.årsværk, 'permanent'));
}

/** Whether any item has a permanent amount (containers may net one to zero). */
function holdsPermanent(model: ReportModel): boolean {
    return hasPermanent(model.totals) || placedItems(model).some(({ item }) => hasPermanent(item.totals));
}

/** The column names of a series as min and max per printed period: `2024 min`, `2024 max`, …, `varigt max` (CSV); `block` prefixes them (`Anlæg 2024 min`). */
export function rangeColumnNames(labels: Words, periods: readonly PrintedPeriod[], block: FigureBlock = 'drift'): string[] {
    return periods.flatMap(({ period }) => [figureHeading(labels, block, period, 'min'), figureHeading(labels, block, period, 'max')]);
}

/**
 * The columns of a brik's unavoidable part in the budget year (`uomgængelig 0.9`), which a
 * scenario of the unavoidable items counts: none when no brik is unavoidable only in part.
 */
export function unavoidablePartColumnNames(model: ReportModel, labels: Words): string[] {
    if (!placedItems(model).some(({ item }) => item.unavoidablePart)) {
        return [];
    }
    const budgetYear = model.header.years[0];
    return [figureHeading(labels, 'uomgængelig', budgetYear, 'min'), figureHeading(labels, 'uomgængelig', budgetYear, 'max')];
}

/** An item's marks as words (its kind, omstilling, has a column of its own). */
export function markWords(item: ReportNode, labels: Words): string[] {
    return item.marks.filter(mark => mark !== 'omstilling').map(mark => labels.markNames[mark as 'uomgængelig' | 'politisk']);
}

/** A brik's own financing (its `finansiering` lines, §5): part of its netto; undefined for a financing item or none. */
export function ownFinancing(item: ReportNode): Series | undefined {
    return item.itemColumn !== 'finansiering' && !isZeroSeries(item.totals.drift.finansiering) ? item.totals.drift.finansiering : undefined;
}

/** Whether a brik has årsværk: then a spreadsheet export has columns of them. */
export function hasStaff(items: readonly ReportNode[]): boolean {
    return items.some(item => !isZeroSeries(item.totals.årsværk));
}

/** Whether a brik has its own financing: then a spreadsheet export has columns of it. */
export function hasOwnFinancing(items: readonly ReportNode[]): boolean {
    return items.some(item => ownFinancing(item));
}

/**
 * The columns after the notes that keep what netto alone would lose, so that a catalogue can be
 * read back from its export (`brik import`): each brik's årsværk, and the part of its drift netto
 * that is its own financing. None when no brik has any.
 */
export function detailColumnNames(model: ReportModel, labels: Words): { staff: string[]; ownFinancing: string[] } {
    const items = placedItems(model).map(({ item }) => item);
    const periods = reportPeriods(model, labels);
    return {
        staff: hasStaff(items) ? rangeColumnNames(labels, periods, 'årsværk') : [],
        ownFinancing: hasOwnFinancing(items) ? rangeColumnNames(labels, periods, 'egenfinansiering') : []
    };
}

/**
 * What a report says of a scenario's ramme (§6): the years it is exceeded in, that it is kept,
 * or that this is unknown (a year's netto rests on an amount that cannot be read); empty without one.
 */
export function rammeVerdict(scenario: ScenarioSummary, labels: Words, format: AmountFormat): string {
    if (!scenario.ramme) {
        return '';
    }
    const ramme = labels.rammeFigure(formatInterval(scenario.ramme, format));
    return scenario.exceeded.length > 0 ? `${ramme}, ${labels.exceededIn(scenario.exceeded.map(e => e.year).join(', '))}`
        : scenario.room?.by.unknown ? `${ramme}, ${labels.unknown}` : `${ramme}, ${labels.rammeKept}`;
}
