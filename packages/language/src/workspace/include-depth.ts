import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { Include } from '../generated/ast.js';
import { isArea, isBudget, isFragment, isInclude, isTheme } from '../generated/ast.js';

// How deep a catalogue assembled from several files nests (BrikLimits.maxDepth): an included
// fragment stands one level below its `inkluder`, with or without its braces (the syntax tree
// counts it either way, so both forms nest equally deep). Counting through files keeps
// a chain of fragments, each including the next, as bounded as one deeply nested file.

function isContainer(node: AstNode): boolean {
    return isBudget(node) || isFragment(node) || isArea(node) || isTheme(node);
}

/** How many containers (the file's root, områder, temaer) a node stands in within its file. */
export function siteDepth(node: AstNode): number {
    let depth = 0;
    for (let container = node.$container; container; container = container.$container) {
        if (isContainer(container)) {
            depth++;
        }
    }
    return depth;
}

/** How many containers deep a file nests: 1 for a root holding only brikker. */
export function localDepth(document: LangiumDocument): number {
    let deepest = 1;
    for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
        if (isArea(node) || isTheme(node)) {
            deepest = Math.max(deepest, siteDepth(node) + 1);
        }
    }
    return deepest;
}

export interface IncludeGraph {
    readonly documents: Iterable<LangiumDocument>;
    document(uri: string): LangiumDocument | undefined;
    target(include: Include): string | undefined;
    depth(document: LangiumDocument): number;
    /** Whether an include leads back to its own file: the evaluator never follows one. */
    cyclic(include: Include): boolean;
}

/**
 * For each file, how many levels stand above its root when it is assembled into a budget: 0
 * for a budget, and for a fragment the deepest place it is included at without passing the
 * limit. Each step only ever deepens a file, never past `maxDepth`, so this ends, also on cycles.
 */
export function assemblyOffsets(graph: IncludeGraph, maxDepth: number): Map<string, number> {
    const offsets = new Map<string, number>();
    const queue: LangiumDocument[] = [];
    for (const document of graph.documents) {
        if (!isFragment(document.parseResult.value)) {
            offsets.set(document.uri.toString(), 0);
            queue.push(document);
        }
    }
    for (let next = queue.shift(); next; next = queue.shift()) {
        const offset = offsets.get(next.uri.toString()) ?? 0;
        for (const include of AstUtils.streamAllContents(next.parseResult.value).filter(isInclude)) {
            const uri = graph.target(include);
            const target = uri === undefined ? undefined : graph.document(uri);
            if (!uri || !target || !isFragment(target.parseResult.value) || graph.cyclic(include)) {
                continue;
            }
            const below = offset + siteDepth(include);
            if (below + graph.depth(target) <= maxDepth && below > (offsets.get(uri) ?? -1)) {
                offsets.set(uri, below);
                queue.push(target);
            }
        }
    }
    return offsets;
}
