import type { ValidationAcceptor } from 'langium';
import type { Range } from '../generated/ast.js';
import type { UnitInfo } from '../evaluation/budget-header.js';
import type { ExactDecimal } from '../evaluation/exact-decimal.js';
import { digitCount, ExactDecimal as D, MAX_AMOUNT_DIGITS, parseAmount } from '../evaluation/exact-decimal.js';
import { hasThousandsDots } from '../evaluation/thousands-dots.js';
import { brikSpelling, parseMoney } from '../evaluation/amount-reading.js';
import { rangeEnds, readRange } from '../evaluation/profile.js';
import { convertAmount } from '../evaluation/unit-conversion.js';
import { moneyUnitIn } from '../evaluation/item-column.js';
import type { UnitFacts } from './replayed-checks.js';
import { asBrikAmount } from '../text/pasted-text.js';
import { IssueCodes } from './brik-issue-codes.js';
import { quoteSource } from '../text/source-quote.js';

/**
 * `2,8` → `2.8`: the catalogues' Danish decimal comma, with the fix in `data`. The fix writes the
 * amount as it is read (brikSpelling); `12,000` may also mean twelve thousand, offered second.
 * In `1.000 kr.` and `kr.`, where `12.000` would be twelve thousand, no spelling keeps the
 * reading 12, so both meanings are offered and neither is preferred.
 */
export function checkCommaDecimal(range: Range, unit: UnitInfo | undefined, accept: ValidationAcceptor): void {
    for (const property of ['min', 'max'] as const) {
        const text = range[property];
        if (text?.includes(',')) {
            const spelling = brikSpelling(text, unit);
            // `12,000` may be a decimal comma or a thousands separator (as in 004's "12,000").
            const thousands = /,[0-9]{3}$/.test(text) ? asBrikAmount(text).replace(',', '') : undefined;
            if (spelling === undefined && thousands !== undefined) {
                const decimal = parseMoney(text, unit)?.toFixed() ?? text;
                accept('error', `${quoteSource(text)} er læst som ${quoteSource(decimal)}, men i ${unit?.label ?? 'denne enhed'} skiller et punktum tusinder. Skriv ${quoteSource(thousands)}, hvis kommaet skiller tusinder, eller ${quoteSource(decimal)}, hvis det er et decimalkomma.`,
                    { node: range, property, code: IssueCodes.CommaDecimal, data: { replacement: thousands, alternatives: [decimal], preferred: false } });
                continue;
            }
            const replacement = spelling ?? asBrikAmount(text).replace(',', '.');
            const message = thousands
                ? `Brik skriver decimaltal med punktum: skriv ${quoteSource(replacement)}, hvis kommaet er et decimalkomma, eller ${quoteSource(thousands)}, hvis det skiller tusinder.`
                : `Brik skriver decimaltal med punktum: skriv ${quoteSource(replacement)} i stedet for ${quoteSource(text)}.`;
            accept('error', message, { node: range, property, code: IssueCodes.CommaDecimal, data: { replacement, alternatives: thousands ? [thousands] : [] } });
        }
    }
}

/** A zero before the digits of an amount's integer part: `019`, `-019`, `00.5`. */
const LEADING_ZERO = /^[+-]?0[0-9_]*[0-9]/;
const FIRST_DIGIT = /[0-9]/;

/**
 * `-019` is read as written, -19, but no one writes a figure so: most often a point was lost
 * (`-0.19`). A warning, without a quick fix: only the source can tell what the figure is.
 */
function leadingZero(range: Range, accept: ValidationAcceptor): void {
    const ends = rangeEnds(range);
    for (const property of ['min', 'max'] as const) {
        const text = ends?.[property];
        // Most amounts begin with another digit: one look before normalising the text.
        const written = text !== undefined && FIRST_DIGIT.exec(text)?.[0] === '0' ? asBrikAmount(text) : undefined;
        if (text === undefined || written === undefined || !LEADING_ZERO.test(written)) {
            continue;
        }
        const sign = /^[+-]/.test(written) ? written.charAt(0) : '';
        const lost = /[.,]/.test(written) ? '' : `, fx ${sign}0.${written.slice(sign.length).replace(/^0/, '').replace(/_/g, '')}`;
        accept('warning', `${text} begynder med et nul og er læst som ${parseAmount(text)?.toFixed() ?? text}. Er et komma eller punktum faldet ud${lost}? Tjek tallet i kilden, og skriv det uden nul foran.`,
            { node: range, property: range.printed === undefined ? property : 'printed', code: IssueCodes.LeadingZero });
    }
}

/** An amount too long to compute exactly is unknown to the evaluator; this says so, at the amount. */
export function checkAmountLength(range: Range, accept: ValidationAcceptor): void {
    const ends = rangeEnds(range);
    for (const property of ['min', 'max'] as const) {
        const text = ends?.[property];
        if (text !== undefined && digitCount(text) > MAX_AMOUNT_DIGITS) {
            accept('error', `Beløbet har ${digitCount(text)} cifre; Brik regner eksakt med beløb på højst ${MAX_AMOUNT_DIGITS} cifre, så det og de totaler, der tæller det med, er ukendte. Skriv beløbet i budgettets enhed, fx 2.8 i mio. kr.`,
                { node: range, property: range.printed === undefined ? property : 'printed', code: IssueCodes.AmountTooLong });
        }
    }
}

/** `0-10`, `0,0–10,0` and `0 – 10` as the catalogues print them, rewritten as `0..10`. */
function rangeNotation(range: Range, unit: UnitInfo | undefined, accept: ValidationAcceptor): void {
    const ends = rangeEnds(range);
    if (!ends || (range.printed === undefined && range.dash === undefined)) {
        return;
    }
    // `62.000-70.000` in 1.000 kr. has thousands dots too: the fix writes both at once, as read.
    const min = brikSpelling(ends.min, unit);
    const max = ends.max === undefined ? undefined : brikSpelling(ends.max, unit);
    if (min === undefined || max === undefined) {
        accept('error', "Intervaller skrives med '..' i Brik, fx 0..10.", { node: range, code: IssueCodes.RangeNotation });
        return;
    }
    const replacement = `${min}..${max}`;
    // `drift 2024 – 2025: 3` is a period whose colon the parser did not expect: `..` would make it one, and change what is read.
    const cst = range.$cstNode;
    const period = cst !== undefined && /^[ \t]*:/.test(cst.root.fullText.slice(cst.end));
    accept('error', period
        ? `Intervaller skrives med '..' i Brik: skriv ${quoteSource(replacement)}:, hvis det er en periode.`
        : `Intervaller skrives med '..' i Brik: skriv ${quoteSource(replacement)}.`,
    { node: range, code: IssueCodes.RangeNotation, data: { replacement, preferred: !period } });
}

function rangeOrder(range: Range, unit: UnitInfo | undefined, accept: ValidationAcceptor): void {
    const ends = rangeEnds(range);
    const { min, max } = readRange(range, unit);
    if (ends && min && max && min.greaterThan(max)) {
        const replacement = `${asBrikAmount(ends.max ?? '')}..${asBrikAmount(ends.min)}`;
        accept('error', `Intervallet ${quoteSource(`${ends.min}..${ends.max}`)} er vendt om: minimum er større end maksimum. Skriv ${quoteSource(replacement)}.`,
            { node: range, code: IssueCodes.RangeReversed, data: { replacement } });
    }
}

/**
 * `62.000` in `1.000 kr.` → `62_000`, `1.355.700` anywhere → `1_355_700` (§2): one error at the
 * amount, with the fix in `data`. The evaluator reads the amount as meant, so nothing else
 * (a total, the magnitude warning) reports it again.
 */
function thousandsDots(range: Range, unit: UnitInfo | undefined, accept: ValidationAcceptor): void {
    for (const property of ['min', 'max'] as const) {
        const text = range[property];
        if (text === undefined || !hasThousandsDots(text, unit)) {
            continue;
        }
        const replacement = brikSpelling(text, unit);
        const read = parseAmount(text);
        const why = read ? `så det ville blive læst som ${read.toFixed()}` : 'så det er ikke et tal';
        const fix = replacement ? `Skriv ${quoteSource(replacement)}.` : 'Skriv tallet uden punktummer, med _ mellem tusinderne, fx 1_355_700.';
        accept('error', `${quoteSource(text)} er skrevet med tusindtalspunktum, men i Brik er punktum decimaltegn, ${why}. ${fix}`,
            { node: range, property, code: IssueCodes.ThousandsDots, data: replacement ? { replacement } : undefined });
    }
}

interface Suspicion {
    readonly suggestion: ExactDecimal;
    readonly writtenIn: string;
}

const TEN_THOUSAND = new D(10_000);
const TEN_MILLION = new D(10_000_000);
const HUNDRED = new D(100);

/**
 * An amount that is implausible in the budget's unit, most likely copied from a table in
 * another unit: 2455000 in `mio. kr.` was surely 2.455 mio. kr. written in kroner.
 */
export function suspectWrongUnit(value: ExactDecimal, unit: UnitInfo): Suspicion | undefined {
    const size = value.abs();
    if (unit.label === 'mio. kr.' && size.greaterThanOrEqualTo(TEN_THOUSAND)) {
        return size.greaterThanOrEqualTo(1_000_000)
            ? { suggestion: convertAmount(value, 'kr.', unit.label), writtenIn: 'kr.' }
            : { suggestion: convertAmount(value, '1.000 kr.', unit.label), writtenIn: '1.000 kr.' };
    }
    if (unit.label === '1.000 kr.' && size.greaterThanOrEqualTo(TEN_MILLION)) {
        return { suggestion: convertAmount(value, 'kr.', unit.label), writtenIn: 'kr.' };
    }
    if (unit.label === '1.000 kr.' && !value.isInteger() && size.lessThan(HUNDRED)) {
        return { suggestion: convertAmount(value, 'mio. kr.', unit.label), writtenIn: 'mio. kr.' };
    }
    return undefined;
}

function magnitude(range: Range, unit: UnitInfo | undefined, accept: ValidationAcceptor): void {
    if (!unit) {
        return;
    }
    const ends = rangeEnds(range);
    const reading = readRange(range, unit);
    for (const property of ['min', 'max'] as const) {
        const text = ends?.[property];
        // A thousands-dotted amount has its own error, and is read as meant.
        const value = text === undefined || hasThousandsDots(text, unit) ? undefined : reading[property];
        const suspicion = value && suspectWrongUnit(value, unit);
        if (suspicion) {
            const replacement = suspicion.suggestion.toFixed();
            accept('warning', `${quoteSource(text)} er usandsynligt i ${unit.label} og ligner et beløb i ${suspicion.writtenIn}: mente du ${quoteSource(replacement)}? Beløb skrives i budgettets enhed.`,
                { node: range, property: range.printed === undefined ? property : 'printed', code: IssueCodes.SuspiciousMagnitude, data: { replacement } });
        }
    }
}

/**
 * Every check of a written amount, in the order of the record of checks, with the unit of its
 * money found once (each check asked it again, for every amount of the file).
 */
export function checkAmounts(range: Range, accept: ValidationAcceptor, facts: UnitFacts): void {
    const unit = moneyUnitIn(range, facts.header);
    checkCommaDecimal(range, unit, accept);
    rangeNotation(range, unit, accept);
    rangeOrder(range, unit, accept);
    thousandsDots(range, unit, accept);
    magnitude(range, unit, accept);
    checkAmountLength(range, accept);
    leadingZero(range, accept);
}
