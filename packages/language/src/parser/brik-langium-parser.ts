import type { IToken } from 'chevrotain';
import type { AstNode, CompositeCstNode, LangiumCoreServices, ParseResult, ParserOptions } from 'langium';
import { createParser, CstNodeBuilder, LangiumParser, LeafCstNodeImpl } from 'langium';
import { isFragment } from '../generated/ast.js';
import { BrikParserErrorMessageProvider } from './brik-parser-error-messages.js';

/** The fields of Langium's leaf that hold its position (private to LeafCstNodeImpl). */
interface LeafPosition {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

/**
 * A leaf of the syntax tree that the line re-parse can move (`workspace/line-reparse.ts`):
 * Langium's leaf keeps its position as five numbers and makes the LSP range when asked, and
 * this moves those numbers.
 */
export class BrikLeafCstNode extends LeafCstNodeImpl {
    /** The line the leaf begins on, without making its range. */
    get line(): number {
        return (this as unknown as LeafPosition)._startLine;
    }

    /** Moves the leaf within its line (a re-parse of one line that changed its length, or placed it). */
    moveBy(offset: number, line: number, character: number): void {
        const position = this as unknown as LeafPosition;
        position._offset += offset;
        position._startLine += line;
        position._endLine += line;
        position._startColumn += character;
        position._endColumn += character;
    }
}

/**
 * Langium's CST builder, with two things done differently:
 * - `addHiddenNodes` (Langium 4.1.3 to 4.4.0) runs for the first token of every node and looks
 *   the new node up among all its siblings with `indexOf`, even when there are no hidden tokens
 *   (comments) to add: parsing a tema of n brikker took O(n²) (100k brikker in one tema: 21 s).
 *   A node being built is always the last child of its container, so this looks from the end,
 *   and does nothing at all without hidden tokens. Reported upstream: see bench/README.md.
 * - its leaves are BrikLeafCstNodes, which the line re-parse can move.
 */
export class BrikCstNodeBuilder extends CstNodeBuilder {
    protected override createLeafNode(token: IToken, hidden: boolean): LeafCstNodeImpl {
        // Chevrotain counts lines and columns from 1; its end column is the LSP's exclusive end.
        return new BrikLeafCstNode(token.startOffset, token.image.length, token.startLine! - 1, token.startColumn! - 1,
            token.endLine! - 1, token.endColumn!, token.tokenType, hidden);
    }

    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) {
            return;
        }
        const nodes = tokens.map(token => this.createLeafNode(token, true));
        let current: CompositeCstNode = this.current;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        // A new, empty node: the comments go before it, in the first ancestor that has content.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(current, 0, nodes);
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
        // A rule other than the entry rule reads a piece of a larger text (the line re-parse reads
        // one brik). V8 keeps a substring as a view into the whole string it was cut from, so each
        // name cut from the piece kept the document's text of that edit alive: some 0.9 MB for
        // every brik edited in a 10k catalogue. The piece is read from a copy of its own.
        const text = options?.rule === undefined ? input : ownCopy(input);
        const result = super.parse<T>(text, options);
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

/** The same characters in a string of their own, not a view into a larger string. */
function ownCopy(text: string): string {
    return text.split('').join('');
}

/** Langium's `createLangiumParser`, for Brik's parser. */
export function createBrikParser(services: LangiumCoreServices): LangiumParser {
    const parser = new BrikLangiumParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
