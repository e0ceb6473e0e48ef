import type { FigureChange } from '../evaluation/figure-changes.js';
import { FigureComparison } from '../evaluation/figure-changes.js';
import type { ReportModel, ReportNode } from './report-model.js';

export type { FigureChange } from '../evaluation/figure-changes.js';

export interface ItemDiff {
    readonly kind: 'added' | 'removed' | 'renamed' | 'moved' | 'changed';
    readonly name: string;
    /** The old name of a renamed item. */
    readonly from?: string;
    /** Where a moved item stood. */
    readonly fromPlace?: string;
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

/** A node's place as `brik diff` prints it: its path (ReportNode.path), and for a container itself. */
function placeOf(node: ReportNode, self: boolean): string {
    return [...node.path, ...self ? [node.number ? `${node.number} ${node.name}` : node.name] : []].join(' › ');
}

function flatten(nodes: readonly ReportNode[]): { items: Located[]; containers: Located[] } {
    const items: Located[] = [];
    const containers: Located[] = [];
    for (const node of nodes) {
        if (node.kind === 'brik' || node.kind === 'finansiering') {
            items.push({ node, place: placeOf(node, false) });
        } else {
            containers.push({ node, place: placeOf(node, true) });
            const inner = flatten(node.children);
            items.push(...inner.items);
            containers.push(...inner.containers);
        }
    }
    return { items, containers };
}

/** A brik's identity (§3): its place and its name. */
function identity(item: Located): string {
    return `${item.place}\u0000${item.node.name}`;
}

/**
 * Compares two versions of a budget: items matched by their place and name (§3); an item gone
 * from one place and come to another under the same name (the only one of that name gone and
 * come) is a move; one gone under one name and come under another with the very same figures is
 * a rename; then every subtotal and the balance. Old figures are restated in the new version's
 * unit when the unit changed (FigureComparison).
 */
export function diffBudgets(before: ReportModel, after: ReportModel): BudgetDiff {
    // The evaluator's comparison gives every figure of the diff: old ones restated, and the changes.
    const comparison = new FigureComparison(before, after);
    const old = flatten(before.children);
    const now = flatten(after.children);
    const oldByIdentity = new Map(old.items.map(item => [identity(item), item]));
    const nowByIdentity = new Map(now.items.map(item => [identity(item), item]));
    const removed = old.items.filter(item => !nowByIdentity.has(identity(item)));
    const added = now.items.filter(item => !oldByIdentity.has(identity(item)));
    const onlyOne = (items: readonly Located[], name: string) => items.filter(item => item.node.name === name).length === 1;
    const items: ItemDiff[] = [];
    for (const item of now.items) {
        const previous = oldByIdentity.get(identity(item));
        if (previous) {
            const changes = comparison.changes(previous.node.totals, item.node.totals);
            if (changes.length > 0) {
                items.push({ kind: 'changed', name: item.node.name, place: item.place, changes });
            }
            continue;
        }
        const movedFrom = onlyOne(added, item.node.name) && onlyOne(removed, item.node.name)
            ? removed.findIndex(gone => gone.node.name === item.node.name) : -1;
        if (movedFrom >= 0) {
            const [gone] = removed.splice(movedFrom, 1);
            items.push({ kind: 'moved', name: item.node.name, fromPlace: gone.place, place: item.place, changes: comparison.changes(gone.node.totals, item.node.totals) });
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
