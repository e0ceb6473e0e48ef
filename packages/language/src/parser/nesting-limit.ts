import type { ILexingError, IToken } from 'chevrotain';
import type { IssueCode } from '../validation/brik-issue-codes.js';
import { IssueCodes } from '../validation/brik-issue-codes.js';

/** A lexing error that carries the Brik code its diagnostic gets (see BrikDocumentValidator). */
export interface CodedLexingError extends ILexingError {
    readonly code: IssueCode;
}

export interface NestingResult {
    readonly tokens: IToken[];
    readonly hidden: IToken[];
    readonly errors: CodedLexingError[];
}

function tooDeep(brace: IToken, maxDepth: number): CodedLexingError {
    return {
        offset: brace.startOffset, line: brace.startLine ?? 1, column: brace.startColumn ?? 1, length: 1,
        code: IssueCodes.NestingTooDeep,
        message: `Her begynder niveau ${maxDepth + 1} af blokke '{ … }' inde i hinanden; Brik læser højst ${maxDepth}. Indholdet af blokken er sprunget over: flyt temaerne længere ud.`
    };
}

/**
 * Drops what stands inside blocks nested deeper than `maxDepth` (keeping the block's own braces,
 * so that the rest still parses), with an error at each dropped block. The parser descends once
 * per level, so without this a file of a few hundred nested temaer would exhaust the stack.
 */
export function limitNesting(tokens: IToken[], hidden: IToken[], maxDepth: number): NestingResult {
    // Copied only from the first block too deep: a file within the limit (every file, nearly) keeps its array.
    let kept: IToken[] | undefined;
    const errors: CodedLexingError[] = [];
    const dropped: Array<[number, number]> = [];
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const type = token.tokenType.name;
        kept?.push(token);
        if (type === '}') {
            depth = Math.max(0, depth - 1);
        } else if (type === '{' && ++depth > maxDepth) {
            kept ??= tokens.slice(0, i + 1);
            errors.push(tooDeep(token, maxDepth));
            const close = matchingBrace(tokens, i);
            dropped.push([token.startOffset + 1, close < tokens.length ? tokens[close].startOffset : Number.MAX_SAFE_INTEGER]);
            if (close < tokens.length) {
                kept.push(tokens[close]);
                depth--;
            }
            i = close;
        }
    }
    if (kept === undefined) {
        return { tokens, hidden, errors };
    }
    return { tokens: kept, hidden: outside(hidden, dropped), errors };
}

/** The tokens outside the given ranges; both are in document order, so one pass suffices. */
function outside(tokens: IToken[], ranges: ReadonlyArray<readonly [number, number]>): IToken[] {
    let r = 0;
    return tokens.filter(token => {
        while (r < ranges.length && ranges[r][1] <= token.startOffset) {
            r++;
        }
        return r === ranges.length || token.startOffset < ranges[r][0];
    });
}

/** The index of the `}` that closes the `{` at `open`, or tokens.length when none does. */
function matchingBrace(tokens: IToken[], open: number): number {
    let inner = 0;
    for (let i = open; i < tokens.length; i++) {
        const type = tokens[i].tokenType.name;
        if (type === '{') {
            inner++;
        } else if (type === '}' && --inner === 0) {
            return i;
        }
    }
    return tokens.length;
}
