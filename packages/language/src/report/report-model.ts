import type { AstNode } from 'langium';
import type { Area, Budget, Document, Fragment, Item, Theme } from '../generated/ast.js';
import { readRoot } from '../helpers/document-root.js';
import type { IncludeHosts } from '../references/brik-place.js';
import { includeHosts, NO_HOSTS, pathOf, placeLabel } from '../references/brik-place.js';
import { isArea, isBudget, isItem, isScenario, isTheme } from '../generated/ast.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import type { BudgetHeader } from '../evaluation/budget-header.js';
import type { FigureView } from '../evaluation/figure-view.js';
import type { ItemLines } from '../evaluation/item-lines.js';
import type { Interval } from '../evaluation/interval.js';
import type { Mark } from '../helpers/item-properties.js';
import { categoriesOf, marksOf, notesOf, ownerOf } from '../helpers/item-properties.js';
import { itemColumn } from '../evaluation/item-column.js';
import type { Inclusion, ResolutionLevel, ScenarioExcess, ScenarioResult, ScenarioRoom } from '../evaluation/scenario-evaluation.js';
import type { OuterUse, Totals } from '../evaluation/totals.js';
import type { ReportError } from '../workspace/report-scope.js';

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
    /**
     * A brik's or financing item's lines by kind (§9, its own table: Drift, Etablering, Finansiering,
     * Anlæg, Årsværk); undefined for a container, and where the view shows only a part of the item.
     */
    readonly lines: ItemLines | undefined;
    /** Number of brikker (not financing items) at or below this node. */
    readonly brikCount: number;
    readonly children: readonly ReportNode[];
    /**
     * The containers around the node, outermost first, as `1.8 Det digitale sundhedsvæsen` or
     * `Sundhedsområdet` (brik-place.ts): with its name, what identifies a brik (§3).
     */
    readonly path: readonly string[];
}

/** A scenario of the budget (§6), for the side-by-side table and the JSON `scenarios`. */
export interface ScenarioSummary {
    readonly name: string;
    readonly level: ResolutionLevel;
    readonly totals: Totals;
    readonly ramme: Interval | undefined;
    readonly exceeded: readonly ScenarioExcess[];
    /** The room left under the ramme when no year exceeds it; unknown when a year's netto is. */
    readonly room: ScenarioRoom | undefined;
    /** The items in it, where they stand (as ReportNode.path), and how: in full or with their unavoidable part. */
    readonly items: ReadonlyArray<{ readonly name: string; readonly path: readonly string[]; readonly inclusion: Inclusion }>;
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
    /** The errors it rests on, which a report lists at its top (empty when the view was not told them). */
    readonly errors: readonly ReportError[];
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
    readonly errors?: readonly ReportError[];
    readonly scenario?: string;
    readonly priceLevel?: number;
}

/** A view that cannot be made: an unknown scenario, a price level without an index. */
export class ReportViewError extends Error {}

/**
 * Evaluates a budget for the report writers, as a whole or as one scenario, in its own price
 * level or restated in another: every figure comes from the evaluator's view of the budget.
 * Throws ReportViewError for a view that cannot be made.
 */
export function buildReportModel(evaluator: BrikEvaluator, document: Document, options: ReportView = {}): ReportModel {
    const budget = document;
    const scenarios = isBudget(budget) ? budget.members.filter(isScenario).map(scenario => evaluator.scenario(scenario)) : [];
    const chosen = options.scenario === undefined ? undefined : scenarios.find(s => s.name === options.scenario);
    if (options.scenario !== undefined && !chosen) {
        const known = scenarios.map(s => `"${s.name}"`).join(', ');
        throw new ReportViewError(`Budgettet har intet scenarie "${options.scenario}".${known ? ` Det har ${known}.` : ' Det har ingen scenarier.'}`);
    }
    const view = evaluator.view(budget, { scenario: chosen, priceLevel: options.priceLevel });
    if ('problem' in view) {
        throw new ReportViewError(view.problem === 'no-price-level'
            ? `Budgettet har intet prisniveau, så beløbene kan ikke omregnes til ${view.to}.`
            : `Prisindekset har intet tal for ${view.missing}, så beløbene kan ikke omregnes fra P/L-${view.from} til P/L-${view.to}. Tilføj ${view.missing} i 'prisindeks'.`);
    }
    const header = evaluator.header(document);
    const root = readRoot(budget);
    const hosts = root ? includeHosts(root, include => evaluator.includedFragment(include)) : NO_HOSTS;
    const children = childNodes(evaluator, budget, view, hosts);
    return {
        name: document.name ?? '',
        header: options.priceLevel === undefined ? header : { ...header, priceLevel: options.priceLevel },
        totals: view.totals,
        children,
        brikCount: countBrikker(children),
        basedOnErrors: options.basedOnErrors ?? (options.errors ?? []).length > 0,
        errors: options.errors ?? [],
        scenario: chosen?.name,
        restatedFrom: view.restatedFrom,
        uses: evaluator.totalsOf(document).uses,
        scenarios: scenarios.map(result => summary(view.scenario(result), hosts))
    };
}

function summary(result: ScenarioResult, hosts: IncludeHosts): ScenarioSummary {
    return {
        name: result.name, level: result.level, totals: result.totals, ramme: result.ramme, exceeded: result.exceeded, room: result.room,
        items: [...result.included.entries()].map(([item, inclusion]) => ({ name: item.name ?? '', path: pathLabels(item, hosts), inclusion }))
    };
}

/** The labels of the containers around a node (brik-place.ts). */
function pathLabels(node: AstNode, hosts: IncludeHosts): string[] {
    return pathOf(node, hosts).map(placeLabel);
}

/**
 * The nodes of a container, an included fragment's in place of its `inkluder` (§7), every
 * figure in the unit of the budget the report is about (a fragment may have its own).
 * A container the view leaves empty is left out.
 */
function childNodes(evaluator: BrikEvaluator, container: Budget | Fragment | Area | Theme, view: FigureView, hosts: IncludeHosts): ReportNode[] {
    const nodes: ReportNode[] = [];
    evaluator.walk.members(container, member => {
        if (isItem(member)) {
            const totals = view.item(member);
            if (totals) {
                nodes.push(itemNode(member, totals, view.lines(member), view.unavoidablePart(member), pathLabels(member, hosts)));
            }
        } else if (isArea(member) || isTheme(member)) {
            const children = childNodes(evaluator, member, view, hosts);
            if (children.length > 0 || member.members.length === 0) {
                nodes.push({
                    kind: isArea(member) ? 'område' : 'tema',
                    // A half-typed container or item (`tema {`, `brik drift 2`) has no name yet.
                    name: member.name ?? '',
                    number: isTheme(member) ? member.number : undefined,
                    marks: [], itemColumn: undefined, owner: undefined, notes: [], categories: [], unavoidablePart: undefined, lines: undefined,
                    totals: view.container(member),
                    brikCount: countBrikker(children),
                    children,
                    path: pathLabels(member, hosts)
                });
            }
        } else {
            nodes.push(...childNodes(evaluator, member, view, hosts));
        }
    });
    return nodes;
}

function itemNode(item: Item, totals: Totals, lines: ItemLines | undefined, unavoidablePart: Interval | undefined, path: readonly string[]): ReportNode {
    const kind = itemColumn(item);
    return {
        kind: kind === 'finansiering' ? 'finansiering' : 'brik',
        name: item.name ?? '',
        number: undefined,
        marks: marksOf(item),
        itemColumn: kind,
        owner: ownerOf(item),
        notes: notesOf(item),
        categories: categoriesOf(item),
        unavoidablePart,
        totals,
        lines,
        brikCount: kind === 'finansiering' ? 0 : 1,
        children: [],
        path
    };
}

function countBrikker(nodes: readonly ReportNode[]): number {
    return nodes.reduce((sum, node) => sum + node.brikCount, 0);
}
