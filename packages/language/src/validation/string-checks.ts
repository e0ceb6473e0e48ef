import type { CstNode, ValidationAcceptor } from 'langium';
import { CstUtils, isLeafCstNode } from 'langium';
import type { Document } from '../generated/ast.js';
import { quotedString, stringValue } from '../parser/brik-value-converter.js';
import { IssueCodes } from './brik-issue-codes.js';
import { isFastParse } from '../parser/fast/fast-parser.js';
import { quoteSource } from '../text/source-quote.js';

const CURLY_START = /^[“„”]/;
/** What a decoder puts where a file's bytes were not UTF-8. */
const REPLACEMENT = '\uFFFD';

/**
 * Text these checks find by looking at the CST's leaves, not at the AST: Word's curly quotes and
 * U+FFFD in strings. The one decision of whether a text needs a syntax tree: `checkStrings` walks
 * the tree only when a text holds one, and the fast parser (which has none) gives such a text to
 * Langium; it has a diagnostic anyway.
 */
export const NEEDS_SYNTAX_TREE = /[“„”\uFFFD]/;

/**
 * Names pasted from Word (“Navn”, „Navn“, ”Navn”) are read as names, so that the file still
 * computes, and each is an error whose quick fix writes it with straight quotes.
 */
function checkCurlyQuotes(node: CstNode, accept: ValidationAcceptor): void {
    const replacement = quotedString(stringValue(node.text));
    accept('error', `Krøllede anførselstegn fra Word: skriv ${quoteSource(replacement)} med lige anførselstegn (").`,
        { node: node.astNode, range: node.range, code: IssueCodes.CurlyQuotes, data: { replacement } });
}

/** A file saved as Windows-1252 or Latin-1 reads with '�' for æ, ø, å: a name must not carry that into a report. */
function checkEncoding(node: CstNode, accept: ValidationAcceptor): void {
    accept('error', `Teksten indeholder '${REPLACEMENT}' (U+FFFD), et tegn, der ikke kunne læses: filen er nok ikke gemt som UTF-8 (men fx som Windows-1252). Gem den som UTF-8, og ret teksten.`,
        { node: node.astNode, range: node.range, code: IssueCodes.UnknownCharacter });
}

/** Every name, number, note and path in quotes: curly quotes from Word, and text that was not UTF-8. */
export function checkStrings(document: Document, accept: ValidationAcceptor): void {
    // The fast parser gives every text that holds such tokens to Langium, and has no CST to walk.
    if (isFastParse(document)) {
        return;
    }
    const root = document.$cstNode;
    // Most files hold neither: one look at the text spares a walk over every token per keystroke.
    if (!root || !NEEDS_SYNTAX_TREE.test(root.root.fullText)) {
        return;
    }
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(node) || node.hidden || node.tokenType.name !== 'STRING') {
            continue;
        }
        if (CURLY_START.test(node.text)) {
            checkCurlyQuotes(node, accept);
        }
        if (node.text.includes(REPLACEMENT)) {
            checkEncoding(node, accept);
        }
    }
}
