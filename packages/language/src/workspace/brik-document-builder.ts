import type { BuildOptions, LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { Cancellation, DefaultDocumentBuilder, delayNextTick, DocumentState, OperationCancelled, URI, UriUtils } from 'langium';
import type { BrikSharedServices } from '../brik-module.js';
import type { BrikIncludes } from './brik-includes.js';

/**
 * Langium's builder, with three changes:
 *
 * - It lets the messages already received run before a build starts parsing. Langium starts a
 *   build for every change, and parsing is not interruptible: an editor that sends changes faster
 *   than a large catalogue parses (a paste, a multi-cursor edit, a tool) had the server parse once
 *   per change and fall minutes behind. Now a change already waiting cancels the build before it
 *   parses, so a burst is built once; a change typed alone is built at once, as before. A request
 *   among the changes still waits for the newest text: the build is already under way.
 * - An open document's text is the editor's until the editor closes it, also when its file is
 *   deleted on disk (`git switch`): Langium forgot such a document, unpublished its diagnostics
 *   and answered hover and inlay hints with "No document found" until the next keystroke. A
 *   deleted file or folder now removes only the documents no editor has open (see also
 *   BrikDocumentUpdateHandler, which reads a closed document from disk again).
 * - A document that an edit newly includes is rebuilt too. Langium picks what to rebuild before
 *   it parses the changed text, so BrikIndexManager.isAffected sees the include graph from before
 *   the edit: a fragment that an added `inkluder` brings in kept the diagnostics it had alone
 *   (its years and price level come from its includer).
 */
export class BrikDocumentBuilder extends DefaultDocumentBuilder {
    private readonly includes: () => BrikIncludes;

    constructor(shared: LangiumSharedCoreServices) {
        super(shared);
        // Resolved lazily: the include graph is a sibling service.
        this.includes = () => (shared as BrikSharedServices).workspace.Includes;
    }

    override async update(changed: URI[], deleted: URI[], cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        // A closed file reported changed may be gone by now (`git switch` writes, then deletes):
        // reading it would fail the build and end the server, so it counts as deleted.
        const gone = await Promise.all(changed.map(async uri => !this.isOpen(uri) && !(await this.fileSystemProvider.exists(uri))));
        const present = changed.filter((_, i) => !gone[i]);
        const vanished = changed.filter((_, i) => gone[i]);
        const before = new Set(present.flatMap(uri => [...this.includes().includedBy(uri)]));
        await super.update(present, [...deleted, ...vanished].flatMap(uri => this.closedDocumentsAt(uri)), cancelToken);
        const edited = new Set(present.map(uri => uri.toString()));
        const added = present.flatMap(uri => [...this.includes().includedBy(uri)])
            .filter(uri => !before.has(uri) && !edited.has(uri))
            .map(uri => this.includes().documentAt(URI.parse(uri)))
            .filter((document): document is LangiumDocument => document !== undefined && document.state >= DocumentState.Linked);
        if (added.length > 0) {
            added.forEach(document => this.resetToState(document, DocumentState.ComputedScopes));
            await this.buildDocuments(added, this.updateBuildOptions, cancelToken);
        }
    }

    private isOpen(uri: URI): boolean {
        return this.textDocuments?.get(uri) !== undefined;
    }

    /** The deleted URI itself when no open document is at or below it, else each closed document below it. */
    private closedDocumentsAt(deleted: URI): URI[] {
        const below = this.langiumDocuments.all.map(document => document.uri)
            .filter(uri => UriUtils.equals(uri, deleted) || UriUtils.contains(deleted, uri)).toArray();
        return below.some(uri => this.isOpen(uri)) ? below.filter(uri => !this.isOpen(uri)) : [deleted];
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        await delayNextTick();
        if (cancelToken.isCancellationRequested) {
            throw OperationCancelled;
        }
        return super.buildDocuments(documents, options, cancelToken);
    }
}
