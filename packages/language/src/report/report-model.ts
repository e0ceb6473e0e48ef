import type { Area, Budget, Document, Fragment, Item, Theme } from '../generated/ast.js';
import { isArea, isInclude, isItem, isTheme, isUnavoidable } from '../generated/ast.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import type { BudgetFrame } from '../evaluation/budget-frame.js';
import type { Interval } from '../evaluation/interval.js';
import { scaleInterval } from '../evaluation/interval.js';
import type { Mark } from '../evaluation/item-kind.js';
import { categoriesOf, itemKind, marksOf, notesOf, ownerOf } from '../evaluation/item-kind.js';
import { rangeValue } from '../evaluation/profile.js';
import type { Totals } from '../evaluation/totals.js';

export type ReportNodeKind = 'område' | 'tema' | 'brik' | 'finansiering';

/** One node of the catalogue, with everything every report format prints about it. */
export interface ReportNode {
    readonly kind: ReportNodeKind;
    readonly name: string;
    readonly number: string | undefined;
    readonly marks: readonly Mark[];
    /** For a brik: opdrift or omstilling; a finansiering item is always finansiering. */
    readonly itemKind: 'opdrift' | 'omstilling' | 'finansiering' | undefined;
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

/** An evaluated budget: the input of every report writer. */
export interface ReportModel {
    readonly name: string;
    readonly frame: BudgetFrame;
    readonly totals: Totals;
    readonly children: readonly ReportNode[];
    readonly brikCount: number;
    /** True when the source had errors; reports then say so (only made with --allow-errors). */
    readonly basedOnErrors: boolean;
}

export function buildReportModel(evaluator: BrikEvaluator, document: Document, basedOnErrors = false): ReportModel {
    const children = childNodes(evaluator, document, document);
    return {
        name: document.name ?? '',
        frame: evaluator.frame(document),
        totals: evaluator.totalsOf(document),
        children,
        brikCount: countBrikker(children),
        basedOnErrors
    };
}

/**
 * The nodes of a container, an included fragment's in place of its `inkluder` (§7), every
 * figure in the unit of the budget the report is about (a fragment may have its own).
 */
function childNodes(evaluator: BrikEvaluator, container: Budget | Fragment | Area | Theme, budget: Document): ReportNode[] {
    const nodes: ReportNode[] = [];
    for (const member of container.members) {
        if (isItem(member)) {
            nodes.push(itemNode(evaluator, member, budget));
        } else if (isArea(member) || isTheme(member)) {
            const children = childNodes(evaluator, member, budget);
            nodes.push({
                kind: isArea(member) ? 'område' : 'tema',
                name: member.name,
                number: isTheme(member) ? member.number : undefined,
                marks: [], itemKind: undefined, owner: undefined, notes: [], categories: [], unavoidablePart: undefined,
                totals: evaluator.totalsIn(member, budget),
                brikCount: countBrikker(children),
                children
            });
        } else if (isInclude(member)) {
            const fragment = evaluator.includedFragment(member);
            if (fragment) {
                nodes.push(...childNodes(evaluator, fragment, budget));
            }
        }
    }
    return nodes;
}

function itemNode(evaluator: BrikEvaluator, item: Item, budget: Document): ReportNode {
    const kind = itemKind(item);
    const unavoidable = rangeValue(item.elements.find(isUnavoidable)?.amount);
    const factor = evaluator.unitFactor(item, budget);
    return {
        kind: kind === 'finansiering' ? 'finansiering' : 'brik',
        name: item.name,
        number: undefined,
        marks: marksOf(item),
        itemKind: kind,
        owner: ownerOf(item),
        notes: notesOf(item),
        categories: categoriesOf(item),
        unavoidablePart: unavoidable && factor ? scaleInterval(unavoidable, factor) : unavoidable,
        totals: evaluator.totalsIn(item, budget),
        brikCount: kind === 'finansiering' ? 0 : 1,
        children: []
    };
}

function countBrikker(nodes: readonly ReportNode[]): number {
    return nodes.reduce((sum, node) => sum + node.brikCount, 0);
}
