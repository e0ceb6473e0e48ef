import type { CancellationToken } from 'vscode-languageserver';
import type { AstNode, LangiumDocument, ParseResult, URI } from 'langium';
import { DefaultLangiumDocumentFactory, DocumentState } from 'langium';
import type { BrikSharedServices } from '../brik-module.js';
import { reparseLine } from './line-reparse.js';
import type { BrikParseChanges, ParseChange } from './parse-changes.js';

/**
 * Langium's document factory, which on a change keeps the tree when the text is the one already
 * parsed, re-parses the one brik the edit stays in when it can (see line-reparse.ts), and the
 * whole text otherwise. After each parse it says what changed (`ParseChanges`), so that the
 * caches keep what it did not change.
 */
export class BrikDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly changes: () => BrikParseChanges;

    constructor(shared: BrikSharedServices) {
        super(shared);
        // Resolved lazily: a sibling service.
        this.changes = () => shared.workspace.ParseChanges;
    }

    override createLangiumDocument<T extends AstNode = AstNode>(parseResult: ParseResult<T>, uri: URI, textDocument?: Parameters<DefaultLangiumDocumentFactory['createLangiumDocument']>[2], text?: string): LangiumDocument<T> {
        // A new document may be what an include of another one names.
        this.changes().fire({ kind: 'whole', uri, reason: 'new' });
        return super.createLangiumDocument(parseResult, uri, textDocument, text);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        let change: ParseChange = { kind: 'whole', uri: document.uri, reason: 'failed' };
        try {
            change = await this.reparse(document, cancellationToken);
        } finally {
            // Also when the parse failed: the tree may be half changed.
            this.changes().fire(change);
        }
        return document;
    }

    /** Re-parses the document: nothing when the text is what was parsed, one brik when it can, else the whole text. */
    private async reparse(document: LangiumDocument, cancellationToken: CancellationToken): Promise<ParseChange> {
        const uri = document.uri;
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(uri.toString());
        const newText = textDocument?.getText();
        if (oldText !== undefined && newText !== undefined && oldText === newText) {
            // An edit that changed nothing, undo and redo back to the text parsed, a save: the
            // tree stands for this text already. Langium's update points the document at the
            // editor's text document; so does this.
            this.keep(document, textDocument);
            return { kind: 'unchanged', uri };
        }
        if (oldText === undefined || newText === undefined) {
            try {
                await super.update(document, cancellationToken);
            } catch (error) {
                // A closed file deleted between its change and this read: keep what was read last
                // until the deletion arrives, instead of failing the build (and the server).
                if (textDocument || oldText === undefined || (error as NodeJS.ErrnoException).code !== 'ENOENT') {
                    throw error;
                }
                document.state = DocumentState.Parsed;
            }
            return { kind: 'whole', uri, reason: 'no-text' };
        }
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
        let reparsed;
        try {
            reparsed = reparseLine(parser, document, oldText, newText);
        } catch {
            // Whatever the line re-parse left half done, the whole parse below replaces.
            reparsed = 'failed' as const;
        }
        if (typeof reparsed === 'string') {
            await super.update(document, cancellationToken);
            return { kind: 'whole', uri, reason: reparsed };
        }
        this.keep(document, textDocument);
        return { kind: 'brik', uri, old: reparsed.old, item: reparsed.item };
    }

    private keep(document: LangiumDocument, textDocument: unknown): void {
        Object.defineProperty(document, 'textDocument', { value: textDocument });
        document.state = DocumentState.Parsed;
    }
}
