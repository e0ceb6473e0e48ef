import type { Diagnostic } from 'vscode-languageserver';
import type { ParseResult, ValidationOptions } from 'langium';
import { DefaultDocumentValidator } from 'langium';
import { IssueCodes } from './brik-issue-codes.js';

/** Gives lexer and parser errors stable Brik codes, like every other diagnostic. */
export class BrikDocumentValidator extends DefaultDocumentValidator {
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
