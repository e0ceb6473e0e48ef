import type { Area, Budget, Document, Fragment, Item, Theme } from '../generated/ast.js';
import { isArea, isBudget, isInclude, isItem, isScenario, isTheme, isUnavoidable } from '../generated/ast.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import type { BudgetHeader } from '../evaluation/budget-header.js';
import type { ExactDecimal } from '../evaluation/exact-decimal.js';
import type { Interval } from '../evaluation/interval.js';
import { scaleInterval } from '../evaluation/interval.js';
import type { Mark } from '../helpers/item-properties.js';
import { categoriesOf, marksOf, notesOf, ownerOf } from '../helpers/item-properties.js';
import { itemColumn } from '../evaluation/item-column.js';
import { priceFactor, priceIndexOf } from '../evaluation/price-index.js';
import type { Inclusion, ResolutionLevel, ScenarioExcess, ScenarioResult } from '../evaluation/scenario-evaluation.js';
import { scenarioItemTotals } from '../evaluation/scenario-evaluation.js';
import type { OuterUse, Totals } from '../evaluation/totals.js';
import { mapTotals, TotalsBuilder } from '../evaluation/totals.js';

export type ReportNodeKind = 'område' | 'tema' | 'brik' | 'finansiering';

/** One node of the catalogue, with everything every report format prints about it. */
export interface ReportNode {
    readonly kind: ReportNodeKind;
    readonly name: string;
    readonly number: string | undefined;
    readonly marks: readonly Mark[];
    /** For a brik: opdrift or omstilling; a finansiering item is always finansiering. */
    readonly itemColumn: 'opdrift' | 'omstilling' | 'finansiering' | undefined;
    readonly owner: string | undefined;
    readonly notes: readonly string[];
    readonly categories: readonly string[];
    /** The part of the budget-year amount marked unavoidable (`uomgængelig 0.9`), if only a part is. */
    readonly unavoidablePart: Interval | undefined;
    readonly totals: Totals;
    /** Number of brikker (not financing items) at or below this node. */
    readonly brikCount: number;
    readonly children: readonly ReportNode[];
}

/** A scenario of the budget (§6), for the side-by-side table and the JSON `scenarios`. */
export interface ScenarioSummary {
    readonly name: string;
    readonly level: ResolutionLevel;
    readonly totals: Totals;
    readonly ramme: Interval | undefined;
    readonly exceeded: readonly ScenarioExcess[];
    /** The items in it, and how: in full or with their unavoidable part. */
    readonly items: ReadonlyArray<{ readonly name: string; readonly inclusion: Inclusion }>;
}

/** An evaluated budget: the input of every report writer. */
export interface ReportModel {
    readonly name: string;
    readonly header: BudgetHeader;
    readonly totals: Totals;
    readonly children: readonly ReportNode[];
    readonly brikCount: number;
    /** True when the source had errors; reports then say so (only made with --allow-errors). */
    readonly basedOnErrors: boolean;
    /** The scenario the report is restricted to (`--scenario`), if any. */
    readonly scenario: string | undefined;
    /** The price level the amounts were written in, when the report restates them (`--prisniveau`). */
    readonly restatedFrom: number | undefined;
    /**
     * Whether a line of the budget writes `tidligere:` or `efterfølgende:` (§9: their columns
     * appear, and the JSON has their keys), whichever brikker a `--scenario` view keeps.
     */
    readonly uses: OuterUse;
    readonly scenarios: readonly ScenarioSummary[];
}

/** What a report shows: the whole budget or one scenario, in its own price level or another. */
export interface ReportView {
    readonly basedOnErrors?: boolean;
    readonly scenario?: string;
    readonly priceLevel?: number;
}

/** A view that cannot be made: an unknown scenario, a price level without an index. */
export class ReportViewError extends Error {}

/** How the nodes of one view get their figures. */
interface NodeFigures {
    /** The item's totals in this view, or undefined when the view leaves it out. */
    item(item: Item): Totals | undefined;
    /** A container's totals: the evaluator's, or the sum of what the view kept below it. */
    container(container: Area | Theme, children: readonly ReportNode[]): Totals;
}

/**
 * Evaluates a budget for the report writers, as a whole or as one scenario, in its own price
 * level or restated in another. Throws ReportViewError for a view that cannot be made.
 */
export function buildReportModel(evaluator: BrikEvaluator, document: Document, options: ReportView = {}): ReportModel {
    const budget = document;
    const scenarios = isBudget(budget) ? budget.members.filter(isScenario).map(scenario => evaluator.scenario(scenario)) : [];
    const chosen = options.scenario === undefined ? undefined : scenarios.find(s => s.name === options.scenario);
    if (options.scenario !== undefined && !chosen) {
        const known = scenarios.map(s => `"${s.name}"`).join(', ');
        throw new ReportViewError(`Budgettet har intet scenarie "${options.scenario}".${known ? ` Det har ${known}.` : ' Det har ingen scenarier.'}`);
    }
    const figures = chosen ? scenarioFigures(evaluator, chosen, budget) : wholeFigures(evaluator, budget);
    const children = childNodes(evaluator, budget, budget, figures);
    const model: ReportModel = {
        name: document.name ?? '',
        header: evaluator.header(document),
        totals: chosen ? chosen.totals : evaluator.totalsOf(document),
        children,
        brikCount: countBrikker(children),
        basedOnErrors: options.basedOnErrors ?? false,
        scenario: chosen?.name,
        restatedFrom: undefined,
        uses: evaluator.totalsOf(document).uses,
        scenarios: scenarios.map(summary)
    };
    return options.priceLevel === undefined ? model : restated(model, document, options.priceLevel);
}

function wholeFigures(evaluator: BrikEvaluator, budget: Document): NodeFigures {
    return {
        item: item => evaluator.totalsIn(item, budget),
        container: container => evaluator.totalsIn(container, budget)
    };
}

function scenarioFigures(evaluator: BrikEvaluator, scenario: ScenarioResult, budget: Document): NodeFigures {
    return {
        item: item => {
            const inclusion = scenario.included.get(item);
            return inclusion && scenarioItemTotals(evaluator, item, inclusion, scenario.level, budget);
        },
        container: (_, children) => children.reduce((builder, child) => builder.addTotals(child.totals), new TotalsBuilder(evaluator.header(budget).periods)).build()
    };
}

function summary(result: ScenarioResult): ScenarioSummary {
    return {
        name: result.name, level: result.level, totals: result.totals, ramme: result.ramme, exceeded: result.exceeded,
        items: [...result.included.entries()].map(([item, inclusion]) => ({ name: item.name ?? '', inclusion }))
    };
}

/**
 * The nodes of a container, an included fragment's in place of its `inkluder` (§7), every
 * figure in the unit of the budget the report is about (a fragment may have its own).
 * A container the view leaves empty is left out.
 */
function childNodes(evaluator: BrikEvaluator, container: Budget | Fragment | Area | Theme, budget: Document, figures: NodeFigures): ReportNode[] {
    const nodes: ReportNode[] = [];
    for (const member of container.members) {
        if (isItem(member)) {
            const totals = figures.item(member);
            if (totals) {
                nodes.push(itemNode(evaluator, member, budget, totals));
            }
        } else if (isArea(member) || isTheme(member)) {
            const children = childNodes(evaluator, member, budget, figures);
            if (children.length > 0 || member.members.length === 0) {
                nodes.push({
                    kind: isArea(member) ? 'område' : 'tema',
                    // A half-typed container or item (`tema {`, `brik drift 2`) has no name yet.
                    name: member.name ?? '',
                    number: isTheme(member) ? member.number : undefined,
                    marks: [], itemColumn: undefined, owner: undefined, notes: [], categories: [], unavoidablePart: undefined,
                    totals: figures.container(member, children),
                    brikCount: countBrikker(children),
                    children
                });
            }
        } else if (isInclude(member)) {
            const fragment = evaluator.includedFragment(member);
            if (fragment) {
                nodes.push(...childNodes(evaluator, fragment, budget, figures));
            }
        }
    }
    return nodes;
}

function itemNode(evaluator: BrikEvaluator, item: Item, budget: Document, totals: Totals): ReportNode {
    const kind = itemColumn(item);
    const unavoidable = evaluator.rangeValue(item.elements.find(isUnavoidable)?.amount);
    const factor = evaluator.unitFactor(item, budget);
    return {
        kind: kind === 'finansiering' ? 'finansiering' : 'brik',
        name: item.name ?? '',
        number: undefined,
        marks: marksOf(item),
        itemColumn: kind,
        owner: ownerOf(item),
        notes: notesOf(item),
        categories: categoriesOf(item),
        unavoidablePart: unavoidable && factor ? scaleInterval(unavoidable, factor) : unavoidable,
        totals,
        brikCount: kind === 'finansiering' ? 0 : 1,
        children: []
    };
}

function countBrikker(nodes: readonly ReportNode[]): number {
    return nodes.reduce((sum, node) => sum + node.brikCount, 0);
}

/** Every amount restated in another price level (§8): × index(to) / index(from), exactly. */
function restated(model: ReportModel, document: Document, to: number): ReportModel {
    const from = model.header.priceLevel;
    if (from === undefined) {
        throw new ReportViewError(`Budgettet har intet prisniveau, så beløbene kan ikke omregnes til ${to}.`);
    }
    const result = priceFactor(priceIndexOf(document), from, to);
    if ('missing' in result) {
        throw new ReportViewError(`Prisindekset har intet tal for ${result.missing}, så beløbene kan ikke omregnes fra P/L-${from} til P/L-${to}. Tilføj ${result.missing} i 'prisindeks'.`);
    }
    const factor: ExactDecimal = result.factor;
    const money = (totals: Totals) => mapTotals(totals, interval => scaleInterval(interval, factor), true);
    const node = (n: ReportNode): ReportNode => ({
        ...n, totals: money(n.totals), children: n.children.map(node),
        unavoidablePart: n.unavoidablePart && scaleInterval(n.unavoidablePart, factor)
    });
    return {
        ...model,
        header: { ...model.header, priceLevel: to },
        restatedFrom: from,
        totals: money(model.totals),
        children: model.children.map(node),
        scenarios: model.scenarios.map(s => ({
            ...s, totals: money(s.totals), ramme: s.ramme && scaleInterval(s.ramme, factor),
            exceeded: s.exceeded.map(e => ({ ...e, by: scaleInterval(e.by, factor) }))
        }))
    };
}
