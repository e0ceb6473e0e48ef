import type { ExactDecimal } from '../evaluation/exact-decimal.js';
import type { Interval } from '../evaluation/interval.js';
import { wordsOf } from '../words/words.js';

export type Locale = 'da' | 'en';

export interface AmountFormat {
    /** Decimals to print: one for `mio. kr.`, none for `1.000 kr.` and `kr.` (§9). */
    readonly decimals: number;
    readonly locale: Locale;
    /**
     * Print every decimal the value has, and at least `decimals`: an amount as the author wrote
     * it (`1,59`, not `1,6`), for a brik's own figures. Totals are rounded (false, the default).
     */
    readonly exact?: boolean;
}

/** Decimals when a budget names no (known) unit: as for `mio. kr.`, the unit catalogues mostly use. */
const DECIMALS_WITHOUT_UNIT = 1;

/**
 * How a budget's figures are printed (§9): the unit's decimals (one for `mio. kr.`, none for
 * `1.000 kr.` and `kr.`), in the locale. Every report, hover, hint and message asks this.
 */
export function amountFormat(header: { readonly unit?: { readonly printDecimals: number } }, locale: Locale): AmountFormat {
    return { decimals: header.unit?.printDecimals ?? DECIMALS_WITHOUT_UNIT, locale };
}

const INTL_LOCALE: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(format: AmountFormat): Intl.NumberFormat {
    const key = `${format.locale}:${format.decimals}`;
    let formatter = formatters.get(key);
    if (!formatter) {
        // Intl formats decimal *strings* exactly; the value is rounded by decimal.js before.
        formatter = new Intl.NumberFormat(INTL_LOCALE[format.locale], {
            minimumFractionDigits: format.decimals,
            maximumFractionDigits: format.decimals,
            signDisplay: 'negative',
            useGrouping: true
        });
        formatters.set(key, formatter);
    }
    return formatter;
}

/** Intl prints at most 20 decimals; a declared total may be written with more (`0.000…01`). */
const INTL_MAX_DECIMALS = 20;

/**
 * The one function that prints a figure: Danish `1.234,5` or English `1,234.5`, rounded
 * half-up (away from zero) to the unit's decimals, never through a binary float.
 */
export function formatAmount(value: ExactDecimal, given: AmountFormat): string {
    const format = given.exact ? { ...given, decimals: Math.max(given.decimals, value.decimalPlaces()) } : given;
    const text = roundedText(value, format.decimals);
    if (format.decimals <= INTL_MAX_DECIMALS) {
        return formatterFor(format).format(text as `${number}`);
    }
    // Intl groups the integer part, and gives the minus sign and decimal separator; the digits are appended.
    const [integer, fraction] = text.replace('-', '').split('.');
    const parts = formatterFor({ ...format, decimals: 1 }).formatToParts('-1.5' as `${number}`);
    const minus = text.startsWith('-') ? parts.find(part => part.type === 'minusSign')?.value ?? '-' : '';
    const separator = parts.find(part => part.type === 'decimal')?.value ?? '.';
    return `${minus}${formatterFor({ ...format, decimals: 0 }).format(integer as `${number}`)}${separator}${fraction}`;
}

/** `value` rounded half-up to `decimals` as plain text, without a sign on zero. */
export function roundedText(value: ExactDecimal, decimals: number): string {
    const rounded = value.toDecimalPlaces(decimals);
    return rounded.isZero() ? rounded.abs().toFixed(decimals) : rounded.toFixed(decimals);
}

/**
 * The dash of a range whose maximum is negative, set off by no-break spaces: in a
 * catalogue of savings `-62,0–-36,0` reads as one number; `-62,0 – -36,0` does not, and never
 * breaks across lines.
 */
const SPACED_RANGE_DASH = '\u00A0–\u00A0';

/** The dash between a printed range's ends, either way it is set. */
export const RANGE_DASH = /\u00A0?–\u00A0?/;

/** Two printed ends as a range: `15,0–26,6`, `-11,4–35,6`, or `-62,0 – -36,0` when the maximum is negative. */
export function joinRange(min: string, max: string): string {
    return /^[-\u2212]/.test(max) ? `${min}${SPACED_RANGE_DASH}${max}` : `${min}–${max}`;
}

/**
 * An interval as the catalogues print it (see joinRange), or `2,8` when exact; a figure that
 * rests on an amount that cannot be read as the word for unknown (`ukendt`), never as a number.
 */
export function formatInterval(interval: Interval, format: AmountFormat): string {
    if (interval.unknown) {
        return wordsOf(format.locale).unknown;
    }
    const min = formatAmount(interval.min, format);
    const max = formatAmount(interval.max, format);
    return min === max ? min : joinRange(min, max);
}

/**
 * A printed figure with its unit, as the catalogues write it: `315.800 (1.000 kr.)`, where a
 * unit that starts with a figure would read as a second number (`315.800 1.000 kr.`), else
 * `2,8 mio. kr.`, `500 kr.`. Every place that sets a figure beside its unit asks this; no unit
 * (a budget without `enhed`) leaves the figure alone.
 */
export function withUnit(figure: string, unit: string | undefined): string {
    if (!unit) {
        return figure;
    }
    return /^[0-9]/.test(unit) ? `${figure} (${unit})` : `${figure} ${unit}`;
}

/**
 * An interval as Brik source text (`16.4`, `48.9..121.5`), rounded half-up to `decimals`;
 * used in messages and quick fixes, where the user copies it back into the file.
 */
export function sourceInterval(interval: Interval, decimals: number): string {
    const min = sourceAmount(interval.min, decimals);
    const max = sourceAmount(interval.max, decimals);
    return min === max ? min : `${min}..${max}`;
}

/**
 * The one way Brik writes a figure back into a file: rounded half-up to `decimals`, with the
 * thousands of the integer part grouped by `_` (`-3_600`, `164_129_900`, `1_234.5`), which
 * Brik reads in every unit and which cannot be mistaken for a decimal point.
 */
export function sourceAmount(value: ExactDecimal, decimals: number): string {
    const [integer, fraction] = roundedText(value, decimals).split('.');
    const grouped = integer.replace(/\B(?=(?:[0-9]{3})+$)/g, '_');
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
