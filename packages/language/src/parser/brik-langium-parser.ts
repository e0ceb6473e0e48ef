import type { IToken, TokenType } from 'chevrotain';
import type { AstNode, CompositeCstNode, GrammarAST, LangiumCoreServices, LeafCstNode, ParseResult, ParserOptions } from 'langium';
import { createParser, CstNodeBuilder, LangiumParser, LeafCstNodeImpl } from 'langium';
import type { Range } from 'vscode-languageserver';
import { isFragment } from '../generated/ast.js';
import { BrikParserErrorMessageProvider } from './brik-parser-error-messages.js';

/**
 * A leaf of the syntax tree that keeps its position as four numbers and makes the LSP range
 * when asked. Langium makes three objects per token up front; for a catalogue of 100,000
 * brikker, about a million tokens, their ranges were 150 MB of the heap.
 */
export class BrikLeafCstNode extends LeafCstNodeImpl {
    private startLine: number;
    private startCharacter: number;
    private endLine: number;
    private endCharacter: number;

    constructor(token: IToken, tokenType: TokenType, hidden: boolean) {
        super(token.startOffset, token.image.length, undefined as unknown as Range, tokenType, hidden);
        // Chevrotain counts from 1; its endColumn is the LSP's exclusive end character.
        this.startLine = (token.startLine ?? 1) - 1;
        this.startCharacter = (token.startColumn ?? 1) - 1;
        this.endLine = (token.endLine ?? 1) - 1;
        this.endCharacter = token.endColumn ?? 0;
    }

    override get range(): Range {
        return {
            start: { line: this.startLine, character: this.startCharacter },
            end: { line: this.endLine, character: this.endCharacter }
        };
    }

    /** The line the leaf begins on, without making its range. */
    get line(): number {
        return this.startLine;
    }

    /** Moves the leaf within its line (a re-parse of one line that changed its length, or placed it). */
    moveBy(offset: number, line: number, character: number): void {
        (this as unknown as { _offset: number })._offset += offset;
        this.startLine += line;
        this.endLine += line;
        this.startCharacter += character;
        this.endCharacter += character;
    }
}

/**
 * Langium's CST builder, with two things it does at scale done differently:
 * - `addHiddenNodes` (Langium 4.1.3) runs for the first token of every node and looks the new
 *   node up among all its siblings with `indexOf`, even when there are no hidden tokens
 *   (comments) to add: parsing a tema of n brikker took O(n²) (100k brikker in one tema: 21 s).
 *   A node being built is always the last child of its container, so this looks from the end,
 *   and does nothing at all without hidden tokens. Reported upstream: see bench/README.md.
 * - its leaves are BrikLeafCstNodes, which make their range when asked.
 */
export class BrikCstNodeBuilder extends CstNodeBuilder {
    override buildLeafNode(token: IToken, feature?: GrammarAST.AbstractElement): LeafCstNode {
        const current = this.current;
        const leaf = new BrikLeafCstNode(token, token.tokenType, !feature);
        leaf.grammarSource = feature;
        leaf.root = current.root;
        leaf.container = current;
        // What the content's own push does (it sets the container), without its rest parameter per token.
        Array.prototype.push.call(current.content, leaf);
        return leaf;
    }

    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) {
            return;
        }
        let current: CompositeCstNode = this.current;
        const nodes = tokens.map(token => {
            const leaf = new BrikLeafCstNode(token, token.tokenType, true);
            leaf.root = current.root;
            return leaf;
        });
        if (current.content.length > 0) {
            current.content.push(...nodes);
            return;
        }
        // A new, empty node: the comments go before it, in the first ancestor that has content.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                current.container.content.splice(index, 0, ...nodes);
                return;
            }
            current = current.container;
        }
        current.root.content.unshift(...nodes);
    }
}

/**
 * Langium's parser with Brik's CST node builder, which lets go of the tokens once a text is
 * parsed: Chevrotain keeps the last input until the next one, and for a catalogue of 100,000
 * brikker in one file its tokens are some 170 MB that nothing reads again.
 */
export class BrikLangiumParser extends LangiumParser {
    private readonly messages: unknown;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.messages = services.parser.ParserErrorMessageProvider;
        // The builder is a private field that the constructor creates and no service provides,
        // so it is replaced here, once, before anything is parsed.
        Object.assign(this, { nodeBuilder: new BrikCstNodeBuilder() });
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        const result = super.parse<T>(input, options);
        this.wrapper.input = [];
        const root = result.value as AstNode;
        if (isFragment(root) && !root.braced && this.messages instanceof BrikParserErrorMessageProvider) {
            for (const error of result.parserErrors.filter(e => e.name === 'NotAllInputParsedException')) {
                error.message = this.messages.unbracedFragmentMessage(error.token);
            }
        }
        return result;
    }
}

/** Langium's `createLangiumParser`, for Brik's parser. */
export function createBrikParser(services: LangiumCoreServices): LangiumParser {
    const parser = new BrikLangiumParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
