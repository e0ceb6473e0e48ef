import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createBrikServices } from '../packages/language/src/brik-module.js';
import { validatedBothWays } from '../packages/language/test/validation/langium-loop-validator.js';
import { caseSeed, fuzzCase, seedCatalogues } from './fuzz/fuzz-cases.js';
import { ROOT } from './support/run-brik.js';

/**
 * BrikDocumentValidator runs Brik's checks in one synchronous walk instead of Langium's per-node
 * loop. Its diagnostics must be the loop's, byte for byte, for every selection of categories:
 * on every example, every fixture, and mutants of them as the fuzz suite makes them.
 */
const MUTANTS = 300;
const SEED = 20_261_129;

const files = new VirtualFileSystemProvider();
const { shared, Brik } = createBrikServices({ fileSystemProvider: () => files });
let folders = 0;

/** The walk's and the loop's diagnostics of every file of a workspace, built (parsed and linked) without validation. */
async function bothWays(texts: Readonly<Record<string, string>>): Promise<{ walk: string[]; loop: string[] }> {
    const folder = URI.parse(`file:///walk/${folders++}`);
    shared.workspace.Includes.setRoots([folder]);
    const documents: LangiumDocument[] = [];
    for (const [file, text] of Object.entries(texts)) {
        const uri = URI.parse(`${folder.toString()}/${file}`);
        files.insert(uri, text);
        documents.push(await shared.workspace.LangiumDocuments.getOrCreateDocument(uri));
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    const result = { walk: [] as string[], loop: [] as string[] };
    for (const document of documents) {
        const { walk, loop } = await validatedBothWays(Brik, document);
        result.walk.push(...walk.map(json => `${document.uri.path}: ${json}`));
        result.loop.push(...loop.map(json => `${document.uri.path}: ${json}`));
    }
    const uris = documents.map(document => document.uri);
    uris.forEach(uri => files.delete(uri));
    await shared.workspace.DocumentBuilder.update([], uris);
    return result;
}

/** Every seed catalogue of the fuzz suite (examples/, test/fixtures/), and the broken and report fixtures. */
function catalogues(): Array<{ name: string; files: Record<string, string> }> {
    const more = ['test/fixtures/bad', 'test/fixtures/report'].flatMap(folder => readdirSync(path.join(ROOT, folder)).filter(name => name.endsWith('.brik')).sort()
        .map(name => ({ name: `${folder}/${name}`, files: { [name]: readFileSync(path.join(ROOT, folder, name), 'utf8') } })));
    return [...seedCatalogues().map(seed => ({ name: seed.name, files: { ...seed.files } })), ...more];
}

describe('Brik\'s walk gives exactly the diagnostics of Langium\'s loop', () => {
    const all = catalogues();

    it.each(all.map(c => [c.name, c.files] as const))('%s', async (_, texts) => {
        const { walk, loop } = await bothWays(texts);
        expect(walk).toEqual(loop);
    });

    it('has diagnostics to compare: the fixtures are not all clean', async () => {
        const { walk } = await bothWays(all.find(c => c.name === 'test/fixtures/bad/pasted-signs-everywhere.brik')!.files);
        expect(walk[0].length).toBeGreaterThan(1000);
    });

    it(`on ${MUTANTS} mutants of them (seed ${SEED})`, async () => {
        const seeds = seedCatalogues();
        const differing: string[] = [];
        let diagnostics = 0;
        for (let n = 0; n < MUTANTS; n++) {
            const mutant = fuzzCase(seeds, caseSeed(SEED, n));
            const { walk, loop } = await bothWays(mutant.files);
            diagnostics += walk.reduce((sum, json) => sum + json.split('"severity"').length - 1, 0);
            if (JSON.stringify(walk) !== JSON.stringify(loop)) {
                differing.push(`${mutant.seed} (${mutant.catalogue}, ${mutant.target})`);
            }
        }
        expect(differing).toEqual([]);
        expect(diagnostics).toBeGreaterThan(MUTANTS);
    }, 600_000);
});
