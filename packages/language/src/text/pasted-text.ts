/**
 * The characters Word, PDFs and Excel put into figures where Brik writes `-` and `_` (LANGUAGE.md
 * §11). These tables are the one place that says what each of them means: the lexer reads by them
 * (see pasted-number-token.ts), the evaluator computes by them (parseAmount), and the validator and
 * its quick fixes write them in Brik's own characters.
 */

/** A character that stands for minus in pasted text. */
export interface PastedMinus {
    readonly character: string;
    /** How the message names it, in Danish. */
    readonly name: string;
    /**
     * A dash is a minus only where no range can be meant: directly before a digit and not after
     * a number (`drift –3.4`, but `0 –10` is a range). The others are always minus signs.
     */
    readonly dash: boolean;
}

export const PASTED_MINUS_SIGNS: readonly PastedMinus[] = [
    { character: '\u2212', name: 'minustegnet', dash: false },               // − MINUS SIGN (Word's Insert Symbol, PDFs)
    { character: '\uFE63', name: 'det lille minustegn', dash: false },       // ﹣ SMALL HYPHEN-MINUS
    { character: '\uFF0D', name: 'det brede minustegn', dash: false },       // － FULLWIDTH HYPHEN-MINUS (East Asian fonts, Excel)
    { character: '\u2010', name: 'bindestregen', dash: true },              // ‐ HYPHEN
    { character: '\u2011', name: 'den hårde bindestreg', dash: true },      // ‑ NON-BREAKING HYPHEN (Word's Ctrl+Shift+-)
    { character: '\u2012', name: 'tal-tankestregen', dash: true },          // ‒ FIGURE DASH
    { character: '\u2013', name: 'tankestregen', dash: true },              // – EN DASH (Word's AutoFormat of ' - ')
    { character: '\u2014', name: 'den lange tankestreg', dash: true },      // — EM DASH
    { character: '\u2015', name: 'den vandrette streg', dash: true },       // ― HORIZONTAL BAR
    { character: '\uFE58', name: 'den lille lange tankestreg', dash: true } // ﹘ SMALL EM DASH
];

/** A character that PDFs and spreadsheets put between digit groups: `1 250`. */
export interface GroupSpace {
    readonly character: string;
    readonly name: string;
}

/**
 * Spaces that only typesetting puts between digit groups: read as `_`, with a warning. A plain
 * space between digit groups is read the same way so that the figure stays whole, but it is an
 * error (see PLAIN_GROUP_SPACE).
 */
export const PASTED_GROUP_SPACES: readonly GroupSpace[] = [
    { character: '\u00A0', name: 'et hårdt mellemrum (U+00A0)' },           // NO-BREAK SPACE (Word, Excel, most PDFs)
    { character: '\u202F', name: 'et smalt hårdt mellemrum (U+202F)' },     // NARROW NO-BREAK SPACE
    { character: '\u2009', name: 'et tyndt mellemrum (U+2009)' },           // THIN SPACE
    { character: '\u2007', name: 'et cifferbredt mellemrum (U+2007)' },     // FIGURE SPACE
    { character: '\u2008', name: 'et tegnsætningsmellemrum (U+2008)' },     // PUNCTUATION SPACE
    { character: '\u200A', name: 'et hårfint mellemrum (U+200A)' },         // HAIR SPACE
    { character: '\u2006', name: 'et sjettedels mellemrum (U+2006)' },      // SIX-PER-EM SPACE
    { character: '\u2005', name: 'et fjerdedels mellemrum (U+2005)' }       // FOUR-PER-EM SPACE
];

/** An ordinary space between digit groups (`1 250`): read as `_` as well, but an error. */
export const PLAIN_GROUP_SPACE = ' ';

const MINUS_BY_CHARACTER = new Map(PASTED_MINUS_SIGNS.map(sign => [sign.character, sign]));
const SPACE_BY_CHARACTER = new Map(PASTED_GROUP_SPACES.map(space => [space.character, space]));

export function pastedMinus(character: string): PastedMinus | undefined {
    return MINUS_BY_CHARACTER.get(character);
}

/** The minus a pasted number begins with: one of the table, or Brik's `-` parted from the digits by spaces. */
export function leadingMinus(text: string): PastedMinus | undefined {
    return pastedMinus(text.charAt(0)) ?? (text.charAt(0) === '-' ? SPACED_MINUS : undefined);
}

export function pastedGroupSpace(character: string): GroupSpace | undefined {
    return SPACE_BY_CHARACTER.get(character);
}

/** `1 250` and `1 250`: the space between two digit groups. */
export function isGroupSpace(character: string): boolean {
    return character === PLAIN_GROUP_SPACE || SPACE_BY_CHARACTER.has(character);
}

function escaped(characters: Iterable<string>): string {
    return [...characters].map(c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

/** The group spaces as a regular-expression class body. */
export const GROUP_SPACE_CLASS = escaped([PLAIN_GROUP_SPACE, ...SPACE_BY_CHARACTER.keys()]);
/** The minus signs as a regular-expression class body. */
export const MINUS_CLASS = escaped(MINUS_BY_CHARACTER.keys());

/** One end of a range as catalogues print it: `0`, `10,0`, `-2.5`, `1 250` (digit groups as a pasted number has them). */
const PRINTED_END = `[+-]?(?:[0-9]{1,3}(?:[${GROUP_SPACE_CLASS}][0-9]{3})+(?![0-9_])|[0-9][0-9_]*)(?:[.,][0-9]+)?`;

/**
 * A range printed without spaces, `0-10`, `0,0–10,0`, and from a PDF `0‐10` (U+2010) or `0−10`:
 * Brik's `-` or any pasted minus or dash of the table between two numbers, where no sign can be
 * meant. The lexer reads it as one token (the grammar's PRINTED_RANGE), the evaluator by its two
 * ends, and the validator rewrites it as `0..10`.
 */
export const PRINTED_RANGE = new RegExp(`(${PRINTED_END})[${escaped(['-', ...MINUS_BY_CHARACTER.keys()])}](${PRINTED_END})`);

/**
 * A minus as a PDF may print it: a pasted minus, and any spaces between it and the digits
 * (`−3,4`, `− 3,4`), or Brik's own `-` followed by spaces (`- 3,4`, which without this would lose
 * its sign). Brik's `-` directly before the digits is an ordinary number.
 */
export const PASTED_MINUS_AND_GAP = new RegExp(`(?:[${MINUS_CLASS}][\\t${GROUP_SPACE_CLASS}]*|-[\\t${GROUP_SPACE_CLASS}]+)(?=[0-9])`, 'g');

/** Brik's own minus, where spaces part it from its number: a sign too, where no range can be meant. */
export const SPACED_MINUS: PastedMinus = { character: '-', name: 'minus', dash: true };
const GROUP_SPACE = new RegExp(`(?<=[0-9])[${GROUP_SPACE_CLASS}](?=[0-9])`, 'g');

/**
 * An amount as Brik writes it: every pasted minus (and a space after it) as `-`, every space
 * between digit groups as `_` (`− 1 250.5` → `-1_250.5`). Text without such characters is
 * returned unchanged.
 */
export function asBrikAmount(text: string): string {
    return text.replace(PASTED_MINUS_AND_GAP, '-').replace(GROUP_SPACE, '_');
}
