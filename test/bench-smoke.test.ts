import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_CANDIDATES } from '../packages/language/src/lsp/brik-completion-provider.js';
import { ROOT } from './support/run-brik.js';

// `npm run bench -- --smoke`: the benchmark at 1k and 10k brikker, once each, to show that it
// still runs end to end. No timing is asserted here: speed is measured by `npm run bench`.

describe('npm run bench -- --smoke', () => {
    it('generates the catalogues, checks and reports them cleanly, and drives the language server', () => {
        const out = path.join(mkdtempSync(path.join(tmpdir(), 'brik-bench-')), 'results.json');
        const run = spawnSync(process.execPath, ['bench/run.mjs', '--smoke', '--skip', 'hledger', '--out', out], {
            cwd: ROOT, encoding: 'utf8', timeout: 170_000
        });
        expect(run.status, run.stderr).toBe(0);
        const results = JSON.parse(readFileSync(out, 'utf8'));
        expect(Object.keys(results.sizes)).toEqual(['1k', '10k']);
        for (const size of Object.values<Record<string, { exitCodes: number[] }>>(results.sizes)) {
            for (const what of ['check', 'checkSplit', 'report', 'reportSplit']) {
                expect(size[what].exitCodes, what).toEqual([0]);
            }
        }
        expect(results.lsp.edits.n).toBe(6);
        // Every brik of the 1k catalogue is a candidate after `medtag`; one list offers the first 500.
        expect(results.lsp.completion.candidates).toBeGreaterThanOrEqual(MAX_NAME_CANDIDATES);
        expect(readFileSync(out.replace(/\.json$/, '.md'), 'utf8')).toContain('| brik check one.brik |');
    }, 180_000);
});
