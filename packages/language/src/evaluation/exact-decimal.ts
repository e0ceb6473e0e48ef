import { Decimal } from 'decimal.js';
import { asBrikAmount } from '../text/pasted-text.js';

/**
 * The one decimal type of Brik. Sums of budget amounts are exact at any size that fits in
 * 1,000 significant digits; only price-level division can ever round, and then far beyond
 * anything printed. `toExpNeg`/`toExpPos` keep every string free of exponents.
 */
export const ExactDecimal = Decimal.clone({
    precision: 1000,
    rounding: Decimal.ROUND_HALF_UP,
    toExpNeg: -9e15,
    toExpPos: 9e15
});
export type ExactDecimal = Decimal;

export const ZERO: ExactDecimal = new ExactDecimal(0);

/**
 * The most digits an amount may have. Sums of amounts this long stay far inside the 1,000
 * significant digits, so no total is ever rounded; a longer amount is unknown (Interval.unknown), and the
 * validator reports it.
 */
export const MAX_AMOUNT_DIGITS = 100;

/** An amount as Brik writes it, and as every other form of it is normalised to: `-3.4`, `1250.5`. */
const PLAIN_AMOUNT = /^[+-]?[0-9]+(\.[0-9]+)?$/;

/** How many digits an amount has as written, `_` not counted: `1_250.5` has 5. */
export function digitCount(text: string): number {
    return text.replace(/[^0-9]/g, '').length;
}

/**
 * Reads an amount as written in a `.brik` file: `2.8`, `-3.4`, `1_250.5`, and the Danish
 * `2,8` (which the validator reports, but which still counts as 2.8 so totals stay useful), and
 * as pasted from Word or a PDF: `−3.4` is -3.4 and `1 250` is 1250 (see pasted-text.ts).
 * Returns undefined for text that is not a number, or has more than MAX_AMOUNT_DIGITS digits.
 */
export function parseAmount(text: string | undefined): ExactDecimal | undefined {
    if (text === undefined) {
        return undefined;
    }
    if (PLAIN_AMOUNT.test(text)) {
        // As Brik writes it (nearly every amount): nothing to normalise, and digits can be too many only in a long text.
        return text.length > MAX_AMOUNT_DIGITS && digitCount(text) > MAX_AMOUNT_DIGITS ? undefined : new ExactDecimal(text);
    }
    const normalised = asBrikAmount(text).replace(/_/g, '').replace(',', '.');
    if (!PLAIN_AMOUNT.test(normalised) || digitCount(normalised) > MAX_AMOUNT_DIGITS) {
        return undefined;
    }
    return new ExactDecimal(normalised);
}

/** Number of decimals as written: `15.0` has 1, `16` has 0, `2,45` has 2. */
export function decimalPlacesAsWritten(text: string): number {
    const match = /[.,]([0-9_]+)$/.exec(text);
    return match ? match[1].replace(/_/g, '').length : 0;
}
