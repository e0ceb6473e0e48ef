#!/usr/bin/env node
// The fast parser against Langium's on the generated catalogues (bench/README.md, "The fast
// parser"): lex + parse in a process of its own, and `brik check` as a whole process, each
// parser in turn, the median of --runs runs. Generates bench/generated/<size>/one.brik if missing.
//
//   node bench/fast-parser.mjs --sizes 10k,100k --runs 3
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { oneFile } from './lib/generate.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(BENCH, '../packages/cli/bin/cli.js');
const COUNTS = { '1k': 1_000, '10k': 10_000, '100k': 100_000 };

if (process.argv[2] === '--parse-once') {
    // One lex + parse of a file, in this process: milliseconds and the process's peak RSS.
    const [, , , parser, file] = process.argv;
    const { createBrikServices, NO_CHARACTER_LIMIT } = await import('../packages/language/out/index.js');
    const { EmptyFileSystem } = await import('langium');
    const services = createBrikServices({ ...EmptyFileSystem, parser, limits: { maxCharacters: NO_CHARACTER_LIMIT } });
    const text = readFileSync(file, 'utf8');
    const start = performance.now();
    const result = services.Brik.parser.LangiumParser.parse(text);
    const ms = performance.now() - start;
    if (result.parserErrors.length + result.lexerErrors.length > 0) {
        throw new Error('the catalogue did not parse');
    }
    process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
    process.exit(0);
}

const option = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i < 0 ? fallback : process.argv[i + 1];
};
const sizes = option('--sizes', '10k,100k').split(',');
const runs = Number(option('--runs', '3'));
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => execFileSync('uptime', { encoding: 'utf8' }).trim().replace(/.*load average: /, '');

function timed(args) {
    const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const [wall, rss] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
    return { wall, rssMb: rss / 1024, code: run.status, stdout: run.stdout };
}

console.log(`${new Date().toISOString()}, Node ${process.version}, load average before: ${load()}`);
for (const size of sizes) {
    const file = path.join(BENCH, 'generated', size, 'one.brik');
    if (!existsSync(file)) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, oneFile(COUNTS[size]));
    }
    const samples = { fast: { parse: [], parseRss: [], check: [], checkRss: [] }, langium: { parse: [], parseRss: [], check: [], checkRss: [] } };
    for (let run = 0; run < runs; run++) {
        for (const parser of run % 2 === 0 ? ['fast', 'langium'] : ['langium', 'fast']) {
            const parse = timed([fileURLToPath(import.meta.url), '--parse-once', parser, file]);
            const parsed = JSON.parse(parse.stdout);
            samples[parser].parse.push(parsed.ms / 1000);
            samples[parser].parseRss.push(parse.rssMb);
            const check = timed([CLI, 'check', file, '--max-bytes', '100000000', '--parser', parser]);
            if (check.code !== 0) {
                throw new Error(`brik check ${size} --parser ${parser} exited ${check.code}`);
            }
            samples[parser].check.push(check.wall);
            samples[parser].checkRss.push(check.rssMb);
        }
    }
    for (const parser of ['fast', 'langium']) {
        const s = samples[parser];
        console.log(`${size} ${parser}: lex+parse ${median(s.parse).toFixed(2)} s (${s.parse.map(v => v.toFixed(2)).join(', ')}), `
            + `peak RSS ${median(s.parseRss).toFixed(0)} MB; brik check ${median(s.check).toFixed(2)} s (${s.check.map(v => v.toFixed(2)).join(', ')}), `
            + `peak RSS ${median(s.checkRss).toFixed(0)} MB`);
    }
}
console.log(`load average after: ${load()}`);
