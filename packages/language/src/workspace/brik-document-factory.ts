import type { CancellationToken } from 'vscode-languageserver';
import type { AstNode, LangiumDocument } from 'langium';
import { DefaultLangiumDocumentFactory, DocumentState } from 'langium';
import { reparseLine } from './line-reparse.js';

/**
 * Langium's document factory, which on a change re-parses the one brik the edit stays in when
 * it can (see line-reparse.ts), and the whole text otherwise.
 */
export class BrikDocumentFactory extends DefaultLangiumDocumentFactory {
    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const newText = textDocument?.getText();
        if (oldText === undefined || newText === undefined || oldText === newText) {
            try {
                return await super.update(document, cancellationToken);
            } catch (error) {
                // A closed file deleted between its change and this read: keep what was read last
                // until the deletion arrives, instead of failing the build (and the server).
                if (textDocument || oldText === undefined || (error as NodeJS.ErrnoException).code !== 'ENOENT') {
                    throw error;
                }
                document.state = DocumentState.Parsed;
                return document;
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
            return super.update(document, cancellationToken);
        }
        document.parseResult = reparsed as typeof document.parseResult;
        // Langium's update points the document at the editor's text document; so does this.
        Object.defineProperty(document, 'textDocument', { value: textDocument });
        document.state = DocumentState.Parsed;
        return document;
    }
}
