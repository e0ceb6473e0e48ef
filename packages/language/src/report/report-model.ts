import type { Area, Budget, Document, Fragment, Item, Theme } from '../generated/ast.js';
import { isArea, isItem, isTheme, isUnavoidable } from '../generated/ast.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import type { BudgetFrame } from '../evaluation/budget-frame.js';
import type { Interval } from '../evaluation/interval.js';
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
    const children = childNodes(evaluator, document);
    return {
        name: document.name ?? '',
        frame: evaluator.frame(document),
        totals: evaluator.totalsOf(document),
        children,
        brikCount: countBrikker(children),
        basedOnErrors
    };
}

function childNodes(evaluator: BrikEvaluator, container: Budget | Fragment | Area | Theme): ReportNode[] {
    const nodes: ReportNode[] = [];
    for (const member of container.members) {
        if (isItem(member)) {
            nodes.push(itemNode(evaluator, member));
        } else if (isArea(member) || isTheme(member)) {
            const children = childNodes(evaluator, member);
            nodes.push({
                kind: isArea(member) ? 'område' : 'tema',
                name: member.name,
                number: isTheme(member) ? member.number : undefined,
                marks: [], itemKind: undefined, owner: undefined, notes: [], categories: [], unavoidablePart: undefined,
                totals: evaluator.totalsOf(member),
                brikCount: countBrikker(children),
                children
            });
        }
    }
    return nodes;
}

function itemNode(evaluator: BrikEvaluator, item: Item): ReportNode {
    const kind = itemKind(item);
    return {
        kind: kind === 'finansiering' ? 'finansiering' : 'brik',
        name: item.name,
        number: undefined,
        marks: marksOf(item),
        itemKind: kind,
        owner: ownerOf(item),
        notes: notesOf(item),
        categories: categoriesOf(item),
        unavoidablePart: rangeValue(item.elements.find(isUnavoidable)?.amount),
        totals: evaluator.totalsOf(item),
        brikCount: kind === 'finansiering' ? 0 : 1,
        children: []
    };
}

function countBrikker(nodes: readonly ReportNode[]): number {
    return nodes.reduce((sum, node) => sum + node.brikCount, 0);
}
