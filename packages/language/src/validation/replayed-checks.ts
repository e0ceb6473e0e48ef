import type { AstNode, ValidationAcceptor, ValidationCheck, ValidationChecks } from 'langium';
import type { Area, BrikAstType, Include, Item, Theme } from '../generated/ast.js';
import { isArea, isBudget, isFragment, isItem, isTheme } from '../generated/ast.js';
import type { BrikEvaluator, EvaluatedNode } from '../evaluation/brik-evaluator.js';
import type { BudgetHeader } from '../evaluation/budget-header.js';
import type { Totals } from '../evaluation/totals.js';

/**
 * What BrikDocumentValidator reports as a whole, and replays while nothing in it changed: a brik,
 * a tema, an område (one that holds an `inkluder` is checked every time).
 */
export type ReplayedUnit = Item | Theme | Area;

/**
 * What a check of a node in a replayed unit may read beside the node and what stands below it:
 * exactly what the unit's report is kept under (the header, and the evaluator's totals, made
 * anew when anything below them changes). No service is in reach of such a check.
 */
export interface UnitFacts {
    /** The years, unit and price level of the node's document. */
    readonly header: BudgetHeader;
    /** The totals of the nearest brik, tema or område at or above the node: for a `total`, what it sums. */
    totals(): Totals;
}

/** A check of a node that may stand in a replayed unit. A check that reads only the node is one too. */
export type UnitCheck<T extends AstNode> = (node: T, accept: ValidationAcceptor, facts: UnitFacts) => void;

/** The AST nodes a property of T holds. */
type NodesIn<V> = V extends ReadonlyArray<infer E> ? NodesIn<E> : V extends AstNode ? V : never;
type Children<T> = T extends AstNode ? { [K in keyof T]-?: K extends `$${string}` ? never : NodesIn<NonNullable<T[K]>> }[keyof T] : never;
/** T and every node that can stand below it, by the generated AST types. */
type Below<T, Seen = never> = [T] extends [never] ? never : T | Below<Exclude<Children<T>, Seen | T>, Seen | T>;
/** Every node that can stand in a replayed unit: a node added to the grammar below a brik is one at once. */
type UnitNode = Exclude<Below<ReplayedUnit>, Include>;

/** The node types (and the types above them, as `Member`) whose checks a unit's report replays. */
export type UnitNodeType = { [K in keyof BrikAstType]: [Extract<BrikAstType[K], UnitNode>] extends [never] ? never : K }[keyof BrikAstType];

/** The checks of the nodes that may stand in a replayed unit: each reads only the node, below it, and UnitFacts. */
export type UnitChecks = { [K in UnitNodeType]?: UnitCheck<BrikAstType[K]> | Array<UnitCheck<BrikAstType[K]>> };

/** The checks of every other node type, which are never replayed (a check of `AstNode` would be of every node). */
export type DocumentChecks = { [K in Exclude<keyof BrikAstType, UnitNodeType>]?: ValidationCheck<BrikAstType[K]> | Array<ValidationCheck<BrikAstType[K]>> };

/** The node whose totals a check of `node` reads: the nearest brik, tema, område or root at or above it. */
function countedAtOrAbove(node: AstNode): EvaluatedNode {
    let at: AstNode = node;
    while (at.$container && !isItem(at) && !isTheme(at) && !isArea(at)) {
        at = at.$container;
    }
    if (!isItem(at) && !isTheme(at) && !isArea(at) && !isBudget(at) && !isFragment(at)) {
        throw new Error(`no totals above a ${node.$type}`);
    }
    return at;
}

/** The facts of one node, read from the evaluator when asked. */
class NodeFacts implements UnitFacts {
    constructor(private readonly evaluator: BrikEvaluator, private readonly node: AstNode) {}

    get header(): BudgetHeader {
        return this.evaluator.header(this.node);
    }

    totals(): Totals {
        return this.evaluator.totalsOf(countedAtOrAbove(this.node));
    }
}

/** Langium's checks for the unit checks, each given the facts of the node it checks. */
export function unitChecks(evaluator: BrikEvaluator, checks: UnitChecks): ValidationChecks<BrikAstType> {
    const entries = Object.entries(checks).map(([type, typeChecks]) => [type, ([typeChecks].flat() as Array<UnitCheck<AstNode>>)
        .map((check): ValidationCheck => (node, accept) => check(node, accept, new NodeFacts(evaluator, node)))]);
    return Object.fromEntries(entries) as ValidationChecks<BrikAstType>;
}
