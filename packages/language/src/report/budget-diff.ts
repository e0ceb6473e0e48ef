import type { ExactDecimal } from '../evaluation/exact-decimal.js';
import type { Interval } from '../evaluation/interval.js';
import { intervalsEqual, scaleInterval, ZERO_INTERVAL } from '../evaluation/interval.js';
import type { Period, Series, Totals } from '../evaluation/totals.js';
import { intervalAt } from '../evaluation/totals.js';
import type { ReportModel, ReportNode } from './report-model.js';

/** One figure that moved: where (budget, column, period), from what, to what. */
export interface FigureChange {
    readonly budget: 'drift' | 'anlæg' | 'årsværk';
    readonly column: 'opdrift' | 'omstilling' | 'finansiering' | 'netto' | undefined;
    readonly period: Period;
    readonly before: Interval;
    readonly after: Interval;
}

export interface ItemDiff {
    readonly kind: 'added' | 'removed' | 'renamed' | 'changed';
    readonly name: string;
    /** The old name of a renamed item. */
    readonly from?: string;
    /** Where the item stands: `Sundhedsområdet › 1.6 Medicin og lægelige artikler`. */
    readonly place: string;
    readonly changes: readonly FigureChange[];
}

export interface SubtotalDiff {
    readonly place: string;
    readonly changes: readonly FigureChange[];
}

/** What changed between two versions of a budget (`brik diff`). */
export interface BudgetDiff {
    readonly before: string;
    readonly after: string;
    readonly unit: string | undefined;
    readonly items: readonly ItemDiff[];
    readonly subtotals: readonly SubtotalDiff[];
    /** The balance: drift netto. */
    readonly balance: readonly FigureChange[];
    /** The capital budget's total, anlæg netto: what an investeringsoversigt's changes add up to. */
    readonly capital: readonly FigureChange[];
}

interface Located {
    readonly node: ReportNode;
    readonly place: string;
}

function placeOf(path: readonly ReportNode[]): string {
    return path.map(node => node.number ? `${node.number} ${node.name}` : node.name).join(' › ');
}

function flatten(nodes: readonly ReportNode[], path: ReportNode[] = []): { items: Located[]; containers: Located[] } {
    const items: Located[] = [];
    const containers: Located[] = [];
    for (const node of nodes) {
        if (node.kind === 'brik' || node.kind === 'finansiering') {
            items.push({ node, place: placeOf(path) });
        } else {
            containers.push({ node, place: placeOf([...path, node]) });
            const inner = flatten(node.children, [...path, node]);
            items.push(...inner.items);
            containers.push(...inner.containers);
        }
    }
    return { items, containers };
}

/**
 * The periods compared: the years, permanent, and the years before and after `år` (zero where
 * unused); and samlet, a project's "Overslag i alt", where either version uses those, so that a
 * changed project total is named (elsewhere it would only repeat every change of a year).
 */
function comparedPeriods(before: ReportModel, after: ReportModel): Period[] {
    const years = [...new Set([...after.header.years, ...before.header.years])];
    const outer = [before, after].some(model => model.totals.uses.tidligere || model.totals.uses.efterfølgende);
    return [...years, 'permanent', 'tidligere', 'efterfølgende', ...(outer ? ['samlet' as const] : [])];
}

const COMPARED: ReadonlyArray<[FigureChange['budget'], FigureChange['column'], (t: Totals) => Series]> = [
    ['drift', 'opdrift', t => t.drift.opdrift], ['drift', 'omstilling', t => t.drift.omstilling],
    ['drift', 'finansiering', t => t.drift.finansiering], ['drift', 'netto', t => t.drift.netto],
    ['anlæg', 'opdrift', t => t.anlæg.opdrift], ['anlæg', 'omstilling', t => t.anlæg.omstilling],
    ['anlæg', 'finansiering', t => t.anlæg.finansiering], ['anlæg', 'netto', t => t.anlæg.netto],
    ['årsværk', undefined, t => t.årsværk]
];

class Comparison {
    readonly periods: Period[];

    constructor(private readonly before: ReportModel, private readonly after: ReportModel, private readonly factor: ExactDecimal | undefined) {
        this.periods = comparedPeriods(before, after);
    }

    /** Every figure that differs, old figures restated in the new unit. */
    changes(before: Totals | undefined, after: Totals | undefined, only?: (budget: FigureChange['budget'], column: FigureChange['column']) => boolean): FigureChange[] {
        const changes: FigureChange[] = [];
        for (const [budget, column, series] of COMPARED) {
            if (only && !only(budget, column)) {
                continue;
            }
            for (const period of this.periods) {
                const old = before ? this.restated(intervalAt(series(before), this.before.header.years, period)) : ZERO_INTERVAL;
                const now = after ? intervalAt(series(after), this.after.header.years, period) : ZERO_INTERVAL;
                if (!intervalsEqual(old, now)) {
                    changes.push({ budget, column, period, before: old, after: now });
                }
            }
        }
        return changes;
    }

    private restated(interval: Interval): Interval {
        return this.factor ? scaleInterval(interval, this.factor) : interval;
    }
}

/**
 * Compares two versions of a budget: items matched by name; an item gone under one name and
 * come under another with the very same figures is a rename; then every subtotal and the
 * balance. Old figures are restated in the new version's unit when the unit changed.
 */
export function diffBudgets(before: ReportModel, after: ReportModel): BudgetDiff {
    const from = before.header.unit;
    const to = after.header.unit;
    const factor = from && to && from.label !== to.label ? from.kroner.dividedBy(to.kroner) : undefined;
    const comparison = new Comparison(before, after, factor);
    const old = flatten(before.children);
    const now = flatten(after.children);
    const oldByName = new Map(old.items.map(item => [item.node.name, item]));
    const nowByName = new Map(now.items.map(item => [item.node.name, item]));
    const removed = old.items.filter(item => !nowByName.has(item.node.name));
    const items: ItemDiff[] = [];
    for (const item of now.items) {
        const previous = oldByName.get(item.node.name);
        if (previous) {
            const changes = comparison.changes(previous.node.totals, item.node.totals);
            if (changes.length > 0) {
                items.push({ kind: 'changed', name: item.node.name, place: item.place, changes });
            }
            continue;
        }
        const renamedFrom = removed.findIndex(gone => comparison.changes(gone.node.totals, item.node.totals).length === 0);
        if (renamedFrom >= 0) {
            const [gone] = removed.splice(renamedFrom, 1);
            items.push({ kind: 'renamed', name: item.node.name, from: gone.node.name, place: item.place, changes: [] });
        } else {
            items.push({ kind: 'added', name: item.node.name, place: item.place, changes: comparison.changes(undefined, item.node.totals) });
        }
    }
    items.push(...removed.map(gone => ({ kind: 'removed' as const, name: gone.node.name, place: gone.place, changes: comparison.changes(gone.node.totals, undefined) })));
    const oldContainers = new Map(old.containers.map(c => [c.place, c]));
    const nettoOnly = (budget: FigureChange['budget'], column: FigureChange['column']) => column === 'netto' || budget === 'årsværk';
    const subtotals = [...now.containers, ...old.containers.filter(c => !now.containers.some(n => n.place === c.place))]
        .map(container => ({
            place: container.place,
            changes: comparison.changes(oldContainers.get(container.place)?.node.totals, now.containers.find(n => n.place === container.place)?.node.totals, nettoOnly)
        }))
        .filter(subtotal => subtotal.changes.length > 0);
    return {
        before: before.name,
        after: after.name,
        unit: to?.label,
        items,
        subtotals,
        balance: comparison.changes(before.totals, after.totals, (budget, column) => budget === 'drift' && column === 'netto'),
        capital: comparison.changes(before.totals, after.totals, (budget, column) => budget === 'anlæg' && column === 'netto')
    };
}

export function hasChanges(diff: BudgetDiff): boolean {
    return diff.items.length > 0 || diff.subtotals.length > 0 || diff.balance.length > 0 || diff.capital.length > 0 || diff.before !== diff.after;
}
