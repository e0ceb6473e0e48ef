import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { BrikServices } from '@brik/language';
import { createBrikServices } from '@brik/language';
import type { SourceFiles } from './source-files.js';
import { diskFiles } from './source-files.js';
import { workspaceRoot } from './workspace-root.js';

export interface LoadedWorkspace {
    readonly services: BrikServices;
    /** The given files first, then every file they include. */
    readonly documents: LangiumDocument[];
}

/**
 * Parses, links and validates the given files, and the files they include, with the same
 * services the editor uses. An included file is read only if it lies inside `root` (on disk:
 * also after following symbolic links); the validator reports the others at their `inkluder`.
 */
export async function loadDocuments(files: readonly string[], root = workspaceRoot(files), source: SourceFiles = diskFiles): Promise<LoadedWorkspace> {
    const { shared, Brik } = createBrikServices({ fileSystemProvider: () => source.provider });
    const includes = shared.workspace.Includes;
    includes.setRoots([URI.file(root)]);
    const documents: LangiumDocument[] = [];
    const queued = new Set(files.map(file => URI.file(file).toString()));
    const queue = files.map(file => URI.file(file));
    while (queue.length > 0) {
        const document = await shared.workspace.LangiumDocuments.getOrCreateDocument(queue.shift()!);
        documents.push(document);
        for (const target of includes.targets(document)) {
            if (queued.has(target.toString()) || !includes.mayRead(target, document.uri)) {
                continue;
            }
            queued.add(target.toString());
            const readability = await source.readability(target, root);
            if (readability === 'readable') {
                queue.push(target);
            } else if (readability === 'outside') {
                includes.refuse(target);
            }
        }
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services: Brik, documents };
}
