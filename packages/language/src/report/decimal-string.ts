import type { ExactDecimal } from '../evaluation/exact-decimal.js';

/**
 * An exact decimal as the machine-readable reports write it (JSON, CSV, the HTML data
 * attributes, the diff): plain digits, no exponent, no `-0`.
 */
export function decimalString(value: ExactDecimal): string {
    return value.isZero() ? '0' : value.toFixed();
}
