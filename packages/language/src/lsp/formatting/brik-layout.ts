/**
 * Brik's layout rules, as a pure function over tokens: it only ever changes the whitespace
 * between tokens, so formatting cannot change what a file means or drop a comment.
 *
 * - Line breaks are the author's: none is added or removed, blank lines collapse to one.
 * - Each line is indented by its brace depth.
 * - On a line, tokens are one space apart; none before `,` and `:`, none around `..`.
 * - Consecutive one-line brikker at the same depth have their amounts aligned in a column.
 * - A trailing comment keeps the spaces before it, a `//` comment loses the blanks after it, as
 *   every line does; a file ends with exactly one line break.
 * - Widths are what the eye sees: a grapheme is one column (`é` written as e and a combining
 *   accent is one, not two UTF-16 units), so amounts after such a name still line up.
 */

export interface LayoutToken {
    /** Token type: a keyword's text (`{`, `..`, `brik`) or a terminal's name (`STRING`, `SL_COMMENT`). */
    readonly type: string;
    readonly start: number;
    readonly end: number;
}

export interface LayoutOptions {
    readonly indent: string;
}

/** A replacement of the whitespace between two tokens (or before the first, after the last). */
export interface WhitespaceEdit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

const COMMENTS = new Set(['SL_COMMENT', 'ML_COMMENT']);

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** How many columns `text` takes on screen: its graphemes (ASCII, by far the most text, is counted directly). */
export function displayWidth(text: string): number {
    if (/^[\x20-\x7E]*$/.test(text)) {
        return text.length;
    }
    return Array.from(graphemes.segment(text)).length;
}

/**
 * The tokens with each `//` comment ending at its last character that is not blank: the blanks
 * after it are whitespace between tokens, which the layout sets like any other line's end.
 */
function withoutTrailingBlanks(text: string, tokens: readonly LayoutToken[]): LayoutToken[] {
    return tokens.map(token => token.type === 'SL_COMMENT'
        ? { ...token, end: token.start + text.slice(token.start, token.end).trimEnd().length }
        : token);
}
const ITEM_STARTS = new Set(['brik', 'FINANCING_ITEM']);

/** Line breaks as editors count lines: CRLF, LF, and a lone CR, which was once joined into a space. */
function lineBreaks(gap: string): number {
    return gap.match(/\r\n|\r|\n/g)?.length ?? 0;
}

interface Line {
    /** Index of the line's first token. */
    readonly first: number;
    readonly last: number;
    readonly depth: number;
    readonly blankBefore: boolean;
}

function sameLineGap(previous: LayoutToken, token: LayoutToken, original: string): string {
    if (COMMENTS.has(token.type)) {
        return original.replace(/\t/g, ' ') || ' ';
    }
    if (token.type === ',' || token.type === ':' || token.type === '..' || previous.type === '..') {
        return '';
    }
    return ' ';
}

function splitLines(text: string, tokens: readonly LayoutToken[]): Line[] {
    const lines: Line[] = [];
    let depth = 0;
    let first = 0;
    let blankBefore = false;
    let lineDepth = 0;
    tokens.forEach((token, i) => {
        const gap = text.slice(i === 0 ? 0 : tokens[i - 1].end, token.start);
        const newLine = i === 0 || lineBreaks(gap) > 0;
        if (newLine && i > 0) {
            lines.push({ first, last: i - 1, depth: lineDepth, blankBefore });
        }
        if (token.type === '}') {
            depth = Math.max(0, depth - 1);
        }
        if (newLine) {
            first = i;
            lineDepth = depth;
            blankBefore = i > 0 && lineBreaks(gap) > 1;
        }
        if (token.type === '{') {
            depth++;
        }
    });
    if (tokens.length > 0) {
        lines.push({ first, last: tokens.length - 1, depth: lineDepth, blankBefore });
    }
    return lines;
}

/** A one-line item whose amounts should line up: `brik "Navn" drift 2.8 permanent`. */
function isOneLineItem(line: Line, tokens: readonly LayoutToken[]): boolean {
    const third = tokens[line.first + 2];
    return ITEM_STARTS.has(tokens[line.first].type) && tokens[line.first + 1]?.type === 'STRING'
        && line.last >= line.first + 2 && third.type !== '{' && !COMMENTS.has(third.type);
}

/** For each token that starts an aligned column, the column it must start at. */
function alignmentColumns(text: string, tokens: readonly LayoutToken[], lines: readonly Line[], indent: string): Map<number, number> {
    const columns = new Map<number, number>();
    let group: Line[] = [];
    const tokenWidth = (token: LayoutToken) => displayWidth(text.slice(token.start, token.end));
    const flush = () => {
        if (group.length > 1) {
            const width = (line: Line) => indent.repeat(line.depth).length
                + tokenWidth(tokens[line.first]) + 1 + tokenWidth(tokens[line.first + 1]);
            const column = Math.max(...group.map(width)) + 1;
            group.forEach(line => columns.set(line.first + 2, column));
        }
        group = [];
    };
    for (const line of lines) {
        const continues = group.length > 0 && !line.blankBefore && line.depth === group[0].depth;
        if (!continues) {
            flush();
        }
        if (isOneLineItem(line, tokens)) {
            group.push(line);
        } else {
            flush();
        }
    }
    flush();
    return columns;
}

/** The whitespace edits that lay a file out; empty when it already is. */
export function layoutEdits(text: string, lexed: readonly LayoutToken[], options: LayoutOptions): WhitespaceEdit[] {
    const tokens = withoutTrailingBlanks(text, lexed);
    const edits: WhitespaceEdit[] = [];
    const replace = (start: number, end: number, wanted: string) => {
        if (text.slice(start, end) !== wanted) {
            edits.push({ start, end, text: wanted });
        }
    };
    const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
    const bom = text.startsWith('\uFEFF') ? 1 : 0;
    if (tokens.length === 0) {
        return edits;
    }
    const lines = splitLines(text, tokens);
    const aligned = alignmentColumns(text, tokens, lines, options.indent);
    const width = (token: LayoutToken) => displayWidth(text.slice(token.start, token.end));
    lines.forEach((line, lineIndex) => {
        const firstToken = tokens[line.first];
        const indent = options.indent.repeat(line.depth);
        if (lineIndex === 0) {
            replace(bom, firstToken.start, indent);
        } else {
            replace(tokens[line.first - 1].end, firstToken.start, (line.blankBefore ? eol : '') + eol + indent);
        }
        // Columns are counted only on a line with an aligned amount: a 10 MB name elsewhere is never measured.
        const measured = aligned.has(line.first + 2);
        let column = measured ? indent.length + width(firstToken) : 0;
        for (let i = line.first + 1; i <= line.last; i++) {
            const previous = tokens[i - 1];
            const token = tokens[i];
            const original = text.slice(previous.end, token.start);
            const target = aligned.get(i);
            const gap = target !== undefined ? ' '.repeat(Math.max(1, target - column)) : sameLineGap(previous, token, original);
            replace(previous.end, token.start, gap);
            if (measured && i < line.first + 2) {
                column += gap.length + width(token);
            }
        }
    });
    replace(tokens[tokens.length - 1].end, text.length, eol);
    return edits;
}
