// @ts-check
// Loaded with `node --import` when GNU time is missing: writes the process's peak RSS (KiB)
// and CPU seconds (user, system) at exit.
import { writeFileSync } from 'node:fs';

const file = process.env.BRIK_BENCH_RSS_FILE;
if (file) {
    process.on('exit', () => {
        const usage = process.resourceUsage();
        writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}`);
    });
}
