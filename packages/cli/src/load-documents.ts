import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { BrikServices } from '@brik/language';
import { createBrikServices, NO_CHARACTER_LIMIT } from '@brik/language';
import type { LimitOptions } from './limits.js';
import { DEFAULT_LIMIT_OPTIONS } from './limits.js';
import type { Problem } from './problems.js';
import { displayPath, notUtf8Problem, tooLargeProblem } from './problems.js';
import { inputFileError, isFileSystemError, NotUtf8 } from './input-files.js';
import { CHECK_MEMORY_PER_SOURCE_BYTE, MemoryBudget } from './memory-budget.js';
import type { ParserOptions } from './parser-choice.js';
import type { SourceFiles } from './source-files.js';
import { diskFiles } from './source-files.js';
import { workspaceRoot } from './workspace-root.js';

export interface LoadedWorkspace {
    readonly services: BrikServices;
    /** The given files first, then every file they include. */
    readonly documents: LangiumDocument[];
    /** The files not read because they are larger than a given --max-bytes, each an error at its start. */
    readonly unread: Problem[];
}

/**
 * Parses, links and validates the given files, and the files they include, with the same
 * services the editor uses. An included file is read only if it lies inside `root` (on disk:
 * also after following symbolic links); the validator reports the others at their `inkluder`.
 * A file that is not UTF-8 is not read either: it is an error at its first byte that is not.
 * A file that cannot be read at all (missing, a folder, no permission) is an InputFileError.
 * A file larger than `limits.maxBytes`, if given, is never read; nor are files that together
 * need more memory than Node may use (`memoryPerSourceByte`): that is the only limit by default.
 * `limits.parser` says which parser reads them (see parser-choice.ts); Langium's by default.
 */
export async function loadDocuments(files: readonly string[], root = workspaceRoot(files), source: SourceFiles = diskFiles,
    limits: LimitOptions & ParserOptions = DEFAULT_LIMIT_OPTIONS, memoryPerSourceByte = CHECK_MEMORY_PER_SOURCE_BYTE): Promise<LoadedWorkspace> {
    const memory = new MemoryBudget(memoryPerSourceByte);
    const { shared, Brik } = createBrikServices({
        fileSystemProvider: () => source.provider,
        limits: { maxCharacters: limits.maxBytes ?? NO_CHARACTER_LIMIT, maxDepth: limits.maxDepth },
        parser: limits.parser ?? 'langium'
    });
    const includes = shared.workspace.Includes;
    includes.setRoots([URI.file(root)]);
    const documents: LangiumDocument[] = [];
    const unread: Problem[] = [];
    const queued = new Set(files.map(file => URI.file(file).toString()));
    const queue = files.map(file => URI.file(file));
    while (queue.length > 0) {
        const uri = queue.shift()!;
        const size = await source.size(uri);
        if (size !== undefined && limits.maxBytes !== undefined && size > limits.maxBytes) {
            unread.push(tooLargeProblem(uri.fsPath, size, limits.maxBytes));
            includes.refuse(uri, 'too-large');
            continue;
        }
        memory.admit(displayPath(uri.fsPath), size ?? 0);
        let document: LangiumDocument;
        try {
            document = await shared.workspace.LangiumDocuments.getOrCreateDocument(uri);
        } catch (error) {
            if (error instanceof NotUtf8) {
                unread.push(notUtf8Problem(error.file, error.line, error.column, error.byte));
                includes.refuse(uri, 'not-utf8');
                continue;
            }
            throw isFileSystemError(error) ? inputFileError(error.path ?? uri.fsPath, error) : error;
        }
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
    return { services: Brik, documents, unread };
}
