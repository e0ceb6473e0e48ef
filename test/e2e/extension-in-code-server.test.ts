import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-brik.js';
import type { Sandbox } from './support/code-server.js';
import { CODE_SERVER, CodeServer, installExtension, sandboxIn } from './support/code-server.js';
import { APPEAR_MS, CHROMIUM, Workbench } from './support/workbench.js';

/**
 * The extension as a user gets it: the .vsix `npm run package` makes, installed into code-server
 * (a real VS Code), used from a headless Chromium on a copy of examples/. Each step checks what
 * the user sees in the DOM and leaves a screenshot in test-artifacts/e2e/; a step that fails
 * leaves FAILED-<step>.png and says what the extension host and the Brik output channel logged.
 */

const EXTENSION = path.join(ROOT, 'packages/extension');
const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'package.json'), 'utf8')) as { name: string; version: string; publisher: string };
const VSIX = path.join(EXTENSION, `${manifest.name}-${manifest.version}.vsix`);
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
const ARTIFACTS = path.join(ROOT, 'test-artifacts/e2e');

const FILE = 'region-nordjylland-2024.brik';
const SOURCE = readFileSync(path.join(ROOT, 'examples', FILE), 'utf8');
const THEME = '"Kapacitetspres, arbejdsmiljø og rekruttering"';
const RIGHT_TOTAL = 'total opdrift 15.0..26.6';
const WRONG_TOTAL = 'total opdrift 15.1..26.6';
const BALANCE = 'Balance 2024: 48,9–121,5 mio. kr.';

/** 1-based line and column of `needle` in the example, `offset` characters into it. */
function position(needle: string, offset = 0): { line: number; column: number } {
    const before = SOURCE.slice(0, SOURCE.indexOf(needle) + offset).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Text as read: VS Code draws spaces as no-break spaces, and pads inlay hints with other spaces. */
function normalise(text: string | null): string {
    return (text ?? '').replace(/[\s\u200b-\u200d]+/g, ' ').trim();
}

let sandbox: Sandbox | undefined;
let server: CodeServer | undefined;
let workbench: Workbench | undefined;

/**
 * Runs one step of the user's session; afterwards its screenshot is `<name>.png`. When it fails:
 * `FAILED-<name>.png`, and the end of the extension host's log and the Brik output channel.
 */
async function step(name: string, body: (workbench: Workbench, page: Page) => Promise<void>): Promise<void> {
    if (!workbench || !server) throw new Error('code-server or Chromium did not start (see the first failure)');
    try {
        await body(workbench, workbench.page);
    } catch (error) {
        let screenshot = '(none: the page could not be captured)';
        try {
            screenshot = path.relative(ROOT, await workbench.screenshot(`FAILED-${name}`));
        } catch {
            // The failure says why already.
        }
        throw new Error(`${name}: ${(error as Error).message}\n\nScreenshot: ${screenshot}\n\n${server.logSummary()}`, { cause: error });
    }
    await workbench.screenshot(name);
}

beforeAll(async () => {
    for (const [file, why] of [
        [CHROMIUM, 'Install Debian\'s chromium (apt-get install chromium; .ci/run does this), or set BRIK_CHROMIUM.'],
        [CODE_SERVER, 'Run `npm run test:e2e`, or `node test/e2e/install-code-server.mjs` first.'],
        [VSIX, 'Run `npm run package` first (`npm run test:e2e` does).']
    ]) {
        if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file) || file} is missing. ${why}`);
    }
    rmSync(path.join(ARTIFACTS, 'logs'), { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const old of readdirSync(ARTIFACTS).filter(file => file.endsWith('.png'))) rmSync(path.join(ARTIFACTS, old));

    sandbox = sandboxIn(mkdtempSync(path.join(tmpdir(), 'brik-e2e-')));
    cpSync(path.join(ROOT, 'examples'), path.join(sandbox.root, 'workspace'), { recursive: true });
    await installExtension(sandbox, VSIX);
    server = await CodeServer.start(sandbox);
    workbench = await Workbench.launch(path.join(sandbox.root, 'chromium'), { ...process.env, HOME: sandbox.home, TMPDIR: sandbox.tmp }, ARTIFACTS);
}, 150_000);

afterAll(async () => {
    const problems: string[] = [];
    if (workbench) {
        writeFileSync(path.join(ARTIFACTS, 'blocked-requests.txt'), workbench.blocked.map(url => `${url}\n`).join(''));
        await workbench.close().catch(error => problems.push(`closing Chromium: ${(error as Error).message}`));
    }
    if (server) {
        server.saveLogs(path.join(ARTIFACTS, 'logs'));
        await server.stop().catch(error => problems.push(`stopping code-server: ${(error as Error).message}`));
    }
    if (sandbox && !process.env.BRIK_E2E_KEEP) rmSync(sandbox.root, { recursive: true, force: true });
    if (problems.length > 0) throw new Error(problems.join('\n'));
}, 60_000);

describe(`the Brik extension in code-server, on ${FILE}`, () => {
    it('activates in the extension host, starts the bundled server, and shows the language mode "Brik"', () => step('01-language-mode', async (wb, page) => {
        await wb.openFolder(server!.url, path.join(sandbox!.root, 'workspace'));
        await wb.openFile(FILE);
        await wb.statusItem('status.editor.mode').filter({ hasText: /^\s*Brik\s*$/ }).waitFor();
        await expect.poll(() => server!.logFiles().filter(file => file.endsWith('exthost.log')).map(file => readFileSync(file, 'utf8')).join(''),
            { timeout: APPEAR_MS }).toContain(`_doActivateExtension ${EXTENSION_ID}`);
        await expect.poll(() => server!.processes().filter(args => args.includes(`${EXTENSION_ID}-${manifest.version}/out/language-server.cjs`)),
            { timeout: APPEAR_MS }).toHaveLength(1);
        await expect.poll(() => page.title(), { timeout: APPEAR_MS }).toContain(FILE);
    }));

    it('shows a theme\'s computed total on hover', () => step('02-hover', async wb => {
        // Code lenses push the lines down when they arrive: hover once they are there.
        await wb.page.locator('.codelens-decoration', { hasText: '8 brikker' }).first().waitFor();
        const hover = await wb.hover(THEME, '15,0–26,6');
        const text = normalise(await hover.innerText());
        expect(text).toContain('1.1 Kapacitetspres, arbejdsmiljø og rekruttering — tema · 8 brikker');
        expect(text).toMatch(/Netto\s+15,0–26,6\s+16,2–27,8/);
    }));

    it('shows the computed totals as inlay hints after each container\'s "{"', () => step('03-inlay-hints', async wb => {
        await wb.moveMouseAway();
        expect(SOURCE).not.toContain('Σ');
        const theme = wb.line(`${THEME} {`);
        await theme.filter({ hasText: 'Σ 2024: 15,0–26,6' }).waitFor();
        expect(normalise(await theme.textContent())).toBe(`tema "1.1" ${THEME} { Σ 2024: 15,0–26,6`);
        const budget = wb.line('budget "Budget 2024 – Region Nordjylland" {');
        expect(normalise(await budget.textContent())).toBe('budget "Budget 2024 – Region Nordjylland" { Σ 2024: 48,9–121,5');
    }));

    it('flags a mistyped total as the user types: a squiggle, an inlay hint and a Problems entry', () => step('04-diagnostic', async (wb, page) => {
        const at = position(RIGHT_TOTAL, 'total opdrift 15.0'.length);
        await wb.goTo(at.line, at.column);
        await page.keyboard.press('Backspace');
        await page.keyboard.type('1');
        const line = wb.line(WRONG_TOTAL);
        await line.filter({ hasText: '≠ 15,0–26,6' }).waitFor();
        await expect.poll(() => wb.squiggleOn(WRONG_TOTAL), { timeout: APPEAR_MS }).toBe('error');
        // The status bar's balance now warns that the file has an error.
        await wb.statusItem(`${EXTENSION_ID}.brik.balance`).locator('.codicon-warning').waitFor();

        await page.keyboard.press('Control+Shift+M');
        const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'Totalen holder ikke' });
        await problem.waitFor();
        const text = normalise(await problem.innerText());
        expect(text).toMatch(/^Totalen holder ikke: angivet 15\.1\.\.26\.6, beregnet 15,0–26,6/);
        expect(text).toContain('brik/total-mismatch');
        expect(text).toContain(`[Ln ${at.line}, Col ${position(RIGHT_TOTAL, 'total opdrift '.length).column}]`);
    }));

    it('corrects the total with its quick fix', () => step('05-quick-fix', async (wb, page) => {
        await wb.clickText('15.1..26.6');
        await page.keyboard.press('Control+.');
        const fix = page.locator('.action-widget .monaco-list-row[aria-label="Skriv den beregnede total: 15.0..26.6"]');
        await fix.waitFor();
        for (let moves = 0; !(await fix.getAttribute('class'))?.split(/\s+/).includes('focused'); moves++) {
            if (moves >= 5) throw new Error('the quick fix could not be selected in the menu');
            await page.keyboard.press('ArrowDown');
        }
        await wb.screenshot('05-quick-fix-menu');
        await page.keyboard.press('Enter');
        await wb.line(RIGHT_TOTAL).waitFor();
        expect(await wb.line(WRONG_TOTAL).count()).toBe(0);
        await expect.poll(() => wb.squiggleOn(RIGHT_TOTAL), { timeout: APPEAR_MS }).toBe('none');
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'Totalen holder ikke' }).waitFor({ state: 'detached' });
        await wb.statusItem(`${EXTENSION_ID}.brik.balance`).locator('.codicon-warning').waitFor({ state: 'detached' });
    }));

    it('offers brik names inside a scenario', () => step('06-completion', async (wb, page) => {
        const scenario = position('medtag tema "1.1"', 'medtag tema "1.1"'.length);
        await wb.goTo(scenario.line, scenario.column);
        await page.keyboard.press('Enter');
        await page.keyboard.type('medtag ');
        await page.keyboard.press('Control+Space');
        const rows = page.locator('.suggest-widget.visible .monaco-list-row');
        await rows.first().waitFor();
        await wb.screenshot('06-completion-offered');
        const offered = await rows.evaluateAll(list => list.map(row => row.getAttribute('aria-label') ?? ''));
        const names = new Set([...SOURCE.matchAll(/(?:brik|finansiering) "([^"]+)"/g)].map(match => match[1]));
        expect(offered.filter(label => names.has(label.replace(/, \w+$/, ''))).length, offered.join('\n')).toBeGreaterThan(0);

        await page.keyboard.type('Neuro');
        const neuro = page.locator('.suggest-widget.visible .monaco-list-row[aria-label^="Neurorehabilitering"]');
        await neuro.waitFor();
        await wb.screenshot('06-completion-list');
        for (let moves = 0; !(await neuro.getAttribute('class'))?.split(/\s+/).includes('focused'); moves++) {
            if (moves >= 5) throw new Error('"Neurorehabilitering" could not be selected in the suggestions');
            await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Enter');
        await rows.first().waitFor({ state: 'hidden' });
        await wb.line('medtag "Neurorehabilitering"').waitFor();
        const lines = await wb.lines();
        const index = lines.findIndex(text => text.trim() === 'medtag tema "1.1"');
        expect(lines[index + 1]?.trim()).toBe('medtag "Neurorehabilitering"');

        // Typed as a name is written: VS Code closes the quote, and the completion replaces both quotes.
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('medtag "Senfølge');
        await page.keyboard.press('Control+Space');
        const senfoelge = page.locator('.suggest-widget.visible .monaco-list-row[aria-label^="Senfølgeklinik efter Covid-19"]');
        await senfoelge.waitFor();
        await wb.screenshot('06-completion-in-quotes');
        await page.keyboard.press('Enter');
        await rows.first().waitFor({ state: 'hidden' });
        await wb.line('medtag "Senfølgeklinik efter Covid-19"').waitFor();
        expect((await wb.lines())[index + 2]?.trim()).toBe('medtag "Senfølgeklinik efter Covid-19"');
    }));

    it('shows the report, with the balance, in a webview beside the editor ("Brik: Vis rapport")', () => step('07-report', async (wb, page) => {
        await page.keyboard.press('Escape');
        await wb.runCommand('Brik: Vis rapport');
        await page.locator(`.tabs-container .tab[aria-label^="Rapport: ${FILE}"]`).waitFor();
        const report = wb.webview();
        await report.locator('h1', { hasText: 'Budget 2024 – Region Nordjylland' }).waitFor();
        const balance = report.locator('section.summary tr[data-budget="drift"][data-column="netto"]');
        expect(normalise(await balance.locator('th').first().innerText())).toBe('Balance');
        expect(normalise(await balance.locator('td[data-period="2024"]').innerText())).toBe('48,9–121,5');
    }));

    it('shows the budget\'s balance in the status bar', () => step('08-status-bar', async wb => {
        const item = wb.statusItem(`${EXTENSION_ID}.brik.balance`);
        await item.filter({ hasText: BALANCE }).waitFor();
        expect(normalise(await item.innerText())).toBe(BALANCE);
        expect(await item.locator('.codicon-warning').count()).toBe(0);
    }));
});
