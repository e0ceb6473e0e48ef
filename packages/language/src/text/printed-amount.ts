import { ExactDecimal } from '../evaluation/exact-decimal.js';
import { GROUP_SPACE_CLASS, MINUS_CLASS } from './pasted-text.js';

/**
 * An amount as a catalogue, a spreadsheet cell or a PDF prints it, read by the same tables as the
 * lexer and the evaluator (pasted-text.ts): every minus sign and dash of PASTED_MINUS_SIGNS, every
 * space between digit groups, and the accountants' negatives `(1.234)` and `1.234-`. `brik import`
 * reads its cells with it; there is no other reader of printed figures.
 */

/** How digits are grouped and parted: Danish (`1.234,5`), or a program's (`1234.5`, Brik's own CSV). */
export type PrintedNumberStyle = 'da' | 'point';

/** Exact decimal strings, printed decimals kept (`15,0` → `15.0`); `min === max` for one figure. */
export interface PrintedAmount {
    readonly min: string;
    readonly max: string;
}

/** Brik's `-` and every minus or dash of the table. */
const MINUS = `[\\-${MINUS_CLASS}]`;
const GAP = `[\\s${GROUP_SPACE_CLASS}]*`;
/** A leading sign, also as an analyst marks it in parentheses: `(-)11,4`, `(+)35,6`. */
const SIGN = `(?:\\(${GAP}(?:\\+|${MINUS})${GAP}\\)|\\+|${MINUS})`;
const GROUP = `[._${GROUP_SPACE_CLASS}]`;
const NUMBERS: Readonly<Record<PrintedNumberStyle, string>> = {
    da: `(?:[0-9]{1,3}(?:${GROUP}[0-9]{3})+|[0-9]+)(?:,[0-9]+)?`,
    point: `(?:[0-9]{1,3}(?:[_${GROUP_SPACE_CLASS}][0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?`
};

/** One end: a signed number, an accountant's `(1.234)`, or a trailing minus `1.234-`. Groups: sign, number, bracketed, trailing. */
function endPattern(number: string): string {
    return `(?:(${SIGN})?${GAP}(${number})|\\(${GAP}(${number})${GAP}\\)|(${number})${GAP}${MINUS})`;
}

const SINGLE: Readonly<Record<PrintedNumberStyle, RegExp>> = {
    da: new RegExp(`^${endPattern(NUMBERS.da)}$`, 'u'),
    point: new RegExp(`^${endPattern(NUMBERS.point)}$`, 'u')
};
/** Between a range's ends: Brik's `..`, or any minus or dash. */
const SEPARATOR = new RegExp(`\\.\\.|${MINUS}`, 'gu');
const NOTHING = new RegExp(`^(?:${MINUS})?$`, 'u');
const MINUS_SIGN = new RegExp(MINUS, 'u');
const GROUP_SEPARATORS = new RegExp(`[_${GROUP_SPACE_CLASS}]`, 'gu');

/** The decimal of one matched end (four groups of endPattern), with its printed decimals. */
function endValue(groups: ReadonlyArray<string | undefined>, style: PrintedNumberStyle): string {
    const [sign, signed, bracketed, trailing] = groups;
    const digits = (signed ?? bracketed ?? trailing)!.replace(GROUP_SEPARATORS, '');
    const plain = style === 'da' ? digits.replace(/\./g, '').replace(',', '.') : digits;
    const negative = bracketed !== undefined || trailing !== undefined || (sign !== undefined && MINUS_SIGN.test(sign));
    const value = new ExactDecimal(plain);
    const decimals = plain.split('.')[1]?.length ?? 0;
    // Zero has no sign: `-0,0` is `0.0`, its printed decimals kept (a subtotal of 0,0 is checked to one decimal).
    return (negative && !value.isZero() ? value.negated() : value.abs()).toFixed(decimals);
}

/**
 * A printed amount or range: `1.234,5`, `0,0-10,0`, `0–10`, `(-)11,4 – (+)35,6`, `−5,0`,
 * `1 250`, `(1.234)`, `1.234-`, `-5--3`. `'empty'` for a blank or a lone dash (nothing);
 * undefined for text that is no amount, or a range whose minimum exceeds its maximum.
 */
export function readPrintedAmount(text: string, style: PrintedNumberStyle): PrintedAmount | 'empty' | undefined {
    const trimmed = text.trim();
    if (NOTHING.test(trimmed)) {
        return 'empty';
    }
    const one = single(trimmed, style);
    if (one !== undefined) {
        return { min: one, max: one };
    }
    return range(trimmed, style);
}

function single(text: string, style: PrintedNumberStyle): string | undefined {
    const match = SINGLE[style].exec(text.trim());
    return match ? endValue(match.slice(1, 5), style) : undefined;
}

/**
 * Two ends parted by a dash or `..`. A dash may also be a sign (`-5--3`, `4- – 64`), so every
 * dash is tried as the separator: the text is a range when exactly one way of reading it gives two
 * ends, the first at most the second. Two such readings are ambiguous, and none is no range.
 */
function range(text: string, style: PrintedNumberStyle): PrintedAmount | undefined {
    const readings = new Map<string, PrintedAmount>();
    for (const separator of text.matchAll(SEPARATOR)) {
        const min = single(text.slice(0, separator.index), style);
        const max = single(text.slice(separator.index + separator[0].length), style);
        if (min !== undefined && max !== undefined && new ExactDecimal(min).lessThanOrEqualTo(max)) {
            readings.set(`${min}|${max}`, { min, max });
        }
    }
    return readings.size === 1 ? [...readings.values()][0] : undefined;
}
