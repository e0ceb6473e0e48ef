import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/run-brik.js';
import type { FuzzCase } from './exercise.js';
import { mutate } from './mutate.js';
import { Random } from './random.js';

/** A real catalogue to mutate: its files (paths relative to its folder), any of which may be mutated. */
interface SeedCatalogue {
    readonly name: string;
    readonly files: Readonly<Record<string, string>>;
}

function read(folder: string, names: readonly string[]): Record<string, string> {
    return Object.fromEntries(names.map(name => [name.split(path.sep).join('/'), readFileSync(path.join(ROOT, folder, name), 'utf8')]));
}

/** examples/*.brik, test/fixtures/*.brik, and the example in several files, whose includes then resolve. */
export function seedCatalogues(): SeedCatalogue[] {
    const single = (folder: string) => readdirSync(path.join(ROOT, folder)).filter(name => name.endsWith('.brik')).sort()
        .map(name => ({ name: `${folder}/${name}`, files: read(folder, [name]) }));
    const several = 'examples/region-nordjylland-2024-flere-filer';
    const parts = readdirSync(path.join(ROOT, several), { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.brik')).sort();
    return [...single('examples'), ...single('test/fixtures'), { name: several, files: read(several, parts) }];
}

/** The seed of the n-th case of a run, from the run's seed. */
export function caseSeed(runSeed: number, n: number): number {
    return (Math.imul(runSeed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(n + 1, 0xc2b2ae35)) >>> 0;
}

/** The case a seed stands for: a seed catalogue, one of its files mutated. The same seed, the same case. */
export function fuzzCase(seeds: readonly SeedCatalogue[], seed: number): FuzzCase & { readonly catalogue: string } {
    const random = new Random(seed);
    const catalogue = random.pick(seeds);
    const target = random.pick(Object.keys(catalogue.files));
    return { catalogue: catalogue.name, files: { ...catalogue.files, [target]: mutate(catalogue.files[target], random) }, target, seed };
}
