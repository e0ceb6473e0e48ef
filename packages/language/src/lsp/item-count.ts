import type { Item } from '../generated/ast.js';

/** How many of `items` are brikker and how many financing items, for `Words.itemCount`. */
export function itemCountOf(items: readonly Item[]): [brikker: number, financing: number] {
    const financing = items.filter(item => item.kind === 'finansiering').length;
    return [items.length - financing, financing];
}
