import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { LangiumDocument, ParseResult, ValidationOptions } from 'langium';
import { DefaultDocumentValidator } from 'langium';
import { withoutAllowedWarnings } from './allowed-warnings.js';
import { IssueCodes } from './brik-issue-codes.js';

/**
 * Gives lexer and parser errors stable Brik codes, like every other diagnostic, and drops the
 * warnings an author has allowed with a `// tillad:` comment.
 */
export class BrikDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        return withoutAllowedWarnings(document, await super.validateDocument(document, options, cancelToken));
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const from = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        diagnostics.slice(from).forEach(d => d.code = IssueCodes.UnknownCharacter);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const from = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        diagnostics.slice(from).forEach(d => d.code = IssueCodes.UnknownName);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const from = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        diagnostics.slice(from).forEach(d => d.code = IssueCodes.Syntax);
    }
}
