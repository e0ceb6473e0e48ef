import type { Diagnostic } from 'vscode-languageserver';
import type { Cancellation, LangiumDocument, ParseResult, ValidationOptions } from 'langium';
import { DefaultDocumentValidator } from 'langium';
import { withoutAllowedWarnings } from './allowed-warnings.js';
import { IssueCodes } from './brik-issue-codes.js';

/**
 * Gives lexer and parser errors stable Brik codes, like every other diagnostic, and drops the
 * warnings an author has allowed with a `// tillad:` comment.
 */
export class BrikDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        return withoutAllowedWarnings(document, await super.validateDocument(document, options, cancelToken));
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const from = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        diagnostics.slice(from).forEach(d => d.code = IssueCodes.UnknownCharacter);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const from = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        diagnostics.slice(from).forEach(d => d.code = IssueCodes.Syntax);
    }
}
