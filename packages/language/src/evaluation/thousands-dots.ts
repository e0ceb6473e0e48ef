import type { UnitInfo } from './budget-header.js';

/** A dot and exactly three digits at the end: `62.000`. */
const ONE_DOT = /^[^.]*\.[0-9]{3}$/;

/** Two dots or more: `1.355.700`, a number in no unit. */
const DOTS = /\..*\./;

/** Groups of three digits after the first, each led by a dot: `1.355.700`, `-62.000`. */
const GROUPED = /^[+-]?[0-9][0-9_]*(\.[0-9]{3})+$/;

/**
 * Whether an amount is written with the catalogues' thousands dots (§2). In `1.000 kr.` and `kr.`
 * money has no decimals, so `62.000` means 62,000; and two dots or more (`1.355.700`) are
 * thousands dots wherever they stand, for they are no decimal number. The one place this is
 * decided: the evaluator reads such an amount as meant, and the validator reports it, once.
 * `unit` is the unit the money is stated in, undefined where the amount is not money (årsværk,
 * a prisindeks); in `mio. kr.` `0.735` is an ordinary decimal.
 */
export function hasThousandsDots(text: string, unit: UnitInfo | undefined): boolean {
    return DOTS.test(text) || (unit !== undefined && unit.label !== 'mio. kr.' && ONE_DOT.test(text));
}

/**
 * What the quick fix writes for a thousands-dotted amount: `62_000`, `1_355_700`; undefined where
 * the dots do not separate groups of three (`1.5.3`), which has no one meaning.
 */
export function withoutThousandsDots(text: string): string | undefined {
    return GROUPED.test(text) ? text.replace(/\./g, '_') : undefined;
}
