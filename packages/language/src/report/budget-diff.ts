import type { FigureChange } from '../evaluation/figure-changes.js';
import { FigureComparison } from '../evaluation/figure-changes.js';
import type { ReportModel, ReportNode } from './report-model.js';

export type { FigureChange } from '../evaluation/figure-changes.js';

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
 * Compares two versions of a budget: items matched by name; an item gone under one name and
 * come under another with the very same figures is a rename; then every subtotal and the
 * balance. Old figures are restated in the new version's unit when the unit changed (FigureComparison).
 */
export function diffBudgets(before: ReportModel, after: ReportModel): BudgetDiff {
    // The evaluator's comparison gives every figure of the diff: old ones restated, and the changes.
    const comparison = new FigureComparison(before, after);
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
        unit: after.header.unit?.label,
        items,
        subtotals,
        balance: comparison.changes(before.totals, after.totals, (budget, column) => budget === 'drift' && column === 'netto'),
        capital: comparison.changes(before.totals, after.totals, (budget, column) => budget === 'anlæg' && column === 'netto')
    };
}

export function hasChanges(diff: BudgetDiff): boolean {
    return diff.items.length > 0 || diff.subtotals.length > 0 || diff.balance.length > 0 || diff.capital.length > 0 || diff.before !== diff.after;
}
