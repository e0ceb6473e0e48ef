import type { IToken } from 'chevrotain';
import { Lexer as ChevrotainLexer } from 'chevrotain';
import type { LexerResult, TokenizeOptions } from 'langium';
import { DefaultLexer } from 'langium';
import type { BrikLimits } from '../brik-limits.js';
import type { BrikServices } from '../brik-module.js';
import { IssueCodes } from '../validation/brik-issue-codes.js';
import type { CodedLexingError } from './nesting-limit.js';
import { limitNesting } from './nesting-limit.js';

/** `2000000` → `2.000.000`: a count of characters as a Danish reader writes it. */
function grouped(count: number): string {
    return String(count).replace(/\B(?=(?:[0-9]{3})+$)/g, '.');
}

function atStart(code: CodedLexingError['code'], message: string): CodedLexingError {
    return { offset: 0, line: 1, column: 1, length: 1, code, message };
}

/** A `/*` without its `*\/`: the terminal then runs to the end of the file, and this says why. */
function unclosedComments(hidden: readonly IToken[]): CodedLexingError[] {
    return hidden.filter(token => token.tokenType.name === 'ML_COMMENT' && (token.image.length < 4 || !token.image.endsWith('*/')))
        .map(token => ({
            offset: token.startOffset, line: token.startLine ?? 1, column: token.startColumn ?? 1, length: 2,
            code: IssueCodes.UnknownCharacter,
            message: "Kommentaren '/*' lukkes aldrig, så resten af filen læses som kommentar. Skriv '*/', hvor kommentaren slutter."
        }));
}

/**
 * Brik's lexer is Langium's, within the limits of BrikLimits: a file that is too large is
 * not read, blocks nested too deep are skipped (see nesting-limit.ts), and a text the
 * regular expressions cannot take is one error instead of an exception. Every such case is
 * a positioned error, so that the CLI and the language server stay up and say why.
 */
export class BrikLexer extends DefaultLexer {
    private readonly limits: BrikLimits;
    /** The same tokens, without lines and columns (see tokenizeOffsets); made when first asked. */
    private offsetLexer: ChevrotainLexer | undefined;

    constructor(services: BrikServices) {
        super(services);
        this.limits = services.shared.workspace.Limits;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        return this.within(text, () => super.tokenize(text, options));
    }

    /**
     * The tokens of `text` with their offsets and no line or column (Chevrotain's `onlyOffset`):
     * what the fast parser reads, which never positions a token by line. Counting lines costs
     * Chevrotain a test of every token's text, and three more fields on each of a million tokens
     * at 100k brikker. The same limits, tokens and errors as `tokenize`, but an error's line and
     * column are unknown: whoever reports an error lexes again with `tokenize`.
     */
    tokenizeOffsets(text: string): LexerResult {
        return this.within(text, () => {
            // The token types in the order Langium gave them to its own lexer (no name of Brik's is an integer).
            this.offsetLexer ??= new ChevrotainLexer(Object.values(this.definition), {
                positionTracking: 'onlyOffset',
                skipValidations: true,
                errorMessageProvider: this.errorMessageProvider
            });
            const result = this.offsetLexer.tokenize(text);
            return { tokens: result.tokens, errors: result.errors, hidden: result.groups.hidden ?? [], report: this.tokenBuilder.flushLexingReport?.(text) };
        });
    }

    /** A lexing of `text` within Brik's limits: its size, what the regular expressions can take, nesting. */
    private within(text: string, lex: () => LexerResult): LexerResult {
        const { maxCharacters, maxDepth } = this.limits;
        if (text.length > maxCharacters) {
            return this.nothing(atStart(IssueCodes.FileTooLarge,
                `Filen har ${grouped(text.length)} tegn; Brik læser højst ${grouped(maxCharacters)} tegn i én fil. Del kataloget i flere filer med 'inkluder'.`));
        }
        let result: LexerResult;
        try {
            result = lex();
        } catch (error) {
            // V8 throws a RangeError when a regular expression's backtracking stack runs out.
            if (error instanceof RangeError) {
                return this.nothing(atStart(IssueCodes.TokenTooLong,
                    "Brik kan ikke læse filen: en tekst i den er for lang til at blive læst. Del kataloget i flere filer med 'inkluder'."));
            }
            throw error;
        }
        const nesting = limitNesting(result.tokens, result.hidden, maxDepth);
        return { ...result, tokens: nesting.tokens, hidden: nesting.hidden, errors: [...result.errors, ...unclosedComments(result.hidden), ...nesting.errors] };
    }

    private nothing(error: CodedLexingError): LexerResult {
        return { tokens: [], hidden: [], errors: [error] };
    }
}
