import type { CancellationToken } from 'vscode-languageserver';
import type { AstNode, LangiumDocument, ParseResult, URI } from 'langium';
import { DefaultLangiumDocumentFactory, DocumentState } from 'langium';
import type { BrikServices } from '../brik-module.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import type { LineReparse } from './line-reparse.js';
import { reparseLine } from './line-reparse.js';

/**
 * Langium's document factory, which on a change re-parses the one brik the edit stays in when
 * it can (see line-reparse.ts), and the whole text otherwise. It tells the evaluator what each
 * parse changed, so that the figures of what it did not change are kept.
 */
export class BrikDocumentFactory extends DefaultLangiumDocumentFactory {
    override createLangiumDocument<T extends AstNode = AstNode>(parseResult: ParseResult<T>, uri: URI, textDocument?: Parameters<DefaultLangiumDocumentFactory['createLangiumDocument']>[2], text?: string): LangiumDocument<T> {
        // A new document may be what an include of another one names.
        this.evaluatorOf(uri)?.forgetAll();
        return super.createLangiumDocument(parseResult, uri, textDocument, text);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        let reparsed: LineReparse | undefined;
        try {
            reparsed = await this.reparse(document, cancellationToken);
        } finally {
            // Also when the parse failed: the tree may be half changed.
            const evaluator = this.evaluatorOf(document.uri);
            if (reparsed) {
                evaluator?.itemReplaced(reparsed.old, reparsed.item);
            } else {
                evaluator?.forgetAll();
            }
        }
        return document;
    }

    private evaluatorOf(uri: URI): BrikEvaluator | undefined {
        return (this.serviceRegistry.getServices(uri) as Partial<BrikServices>).evaluation?.Evaluator;
    }

    /** Re-parses the document: one brik when it can (returned), else the whole text. */
    private async reparse(document: LangiumDocument, cancellationToken: CancellationToken): Promise<LineReparse | undefined> {
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const newText = textDocument?.getText();
        if (oldText === undefined || newText === undefined || oldText === newText) {
            try {
                await super.update(document, cancellationToken);
                return undefined;
            } catch (error) {
                // A closed file deleted between its change and this read: keep what was read last
                // until the deletion arrives, instead of failing the build (and the server).
                if (textDocument || oldText === undefined || (error as NodeJS.ErrnoException).code !== 'ENOENT') {
                    throw error;
                }
                document.state = DocumentState.Parsed;
                return undefined;
            }
        }
        const parser = this.serviceRegistry.getServices(document.uri).parser.LangiumParser;
        let reparsed;
        try {
            reparsed = reparseLine(parser, document, oldText, newText);
        } catch {
            // Whatever the line re-parse left half done, the whole parse below replaces.
            reparsed = undefined;
        }
        if (!reparsed) {
            await super.update(document, cancellationToken);
            return undefined;
        }
        document.parseResult = reparsed.parseResult;
        // Langium's update points the document at the editor's text document; so does this.
        Object.defineProperty(document, 'textDocument', { value: textDocument });
        document.state = DocumentState.Parsed;
        return reparsed;
    }
}
