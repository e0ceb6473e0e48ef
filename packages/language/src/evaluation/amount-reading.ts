import { asBrikAmount } from '../text/pasted-text.js';
import type { UnitInfo } from './budget-header.js';
import type { ExactDecimal } from './exact-decimal.js';
import { parseAmount } from './exact-decimal.js';
import { hasThousandsDots, withoutThousandsDots } from './thousands-dots.js';

/** An amount in Brik's own characters: a sign, digits grouped by `_`, a decimal point. */
const BRIK_NUMBER = /^[+-]?[0-9][0-9_]*(?:\.[0-9][0-9_]*)?$/;

/** An amount with nothing to normalise but perhaps thousands dots: most amounts, read without a copy. */
const ASCII_AMOUNT = /^[+-]?[0-9][0-9_.]*$/;

/**
 * The text an amount is read as, in the unit of its money (undefined where it is not money):
 * every pasted character in Brik's own (asBrikAmount), thousands dots as `_` where they are
 * thousands (hasThousandsDots), a decimal comma as `.`. `−62.000` in `1.000 kr.` → `-62_000`,
 * `1 250,5` → `1_250.5`. Undefined for dots that group nothing (`1.5.3`). The one place this is
 * decided: the evaluator reads this text (parseMoney), declared totals count its decimals, and
 * every quick fix that rewrites an amount writes it (brikSpelling).
 */
export function amountAsRead(text: string, unit: UnitInfo | undefined): string | undefined {
    const brik = asBrikAmount(text);
    return hasThousandsDots(brik, unit) ? withoutThousandsDots(brik) : brik.replace(',', '.');
}

/**
 * How Brik writes an amount so that it is read as the very figure it is read as now, with as
 * many decimals: its amountAsRead, where that reads back as itself. Undefined where no such
 * spelling exists: `12,000` in `1.000 kr.` is read as 12.000, which written `12.000` would be
 * twelve thousand there; or where the text is no number. A fix that writes this cannot change a figure.
 */
export function brikSpelling(text: string, unit: UnitInfo | undefined): string | undefined {
    const read = amountAsRead(text, unit);
    return read !== undefined && BRIK_NUMBER.test(read) && amountAsRead(read, unit) === read ? read : undefined;
}

/** An amount of money in `unit`, as amountAsRead reads it; undefined where it is no number. */
export function parseMoney(text: string | undefined, unit: UnitInfo | undefined): ExactDecimal | undefined {
    if (text === undefined) {
        return undefined;
    }
    return ASCII_AMOUNT.test(text) && !hasThousandsDots(text, unit) ? parseAmount(text) : parseAmount(amountAsRead(text, unit));
}
