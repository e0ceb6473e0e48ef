import type { SpawnSyncReturns } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/run-brik.js';
import { HEADER, writeIn } from './support/scratch-files.js';

// `brik` outside the checkout, as the README installs it: `npm install -g ./packages/cli`, or the
// tarball of `npm pack`, into a prefix of its own. The registry is an address where nothing
// listens and the cache is empty, so an install that needed the registry would fail here.

const BUDGET = `budget "Uden for checkout" {\n  ${HEADER}\n  brik "Neurorehabilitering" drift 2.8 permanent\n  brik "Komma" drift 2,8\n}\n`;

let dir: string;
let work: string;

function npm(args: readonly string[]): SpawnSyncReturns<string> {
    const result = spawnSync('npm', [...args, '--offline', '--no-audit', '--no-fund'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 180_000,
        env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: path.join(dir, 'npm-cache'), npm_config_update_notifier: 'false' }
    });
    expect(result.status, `npm ${args.join(' ')}:\n${result.stdout}\n${result.stderr}`).toBe(0);
    return result;
}

/** The installed `brik`, run from a folder that has nothing to do with the checkout. */
function brik(prefix: string, args: readonly string[]): SpawnSyncReturns<string> {
    return spawnSync(path.join(prefix, 'bin', 'brik'), args, { cwd: work, encoding: 'utf8', timeout: 60_000 });
}

/** Starts the installed `brik-language-server --stdio` and returns its answer to `initialize`. */
function initialize(prefix: string): Promise<string> {
    return new Promise((resolve, reject) => {
        const server = spawn(path.join(prefix, 'bin', 'brik-language-server'), ['--stdio'], { cwd: work, stdio: ['pipe', 'pipe', 'pipe'] });
        const message = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
        let answer = '';
        const timer = setTimeout(() => { server.kill(); reject(new Error(`no answer to initialize: ${answer}`)); }, 60_000);
        server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
            answer += chunk;
            if (answer.includes('"capabilities"')) {
                clearTimeout(timer);
                server.kill();
                resolve(answer);
            }
        });
        server.on('error', reject);
        server.stdin.write(`Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
    });
}

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-install-'));
    work = path.join(dir, 'et-andet-sted');
    writeIn(work, 'budget.brik', BUDGET);
    if (!existsSync(path.join(ROOT, 'packages/cli/out/brik.js')) || !existsSync(path.join(ROOT, 'packages/cli/out/language-server.js'))) {
        throw new Error('packages/cli/out is not built: run `npm run build` first');
    }
});

afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
});

describe.each([
    ['the checkout\'s packages/cli', () => './packages/cli'],
    ['the tarball of npm pack', () => {
        const packed = npm(['pack', './packages/cli', '--pack-destination', dir, '--silent']).stdout.trim().split('\n').pop()!;
        return path.join(dir, packed);
    }]
])('brik installed with npm install -g from %s', (_, source) => {
    let prefix: string;

    beforeAll(() => {
        prefix = mkdtempSync(path.join(dir, 'prefix-'));
        npm(['install', '--global', '--prefix', prefix, source()]);
    }, 240_000);

    it('runs brik from another folder: --version, and check with its exit code and message', () => {
        expect(brik(prefix, ['--version']).stdout.trim()).toMatch(/^[0-9]+\.[0-9]+\.[0-9]+$/);
        const check = brik(prefix, ['check', 'budget.brik']);
        expect(check.status).toBe(1);
        expect(check.stdout).toContain('budget.brik:6:22: error:');
        expect(check.stdout).toContain('[brik/comma-decimal]');
        expect(check.stderr).toBe('');
    });

    it('writes a report from another folder, figures and all', () => {
        const report = brik(prefix, ['report', 'budget.brik', '--format', 'json', '--allow-errors']);
        expect(report.status).toBe(0);
        const json = JSON.parse(report.stdout) as { basedOnErrors: boolean; total: { drift: { netto: Record<string, { min: string }> } } };
        expect(json.basedOnErrors).toBe(true);
        expect(json.total.drift.netto['2024'].min).toBe('5.6');
    });

    it('runs brik-language-server, which answers initialize over stdio', async () => {
        expect(await initialize(prefix)).toContain('"hoverProvider"');
    });

    it('uninstalls, leaving no brik on the prefix\'s PATH', () => {
        npm(['uninstall', '--global', '--prefix', prefix, '@brik/cli']);
        expect(existsSync(path.join(prefix, 'bin', 'brik'))).toBe(false);
        expect(existsSync(path.join(prefix, 'bin', 'brik-language-server'))).toBe(false);
        // Uninstalling a package installed from the checkout removes the link, never the checkout.
        expect(existsSync(path.join(ROOT, 'packages/cli/bin/cli.js'))).toBe(true);
    }, 120_000);
});
