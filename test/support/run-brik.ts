import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
/** The built `brik` command. */
export const CLI = path.join(ROOT, 'packages/cli/bin/cli.js');
/**
 * The Node that runs the CLI and the language server in the tests: the one running the tests, or
 * BRIK_TEST_NODE, to test Brik on its declared minimum (Node 20.11), which vitest itself outgrew.
 */
export const NODE = process.env.BRIK_TEST_NODE || process.execPath;

export interface RunResult {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs the built `brik` command as a separate process, as a pipeline would. */
export function runBrik(args: readonly string[], options: { cwd?: string; input?: string; nodeOptions?: readonly string[] } = {}): RunResult {
    const result = spawnSync(NODE, [...options.nodeOptions ?? [], CLI, ...args], {
        cwd: options.cwd ?? ROOT,
        input: options.input,
        encoding: 'utf8',
        timeout: 60_000
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As runBrik, without blocking: for tests that run the CLI on many files side by side. */
export function runBrikAsync(args: readonly string[], options: { cwd?: string } = {}): Promise<RunResult> {
    return new Promise(resolve => {
        const child = spawn(NODE, [CLI, ...args], { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
        const timer = setTimeout(() => child.kill(), 60_000);
        child.on('close', code => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
    });
}

/**
 * Runs `brik` with a reader on standard output that closes its end before `brik` writes a byte
 * (`brik … | true`), or, with `readFirst`, after the first chunk (`brik … | head -1`).
 */
export function runBrikIntoClosedPipe(args: readonly string[], options: { cwd?: string; readFirst?: boolean } = {}): Promise<Omit<RunResult, 'stdout'>> {
    return new Promise(resolve => {
        const child = spawn(NODE, [CLI, ...args], { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        if (options.readFirst) {
            child.stdout.once('data', () => child.stdout.destroy());
        } else {
            child.stdout.destroy();
        }
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
        const timer = setTimeout(() => child.kill(), 60_000);
        child.on('close', code => {
            clearTimeout(timer);
            resolve({ code, stderr });
        });
    });
}
