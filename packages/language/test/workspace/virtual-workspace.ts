import type { LangiumDocument } from 'langium';
import { DocumentState, TextDocument, URI } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import type { BrikServices, BrikSharedServices } from '../../src/brik-module.js';
import { createBrikServices } from '../../src/brik-module.js';

/** A workspace of several files in memory, built together as the CLI and the server do. */
export class VirtualWorkspace {
    readonly files = new VirtualFileSystemProvider();
    readonly shared: BrikSharedServices;
    readonly brik: BrikServices;
    readonly root = URI.parse('file:///arbejde');

    constructor() {
        const services = createBrikServices({ fileSystemProvider: () => this.files });
        this.shared = services.shared;
        this.brik = services.Brik;
        this.shared.workspace.Includes.setRoots([this.root]);
    }

    uri(path: string): URI {
        return URI.parse(`${this.root.toString()}/${path}`);
    }

    /** Writes the files, loads them all and builds them with validation. */
    async build(files: Record<string, string>): Promise<Record<string, LangiumDocument>> {
        const documents: Record<string, LangiumDocument> = {};
        for (const [path, text] of Object.entries(files)) {
            this.files.insert(this.uri(path), text);
            documents[path] = await this.shared.workspace.LangiumDocuments.getOrCreateDocument(this.uri(path));
        }
        await this.shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
        return documents;
    }

    /** Changes one file on "disk" and lets the builder update what depends on it. */
    async change(path: string, text: string): Promise<void> {
        this.files.insert(this.uri(path), text);
        await this.shared.workspace.DocumentBuilder.update([this.uri(path)], []);
    }

    /** Opens a file in an "editor": from then on its text is the editor's, as in the server. */
    open(path: string): void {
        const uri = this.uri(path).toString();
        this.shared.workspace.TextDocuments.set(TextDocument.create(uri, 'brik', 1, this.document(path).textDocument.getText()));
    }

    /** Types into an open file: its editor text changes, and the builder is told, as the server's update handler does. */
    async type(path: string, text: string): Promise<void> {
        const textDocuments = this.shared.workspace.TextDocuments;
        const before = textDocuments.get(this.uri(path).toString())!;
        textDocuments.set(TextDocument.update(before, [{ text }], before.version + 1));
        await this.shared.workspace.DocumentBuilder.update([this.uri(path)], []);
        await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
    }

    document(path: string): LangiumDocument {
        return this.shared.workspace.LangiumDocuments.getDocument(this.uri(path))!;
    }

    problems(path: string): string[] {
        return (this.document(path).diagnostics ?? []).map(d => `${d.range.start.line + 1}: ${d.code}: ${d.message}`);
    }
}
