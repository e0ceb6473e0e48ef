import type { LangiumDocument, LangiumDocuments, WorkspaceManager } from 'langium';
import { AstUtils, DocumentState, URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Fragment, Include } from '../generated/ast.js';
import { isFragment, isInclude } from '../generated/ast.js';

export type IncludeProblem = 'missing' | 'outside' | 'not-fragment';

export interface IncludeResolution {
    readonly uri?: URI;
    readonly document?: LangiumDocument<Fragment>;
    readonly problem?: IncludeProblem;
}

/**
 * Catalogues in several files (§7): where an `inkluder` points, whether Brik may read it, and
 * the include graph between documents, kept from their last parse so that a change to either
 * end of an edge rebuilds the other.
 *
 * No file is ever read here: a target is a document the workspace has loaded, or missing.
 * Whoever loads files (the CLI, the language server's workspace scan) asks `mayRead` first.
 */
export class BrikIncludes {
    private readonly documents: LangiumDocuments;
    private readonly workspaceManager: WorkspaceManager;
    private readonly edges = new Map<string, string[]>();
    private readonly refused = new Set<string>();
    private roots: URI[] | undefined;

    constructor(shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.workspaceManager = shared.workspace.WorkspaceManager;
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.IndexedContent, document => {
            this.edges.set(document.uri.toString(), this.targets(document).map(uri => uri.toString()));
        });
        shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.edges.delete(uri.toString())));
    }

    /** The folders includes may not leave; by default the editor's workspace folders. */
    setRoots(roots: URI[]): void {
        this.roots = roots;
    }

    /** Marks a target that resolved outside the workspace on disk (through a symbolic link). */
    refuse(uri: URI): void {
        this.refused.add(uri.toString());
    }

    private rootsFor(from: URI): URI[] {
        const folders = this.roots ?? this.workspaceManager.workspaceFolders?.map(folder => URI.parse(folder.uri));
        return folders && folders.length > 0 ? folders : [UriUtils.dirname(from)];
    }

    /** Whether a file may be read for a document: it lies inside the workspace. */
    mayRead(target: URI, from: URI): boolean {
        return !this.refused.has(target.toString()) && this.rootsFor(from).some(root => UriUtils.contains(root, target));
    }

    /** The file an `inkluder` names, relative to the including file. */
    targetOf(include: Include): URI | undefined {
        const document = AstUtils.getDocument(include);
        if (include.path === undefined || include.path.trim() === '') {
            return undefined;
        }
        return UriUtils.resolvePath(UriUtils.dirname(document.uri), include.path.replace(/\\/g, '/'));
    }

    resolve(include: Include): IncludeResolution {
        const uri = this.targetOf(include);
        if (!uri) {
            return {};
        }
        if (!this.mayRead(uri, AstUtils.getDocument(include).uri)) {
            return { uri, problem: 'outside' };
        }
        const document = this.documents.getDocument(uri);
        if (!document) {
            return { uri, problem: 'missing' };
        }
        return isFragment(document.parseResult.value)
            ? { uri, document: document as LangiumDocument<Fragment> }
            : { uri, problem: 'not-fragment' };
    }

    documentAt(uri: URI): LangiumDocument | undefined {
        return this.documents.getDocument(uri);
    }

    /** The targets of a document's `inkluder` lines, as its current syntax tree has them. */
    targets(document: LangiumDocument): URI[] {
        return AstUtils.streamAllContents(document.parseResult.value).filter(isInclude)
            .map(include => this.targetOf(include)).filter((uri): uri is URI => uri !== undefined).toArray();
    }

    /** Every document a document includes, directly or through fragments (cycles cut). */
    includedBy(uri: URI): Set<string> {
        return this.reach(uri.toString(), from => this.edges.get(from) ?? []);
    }

    /** Every document that includes a document, directly or through fragments. */
    includersOf(uri: URI): Set<string> {
        return this.reach(uri.toString(), to => [...this.edges.entries()].filter(([, targets]) => targets.includes(to)).map(([from]) => from));
    }

    /**
     * The chain of files by which an include leads back to the file it stands in, e.g.
     * `a.brik → b.brik → a.brik`; undefined when it does not.
     */
    cycleThrough(include: Include): string[] | undefined {
        const start = AstUtils.getDocument(include).uri.toString();
        const first = this.targetOf(include)?.toString();
        if (!first) {
            return undefined;
        }
        const path = (uri: string) => UriUtils.basename(URI.parse(uri));
        const search = (uri: string, chain: string[], seen: Set<string>): string[] | undefined => {
            if (uri === start) {
                return [...chain, uri];
            }
            if (seen.has(uri)) {
                return undefined;
            }
            seen.add(uri);
            for (const next of this.edges.get(uri) ?? []) {
                const found = search(next, [...chain, uri], seen);
                if (found) {
                    return found;
                }
            }
            return undefined;
        };
        return search(first, [start], new Set())?.map(path);
    }

    private reach(start: string, next: (uri: string) => string[]): Set<string> {
        const reached = new Set<string>();
        const queue = [...next(start)];
        while (queue.length > 0) {
            const uri = queue.pop()!;
            if (uri !== start && !reached.has(uri)) {
                reached.add(uri);
                queue.push(...next(uri));
            }
        }
        return reached;
    }
}
