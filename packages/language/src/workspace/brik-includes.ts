import type { LangiumDocument, LangiumDocuments, WorkspaceManager } from 'langium';
import { AstUtils, DocumentState, URI, UriUtils, WorkspaceCache } from 'langium';
import type { BrikLimits } from '../brik-limits.js';
import type { BrikSharedServices } from '../brik-module.js';
import type { Budget, Fragment, Include } from '../generated/ast.js';
import { isFragment } from '../generated/ast.js';
import { assemblyOffsets, localDepth, siteDepth } from './include-depth.js';
import { readRoot } from '../helpers/document-root.js';
import { ownIncludes } from '../helpers/members.js';
import { KeptPerParse } from './kept-per-parse.js';

/** An `inkluder` path as read: a Windows `\` is a `/` (LANGUAGE.md §11; the validator warns). */
export function includePath(written: string): string {
    return written.replace(/\\/g, '/');
}

/**
 * Why an include brings nothing in: no such file, outside the workspace, too large to read
 * (the CLI's --max-bytes), not UTF-8 (the CLI), a budget rather than a fragment, or nested past BrikLimits.maxDepth.
 */
export type IncludeProblem = 'missing' | 'outside' | 'too-large' | 'not-utf8' | 'not-fragment' | 'too-deep';

/** What a loader may refuse to read. */
export type RefusalReason = 'outside' | 'too-large' | 'not-utf8';

export interface IncludeResolution {
    readonly uri?: URI;
    readonly document?: LangiumDocument<Fragment>;
    readonly problem?: IncludeProblem;
    /** For 'too-deep': how deep the fragment's innermost block would stand. */
    readonly level?: number;
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
    private readonly refused = new Map<string, RefusalReason>();
    private readonly limits: BrikLimits;
    private readonly offsets: WorkspaceCache<'offsets', Map<string, number>>;
    private readonly depths: WorkspaceCache<LangiumDocument, number>;
    /** Each file's `inkluder` lines, kept with its tree: a line re-parse changes none (a brik holds none). */
    private readonly lines: KeptPerParse<readonly Include[]>;
    private roots: URI[] | undefined;

    constructor(shared: BrikSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.workspaceManager = shared.workspace.WorkspaceManager;
        this.limits = shared.workspace.Limits;
        this.offsets = new WorkspaceCache(shared);
        this.depths = new WorkspaceCache(shared);
        this.lines = new KeptPerParse(shared.workspace.ParseChanges, root => {
            const read = readRoot(root);
            return read ? ownIncludes(read) : [];
        }, before => before);
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.IndexedContent, document => {
            this.edges.set(document.uri.toString(), this.targets(document).map(uri => uri.toString()));
        });
        // Remade as each document is indexed; a line re-parse changes no include.
        shared.workspace.ParseChanges.onChange(change => {
            if (change.kind === 'removed') {
                this.edges.delete(change.uri.toString());
            }
        });
    }

    /** The folders includes may not leave; by default the editor's workspace folders. */
    setRoots(roots: URI[]): void {
        this.roots = roots;
    }

    /** Marks a target that resolved outside the workspace on disk (through a symbolic link), or is too large to read. */
    refuse(uri: URI, reason: RefusalReason = 'outside'): void {
        this.refused.set(uri.toString(), reason);
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
        // A lone surrogate (an editor may send one) names no file, and would make the URI throw.
        if (include.path === undefined || include.path.trim() === '' || /\p{Cs}/u.test(include.path)) {
            return undefined;
        }
        return UriUtils.resolvePath(UriUtils.dirname(document.uri), includePath(include.path));
    }

    resolve(include: Include): IncludeResolution {
        const uri = this.targetOf(include);
        if (!uri) {
            // `inkluder ""`, or a path no file can have: nothing to read, which the validator says.
            return include.path === undefined ? {} : { problem: 'missing' };
        }
        if (!this.mayRead(uri, AstUtils.getDocument(include).uri)) {
            return { uri, problem: this.refused.get(uri.toString()) ?? 'outside' };
        }
        const document = this.documents.getDocument(uri);
        if (!document) {
            return { uri, problem: 'missing' };
        }
        if (!isFragment(document.parseResult.value)) {
            return { uri, problem: 'not-fragment' };
        }
        const level = this.deepestLevel(include, document);
        return level > this.limits.maxDepth
            ? { uri, problem: 'too-deep', level }
            : { uri, document: document as LangiumDocument<Fragment> };
    }

    /** The deepest nesting Brik reads (BrikLimits.maxDepth). */
    get maxDepth(): number {
        return this.limits.maxDepth;
    }

    /** How deep the fragment's innermost tema would stand in the assembled catalogue (see include-depth.ts). */
    deepestLevel(include: Include, fragment: LangiumDocument): number {
        const offsets = this.offsets.get('offsets', () => assemblyOffsets({
            documents: this.documents.all,
            document: uri => this.documents.getDocument(URI.parse(uri)),
            target: site => this.targetOf(site)?.toString(),
            depth: document => this.depthOf(document),
            cyclic: site => this.cycleThrough(site) !== undefined
        }, this.limits.maxDepth));
        const offset = offsets.get(AstUtils.getDocument(include).uri.toString()) ?? 0;
        return offset + siteDepth(include) + this.depthOf(fragment);
    }

    private depthOf(document: LangiumDocument): number {
        return this.depths.get(document, () => localDepth(document));
    }

    documentAt(uri: URI): LangiumDocument | undefined {
        return this.documents.getDocument(uri);
    }

    /** The `inkluder` lines of a file, in document order, without a walk over its brikker after each keystroke. */
    includeLines(root: Budget | Fragment): readonly Include[] {
        return this.lines.of(root);
    }

    /** The targets of a document's `inkluder` lines, as its current syntax tree has them. */
    targets(document: LangiumDocument): URI[] {
        return this.lines.of(document.parseResult.value).map(include => this.targetOf(include)).filter((uri): uri is URI => uri !== undefined);
    }

    /** Every document a document includes, directly or through fragments (cycles cut). */
    includedBy(uri: URI): Set<string> {
        return this.reach(uri.toString(), from => this.edges.get(from) ?? []);
    }

    /** Every document that includes a document, directly or through fragments. */
    includersOf(uri: URI): Set<string> {
        const includers = new Map<string, string[]>();
        for (const [from, targets] of this.edges) {
            targets.forEach(to => includers.set(to, [...includers.get(to) ?? [], from]));
        }
        return this.reach(uri.toString(), to => includers.get(to) ?? []);
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
        // A depth-first search with its own stack: a chain of thousands of files must not exhaust the call stack.
        const seen = new Set<string>();
        const stack: Array<{ uri: string; next: number }> = [{ uri: first, next: -1 }];
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (top.next === -1) {
                if (top.uri === start) {
                    return [start, ...stack.map(header => header.uri)].map(path);
                }
                if (seen.has(top.uri)) {
                    stack.pop();
                    continue;
                }
                seen.add(top.uri);
                top.next = 0;
            }
            const targets = this.edges.get(top.uri) ?? [];
            if (top.next < targets.length) {
                stack.push({ uri: targets[top.next++], next: -1 });
            } else {
                stack.pop();
            }
        }
        return undefined;
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
