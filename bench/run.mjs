#!/usr/bin/env node
// @ts-check
// `npm run bench`: generates catalogues of 1k–1M brikker, measures `brik check`, `brik report`,
// the language server, hledger, the regex floor and the web page in Chromium (bench/web.mjs, also
// alone: `npm run bench:web`), and writes bench/results.json and bench/results.md.
// `bench/README.md` explains the figures; `--help` lists the options.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { journal, oneFile, splitFiles } from './lib/generate.mjs';
import { benchServer } from './lib/lsp.mjs';
import { machineLoad, rssMethod, runMany, stats } from './lib/measure.mjs';
import { parserScaling } from './lib/parser-scaling.mjs';
import { markdown, targets } from './lib/tables.mjs';
import { benchWeb } from './web.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const GENERATED = path.join(BENCH, 'generated');
const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1M': 1_000_000 };
const GENERATOR_VERSION = 1;

const HELP = `npm run bench [-- OPTIONS]
  --smoke            1k and 10k only, one run each, no hledger install, the language server on 1k with
                     6 edits: checks that everything runs (CI); writes no results unless --out is given
  --sizes 1k,10k     which sizes (default 1k,10k,100k,1M)
  --runs N           measured runs per process (default 5; 3 at 100k, 2 at 1M)
  --skip WHAT,…      leave out: report, split, lsp, hledger, floor, parser, startup, web; WHAT@SIZE leaves it out
                     at one size only, e.g. report@1M
  --cli PATH         the brik bin to measure (default packages/cli/bin/cli.js), e.g. an older build
  --server PATH      the language server bundle (default packages/extension/out/language-server.cjs)
  --label TEXT       a name for this run in the results (default "current")
  --out FILE         where to write the JSON (default bench/results.json; the Markdown beside it)
  --baseline FILE    earlier results to print as the "before" column (default bench/baseline.json)
  --no-install       do not apt-get install hledger when it is missing`;

function options(argv) {
    const get = (name) => {
        const index = argv.indexOf(name);
        return index >= 0 ? argv[index + 1] : undefined;
    };
    if (argv.includes('--help')) {
        console.log(HELP);
        process.exit(0);
    }
    const smoke = argv.includes('--smoke');
    return {
        smoke,
        sizes: (get('--sizes') ?? (smoke ? '1k,10k' : Object.keys(SIZES).join(','))).split(','),
        runs: get('--runs') ? Number(get('--runs')) : undefined,
        skip: new Set((get('--skip') ?? '').split(',').filter(Boolean)),
        cli: path.resolve(get('--cli') ?? path.join(ROOT, 'packages/cli/bin/cli.js')),
        server: path.resolve(get('--server') ?? path.join(ROOT, 'packages/extension/out/language-server.cjs')),
        label: get('--label') ?? 'current',
        out: get('--out') ? path.resolve(get('--out')) : (smoke ? undefined : path.join(BENCH, 'results.json')),
        baseline: get('--baseline') ? path.resolve(get('--baseline')) : path.join(BENCH, 'baseline.json'),
        install: !argv.includes('--no-install') && !smoke
    };
}

const log = (line) => process.stderr.write(`${line}\n`);

/** Writes a file only when its content changed, so that regenerating is cheap. */
function writeIfChanged(file, content) {
    if (existsSync(file) && statSync(file).size === Buffer.byteLength(content) && readFileSync(file, 'utf8') === content) return;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
}

/** Generates (once per generator version) the one-file and 100-file catalogues and the journal of a size. */
function generate(name, count) {
    const folder = path.join(GENERATED, name);
    const stamp = path.join(folder, '.stamp');
    const want = `v${GENERATOR_VERSION} ${count}`;
    if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
        log(`generating ${name} (${count} brikker) …`);
        rmSync(folder, { recursive: true, force: true });
        mkdirSync(folder, { recursive: true });
        writeIfChanged(path.join(folder, 'one.brik'), oneFile(count));
        for (const [file, text] of splitFiles(count, 100)) {
            writeIfChanged(path.join(folder, 'split', file), text);
        }
        writeIfChanged(path.join(folder, 'journal.journal'), journal(count));
        writeFileSync(stamp, want);
    }
    const bytes = (file) => statSync(file).size;
    const splitBytes = Number(execFileSync('du', ['-sb', path.join(folder, 'split')], { encoding: 'utf8' }).split('\t')[0]);
    return {
        count, folder,
        one: path.join(folder, 'one.brik'), oneBytes: bytes(path.join(folder, 'one.brik')),
        split: path.join(folder, 'split'), splitBudget: path.join(folder, 'split', 'budget.brik'), splitBytes,
        journal: path.join(folder, 'journal.journal'), journalBytes: bytes(path.join(folder, 'journal.journal'))
    };
}

function hledgerCommand(install) {
    const found = spawnSync('hledger', ['--version'], { encoding: 'utf8' });
    if (found.status === 0) return { version: found.stdout.trim() };
    if (install && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
        log('hledger is missing: installing Debian\'s hledger with apt-get …');
        const apt = spawnSync('apt-get', ['install', '-y', '-qq', 'hledger'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
        const again = spawnSync('hledger', ['--version'], { encoding: 'utf8' });
        if (apt.status === 0 && again.status === 0) return { version: again.stdout.trim() };
    }
    return { missing: 'hledger is not installed (apt-get install hledger); its column is left empty' };
}

/**
 * How long the bundled VS Code extension takes to `require` and to `activate`, in ms (median of
 * `runs`), with a recording stand-in for `vscode` (test/editors/load-extension.cjs). The
 * budget is require < 500 ms and activate < 200 ms; undefined when the bundle is not built.
 */
function extensionLoad(runs) {
    const bundle = path.join(ROOT, 'packages/extension/out/extension.cjs');
    if (!existsSync(bundle)) return undefined;
    const loads = [];
    for (let i = 0; i < runs; i++) {
        const run = spawnSync(process.execPath, [path.join(ROOT, 'test/editors/load-extension.cjs'), bundle, '--activate'], { encoding: 'utf8' });
        if (run.status !== 0) return undefined;
        loads.push(JSON.parse(run.stdout));
    }
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return { requireMs: median(loads.map(l => l.requireMs)), activateMs: median(loads.map(l => l.activateMs)) };
}

/** What a failed run said, in one line and without the machine's paths (e.g. V8's out-of-memory message). */
function failureOf(stderr) {
    if (!stderr) return undefined;
    const lines = stderr.split('\n').map(line => line.trim()).filter(Boolean);
    const line = lines.find(l => /FATAL ERROR|^brik:|Error/.test(l)) ?? lines[0] ?? '';
    return line.replace(/(?:\/[\w.@-]+)+/g, '…').slice(0, 300);
}

function summarise(results, count, bytes) {
    const wall = stats(results.map(r => r.seconds));
    const rss = stats(results.map(r => r.rssMb));
    return {
        wall, cpu: stats(results.map(r => r.cpuSeconds)), rss,
        brikPerS: wall ? count / wall.median : undefined,
        mbPerS: wall ? bytes / 1e6 / wall.median : undefined,
        exitCodes: [...new Set(results.map(r => r.code))],
        failure: failureOf(results.find(r => r.code !== 0)?.stderr)
    };
}

async function main() {
    const opts = options(process.argv.slice(2));
    const runsFor = (name) => opts.runs ?? (opts.smoke ? 1 : name === '1M' ? 2 : name === '100k' ? 3 : 5);
    const warmupFor = (name) => opts.smoke || name === '1M' ? 0 : 1;
    const loadBefore = machineLoad();
    const started = new Date();
    log(`brik bench (${opts.label}): sizes ${opts.sizes.join(', ')}; load ${loadBefore?.load1}`);
    const node = process.execPath;
    const results = {
        schema: 'brik-bench/1',
        label: opts.label,
        date: started.toISOString(),
        machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
        commit: spawnSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || undefined,
        rssMethod,
        load: { before: loadBefore },
        smoke: opts.smoke,
        sizes: {},
        startup: undefined,
        lsp: undefined,
        lspLarge: undefined,
        parser: undefined,
        hledger: undefined,
        notes: []
    };

    if (!opts.skip.has('startup')) {
        log('start-up: node -e 0, brik --version …');
        const runs = opts.smoke ? 1 : 10;
        results.startup = {
            node: summarise(await runMany(node, ['-e', '0'], { runs, warmup: 1 }), 0, 0),
            brikVersion: summarise(await runMany(node, [opts.cli, '--version'], { runs, warmup: 1 }), 0, 0),
            extension: extensionLoad(runs)
        };
    }

    // Older builds refuse files over 2 MB unless told otherwise (`--max-bytes`, up to 100 MB): the 100k
    // and 1M catalogues in one file are 9 and 88 MB. Newer ones read what fits in memory; the flag is kept
    // so that runs of every build compare; a build without the option reads any size.
    const help = spawnSync(node, [opts.cli, 'check', '--help'], { encoding: 'utf8' }).stdout ?? '';
    const limitArgs = help.includes('--max-bytes') ? ['--max-bytes', '100000000'] : [];
    results.limitArgs = limitArgs;
    if (limitArgs.length > 0) results.notes.push(`brik check and brik report are run with ${limitArgs.join(' ')}`);

    const hledger = opts.skip.has('hledger') ? { missing: 'skipped' } : hledgerCommand(opts.install);
    results.hledger = hledger;
    if (hledger.missing) results.notes.push(hledger.missing);

    for (const name of opts.sizes) {
        const count = SIZES[name];
        if (!count) throw new Error(`unknown size ${name}: use ${Object.keys(SIZES).join(', ')}`);
        const data = generate(name, count);
        const runs = runsFor(name);
        const warmup = warmupFor(name);
        const size = { count, oneBytes: data.oneBytes, splitBytes: data.splitBytes, journalBytes: data.journalBytes, runs };
        results.sizes[name] = size;
        const skipped = (what) => opts.skip.has(what) || opts.skip.has(`${what}@${name}`);
        const measure = async (what, args, bytes) => {
            log(`${name}: ${what} …`);
            const measured = summarise(await runMany(node, [opts.cli, ...args, ...limitArgs], { runs, warmup, cwd: data.folder }), count, bytes);
            log(`  ${measured.wall?.median.toFixed(3)} s, ${measured.rss?.median.toFixed(0)} MB, exit ${measured.exitCodes.join('/')}`);
            if (measured.failure) log(`  failed: ${measured.failure}`);
            return measured;
        };
        size.check = await measure('brik check one.brik', ['check', 'one.brik'], data.oneBytes);
        if (!skipped('split')) {
            size.checkSplit = await measure('brik check split/ (100 files)', ['check', 'split'], data.splitBytes);
        }
        if (!skipped('report')) {
            size.report = await measure('brik report one.brik --format json', ['report', 'one.brik', '--format', 'json'], data.oneBytes);
            if (!skipped('split')) {
                size.reportSplit = await measure('brik report split/budget.brik --format json', ['report', path.join('split', 'budget.brik'), '--format', 'json'], data.splitBytes);
            }
        }
        if (!skipped('floor')) {
            log(`${name}: regex floor …`);
            size.floor = summarise(await runMany(node, [path.join(BENCH, 'lib', 'floor.mjs'), 'one.brik'], { runs, warmup, cwd: data.folder }), count, data.oneBytes);
        }
        if (!hledger.missing && !skipped('hledger')) {
            log(`${name}: hledger -f journal check …`);
            size.hledger = summarise(await runMany('hledger', ['-f', data.journal, 'check'], { runs: name === '1M' ? 1 : runs, warmup: 0, cwd: data.folder }), count, data.journalBytes);
        }
    }

    if (!opts.skip.has('lsp') && (opts.sizes.includes('10k') || opts.smoke)) {
        // The smoke test only checks that the server answers every request, on the small file.
        const name = opts.smoke ? '1k' : '10k';
        const data = generate(name, SIZES[name]);
        log(`language server on ${name} brikker …`);
        results.lsp = await benchServer({
            server: opts.server, file: data.one, text: readFileSync(data.one, 'utf8'), cwd: data.folder,
            edits: opts.smoke ? 6 : 200, repeats: opts.smoke ? 2 : 20
        });
        results.lsp.file = `${name}/one.brik`;
    }
    if (!opts.skip.has('lsp') && !opts.smoke && opts.sizes.includes('100k')) {
        // Issue 15's second server target. The server reads 2,000,000 characters unless told;
        // 100k brikker are 8.9 MB. Fewer edits and requests: opening takes some 10 s.
        const data = generate('100k', SIZES['100k']);
        log('language server on 100k brikker …');
        results.lspLarge = await benchServer({
            server: opts.server, file: data.one, text: readFileSync(data.one, 'utf8'), cwd: data.folder, edits: 40, repeats: 5,
            serverArgs: ['--max-characters', '100000000']
        });
        results.lspLarge.file = '100k/one.brik';
    }
    if (!opts.skip.has('lsp') && !opts.smoke && opts.sizes.includes('1k')) {
        // The size of a large real catalogue (Region Nordjylland's health area has some 80 brikker):
        // what most users see. The targets are on 10k.
        const data = generate('1k', SIZES['1k']);
        log('language server on 1k brikker …');
        results.lspSmall = await benchServer({
            server: opts.server, file: data.one, text: readFileSync(data.one, 'utf8'), cwd: data.folder, edits: 200, repeats: 20
        });
        results.lspSmall.file = '1k/one.brik';
    }

    if (!opts.skip.has('web') && !opts.smoke) {
        // The page in Chromium (bench/web.mjs, runnable alone); left out of --smoke, which the
        // page's end-to-end tests cover.
        log('web page in Chromium …');
        results.web = await benchWeb({ edits: 40, log });
    }

    if (!opts.skip.has('parser')) {
        log('parser scaling: one container of 10k, 20k and 40k brikker …');
        results.parser = await parserScaling(opts.smoke ? [1_000, 2_000] : [10_000, 20_000, 40_000], opts.cli);
    }

    results.load.after = machineLoad();
    results.finished = new Date().toISOString();
    results.targets = targets(results);
    const baseline = existsSync(opts.baseline) && opts.baseline !== opts.out ? JSON.parse(readFileSync(opts.baseline, 'utf8')) : undefined;
    const table = markdown(results, baseline);
    process.stdout.write(`${table}\n`);
    if (opts.out) {
        writeFileSync(opts.out, JSON.stringify(results, null, 2) + '\n');
        writeFileSync(opts.out.replace(/\.json$/, '.md'), table);
        log(`wrote ${path.relative(process.cwd(), opts.out)} and ${path.relative(process.cwd(), opts.out.replace(/\.json$/, '.md'))}`);
    }
    const failed = Object.values(results.sizes).flatMap(size => [size.check, size.checkSplit, size.report, size.reportSplit])
        .filter(measured => measured && measured.exitCodes.some(code => code !== 0));
    if (failed.length > 0) {
        log('a brik process did not exit 0 on a generated catalogue (see stderr above)');
        process.exitCode = 1;
    }
}

await main();
