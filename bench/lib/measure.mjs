// @ts-check
// Whole processes timed from spawn to exit, with their peak resident memory, and the statistics
// the tables print.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const RSS_HOOK = fileURLToPath(new URL('./max-rss-hook.mjs', import.meta.url));

/** GNU time prints a child's peak RSS (`%M`, in KiB) on Linux; without it a hook inside Node does. */
export const rssMethod = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0
    ? 'GNU time %M (the peak RSS of the whole process)'
    : 'process.resourceUsage().maxRSS at exit (a hook loaded with --import)';

/**
 * Runs `command args` once with stdout thrown away; returns its wall time in seconds (spawn to
 * exit, as a shell would see it), its peak RSS in MB and its exit code. `node` commands without
 * GNU time get the exit hook instead.
 */
export function runOnce(command, args, { cwd, env } = {}) {
    const rssFile = path.join(tmpdir(), `brik-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
    let argv;
    if (rssMethod.startsWith('GNU')) {
        argv = [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, command, ...args];
    } else {
        argv = [command, ...(command === process.execPath ? ['--import', RSS_HOOK] : []), ...args];
    }
    return new Promise((resolve, reject) => {
        const start = process.hrtime.bigint();
        const child = spawn(argv[0], argv.slice(1), {
            cwd, stdio: ['ignore', 'ignore', 'pipe'],
            env: { ...process.env, ...env, BRIK_BENCH_RSS_FILE: rssFile }
        });
        let stderr = '';
        // The first lines say what went wrong (V8's FATAL ERROR comes before its stack trace).
        child.stderr.setEncoding('utf8').on('data', chunk => { if (stderr.length < 4000) stderr = (stderr + chunk).slice(0, 4000); });
        child.on('error', reject);
        child.on('exit', (code, signal) => {
            const seconds = Number(process.hrtime.bigint() - start) / 1e9;
            let rssMb;
            let cpuSeconds;
            try {
                // `KiB [user system]`: GNU time's last line, or the hook's.
                const [kib, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
                rssMb = Number.isFinite(kib) ? kib / 1024 : undefined;
                cpuSeconds = Number.isFinite(user) && Number.isFinite(system) ? user + system : undefined;
            } catch {
                rssMb = undefined;
            }
            rmSync(rssFile, { force: true });
            resolve({ seconds, cpuSeconds, rssMb, code: code ?? (signal ? 128 : -1), stderr });
        });
    });
}

/** Runs a command `runs` times (after `warmup` unmeasured runs, which fill the page cache). */
export async function runMany(command, args, { runs, warmup = 1, cwd, env }) {
    for (let i = 0; i < warmup; i++) {
        await runOnce(command, args, { cwd, env });
    }
    const results = [];
    for (let i = 0; i < runs; i++) {
        results.push(await runOnce(command, args, { cwd, env }));
    }
    return results;
}

export function quantile(sorted, q) {
    if (sorted.length === 0) return NaN;
    const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
    return sorted[index];
}

/** Median, minimum and maximum (and p95 and p99 when asked) of a list of numbers. */
export function stats(values, { p95 = false } = {}) {
    const sorted = values.filter(v => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
    if (sorted.length === 0) return undefined;
    const middle = sorted.length / 2;
    const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
    const result = { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
    return p95 ? { ...result, p50: median, p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99) } : result;
}

/** The machine's load now: 1-minute load average and the number of cores. */
export function machineLoad() {
    try {
        const [one, five] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
        return { load1: one, load5: five };
    } catch {
        return undefined;
    }
}

/** Peak and current RSS of a running process, in MB, from /proc (Linux). */
export function processRss(pid) {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
        return { rssMb: kib('VmRSS') / 1024, peakMb: kib('VmHWM') / 1024 };
    } catch {
        return undefined;
    }
}
