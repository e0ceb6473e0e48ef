import type { FileSystemProvider } from 'langium';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';

/**
 * An open document is the editor's text; once the editor closes it, the file on disk is what
 * counts again: read anew, or, if it was deleted while open (see BrikDocumentBuilder), removed
 * with its diagnostics. Langium does nothing on close, so a deleted file stayed in Problems.
 */
export class BrikDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly files: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.files = services.workspace.FileSystemProvider;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        this.files.exists(uri)
            .catch(() => false)
            .then(exists => exists ? this.fireDocumentUpdate([uri], []) : this.fireDocumentUpdate([], [uri]));
    }
}
