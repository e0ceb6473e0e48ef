import type { LangiumDocument, Lexer } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import type { BrikServices } from '../../brik-module.js';
import type { LayoutToken } from './brik-layout.js';
import { layoutEdits } from './brik-layout.js';

/**
 * Brik's one indentation, two spaces a level: what `brik fmt` writes and `brik fmt --check`
 * expects, so the editor's Format Document must write it too, whatever tab size it sends.
 */
export const BRIK_INDENT = '  ';

/**
 * Formats with Brik's layout rules (see brik-layout.ts). A file with syntax errors is left
 * alone: where its braces are is a guess, and a formatter must never guess. The editor's
 * `tabSize` and `insertSpaces` are not read: Brik has one layout (BRIK_INDENT), and a file
 * formatted in an editor that detected "Spaces: 4" would otherwise fail `brik fmt --check`.
 */
export class BrikFormatter implements Formatter {
    private readonly lexer: Lexer;

    constructor(services: BrikServices) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        return this.edits(document, edit => {
            const offset = document.textDocument.offsetAt(edit.range.start);
            return offset >= start && offset <= end;
        });
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private edits(document: LangiumDocument, keep: (edit: TextEdit) => boolean = () => true): TextEdit[] {
        const { parseResult, textDocument } = document;
        if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) {
            return [];
        }
        const text = textDocument.getText();
        const lexed = this.lexer.tokenize(text);
        const tokens: LayoutToken[] = [...lexed.tokens, ...lexed.hidden]
            .map(token => ({ type: token.tokenType.name, start: token.startOffset, end: token.startOffset + token.image.length }))
            .sort((a, b) => a.start - b.start);
        return layoutEdits(text, tokens, { indent: BRIK_INDENT })
            .map(edit => ({ range: { start: textDocument.positionAt(edit.start), end: textDocument.positionAt(edit.end) }, newText: edit.text }))
            .filter(keep);
    }
}
