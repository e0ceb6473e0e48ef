import type { CustomPatternMatcherReturn, IToken, TokenType } from 'chevrotain';
import { GROUP_SPACE_CLASS, isGroupSpace, leadingMinus, PASTED_MINUS_AND_GAP, PASTED_MINUS_SIGNS, PRINTED_RANGE } from '../text/pasted-text.js';

/** The name of the token of a number pasted from Word, a PDF or Excel (see pastedNumberToken). */
export const PASTED_NUMBER = 'PASTED_NUMBER';

/** Tokens after which a dash may begin a range (`0 –10`), so that it is not a sign. */
const NUMBERS = new Set(['NUMBER', 'COMMA_NUMBER', 'PRINTED_RANGE', PASTED_NUMBER]);

/**
 * Digit groups split by a space: `1 250`, `12 000 000.5`, `1 250,5`. Never followed by another
 * digit (`2024: 3 2025: 4` is two periods) nor by a colon (a year begins a period).
 */
const GROUPED = new RegExp(
    `[0-9]{1,3}(?:[${GROUP_SPACE_CLASS}][0-9]{3})+(?![0-9_])(?:\\.[0-9][0-9_]*|,[0-9]{1,3}(?![0-9:]))?(?![0-9_]|[ \\t]*:)`, 'y');

const SIGN_AND_GAP = new RegExp(PASTED_MINUS_AND_GAP.source, 'y');

/** A range printed without spaces (`0–1 250`, `1 250-2 500`): the PRINTED_RANGE token's, which this token leaves to it. */
const PRINTED = new RegExp(PRINTED_RANGE.source, 'y');

/** Whether one to three digits and a space begin at `offset`: a quick test before GROUPED, on every number. */
function mayBeGrouped(text: string, offset: number): boolean {
    let end = offset;
    while (end < offset + 4 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) {
        end++;
    }
    return end > offset && end < offset + 4 && isGroupSpace(text.charAt(end));
}

function sticky(pattern: TokenType['PATTERN']): RegExp | undefined {
    return pattern instanceof RegExp ? new RegExp(pattern.source, 'y') : undefined;
}

function matchAt(pattern: RegExp | undefined, text: string, offset: number): string | undefined {
    if (!pattern) {
        return undefined;
    }
    pattern.lastIndex = offset;
    return pattern.exec(text)?.[0];
}

/**
 * A number as Word, PDFs and Excel print it, read as one number token (LANGUAGE.md §11): with a
 * pasted minus before it (`−3.4`, `–3.4`, and `− 3.4` or `- 3.4` as PDFs space it), or with spaces between
 * its digit groups (`1 250`). A dash after a number is left to the range it may begin (`0 –10`).
 * It is a NUMBER to the parser (a token category), so the grammar stays as it is; its text keeps
 * the characters as typed, the evaluator reads them by pasted-text.ts, and the validator warns
 * (or, for a plain space, errs) with a quick fix to Brik's own `-` and `_`.
 *
 * Tried before every other token. The digits after a sign are read by the grammar's own number
 * terminals, so that any change to them holds for pasted numbers too.
 */
export function pastedNumberToken(number: TokenType, commaNumber: TokenType | undefined): TokenType {
    const plain = [sticky(commaNumber?.PATTERN), sticky(number.PATTERN)];
    const digits = (text: string, offset: number): string | undefined =>
        (mayBeGrouped(text, offset) ? matchAt(GROUPED, text, offset) : undefined) ?? plain.map(p => matchAt(p, text, offset)).find(m => m !== undefined);
    const exec = (text: string, offset: number, tokens: IToken[]): CustomPatternMatcherReturn | null => {
        const matched = signed(text, offset, tokens) ?? (mayBeGrouped(text, offset) ? matchAt(GROUPED, text, offset) : undefined);
        // `0–1 250` and `1 250-2 500` are one printed range, whose ends are read like this token.
        return matched === undefined || (matchAt(PRINTED, text, offset)?.length ?? 0) > matched.length ? null : [matched];
    };
    /**
     * A number after a sign: a pasted minus or a spaced one (`–1 250`, `− 3,4`, `- 3.4`), or
     * Brik's own `-` or `+` directly before digit groups (`-1 250`), which the grammar's NUMBER
     * would end at the first group. Every sign combines with every group space alike.
     */
    const signed = (text: string, offset: number, tokens: IToken[]): string | undefined => {
        const character = text.charAt(offset);
        const sign = leadingMinus(character);
        if (!sign && character !== '+') {
            return undefined;
        }
        const previous = tokens[tokens.length - 1];
        if ((sign?.dash ?? true) && previous && NUMBERS.has(previous.tokenType.name)) {
            return undefined;
        }
        const gap = matchAt(SIGN_AND_GAP, text, offset);
        if (gap !== undefined) {
            const rest = digits(text, offset + gap.length);
            return rest === undefined ? undefined : gap + rest;
        }
        // Brik's `-` or `+` with no space after it: pasted only where digit groups follow.
        const groups = (character === '-' || character === '+') && mayBeGrouped(text, offset + 1) ? matchAt(GROUPED, text, offset + 1) : undefined;
        return groups === undefined ? undefined : character + groups;
    };
    return {
        name: PASTED_NUMBER,
        PATTERN: { exec },
        LINE_BREAKS: false,
        START_CHARS_HINT: [...PASTED_MINUS_SIGNS.map(sign => sign.character), '-', '+', ...'0123456789'],
        CATEGORIES: [number]
    };
}
