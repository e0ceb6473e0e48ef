import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-brik.js';
import type { Sandbox } from './support/code-server.js';
import { CODE_SERVER, CodeServer, installExtension, sandboxIn } from './support/code-server.js';
import { APPEAR_MS, CHROMIUM, Workbench } from './support/workbench.js';
import { REPORT_FORMATS } from '@brik/language';
import { wordsOf } from '@brik/language/words';
import ExcelJS from 'exceljs';
import { pdfText } from '../support/pdf-files.js';

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

/** An empty file, as File > New File leaves it: its year is in its name. */
const EMPTY = 'budget-2025.brik';

/** Lines pasted from a PDF: an en dash and no-break spaces in the figures, curly quotes in the names. */
const PASTED = 'fra-pdf.brik';
const PASTED_TEXT = [
    'budget "Budget 2025 – tal fra en PDF" {',
    '  enhed 1.000 kr.',
    '  prisniveau 2024',
    '  år 2025..2028',
    '  tema “1.1” „Fra PDF\'en“ {',
    '    brik "Kapacitet" omstilling drift –1\u00a0250 permanent',
    '    brik "Indkøb" omstilling drift -2\u00a0350 permanent',
    '    total 2025: –\u00a03\u00a0600',
    '  }',
    '}',
    ''
].join('\n');
/** The same, each figure and name in Brik's own characters: what fix-all on save must write, and nothing else. */
const FIXED_TEXT = [
    'budget "Budget 2025 – tal fra en PDF" {',
    '  enhed 1.000 kr.',
    '  prisniveau 2024',
    '  år 2025..2028',
    '  tema "1.1" "Fra PDF\'en" {',
    '    brik "Kapacitet" omstilling drift -1_250 permanent',
    '    brik "Indkøb" omstilling drift -2_350 permanent',
    '    total 2025: -3_600',
    '  }',
    '}',
    ''
].join('\n');

/** 1-based line and column of `needle` in the example, `offset` characters into it. */
function position(needle: string, offset = 0): { line: number; column: number } {
    const before = SOURCE.slice(0, SOURCE.indexOf(needle) + offset).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Text as read: VS Code draws spaces as no-break spaces, and pads inlay hints with other spaces. */
function normalise(text: string | null): string {
    return (text ?? '').replace(/[\s\u200b-\u200d]+/g, ' ').trim();
}

/** What each exported file must hold, read as its reader reads it: the budget's balance, 48,9–121,5 mio. kr. in 2024. */
async function expectReport(format: string, file: string): Promise<void> {
    await expect.poll(() => existsSync(file), { timeout: APPEAR_MS }).toBe(true);
    const bytes = readFileSync(file);
    switch (format) {
        case 'json':
            expect(JSON.parse(bytes.toString('utf8')).total.drift.netto['2024']).toEqual({ min: '48.9', max: '121.5' });
            break;
        case 'md':
            expect(bytes.toString('utf8')).toMatch(/^# Budget 2024 – Region Nordjylland\n/);
            expect(bytes.toString('utf8')).toMatch(/\| \*\*Balance\*\* +\| \*\*48,9–121,5\*\* \|/);
            break;
        case 'html':
            expect(bytes.toString('utf8')).toContain('<tr class="balance" data-budget="drift" data-column="netto"><th scope="row" colspan="2">Balance</th><td class="num" data-period="2024" data-min="48.9" data-max="121.5">48,9–121,5</td>');
            break;
        case 'csv':
            // With a byte-order mark, so that Excel reads it as UTF-8.
            expect(bytes.toString('utf8').split('\n')[0]).toMatch(/^\ufeffOmråde,Tema nr\.,Tema,Sti,Navn,Type,/);
            break;
        case 'xlsx': {
            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
            expect(workbook.title).toBe('Budget 2024 – Region Nordjylland');
            break;
        }
        case 'docx':
            expect(bytes.subarray(0, 2).toString()).toBe('PK');
            break;
        case 'pdf':
            expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
            expect(pdfText(file)).toMatch(/Balance\s+48,9–121,5\s+233,8–306,1/);
            break;
        default:
            throw new Error(`no check for the format ${format}: add one`);
    }
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
        // A dialog or a menu left open would fail every step after this one too.
        await workbench.page.keyboard.press('Escape').catch(() => undefined);
        await workbench.page.keyboard.press('Escape').catch(() => undefined);
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
    const workspace = path.join(sandbox.root, 'workspace');
    cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
    writeFileSync(path.join(workspace, EMPTY), '');
    writeFileSync(path.join(workspace, PASTED), PASTED_TEXT);
    // As docs/editors.md tells an author: the pasted-text fixes run on every save of a .brik file.
    mkdirSync(path.join(workspace, '.vscode'));
    writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify({ '[brik]': { 'editor.codeActionsOnSave': { 'source.fixAll.brik': 'explicit' } } }, null, 2));
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
        await wb.focusRow(fix, 'the quick fix');
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
        const rows = page.locator('.suggest-widget.visible .monaco-list-row');
        const names = [...new Set([...SOURCE.matchAll(/(?:brik|finansiering) "([^"]+)"/g)].map(match => match[1]))];
        const escaped = names.map(name => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        // The list is long: wait until a row of it, as shown, is one of the example's brik names.
        await wb.suggest(rows.filter({ hasText: new RegExp(`^\\s*(?:${escaped.join('|')})`) }).first());
        await wb.screenshot('06-completion-offered');
        const offered = await rows.evaluateAll(list => list.map(row => row.getAttribute('aria-label') ?? ''));
        // A row's label is the name, then its kind (", Field") and, when the details show, ", docs: brik".
        expect(offered.filter(label => names.some(name => label === name || label.startsWith(`${name}, `))).length, offered.join('\n')).toBeGreaterThan(0);

        await page.keyboard.type('Neuro');
        const neuro = page.locator('.suggest-widget.visible .monaco-list-row[aria-label^="Neurorehabilitering"]');
        await neuro.waitFor();
        await wb.screenshot('06-completion-list');
        await wb.focusRow(neuro, '"Neurorehabilitering"');
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
        const senfoelge = page.locator('.suggest-widget.visible .monaco-list-row[aria-label^="Senfølgeklinik efter Covid-19"]');
        await wb.suggest(senfoelge);
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

    it('exports the report in every format of the registry, each file as its reader opens it', async () => {
        const workspace = path.join(sandbox!.root, 'workspace');
        const labels = wordsOf('da').reportFormats;
        for (const format of REPORT_FORMATS) {
            await step(`09-export-${format.id}`, async (wb, page) => {
                const target = path.join(workspace, `${FILE.replace(/\.brik$/, '')}.${format.extension}`);
                await wb.page.locator(`.tabs-container .tab[aria-label^="${FILE}"]`).first().click();
                await wb.runCommand('Brik: Eksportér rapport…');
                await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Eksportér rapport' }).waitFor();
                await page.locator('.quick-input-list .monaco-list-row', { hasText: labels[format.id].label }).first().waitFor();
                await page.keyboard.type(labels[format.id].label);
                await page.locator(`.quick-input-list .monaco-list-row.focused[aria-label^="${labels[format.id].label}"]`).waitFor();
                await wb.screenshot(`09-export-${format.id}-picker`);
                await page.keyboard.press('Enter');
                await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Eksportér rapport' }).waitFor();
                // The save dialog offers the file beside the catalogue, with the format's extension.
                const input = page.locator('.quick-input-widget input');
                await expect.poll(() => input.inputValue(), { timeout: APPEAR_MS }).toMatch(new RegExp(`${FILE.replace(/\.brik$/, '')}\\.${format.extension}$`));
                await page.keyboard.press('Enter');
                const saved = page.locator('.notification-toast', { hasText: `Rapporten er gemt i ${path.basename(target)}.` });
                await saved.waitFor({ timeout: 60_000 });
                await wb.screenshot(`09-export-${format.id}-saved`);
                await expectReport(format.id, target);
                await saved.locator('.codicon-notifications-clear').click().catch(() => wb.runCommand('Notifications: Clear All Notifications'));
                await saved.waitFor({ state: 'detached' });
            });
        }
    }, 240_000);

    it('offers a new budget\'s skeleton in an empty file, with the years of its name, and the brik snippet with them', () => step('10-skeleton', async (wb, page) => {
        await wb.openFile(EMPTY);
        // Open and empty, the file is no error: the author has not written anything yet.
        await page.locator('.markers-panel .monaco-list-row', { hasText: EMPTY }).waitFor({ state: 'detached' });
        const skeleton = page.locator('.suggest-widget.visible .monaco-list-row[aria-label^="budget { … }"]');
        await wb.suggest(skeleton);
        await wb.screenshot('10-skeleton-offered');
        await wb.focusRow(skeleton, 'the skeleton');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
        await wb.line('år 2025..2028').waitFor();
        // As saved (the shown lines carry inlay hints): the skeleton, its years from the file's name.
        await page.keyboard.press('Control+S');
        const saved = () => readFileSync(path.join(sandbox!.root, 'workspace', EMPTY), 'utf8').split('\n').map(line => line.trimEnd());
        await expect.poll(saved, { timeout: APPEAR_MS }).toEqual([
            'budget "Budget 2025" {', '  enhed mio. kr.', '  prisniveau 2024', '  år 2025..2028', '', '}', ''
        ]);

        await wb.goTo(5, 3);
        await page.keyboard.type('brik');
        const brik = page.locator('.suggest-widget.visible .monaco-list-row[aria-label^="brik { … }"]');
        await wb.suggest(brik);
        await wb.focusRow(brik, 'the brik snippet');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Neurorehabilitering');
        await page.keyboard.press('Tab');
        await page.keyboard.type('Psykiatrien');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.type('2.8');
        await page.keyboard.press('Escape');
        await wb.line('drift 2025: 2.8 permanent').waitFor();
        await wb.line('budget "Budget 2025" {').filter({ hasText: 'Σ 2025: 2,8' }).waitFor();
        // Nothing the editor wrote is an error: no squiggle and no problem in the file.
        await expect.poll(() => wb.squiggleOn('drift 2025: 2.8 permanent'), { timeout: APPEAR_MS }).toBe('none');
        await page.keyboard.press('Control+Shift+M');
        await page.locator('.markers-panel').waitFor();
        // Problems follow the diagnostics of the last keystroke: wait for those, not for the first.
        await expect.poll(() => page.locator('.markers-panel .monaco-list-row', { hasText: EMPTY }).count(), { timeout: APPEAR_MS }).toBe(0);
        // The status bar's balance follows, 400 ms after the typing stops.
        await wb.statusItem(`${EXTENSION_ID}.brik.balance`).filter({ hasText: 'Balance 2025: 2,8 mio. kr.' }).waitFor();
    }));

    it('fixes every pasted figure and name on save (source.fixAll.brik), and no figure changes', () => step('11-fix-all-on-save', async (wb, page) => {
        await wb.openFile(PASTED);
        const theme = wb.line('Fra PDF');
        await theme.filter({ hasText: 'Σ 2025: -3.600' }).waitFor();
        await expect.poll(() => wb.squiggleOn('Kapacitet'), { timeout: APPEAR_MS }).toBe('warning');
        await wb.screenshot('11-pasted');
        await wb.clickText('Kapacitet');
        await page.keyboard.press('Control+S');
        await expect.poll(() => readFileSync(path.join(sandbox!.root, 'workspace', PASTED), 'utf8'), { timeout: APPEAR_MS }).toBe(FIXED_TEXT);
        await wb.line('"Fra PDF\'en"').filter({ hasText: 'Σ 2025: -3.600' }).waitFor();
        await expect.poll(() => wb.squiggleOn('-1_250'), { timeout: APPEAR_MS }).toBe('none');
        await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
    }));
});
