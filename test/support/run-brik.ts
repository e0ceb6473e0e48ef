import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'packages/cli/bin/cli.js');

export interface RunResult {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs the built `brik` command as a separate process, as a pipeline would. */
export function runBrik(args: readonly string[], options: { cwd?: string; input?: string } = {}): RunResult {
    const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd: options.cwd ?? ROOT,
        input: options.input,
        encoding: 'utf8',
        timeout: 60_000
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
