import type { Disposable, LangiumSharedCoreServices, URI } from 'langium';
import { Emitter } from 'langium';
import type { Item } from '../generated/ast.js';

/** Why a document was parsed whole, not one brik of it (line-reparse.ts says which edits can be). */
export type WholeParseReason =
    /** A document read for the first time. */
    | 'new'
    /** The text is not an open editor's (a file changed on disk), or the document has no syntax tree of its own (yet, or a fast parse's). */
    | 'no-text'
    /** The tree before the edit has a lexer or parser error: what follows it may be read differently. */
    | 'error-before'
    /** The edit adds or removes a line break, a brace or a comment character. */
    | 'structural'
    /** The edit is not inside one brik written on one line (a block, a tema line, a setting, a scenario). */
    | 'outside-one-line-brik'
    /** The brik as edited does not parse alone without an error. */
    | 'error-after'
    /** The line re-parse failed (a bug: the whole parse stands in for it). */
    | 'failed';

/**
 * What one parse of a document changed (BrikDocumentFactory fires it after every parse), or that
 * a document went away. Every cache kept across edits subscribes to it and forgets what it says
 * went stale; nothing else tells a cache that the tree changed.
 */
export type ParseChange =
    /** The text is the one already parsed (a character typed over itself, undo and redo, a save): the tree is kept, nothing is stale. */
    | { readonly kind: 'unchanged'; readonly uri: URI }
    /** One brik was parsed anew: `item` stands where `old` stood; every other node is the same object as before. */
    | { readonly kind: 'brik'; readonly uri: URI; readonly old: Item; readonly item: Item }
    /** The document has a new tree (a new root): everything read from it is stale. */
    | { readonly kind: 'whole'; readonly uri: URI; readonly reason: WholeParseReason }
    /** The document was removed from the workspace. */
    | { readonly kind: 'removed'; readonly uri: URI };

/** The change of a line re-parse: one brik replaced, every other node kept. */
export type BrikChange = Extract<ParseChange, { kind: 'brik' }>;

/** The one event of what each parse changed (a shared service: `shared.workspace.ParseChanges`). */
export class BrikParseChanges {
    private readonly emitter = new Emitter<ParseChange>();

    constructor(shared: LangiumSharedCoreServices) {
        shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            deleted.forEach(uri => this.fire({ kind: 'removed', uri }));
        });
    }

    /** Calls `listener` after every parse, before the rest of the build (linking, validation) runs. */
    onChange(listener: (change: ParseChange) => void): Disposable {
        return this.emitter.event(listener);
    }

    fire(change: ParseChange): void {
        this.emitter.fire(change);
    }
}
