import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { LangiumDocument, ParseResult, ValidationOptions } from 'langium';
import { DefaultDocumentValidator } from 'langium';
import { withoutAllowedWarnings } from './allowed-warnings.js';
import { IssueCodes } from './brik-issue-codes.js';

/** The longest message shown: one quoting a whole 10 MB line must not become 10 MB of output. */
const MAX_MESSAGE = 600;

/** A message cut in the middle, keeping what is wrong (its start) and what to do (its end). */
export function clipMessage(message: string): string {
    return message.length <= MAX_MESSAGE ? message : `${message.slice(0, 400)} … ${message.slice(-180)}`;
}

/** A diagnostic's message as text: LSP 3.18 allows Markdown too, which Brik and Langium never send. */
export function diagnosticMessage(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function lexerCode(error: unknown): string {
    return (error as { code?: string }).code ?? IssueCodes.UnknownCharacter;
}

/**
 * Gives lexer and parser errors stable Brik codes, like every other diagnostic, drops the
 * warnings an author has allowed with a `// tillad:` comment, and keeps messages short.
 */
export class BrikDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = withoutAllowedWarnings(document, await super.validateDocument(document, options, cancelToken));
        diagnostics.forEach(d => d.message = clipMessage(diagnosticMessage(d)));
        return diagnostics;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const from = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        const errors = [...parseResult.lexerErrors, ...parseResult.lexerReport?.diagnostics ?? []];
        diagnostics.slice(from).forEach((d, i) => d.code = lexerCode(errors[i]));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const from = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        diagnostics.slice(from).forEach(d => d.code = IssueCodes.UnknownName);
    }

    /** A file too large to read has no tokens: that it does not begin with `budget` says nothing more. */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        if (parseResult.lexerErrors.some(error => lexerCode(error) === IssueCodes.FileTooLarge)) {
            return;
        }
        const from = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        diagnostics.slice(from).forEach(d => d.code = IssueCodes.Syntax);
    }
}
