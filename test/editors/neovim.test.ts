import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-brik.js';

// An editor no one here wrote: Neovim's built-in LSP client, headless, with the Lua set-up of
// docs/editors.md (in brik-lsp.lua), runs brik-language-server on a catalogue with a wrong total.
// Debian 12's Neovim is 0.7.2: the set-up must work there and on later versions.

const CONFIG = path.join(ROOT, 'test/editors/brik-lsp.lua');
const EDITORS_DOC = path.join(ROOT, 'docs/editors.md');
/** What `npm install -g ./packages/cli` puts on the PATH as brik-language-server. */
const SERVER_BIN = path.join(ROOT, 'packages/cli/bin/language-server.js');
const RIGHT_TOTAL = 'total opdrift 15.0..26.6';
const WRONG_TOTAL = 'total opdrift 15.1..26.6';

interface NeovimResult {
    readonly nvim: string;
    readonly filetype: string;
    readonly root_dir: string;
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
    let dir: string;

    beforeAll(() => {
        const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
        if (version.error || version.status !== 0) {
            throw new Error('Neovim (nvim) is not installed: `apt-get install neovim` (.ci/run installs it)');
        }
        if (!existsSync(path.join(ROOT, 'packages/cli/out/language-server.js'))) {
            throw new Error('packages/cli/out/language-server.js is missing: run `npm run build` first');
        }
        // A project with .git at its top and the catalogue in a folder below it; brik-language-server
        // on the PATH, as the install in the README puts it there.
        dir = mkdtempSync(path.join(tmpdir(), 'brik-nvim-'));
        mkdirSync(path.join(dir, '.git'));
        mkdirSync(path.join(dir, 'katalog'));
        const bin = path.join(dir, 'bin');
        mkdirSync(bin);
        symlinkSync(SERVER_BIN, path.join(bin, 'brik-language-server'));
        const file = path.join(dir, 'katalog', 'region-nordjylland-2024.brik');
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
                PATH: [bin, path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
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

    it('runs the set-up docs/editors.md gives, character for character', () => {
        const lua = readFileSync(CONFIG, 'utf8');
        const setUp = lua.slice(lua.indexOf('-- >>> docs/editors.md\n') + '-- >>> docs/editors.md\n'.length, lua.indexOf('-- <<< docs/editors.md'));
        expect(setUp).toContain("cmd = { 'brik-language-server', '--stdio' }");
        expect(readFileSync(EDITORS_DOC, 'utf8')).toContain(`\`\`\`lua\n${setUp}\`\`\``);
    });

    it('starts one server for the project, rooted where .git is', () => {
        expect(result.root_dir).toBe(dir);
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
        expect(result.diagnostics[0].message).toMatch(/^Totalen holder ikke: angivet 15\.1\.\.26\.6, beregnet 15,0–26,6/);
    });

    it('gets a hover with the tema\'s computed totals', () => {
        expect(result.hover_error ?? undefined).toBeUndefined();
        expect(result.hover).toContain('1.1 Kapacitetspres, arbejdsmiljø og rekruttering');
        expect(result.hover).toContain('15,0–26,6');
    });
});
