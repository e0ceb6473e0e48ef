import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { BrikServices } from '@brik/language';
import { createBrikServices } from '@brik/language';

export interface LoadedWorkspace {
    readonly services: BrikServices;
    readonly documents: LangiumDocument[];
}

/** Parses, links and validates the given files with the same services the editor uses. */
export async function loadDocuments(files: readonly string[]): Promise<LoadedWorkspace> {
    const { shared, Brik } = createBrikServices(NodeFileSystem);
    const documents: LangiumDocument[] = [];
    for (const file of files) {
        documents.push(await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file)));
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services: Brik, documents };
}
