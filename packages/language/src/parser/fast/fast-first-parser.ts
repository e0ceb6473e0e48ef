import type { AstNode, LangiumCoreServices, LangiumParser, ParseResult, ParserOptions } from 'langium';
import { createParser } from 'langium';
import { BrikLangiumParser } from '../brik-langium-parser.js';
import { FastBrikParser } from './fast-parser.js';

/**
 * Brik's Langium parser that first tries the fast parser (fast-parser.ts), and parses with
 * Langium whatever the fast parser gives up on: a text with a lexing or syntax error, or one
 * whose checks read the CST. A parse of one rule (`options.rule`, the line re-parse) is always
 * Langium's.
 */
export class FastFirstParser extends BrikLangiumParser {
    private readonly services: LangiumCoreServices;
    private fast: FastBrikParser | undefined;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.services = services;
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        if (options?.rule === undefined) {
            // Made when first asked: the linker it builds references with needs the parser's services.
            this.fast ??= new FastBrikParser(this.services.parser.Lexer, this.services.references.Linker, this.services.shared.AstReflection);
            const result = this.fast.parse<T>(input, text => super.parse(text));
            if (result) {
                return result;
            }
        }
        return super.parse<T>(input, options);
    }
}

/** `createBrikParser`, for the parser that tries the fast parser first. */
export function createFastFirstParser(services: LangiumCoreServices): LangiumParser {
    const parser = new FastFirstParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
