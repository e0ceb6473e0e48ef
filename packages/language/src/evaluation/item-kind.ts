import type { Item, ItemElement, Range } from '../generated/ast.js';
import { isAmountLine, isCategory, isNote, isOwner, isPolitical, isReallocation, isTotal, isUnavoidable } from '../generated/ast.js';
import type { BudgetName, KindColumn } from './totals.js';

/** The column an item's money goes to (§5), before its own `finansiering` lines. */
export type ItemKind = 'opdrift' | 'omstilling' | 'finansiering';

/** The canonical spelling of a keyword that also has an ae/oe/aa spelling. */
export function canonicalKeyword(keyword: string): string {
    switch (keyword) {
        case 'anlaeg': return 'anlæg';
        case 'aarsvaerk': return 'årsværk';
        case 'uomgaengelig': return 'uomgængelig';
        case 'fravaelg': return 'fravælg';
        case 'omraade': return 'område';
        case 'aar': return 'år';
        case 'efterfoelgende': return 'efterfølgende';
        default: return keyword;
    }
}

export function itemKind(item: Item): ItemKind {
    if (item.kind === 'finansiering') {
        return 'finansiering';
    }
    return item.elements.some(isReallocation) ? 'omstilling' : 'opdrift';
}

/** Where a line of a given kind goes: the drift or anlæg budget, or årsværk (§5). */
export function lineBudget(lineKind: string): BudgetName | 'årsværk' {
    switch (canonicalKeyword(lineKind)) {
        case 'anlæg': return 'anlaeg';
        case 'årsværk': return 'årsværk';
        default: return 'drift';
    }
}

/** The column of a money line: an item's own `finansiering` lines are always financing. */
export function lineColumn(kind: ItemKind, lineKind: string): KindColumn {
    return lineKind === 'finansiering' ? 'finansiering' : kind;
}

export type Mark = 'uomgængelig' | 'politisk' | 'omstilling';

export function marksOf(item: Item): Mark[] {
    const marks: Mark[] = [];
    if (item.elements.some(isUnavoidable)) marks.push('uomgængelig');
    if (item.elements.some(isPolitical)) marks.push('politisk');
    if (item.elements.some(isReallocation)) marks.push('omstilling');
    return marks;
}

export function ownerOf(item: Item): string | undefined {
    return item.elements.find(isOwner)?.name;
}

/** The notes as written; a half-typed `note` without its text has none. */
export function notesOf(item: Item): string[] {
    return item.elements.filter(isNote).flatMap(note => note.text === undefined ? [] : [note.text]);
}

export function categoriesOf(item: Item): string[] {
    return item.elements.filter(isCategory).flatMap(category => category.values);
}

export function amountLinesOf(item: Item) {
    return item.elements.filter(isAmountLine);
}

export function isProperty(element: ItemElement): boolean {
    return isOwner(element) || isNote(element) || isCategory(element);
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
