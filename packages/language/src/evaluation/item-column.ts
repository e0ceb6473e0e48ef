import type { Item, Range } from '../generated/ast.js';
import { isAmountLine, isTotal, Reallocation } from '../generated/ast.js';
import type { BudgetName, KindColumn } from './totals.js';
import { canonicalKeyword } from '../helpers/keywords.js';

/** The column an item's money goes to (§5), before its own `finansiering` lines. */
export function itemColumn(item: Item): KindColumn {
    if (item.kind === 'finansiering') {
        return 'finansiering';
    }
    // By $type, not isReallocation: the reflection's subtype test costs more than the loop, for every
    // item of every total, and of every scenario after each edit.
    for (const element of item.elements) {
        if (element.$type === Reallocation.$type) {
            return 'omstilling';
        }
    }
    return 'opdrift';
}

/** Where a line of a given kind goes: the drift or anlæg budget, or årsværk (§5). */
export function lineBudget(lineKind: string): BudgetName | 'årsværk' {
    switch (canonicalKeyword(lineKind)) {
        case 'anlæg': return 'anlæg';
        case 'årsværk': return 'årsværk';
        default: return 'drift';
    }
}

/** The column of a money line: an item's own `finansiering` lines are always financing. */
export function lineColumn(column: KindColumn, lineKind: string): KindColumn {
    return lineKind === 'finansiering' ? 'finansiering' : column;
}

/** Whether the amounts of a range are money: not those of an `årsværk` line or total (§2). */
export function isMoney(range: Range): boolean {
    const owner = range.$container.$type === 'PeriodAmount' ? range.$container.$container : range.$container;
    if (isAmountLine(owner)) {
        return lineBudget(owner.kind) !== 'årsværk';
    }
    if (isTotal(owner)) {
        return owner.budget === undefined || lineBudget(owner.budget) !== 'årsværk';
    }
    return true;
}
