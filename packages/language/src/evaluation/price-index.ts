import type { Document } from '../generated/ast.js';
import { isPriceIndex } from '../generated/ast.js';
import { parseYear } from './budget-header.js';
import type { ExactDecimal } from './exact-decimal.js';
import { parseAmount } from './exact-decimal.js';
import { membersOf } from '../helpers/document-root.js';

/** The `prisindeks` of a budget (§8): an index value per year; empty when there is none. */
export function priceIndexOf(document: Document): Map<number, ExactDecimal> {
    const index = new Map<number, ExactDecimal>();
    for (const entry of membersOf(document).filter(isPriceIndex).flatMap(table => table.entries)) {
        const year = parseYear(entry.year);
        const value = parseAmount(entry.value);
        if (year !== undefined && value && !value.isZero() && !index.has(year)) {
            index.set(year, value);
        }
    }
    return index;
}

export type PriceFactor = { readonly factor: ExactDecimal } | { readonly missing: number };

/**
 * What amounts in price level `from` are multiplied by to restate them in `to`:
 * index(to) / index(from), exactly (to 1,000 significant digits; rounding only when printed).
 */
export function priceFactor(index: ReadonlyMap<number, ExactDecimal>, from: number, to: number): PriceFactor {
    const source = index.get(from);
    const target = index.get(to);
    if (!source) {
        return { missing: from };
    }
    if (!target) {
        return { missing: to };
    }
    return { factor: target.dividedBy(source) };
}
