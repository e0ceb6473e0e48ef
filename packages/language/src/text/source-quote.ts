/**
 * The one way a message quotes the text of a file (a name, a number, a path, a character): at
 * most MAX_QUOTED characters, never half of a surrogate pair, and never a lone surrogate. A
 * message that quoted a whole 10 MB line, or cut a character in two, was rejected whole by
 * editors (Neovim 0.7: INVALID_SERVER_JSON on a lone `\ud957`, issue 21).
 */

/** The most characters of source text a message quotes; what is longer ends in '…'. */
export const MAX_QUOTED = 80;

/** At most `max` UTF-16 units of `text`, cut before a character, never inside a surrogate pair. */
export function cutAtCharacter(text: string, max: number): string {
    if (text.length <= max) {
        return text;
    }
    const code = text.charCodeAt(max - 1);
    // A high surrogate at the end would be half a character.
    return text.slice(0, code >= 0xD800 && code <= 0xDBFF ? max - 1 : max);
}

/** `text` with every lone surrogate as U+FFFD, which JSON and every editor can carry. */
export function wellFormed(text: string): string {
    return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Source text as a message quotes it: well-formed, and at most MAX_QUOTED characters, the last '…' when cut. */
export function quoteSource(text: string | undefined): string {
    const whole = String(text);
    // Cut first: a quoted token may be a 10 MB name, and only its first characters are shown.
    return whole.length <= MAX_QUOTED ? wellFormed(whole) : `${wellFormed(cutAtCharacter(whole, MAX_QUOTED - 1))}…`;
}

/** The character at `offset` whole: both halves of a surrogate pair (`charAt` gives one). */
export function characterAt(text: string, offset: number): string {
    const code = text.codePointAt(offset);
    return code === undefined ? '' : wellFormed(String.fromCodePoint(code));
}
