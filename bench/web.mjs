#!/usr/bin/env node
// @ts-check
// The web page (packages/web) in Debian's Chromium: the gzipped size of the page and of the
// language server's worker, the time from loading the page to the first diagnostics of the
// 51-brik example, from opening a 1k-brik catalogue to its first diagnostics, and edit →
// diagnostics p50/p95 at 1k. Runs alone (`node bench/web.mjs [--edits N]`, after `npm run build`)
// or as the `web` step of bench/run.mjs. The page marks `brik:edit` and `brik:diagnostics`
// with performance.mark; times are read in the page, not across the driver.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { oneFile } from './lib/generate.mjs';
import { stats } from './lib/measure.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const WEB = path.join(ROOT, 'packages/web');
const CHROMIUM = process.env.BRIK_CHROMIUM ?? '/usr/bin/chromium';

/** What the page may cost; a figure over its budget is reported, and fails a run of this file alone. */
export const WEB_BUDGETS = {
    pageGzipKb: 1200,
    workerGzipKb: 300,
    exampleFirstDiagnosticsS: 5,
    oneKFirstDiagnosticsS: 5,
    oneKEditP95Ms: 500
};

/** Gzipped bytes of an output and every chunk it imports statically (what loads before it runs). */
function gzipOf(meta, entry) {
    const seen = new Set();
    const visit = (file) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const imported of meta.outputs[file]?.imports ?? []) {
            if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
        }
    };
    visit(entry);
    return [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(WEB, file))).length, 0);
}

function startServer() {
    const child = spawn(process.execPath, [path.join(WEB, 'serve.mjs'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    return new Promise((resolve, reject) => {
        child.stdout.on('data', chunk => {
            const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(chunk));
            if (found) resolve({ url: found[0], child });
        });
        child.once('exit', code => reject(new Error(`the page's server ended with ${code}`)));
    });
}

/** Resolves in the page when the diagnostics marks of `uri` number more than `count`; the time of that mark. */
function waitForDiagnostics(page, uri, count) {
    return page.waitForFunction(({ uri, count }) => {
        const marks = performance.getEntriesByName('brik:diagnostics').filter(mark => mark.detail === uri);
        return marks.length > count ? marks[marks.length - 1].startTime : undefined;
    }, { uri, count }, { timeout: 120_000, polling: 20 }).then(handle => handle.jsonValue());
}

function diagnosticsCount(page, uri) {
    return page.evaluate(uri => performance.getEntriesByName('brik:diagnostics').filter(mark => mark.detail === uri).length, uri);
}

/** Runs the web measurements; `edits` edits at 1k. */
export async function benchWeb({ edits = 40, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
    const metafile = path.join(WEB, 'out/metafile.json');
    if (!existsSync(metafile)) throw new Error('packages/web is not built: run `npm run build` first.');
    const meta = JSON.parse(readFileSync(metafile, 'utf8'));
    const gzip = (file) => gzipSync(readFileSync(path.join(WEB, 'dist', file))).length;
    const sizes = {
        pageGzipBytes: gzip('index.html') + gzipOf(meta, 'dist/main.js') + gzip('main.css') + gzipOf(meta, 'dist/editor.worker.js')
            + Object.keys(meta.outputs).filter(file => file.endsWith('.ttf')).reduce((sum, file) => sum + gzipSync(readFileSync(path.join(WEB, file))).length, 0),
        workerGzipBytes: gzipOf(meta, 'dist/server-worker.js'),
        exceljsGzipBytes: Object.keys(meta.outputs).filter(file => /exceljs.*\.js$/.test(file)).reduce((sum, file) => sum + gzipSync(readFileSync(path.join(WEB, file))).length, 0)
    };
    log(`web: page ${(sizes.pageGzipBytes / 1024).toFixed(0)} KB gzipped, worker ${(sizes.workerGzipBytes / 1024).toFixed(0)} KB, exceljs (on demand) ${(sizes.exceljsGzipBytes / 1024).toFixed(0)} KB`);

    const { url, child } = await startServer();
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(url);
        const exampleUri = 'file:///katalog/region-nordjylland-2024.brik';
        const exampleFirst = await waitForDiagnostics(page, exampleUri, 0);
        log(`web: load → first diagnostics, 51 brikker: ${(exampleFirst / 1000).toFixed(2)} s`);

        const oneK = oneFile(1_000);
        const uri = 'file:///katalog/one.brik';
        const opened = await page.evaluate(() => performance.now());
        await page.setInputFiles('#open-files', [{ name: 'one.brik', mimeType: 'text/plain', buffer: Buffer.from(oneK) }]);
        const oneKFirst = await waitForDiagnostics(page, uri, 0) - opened;
        log(`web: open → first diagnostics, 1k brikker: ${(oneKFirst / 1000).toFixed(2)} s`);

        // Edits inside an amount of line 10 (`drift 29.8 permanent`): type a digit, then take it away.
        await page.click('.monaco-editor .view-lines');
        await page.keyboard.press('Control+G');
        await page.keyboard.type('10');
        await page.keyboard.press('Enter');
        await page.keyboard.press('End');
        for (let i = 0; i < ' permanent'.length; i++) await page.keyboard.press('ArrowLeft');
        const times = [];
        for (let i = 0; i < edits; i++) {
            const before = await diagnosticsCount(page, uri);
            await page.keyboard.press(i % 2 === 0 ? '1' : 'Backspace');
            const at = await waitForDiagnostics(page, uri, before);
            const edit = await page.evaluate(() => performance.getEntriesByName('brik:edit').at(-1).startTime);
            times.push(at - edit);
        }
        const edit = stats(times, { p95: true });
        const result = {
            ...sizes,
            exampleFirstDiagnosticsS: exampleFirst / 1000,
            oneKFirstDiagnosticsS: oneKFirst / 1000,
            oneKEdit: { edits, p50Ms: edit?.p50 ?? NaN, p95Ms: edit?.p95 ?? NaN, maxMs: edit?.max ?? NaN }
        };
        log(`web: edit → diagnostics at 1k: p50 ${result.oneKEdit.p50Ms.toFixed(0)} ms, p95 ${result.oneKEdit.p95Ms.toFixed(0)} ms (${edits} edits)`);
        result.overBudget = overBudget(result);
        for (const line of result.overBudget) log(`web: over budget: ${line}`);
        return result;
    } finally {
        await browser.close();
        child.kill();
    }
}

/** The figures over WEB_BUDGETS, as sentences. */
export function overBudget(result) {
    const over = [];
    const check = (what, value, budget, unit) => value > budget && over.push(`${what} ${value.toFixed(unit === 'KB' ? 0 : 2)} ${unit} > ${budget} ${unit}`);
    check('page gzipped', result.pageGzipBytes / 1024, WEB_BUDGETS.pageGzipKb, 'KB');
    check('worker gzipped', result.workerGzipBytes / 1024, WEB_BUDGETS.workerGzipKb, 'KB');
    check('load → first diagnostics, 51 brikker', result.exampleFirstDiagnosticsS, WEB_BUDGETS.exampleFirstDiagnosticsS, 's');
    check('open → first diagnostics, 1k brikker', result.oneKFirstDiagnosticsS, WEB_BUDGETS.oneKFirstDiagnosticsS, 's');
    check('edit → diagnostics p95 at 1k', result.oneKEdit.p95Ms, WEB_BUDGETS.oneKEditP95Ms, 'ms');
    return over;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const index = process.argv.indexOf('--edits');
    const result = await benchWeb({ edits: index >= 0 ? Number(process.argv[index + 1]) : 40 });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.overBudget.length > 0) process.exitCode = 1;
}
