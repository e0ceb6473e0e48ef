import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-brik.js';
import type { Failure } from './exercise.js';
import { caseSeed, fuzzCase, seedCatalogues } from './fuzz-cases.js';
import { FuzzRunner } from './fuzz-runner.js';

// A short deterministic run in CI; `npm run fuzz` runs long (see vitest.fuzz.config.ts).
// BRIK_FUZZ_CASES, BRIK_FUZZ_SEED and BRIK_FUZZ_CASE_MS change the run; BRIK_FUZZ_REPLAY=SEED runs one case.
const CASES = Number(process.env.BRIK_FUZZ_CASES ?? 300);
const RUN_SEED = Number(process.env.BRIK_FUZZ_SEED ?? 20_261_123);
const CASE_LIMIT_MS = Number(process.env.BRIK_FUZZ_CASE_MS ?? 15_000);
const REPLAY = process.env.BRIK_FUZZ_REPLAY;
/** Where failing cases are saved, text and seed, to reproduce (ignored by git). */
const FAILURES = path.join(ROOT, 'fuzz-failures');

interface Failed {
    readonly seed: number;
    readonly catalogue: string;
    readonly target: string;
    readonly failures: readonly Failure[];
}

function save(failed: Failed, text: string): void {
    mkdirSync(FAILURES, { recursive: true });
    const name = `${failed.seed}-${failed.failures[0].stage}`;
    writeFileSync(path.join(FAILURES, `${name}.brik`), text);
    // JSON keeps what UTF-8 cannot (lone surrogates), so that the case is exactly the one that failed.
    writeFileSync(path.join(FAILURES, `${name}.json`), JSON.stringify({ ...failed, text }, null, 2));
}

describe('fuzzing the real catalogues', () => {
    let runner: FuzzRunner;
    beforeAll(async () => { runner = await FuzzRunner.start(); });
    afterAll(async () => { await runner.stop(); });

    it(`survives ${REPLAY ? `case ${REPLAY}` : `${CASES} mutants`}: no exception, no hang, no formatting that changes the meaning`, async () => {
        const seeds = seedCatalogues();
        const seedsToRun = REPLAY ? [Number(REPLAY)] : Array.from({ length: CASES }, (_, n) => caseSeed(RUN_SEED, n));
        const failed: Failed[] = [];
        const started = performance.now();
        let slowest = 0;
        for (const [n, seed] of seedsToRun.entries()) {
            const mutant = fuzzCase(seeds, seed);
            // A workbook costs more than all the other writers together: every fourth case writes one.
            const result = await runner.run(mutant, { xlsx: n % 4 === 0, limitMs: CASE_LIMIT_MS });
            slowest = Math.max(slowest, result.ms);
            if (result.failures.length > 0) {
                const entry = { seed, catalogue: mutant.catalogue, target: mutant.target, failures: result.failures };
                failed.push(entry);
                save(entry, mutant.files[mutant.target]);
            }
        }
        const seconds = (performance.now() - started) / 1000;
        console.log(`fuzz (seed ${REPLAY ?? RUN_SEED}): ${seedsToRun.length} cases in ${seconds.toFixed(1)} s (${(seedsToRun.length / seconds).toFixed(1)}/s, slowest ${slowest.toFixed(0)} ms), ${failed.length} failed${failed.length > 0 ? `; saved in ${FAILURES}` : ''}`);
        expect(failed.map(f => `seed ${f.seed} (${f.target}): ${f.failures.map(x => `${x.stage}: ${x.message.split('\n')[0]}`).join('; ')}`)).toEqual([]);
    }, Math.max(60_000, (REPLAY ? 1 : CASES) * CASE_LIMIT_MS));
});
