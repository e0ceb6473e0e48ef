// Bundles the extension client and the language server into CommonJS files, as VS Code
// loads them; `vscode` is provided by the editor. The client imports only
// `@brik/language/protocol`, so Langium is bundled into the server alone.
// For VS Code for the Web (package.json's `browser`): the client for the web extension host, and
// the web page's worker server (packages/web/src/server), which reads no file system.
import { cpSync, existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const options = {
    entryPoints: { extension: 'src/extension.ts', 'language-server': 'src/language-server.ts' },
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // playwright-core (the PDF export) finds its own files beside it at run time, so it cannot be
    // bundled: a copy goes into out/node_modules, where the server's require finds it.
    external: ['vscode', 'playwright-core'],
    sourcemap: true,
    minify: !watch,
    logLevel: 'warning'
};
const browser = {
    bundle: true,
    platform: 'browser',
    outdir: 'out',
    sourcemap: true,
    minify: !watch,
    logLevel: 'warning',
    // csv-stringify's default entry calls Node's Buffer when it loads; its browser build does not.
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' }
};
const browserBuilds = [
    { ...browser, entryPoints: { 'browser-extension': 'src/browser-extension.ts' }, format: 'cjs', external: ['vscode'] },
    // A classic worker script: the extension host starts it with `new Worker(url)`. The workbook
    // (the page's `brik-web/workbook`) is never asked for here: exceljs stays out.
    { ...browser, entryPoints: { 'browser-server': '../web/src/server/worker-main.ts' }, format: 'iife', external: ['exceljs'] }
];

const playwright = path.dirname(realpathSync(createRequire(import.meta.url).resolve('playwright-core/package.json')));
const copy = path.resolve('out', 'node_modules', 'playwright-core');
const versionOf = dir => existsSync(path.join(dir, 'package.json')) ? JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version : undefined;
if (versionOf(copy) !== versionOf(playwright)) {
    rmSync(copy, { recursive: true, force: true });
    cpSync(playwright, copy, { recursive: true });
}

if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
} else {
    await Promise.all([options, ...browserBuilds].map(build => esbuild.build(build)));
}
