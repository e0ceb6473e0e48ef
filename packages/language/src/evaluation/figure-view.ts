import type { AstNode } from 'langium';
import type { Area, Document, Fragment, Item, Theme } from '../generated/ast.js';
import { isItem } from '../generated/ast.js';
import type { BrikEvaluator } from './brik-evaluator.js';
import type { ExactDecimal } from './exact-decimal.js';
import type { Interval } from './interval.js';
import type { RestatementProblem } from './price-restatement.js';
import { restatementFactor, restateInterval, restateScenario, restateTotals } from './price-restatement.js';
import type { ItemLines } from './item-lines.js';
import { itemLines, mapItemLines } from './item-lines.js';
import type { ScenarioResult } from './scenario-evaluation.js';
import { resolveLevel, scenarioItemTotals } from './scenario-evaluation.js';
import type { Totals } from './totals.js';
import { TotalsBuilder } from './totals.js';

/** What a report shows of a budget: all of it or one scenario, in its own price level or another (§6, §8). */
export interface FigureViewOptions {
    readonly scenario?: ScenarioResult;
    readonly priceLevel?: number;
}

/**
 * The figures of a budget as one view shows them, every one in the budget's unit: the report
 * model asks this for each node. Made by `BrikEvaluator.view`.
 */
export interface FigureView {
    /** The budget's totals (a scenario's, with `scenario`). */
    readonly totals: Totals;
    /** The price level the amounts were written in, when the view restates them. */
    readonly restatedFrom: number | undefined;
    /** An item's totals, or undefined when the view leaves it out (a scenario without it). */
    item(item: Item): Totals | undefined;
    /** An item's lines by kind (§9), or undefined when the view leaves them out (not in a scenario, or only its unavoidable part). */
    lines(item: Item): ItemLines | undefined;
    /** An område's or tema's totals: with a scenario, what its items in the scenario add up to. */
    container(container: Area | Theme): Totals;
    /** The part of an item's budget-year amount marked unavoidable (`uomgængelig 0.9`), if only a part is. */
    unavoidablePart(item: Item): Interval | undefined;
    /** A scenario of the budget, restated with the view. */
    scenario(result: ScenarioResult): ScenarioResult;
}

export type FigureViewProblem = RestatementProblem & { readonly to: number };

/** The view of a budget; a problem when its price level cannot be restated. */
export function figureView(evaluator: BrikEvaluator, budget: Document, options: FigureViewOptions): FigureView | FigureViewProblem {
    const base = options.scenario ? scenarioView(evaluator, budget, options.scenario) : wholeView(evaluator, budget);
    if (options.priceLevel === undefined) {
        return base;
    }
    const from = evaluator.header(budget).priceLevel;
    const result = restatementFactor(budget, from, options.priceLevel);
    return 'problem' in result ? { ...result, to: options.priceLevel } : restated(base, result.factor, from!);
}

function wholeView(evaluator: BrikEvaluator, budget: Document): FigureView {
    return {
        totals: evaluator.totalsOf(budget),
        restatedFrom: undefined,
        item: item => evaluator.totalsIn(item, budget),
        lines: item => itemLines(evaluator, item, budget),
        container: container => evaluator.totalsIn(container, budget),
        unavoidablePart: item => evaluator.unavoidablePart(item, budget),
        scenario: result => result
    };
}

/** A scenario's figures: its items at its niveau, and each container the sum of its items in it. */
function scenarioView(evaluator: BrikEvaluator, budget: Document, scenario: ScenarioResult): FigureView {
    const item = (node: Item) => {
        const inclusion = scenario.included.get(node);
        return inclusion && scenarioItemTotals(evaluator, node, inclusion, scenario.level, budget);
    };
    const sums = new Map<AstNode, Totals>();
    const sumOf = (container: Area | Theme | Fragment): Totals => {
        let sum = sums.get(container);
        if (!sum) {
            const builder = new TotalsBuilder(evaluator.header(budget).periods);
            evaluator.walk.members(container, member => {
                const totals = isItem(member) ? item(member) : sumOf(member);
                if (totals) {
                    builder.addTotals(totals);
                }
            });
            sum = builder.build();
            sums.set(container, sum);
        }
        return sum;
    };
    const lines = (node: Item) => {
        if (scenario.included.get(node) !== 'full') {
            return undefined;
        }
        const all = itemLines(evaluator, node, budget);
        return scenario.level === undefined ? all : mapItemLines(all, resolveLevel(scenario.level));
    };
    return {
        totals: scenario.totals,
        restatedFrom: undefined,
        item,
        lines,
        container: sumOf,
        unavoidablePart: node => evaluator.unavoidablePart(node, budget),
        scenario: result => result
    };
}

function restated(view: FigureView, factor: ExactDecimal, from: number): FigureView {
    return {
        totals: restateTotals(view.totals, factor),
        restatedFrom: from,
        item: item => { const totals = view.item(item); return totals && restateTotals(totals, factor); },
        lines: item => { const lines = view.lines(item); return lines && mapItemLines(lines, interval => restateInterval(interval, factor), true); },
        container: container => restateTotals(view.container(container), factor),
        unavoidablePart: item => { const part = view.unavoidablePart(item); return part && restateInterval(part, factor); },
        scenario: result => restateScenario(view.scenario(result), factor)
    };
}
