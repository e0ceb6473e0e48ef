// @ts-check
// Loaded into the language server with `node --expose-gc -r` by bench/server-memory.mjs: on
// SIGHUP it collects garbage twice and appends the process's memory, by V8 heap space, to the
// file BRIK_BENCH_HEAP_FILE names (one JSON line).
const { appendFileSync } = require('node:fs');
const v8 = require('node:v8');

const file = process.env.BRIK_BENCH_HEAP_FILE;
const mb = (bytes) => Math.round(bytes / 2 ** 20 * 10) / 10;
const memory = () => ({
    rssMb: mb(process.memoryUsage().rss),
    heapUsedMb: mb(process.memoryUsage().heapUsed),
    spacesMb: Object.fromEntries(v8.getHeapSpaceStatistics().filter(s => s.space_size > 0).map(s => [s.space_name, mb(s.space_used_size)]))
});
if (file) {
    process.on('SIGHUP', () => {
        const before = memory();
        globalThis.gc?.();
        globalThis.gc?.();
        appendFileSync(file, `${JSON.stringify({ before, afterGc: memory() })}\n`);
    });
}
