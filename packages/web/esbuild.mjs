// Builds the page into dist/: a static site, every file it needs, nothing fetched from elsewhere.
// main.js (the page and Monaco), server-worker.js (Brik's language server), editor.worker.js
// (Monaco's own worker), each an ES module; exceljs in a chunk of its own, loaded on the first
// workbook download or import. The examples and the grammar's keywords are read at build time.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const DIST = path.join(HERE, 'dist');
const watch = process.argv.includes('--watch');

/** Every .brik file under a folder, by its path below it. */
function brikFiles(folder, prefix = '') {
    return readdirSync(folder).sort().flatMap(name => {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) return brikFiles(full, `${prefix}${name}/`);
        return name.endsWith('.brik') ? [[`${prefix}${name}`, readFileSync(full, 'utf8')]] : [];
    });
}

/** examples/: each .brik file an example, each folder an example of several files; the 51-brik example first. */
function examples() {
    const folder = path.join(ROOT, 'examples');
    const list = readdirSync(folder).sort().flatMap(name => {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) return [{ name, files: Object.fromEntries(brikFiles(full)) }];
        return name.endsWith('.brik') ? [{ name: name.replace(/\.brik$/, ''), files: { [name]: readFileSync(full, 'utf8') } }] : [];
    });
    const first = list.findIndex(example => example.name === 'region-nordjylland-2024');
    return first > 0 ? [list[first], ...list.slice(0, first), ...list.slice(first + 1)] : list;
}

/** The keywords of the grammar, as the generated grammar lists them. */
function keywords() {
    const grammar = readFileSync(path.join(ROOT, 'packages/language/src/generated/grammar.ts'), 'utf8');
    const found = new Set([...grammar.matchAll(/"\$type":\s*"Keyword",\s*"value":\s*"([\p{L}_][\p{L}\p{N}_]*)"/gu)].map(match => match[1]));
    if (found.size === 0) throw new Error('No keywords found in the generated grammar: has `npm run langium:generate` run?');
    return [...found].sort();
}

const virtualModules = {
    name: 'brik-virtual-modules',
    setup(build) {
        build.onResolve({ filter: /^virtual:brik-/ }, args => ({ path: args.path, namespace: 'brik-virtual' }));
        build.onLoad({ filter: /.*/, namespace: 'brik-virtual' }, args => ({
            contents: JSON.stringify(args.path === 'virtual:brik-examples' ? examples() : keywords()),
            loader: 'json',
            watchFiles: [path.join(ROOT, 'examples')]
        }));
    }
};

/**
 * The CLI's importer reads files by path with Node's fs and path; in the page it reads the one
 * dropped file from memory (src/import/node-shims/). Only the importer imports these.
 */
const nodeShims = {
    name: 'brik-node-shims',
    setup(build) {
        build.onResolve({ filter: /^node:(fs\/promises|path)$/ }, args => ({
            path: path.join(HERE, 'src/import/node-shims', args.path === 'node:path' ? 'path.ts' : 'fs.ts')
        }));
    }
};

const common = {
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'edge110', 'firefox115', 'safari16'],
    outdir: DIST,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    sourcemap: true,
    minify: !watch,
    legalComments: 'linked',
    logLevel: 'warning',
    loader: { '.ttf': 'file' },
    // csv-stringify's and csv-parse's default entries call Node's Buffer; their browser builds do not.
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync', 'csv-parse/sync': 'csv-parse/browser/esm/sync' },
    // A browser has no Buffer: code that reads Node's global Buffer is named so that a test finds
    // it (test/web/worker-bundle.test.ts); it fails in the browser as Buffer itself would.
    define: { 'process.env.NODE_ENV': '"production"', Buffer: 'NODE_BUFFER_IN_BROWSER' },
    plugins: [virtualModules, nodeShims]
};

rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST, { recursive: true });
cpSync(path.join(HERE, 'static'), DIST, { recursive: true });

// One build for the page and the workers: they share no chunk in practice, but one build keeps one graph.
const options = {
    ...common,
    entryPoints: {
        main: path.join(HERE, 'src/main.ts'),
        'server-worker': path.join(HERE, 'src/server/worker-main.ts'),
        'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js'
    }
};

if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
} else {
    const result = await esbuild.build({ ...options, metafile: true });
    // What went into each file, for the test that the worker carries nothing of Node's.
    mkdirSync(path.join(HERE, 'out'), { recursive: true });
    writeFileSync(path.join(HERE, 'out', 'metafile.json'), JSON.stringify(result.metafile));
}
