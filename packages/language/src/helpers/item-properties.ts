import type { Item } from '../generated/ast.js';
import { isCategory, isNote, isOwner, isPolitical, isReallocation, isUnavoidable } from '../generated/ast.js';

// What an item's elements say, read off the syntax tree: no figure is computed here.

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
