import type { AmountLine, Item, Range, TotalBudget } from '../generated/ast.js';
import { isAmountLine, isTotal, Reallocation } from '../generated/ast.js';
import type { BudgetName, KindColumn } from './totals.js';
import type { BudgetHeader, UnitInfo } from './budget-header.js';

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

/** What a line kind means (§5): the budget its amounts count in, and whether they are financing whatever the item. */
export interface LineMeaning {
    readonly budget: BudgetName | 'årsværk';
    /** An item's own `finansiering` line is financing, also in a brik (`lineColumn`). */
    readonly financing: boolean;
}

/**
 * Every line kind of the grammar (`AmountLine`'s `kind`, both spellings) with its meaning, and no
 * default: a kind added to brik.langium does not compile until its meaning is written here.
 */
export const LINE_MEANINGS = {
    drift: { budget: 'drift', financing: false },
    etablering: { budget: 'drift', financing: false },
    finansiering: { budget: 'drift', financing: true },
    anlæg: { budget: 'anlæg', financing: false },
    anlaeg: { budget: 'anlæg', financing: false },
    årsværk: { budget: 'årsværk', financing: false },
    aarsvaerk: { budget: 'årsværk', financing: false }
} as const satisfies Record<AmountLine['kind'], LineMeaning>;

/** The line kinds, as the parsers read them. */
export const LINE_KINDS: ReadonlySet<string> = new Set(Object.keys(LINE_MEANINGS));

/**
 * The meaning of a line kind, or of a total's budget (`total anlæg`), as written: a keyword typed
 * decomposed (NFD, from a Mac) is the same keyword. Throws for a word that is no line kind, which
 * the parser never gives.
 */
export function lineMeaning(kind: AmountLine['kind'] | TotalBudget): LineMeaning {
    const meaning: LineMeaning | undefined = LINE_MEANINGS[kind] ?? LINE_MEANINGS[kind.normalize('NFC') as AmountLine['kind']];
    if (!meaning) {
        throw new Error(`no meaning for the line kind '${kind}'`);
    }
    return meaning;
}

/** Where a line of a given kind goes: the drift or anlæg budget, or årsværk (§5). */
export function lineBudget(lineKind: AmountLine['kind'] | TotalBudget): BudgetName | 'årsværk' {
    return lineMeaning(lineKind).budget;
}

/** The column of a money line: an item's own `finansiering` lines are always financing. */
export function lineColumn(column: KindColumn, lineKind: AmountLine['kind']): KindColumn {
    return lineMeaning(lineKind).financing ? 'finansiering' : column;
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

/** The unit a range's amounts are money in under its document's header; undefined where they are no money (årsværk, §2). */
export function moneyUnitIn(range: Range, header: BudgetHeader): UnitInfo | undefined {
    return isMoney(range) ? header.unit : undefined;
}
