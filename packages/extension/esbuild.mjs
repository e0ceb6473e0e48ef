// Bundles the extension client and the language server into CommonJS files, as VS Code
// loads them; `vscode` is provided by the editor. The client imports only
// `@brik/language/protocol`, so Langium is bundled into the server alone.
// For VS Code for the Web (package.json's `browser`): the client for the web extension host, and
// the web page's worker server (packages/web/src/server), which reads no file system.
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
    external: ['vscode'],
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

if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
} else {
    await Promise.all([options, ...browserBuilds].map(build => esbuild.build(build)));
}
