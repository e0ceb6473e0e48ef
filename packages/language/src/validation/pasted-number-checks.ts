import type { CstNode, ValidationAcceptor } from 'langium';
import { CstUtils, isLeafCstNode } from 'langium';
import type { Range as LspRange } from 'vscode-languageserver';
import type { Document } from '../generated/ast.js';
import { parseAmount } from '../evaluation/exact-decimal.js';
import { PASTED_NUMBER } from '../parser/pasted-number-token.js';
import { asBrikAmount, GROUP_SPACE_CLASS, leadingMinus, MINUS_CLASS, PASTED_MINUS_AND_GAP, pastedGroupSpace, PLAIN_GROUP_SPACE, SPACED_MINUS } from '../text/pasted-text.js';
import { IssueCodes } from './brik-issue-codes.js';
import { isFastParse } from '../parser/fast/fast-parser.js';
import { quoteSource } from '../text/source-quote.js';

/** Where the lexer may have read a pasted number: its sign, or a space between digit groups. */
const MAY_HOLD = new RegExp(`(?:[${MINUS_CLASS}]|-[\\t${GROUP_SPACE_CLASS}])[\\t${GROUP_SPACE_CLASS}]*[0-9]|[0-9][${GROUP_SPACE_CLASS}][0-9]{3}`, 'g');
const GROUPS = new RegExp(`[0-9]{1,3}(?:[${GROUP_SPACE_CLASS}][0-9]{3})+`);

function hex(character: string): string {
    return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The characters `from`..`to` of a one-line token. */
function within(node: CstNode, from: number, to: number): LspRange {
    const { line, character } = node.range.start;
    return { start: { line, character: character + from }, end: { line, character: character + to } };
}

/**
 * What every fix of a pasted number writes: the whole token in Brik's characters (asBrikAmount,
 * by which the evaluator reads it too), so that a fix of its minus and one of its digit groups
 * write the same text, in either order, and neither can change the figure.
 */
function wholeTokenFix(node: CstNode): { replacement: string; editRange: LspRange } {
    return { replacement: asBrikAmount(node.text), editRange: node.range };
}

/** `−3.4`, `–3.4`, `- 3.4`: read as minus (the lexer decided where a dash is a sign), fixed to `-`. */
function checkMinus(node: CstNode, accept: ValidationAcceptor): void {
    const sign = leadingMinus(node.text);
    const gap = sign && new RegExp(PASTED_MINUS_AND_GAP.source).exec(node.text);
    if (!sign || !gap || gap.index !== 0) {
        return;
    }
    const amount = quoteSource(asBrikAmount(node.text));
    const message = sign === SPACED_MINUS
        ? `Der står mellemrum mellem minus og tallet; det er læst som ${amount}. Skriv minus direkte foran tallet: ${amount}.`
        : `${sign.name.charAt(0).toUpperCase()}${sign.name.slice(1)} '${sign.character}' (${hex(sign.character)}) foran tallet er læst som minus: beløbet er ${amount}. Skriv minus som '-', fx ${amount}.`;
    accept('warning', message, { node: node.astNode, range: within(node, 0, gap[0].length), code: IssueCodes.PastedMinus, data: wholeTokenFix(node) });
}

/** `1 250`: digit groups split by a space. A typographic space is read as `_`; a plain one is an error. */
function checkGroupSpaces(node: CstNode, accept: ValidationAcceptor): void {
    const groups = GROUPS.exec(node.text);
    if (!groups) {
        return;
    }
    const replacement = asBrikAmount(groups[0]);
    const range = within(node, groups.index, groups.index + groups[0].length);
    const spaces = [...groups[0]].filter(character => !/[0-9]/.test(character));
    if (spaces.includes(PLAIN_GROUP_SPACE)) {
        accept('error', `Der står et mellemrum mellem cifrene i ${quoteSource(groups[0])}. Brik skiller cifre med '_': skriv ${quoteSource(replacement)}, hvis det er ét tal.`,
            { node: node.astNode, range, code: IssueCodes.SpaceInNumber, data: wholeTokenFix(node) });
        return;
    }
    const space = pastedGroupSpace(spaces[0]);
    const value = parseAmount(node.text)?.toFixed() ?? replacement;
    accept('warning', `Tallet ${quoteSource(groups[0])} har ${space?.name ?? 'et mellemrum'} mellem cifrene og er læst som ${quoteSource(value)}. Brik skiller cifre med '_': skriv ${quoteSource(replacement)}.`,
        { node: node.astNode, range, code: IssueCodes.PastedDigitSpace, data: wholeTokenFix(node) });
}

/**
 * Numbers pasted from Word, PDFs and Excel (LANGUAGE.md §11), wherever a number stands: the
 * lexer has read them as the figure meant, and this says so, with a fix to Brik's own `-` and `_`.
 */
export function checkPastedNumbers(document: Document, accept: ValidationAcceptor): void {
    // The fast parser gives every text that holds such tokens to Langium, and has no CST to walk.
    if (isFastParse(document)) {
        return;
    }
    const root = document.$cstNode;
    if (!root) {
        return;
    }
    // Found from the text (most files hold none) rather than by a walk over every token.
    const seen = new Set<CstNode>();
    for (const match of root.root.fullText.matchAll(MAY_HOLD)) {
        const node = CstUtils.findLeafNodeAtOffset(root, match.index);
        if (node && isLeafCstNode(node) && node.tokenType.name === PASTED_NUMBER && !seen.has(node)) {
            seen.add(node);
            checkMinus(node, accept);
            checkGroupSpaces(node, accept);
        }
    }
}
