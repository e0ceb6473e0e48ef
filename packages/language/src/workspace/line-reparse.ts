import type { AstNode, CompositeCstNode, CstNode, LangiumDocument, LangiumParser, ParseResult, RootCstNode } from 'langium';
import { isCompositeCstNode } from 'langium';
import type { Item } from '../generated/ast.js';
import { isItem } from '../generated/ast.js';
import { readRoot } from '../helpers/document-root.js';
import { BrikLeafCstNode } from '../parser/brik-langium-parser.js';
import type { WholeParseReason } from './parse-changes.js';

/**
 * Re-parsing a catalogue of 10,000 brikker takes half a second, and a keystroke mostly changes
 * one amount or name on one line. When the edit stays inside a one-line brik, this parses just
 * that brik and puts it in the place of the old one, moving what follows on the line; anything
 * else (a line break, a brace, a comment, an error before or after) is left to a whole parse.
 * `packages/language/test/workspace/line-reparse.test.ts` checks the result against a whole parse of the same text.
 */

/** What may change more than the tokens of one line: an edit with one of these is parsed whole. */
const STRUCTURAL = /[{}\r\n/*]/;
/** What may stand beside a brik, so that its first and last tokens end where they did. */
const BOUNDARY = /[ \t\r\n{}]/;

interface TextEdit {
    readonly start: number;
    readonly oldEnd: number;
    readonly newEnd: number;
}

/** How many characters the texts are compared by at once, natively, before one by one. */
const CHUNK = 4096;

/**
 * The one span where the texts differ: their common start and end taken away. Compared a chunk
 * at a time first: one by one, a catalogue of 10,000 brikker took 9 ms of every keystroke.
 */
function editBetween(oldText: string, newText: string): TextEdit {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start + CHUNK <= shorter && oldText.slice(start, start + CHUNK) === newText.slice(start, start + CHUNK)) {
        start += CHUNK;
    }
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) {
        start++;
    }
    let tail = 0;
    while (tail + CHUNK <= shorter - start && oldText.slice(oldText.length - tail - CHUNK, oldText.length - tail) === newText.slice(newText.length - tail - CHUNK, newText.length - tail)) {
        tail += CHUNK;
    }
    while (tail < shorter - start && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) {
        tail++;
    }
    return { start, oldEnd: oldText.length - tail, newEnd: newText.length - tail };
}

function isClean(result: ParseResult): boolean {
    return result.lexerErrors.length === 0 && result.parserErrors.length === 0 && (result.lexerReport?.diagnostics.length ?? 0) === 0;
}

/** The member of `members` (in document order) whose text holds `offset`, found by halving. */
function memberAt(members: readonly AstNode[], offset: number): AstNode | undefined {
    let low = 0;
    let high = members.length - 1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const cst = members[middle].$cstNode;
        if (!cst) {
            return undefined;
        }
        if (offset < cst.offset) {
            high = middle - 1;
        } else if (offset > cst.end) {
            low = middle + 1;
        } else {
            return members[middle];
        }
    }
    return undefined;
}

/** The one-line brik that holds the whole edit, if one does: found down through the containers. */
function itemAround(document: LangiumDocument, text: string, edit: TextEdit): Item | undefined {
    let node: AstNode | undefined = readRoot(document.parseResult.value);
    while (node && !isItem(node)) {
        const members = (node as { members?: AstNode[] }).members;
        node = members && memberAt(members, edit.start);
    }
    const cst = node?.$cstNode;
    if (!node || !cst) {
        return undefined;
    }
    const before = cst.offset === 0 ? ' ' : text[cst.offset - 1];
    const after = cst.end === text.length ? ' ' : text[cst.end];
    const oneLine = !STRUCTURAL.test(cst.text);
    return edit.oldEnd <= cst.end && oneLine && BOUNDARY.test(before) && BOUNDARY.test(after) ? node : undefined;
}

/** Every node below `node`, depth first, without the generators of Langium's tree streams. */
function forEachCstNode(node: CstNode, visit: (node: CstNode) => void): void {
    const stack: CstNode[] = [node];
    while (stack.length > 0) {
        const current = stack.pop()!;
        visit(current);
        if (isCompositeCstNode(current)) {
            for (let i = current.content.length - 1; i >= 0; i--) {
                stack.push(current.content[i]);
            }
        }
    }
}

/** Langium caches a composite node's range; a moved leaf makes it wrong. */
function forgetRange(node: CompositeCstNode): void {
    (node as unknown as { _rangeCache?: unknown })._rangeCache = undefined;
}

function brikLeaf(node: CstNode): BrikLeafCstNode {
    if (!(node instanceof BrikLeafCstNode)) {
        throw new Error('a leaf the line re-parse cannot move');
    }
    return node;
}

/**
 * Moves what stands after `item` by the edit's length (`delta`), along the item's line only:
 * in each container up from it, the nodes after it. Those composites, and the containers,
 * forget the ranges they cached.
 */
function moveFollowing(item: CompositeCstNode, delta: number, line: number): void {
    const follow = (node: CstNode) => {
        if (isCompositeCstNode(node)) {
            forgetRange(node);
        } else {
            const leaf = brikLeaf(node);
            leaf.moveBy(delta, 0, leaf.line === line ? delta : 0);
        }
    };
    let child: CstNode = item;
    for (let parent = item.container; parent; child = parent, parent = parent.container) {
        forgetRange(parent);
        for (let i = parent.content.lastIndexOf(child) + 1; i < parent.content.length; i++) {
            forEachCstNode(parent.content[i], follow);
        }
    }
}

/**
 * Puts the freshly parsed brik where the old one stood: its leaves, parsed from 0, move to the
 * old one's start; the old composite node keeps its place and grammar source with the new
 * content; the new AST node takes the old one's place in its container.
 */
function replaceItem(old: Item, fresh: Item): void {
    const oldCst = old.$cstNode as CompositeCstNode;
    const freshCst = fresh.$cstNode as CompositeCstNode;
    const { line, character } = oldCst.range.start;
    forEachCstNode(freshCst, node => {
        if (!isCompositeCstNode(node)) {
            brikLeaf(node).moveBy(oldCst.offset, line, character);
        }
    });
    // A node finds its root and its AST node through its containers.
    const content = freshCst.content.slice();
    for (const child of content) {
        (child as { container?: CompositeCstNode }).container = oldCst;
    }
    (oldCst as { content: readonly CstNode[] }).content = content;
    (oldCst as { astNode: AstNode }).astNode = fresh;
    forgetRange(oldCst);
    Object.assign(fresh, { $cstNode: oldCst, $container: old.$container, $containerProperty: old.$containerProperty, $containerIndex: old.$containerIndex });
    const siblings = (old.$container as unknown as Record<string, unknown[]>)[old.$containerProperty!];
    siblings[old.$containerIndex!] = fresh;
}

/** What a line re-parse changed: the brik it parsed anew, in place of the old one. */
export interface LineReparse {
    /** The brik the edit was in, now out of the tree. */
    readonly old: Item;
    /** Stands where `old` stood; every other node of the tree is as it was. */
    readonly item: Item;
}

/**
 * Brings the document's syntax tree from `oldText` to `newText` (which differ) by re-parsing one
 * brik; or says why the edit needs a whole parse.
 */
export function reparseLine(parser: LangiumParser, document: LangiumDocument, oldText: string, newText: string): LineReparse | WholeParseReason {
    const current = document.parseResult;
    const rootCst = current.value.$cstNode as RootCstNode | undefined;
    // A fast parse (parser/fast/) has no syntax tree of its own: its nodes answer with those of a
    // Langium twin, which a brik put in its place would leave behind.
    if (!rootCst || rootCst.astNode !== current.value) {
        return 'no-text';
    }
    if (!isClean(current)) {
        return 'error-before';
    }
    const edit = editBetween(oldText, newText);
    if (STRUCTURAL.test(oldText.slice(edit.start, edit.oldEnd)) || STRUCTURAL.test(newText.slice(edit.start, edit.newEnd))) {
        return 'structural';
    }
    const old = itemAround(document, oldText, edit);
    const oldCst = old?.$cstNode as CompositeCstNode | undefined;
    if (!old || !oldCst) {
        return 'outside-one-line-brik';
    }
    const delta = edit.newEnd - edit.oldEnd;
    const snippet = parser.parse<Item>(newText.slice(oldCst.offset, oldCst.end + delta), { rule: 'Item' });
    if (!isClean(snippet) || !isItem(snippet.value) || !snippet.value.$cstNode) {
        return 'error-after';
    }
    if (delta !== 0) {
        // An edit that keeps the length (a digit typed over another) moves nothing.
        moveFollowing(oldCst, delta, oldCst.range.start.line);
    }
    replaceItem(old, snippet.value);
    (rootCst as unknown as { _text: string })._text = newText;
    // The parse result stays: its tree holds the new brik. What is kept of the tree hears of the
    // change from the document factory (ParseChanges), and nowhere else.
    return { old, item: snippet.value };
}
