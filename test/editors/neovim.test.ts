import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-brik.js';

// An editor no one here wrote: Neovim's built-in LSP client, headless, with the Lua set-up in
// brik-lsp.lua, runs the bundled server on a catalogue with a wrong total.

const CONFIG = path.join(ROOT, 'test/editors/brik-lsp.lua');
const SERVER = path.join(ROOT, 'packages/extension/out/language-server.cjs');
const RIGHT_TOTAL = 'total opdrift 15.0..26.6';
const WRONG_TOTAL = 'total opdrift 15.1..26.6';

interface NeovimResult {
    readonly nvim: string;
    readonly filetype: string;
    readonly waited: boolean;
    readonly diagnostics: Array<{ code: string; message: string; severity: number; lnum: number; col: number; end_lnum: number; end_col: number }>;
    readonly hover: string;
    readonly hover_error?: string;
    readonly error?: string;
}

function lineAndColumn(text: string, needle: string, offset: number): { line: number; character: number } {
    const before = text.slice(0, text.indexOf(needle) + offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('Neovim\'s LSP client with the Brik server', () => {
    let result: NeovimResult;
    let text: string;

    beforeAll(() => {
        const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
        if (version.error || version.status !== 0) {
            throw new Error('Neovim (nvim) is not installed: `apt-get install neovim` (.ci/run installs it)');
        }
        if (!existsSync(SERVER)) {
            throw new Error(`${path.relative(ROOT, SERVER)} is missing: run \`npm run build\` first`);
        }
        const dir = mkdtempSync(path.join(tmpdir(), 'brik-nvim-'));
        const file = path.join(dir, 'region-nordjylland-2024.brik');
        text = readFileSync(path.join(ROOT, 'examples/region-nordjylland-2024.brik'), 'utf8').replace(RIGHT_TOTAL, WRONG_TOTAL);
        writeFileSync(file, text);
        const hover = lineAndColumn(text, 'tema "1.1"', 'tema "'.length);
        const out = path.join(dir, 'result.json');
        const run = spawnSync('nvim', ['--headless', '--clean', '-u', CONFIG, file], {
            cwd: dir,
            encoding: 'utf8',
            timeout: 90_000,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: {
                ...process.env,
                BRIK_SERVER: SERVER,
                BRIK_NODE: process.execPath,
                BRIK_RESULT: out,
                BRIK_HOVER_LINE: String(hover.line),
                BRIK_HOVER_CHARACTER: String(hover.character)
            }
        });
        if (!existsSync(out)) {
            throw new Error(`Neovim wrote no result (exit ${run.status}, ${run.error?.message ?? ''}):\n${run.stdout}\n${run.stderr}`);
        }
        result = JSON.parse(readFileSync(out, 'utf8')) as NeovimResult;
        console.info(`${result.nvim}: ${result.diagnostics.length} diagnostic(s), hover ${result.hover.length} characters`);
    }, 120_000);

    it('runs the set-up without a Lua error and detects the brik filetype', () => {
        expect(result.error).toBeUndefined();
        expect(result.filetype).toBe('brik');
    });

    it('shows brik/total-mismatch at the wrong figure', () => {
        expect(result.waited).toBe(true);
        const total = lineAndColumn(text, WRONG_TOTAL, 'total opdrift '.length);
        expect(result.diagnostics).toEqual([expect.objectContaining({
            code: 'brik/total-mismatch',
            severity: 1,
            lnum: total.line,
            col: total.character,
            end_lnum: total.line,
            end_col: total.character + '15.1..26.6'.length
        })]);
        expect(result.diagnostics[0].message).toMatch(/^Totalen holder ikke: angivet 15\.1\.\.26\.6, beregnet 15\.0\.\.26\.6/);
    });

    it('gets a hover with the tema\'s computed totals', () => {
        expect(result.hover_error ?? undefined).toBeUndefined();
        expect(result.hover).toContain('1.1 Kapacitetspres, arbejdsmiljø og rekruttering');
        expect(result.hover).toContain('15,0–26,6');
    });
});
