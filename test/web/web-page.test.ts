import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-brik.js';
import { startPageServer } from './page-server.js';
import { readZipEntry } from '../support/zip-entry.js';

/**
 * The web page (packages/web) in Debian's Chromium, served by `npm run web` from 127.0.0.1: the
 * language server runs in the page's worker. Every test fails on a request that leaves
 * 127.0.0.1, on a page error and on an error in the console. Screenshots go to test-artifacts/.
 */

const CHROMIUM = process.env.BRIK_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** A catalogue whose tema states a total its brikker do not add up to: 1,5 + 2,0 is 3,5, not 4,0. */
const MISMATCH = `budget "Prøve 2025" {
  enhed mio. kr.
  prisniveau 2024
  år 2025..2028

  tema "1" "Sundhed" {
    total 2025: 4.0
    brik "Ny klinik" {
      drift 1.5 permanent
    }
    brik "Akutbil" {
      drift 2.0 permanent
    }
  }
}
`;

/** The CSV of test/cli-import.test.ts: one amount the importer cannot read (B4) and a column it does not know. */
const CSV = 'Katalog 2024, mio. kr., P/L 2023\r\nBudgetbrik;2024;Ansvarlig person\r\nA;1,5;\r\nB;ca. 2;Jens\r\nI alt;1,5\r\n';

let browser: Browser;
let server: { url: string; process: ChildProcess };

beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium was not found at ${CHROMIUM}: install Debian's chromium (.ci/run does), or set BRIK_CHROMIUM.`);
    }
    server = await startPageServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
    await browser?.close();
    server?.process.kill();
});

/** A new page of the site that records every request outside 127.0.0.1, page error and console error. */
async function openPage(url = server.url): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    await context.route('**/*', route => {
        const request = route.request().url();
        if (request.startsWith(server.url)) return route.continue();
        problems.push(`request outside 127.0.0.1: ${request}`);
        return route.abort();
    });
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('console', message => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.goto(url);
    return { context, page, problems };
}

/** The balance in the status line, once the server has given one. */
async function balanceText(page: Page, expected: string): Promise<string> {
    await page.locator('#balance', { hasText: expected }).waitFor({ timeout: 60_000 });
    return (await page.locator('#balance').textContent()) ?? '';
}

/** Opens files through the page's file input, as a user picks them. */
async function openFiles(page: Page, files: Array<{ name: string; text: string }>): Promise<void> {
    await page.setInputFiles('#open-files', files.map(file => ({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text) })));
}

/** The text of the editor's visible lines (Monaco shows a non-breaking space for a space). */
async function editorText(page: Page): Promise<string> {
    return ((await page.locator('.monaco-editor .view-lines').innerText()) ?? '').replace(/\u00a0/g, ' ');
}

// A page loads Monaco (3.4 MB) and starts the server in its worker: seconds on a loaded machine.
describe('the web page', { timeout: 120_000 }, () => {
    it('opens the 51-brik example with its balance, in Danish, with nothing fetched from elsewhere', async () => {
        const { context, page, problems } = await openPage();
        expect(await balanceText(page, 'Balance 2024')).toBe('Balance 2024: 48,9–121,5 mio. kr.');
        await expect.poll(() => page.locator('#outline li').count()).toBeGreaterThan(5);
        await page.screenshot({ path: path.join(ARTIFACTS, 'web-page.png') });

        // English by a setting: the page's words, and the server's figures and words.
        await page.selectOption('#locale', 'en');
        await page.locator('#balance', { hasText: '48.9–121.5' }).waitFor({ timeout: 30_000 });
        expect(await page.locator('#balance').textContent()).toBe('Balance 2024: 48.9–121.5 mio. kr.');
        expect(await page.locator('#report-toggle').textContent()).toBe('Report');
        expect(problems).toEqual([]);
        await context.close();
    });

    it('shows a total mismatch in the problems list, a hover table, and applies the quick fix', async () => {
        const { context, page, problems } = await openPage();
        await balanceText(page, 'Balance 2024');
        await openFiles(page, [{ name: 'proeve.brik', text: MISMATCH }]);
        // The file has an error: the balance counts what can be read, and says so.
        expect(await balanceText(page, 'Balance 2025')).toBe('⚠ Balance 2025: 3,5 mio. kr.');
        const mismatch = page.locator('#problems li', { hasText: 'brik/total-mismatch' });
        await mismatch.waitFor({ timeout: 60_000 });
        expect(await mismatch.innerText()).toContain('proeve.brik:7:');
        expect(await mismatch.innerText()).toContain('Totalen holder ikke: angivet 4.0, beregnet 3,5 (drift, netto, 2025)');

        // Hover the brik's name: its table of figures.
        // A hover can be lost to a layout change under a resting mouse: move away and back, as a user does.
        const hover = page.locator('.monaco-hover table').first();
        for (let attempt = 1; ; attempt++) {
            await page.locator('.view-line span', { hasText: 'Ny klinik' }).first().hover();
            try {
                await hover.waitFor({ timeout: 6_000 });
                break;
            } catch (error) {
                if (attempt >= 5) throw error;
                await page.mouse.move(5, 5, { steps: 2 });
            }
        }
        expect(await hover.innerText()).toContain('1,5');
        await page.screenshot({ path: path.join(ARTIFACTS, 'web-hover.png') });

        // Jump to the problem from the list, open the quick fixes, apply the first.
        await mismatch.locator('button').click();
        await page.keyboard.press('Control+.');
        const action = page.locator('.action-widget .monaco-list-row.action').first();
        await action.waitFor({ timeout: 30_000 });
        expect(await action.innerText()).toContain('Skriv den beregnede total');
        await page.screenshot({ path: path.join(ARTIFACTS, 'web-quick-fix.png') });
        await page.keyboard.press('Enter');
        await expect.poll(() => editorText(page), { timeout: 30_000 }).toContain('total 2025: 3.5');
        await expect.poll(() => page.locator('#problems li', { hasText: 'brik/total-mismatch' }).count(), { timeout: 30_000 }).toBe(0);
        expect(problems).toEqual([]);
        await context.close();
    });

    it('shows the report beside the editor, and downloads a workbook and a Word document made in the browser', async () => {
        const { context, page, problems } = await openPage();
        await balanceText(page, 'Balance 2024');
        await page.click('#report-toggle');
        const report = page.frameLocator('#report');
        await report.locator('h1').waitFor({ timeout: 60_000 });
        expect(await report.locator('h1').innerText()).toContain('Budget 2024 – Region Nordjylland');
        await page.screenshot({ path: path.join(ARTIFACTS, 'web-report.png') });

        const [download] = await Promise.all([page.waitForEvent('download'), page.selectOption('#download', 'xlsx')]);
        expect(download.suggestedFilename()).toBe('region-nordjylland-2024.xlsx');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
        const cells = workbook.worksheets.flatMap(sheet => sheet.getSheetValues().flat().map(value => String(value ?? '')));
        expect(cells).toContain('Neurorehabilitering');

        // Every format of the registry the server writes is offered; the Word file is made in the worker.
        expect(await page.locator('#download option').evaluateAll(options => options.map(option => (option as HTMLOptionElement).value)))
            .toEqual(['', 'json', 'md', 'html', 'csv', 'xlsx', 'docx']);
        const [word] = await Promise.all([page.waitForEvent('download'), page.selectOption('#download', 'docx')]);
        expect(word.suggestedFilename()).toBe('region-nordjylland-2024.docx');
        const documentXml = await readZipEntry(await word.path(), 'word/document.xml');
        expect(documentXml).toContain('Neurorehabilitering');
        expect(problems).toEqual([]);
        await context.close();
    });

    it('imports a dropped CSV as a new file, with the cells it could not read among the problems', async () => {
        const { context, page, problems } = await openPage();
        await balanceText(page, 'Balance 2024');
        await page.setInputFiles('#open-files', [{ name: 'uklar.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) }]);
        await page.locator('#files button', { hasText: 'uklar.brik' }).waitFor({ timeout: 60_000 });
        await expect.poll(() => editorText(page), { timeout: 30_000 }).toContain('brik "A"');
        const warning = page.locator('#problems li', { hasText: "uklar!B4: 'ca. 2' kan ikke læses som et beløb" });
        await warning.waitFor({ timeout: 30_000 });
        await page.screenshot({ path: path.join(ARTIFACTS, 'web-import.png') });
        expect(problems).toEqual([]);
        await context.close();
    });

    it('round-trips a catalogue through a share link', async () => {
        const { context, page, problems } = await openPage();
        await balanceText(page, 'Balance 2024');
        await openFiles(page, [{ name: 'proeve.brik', text: MISMATCH }]);
        await balanceText(page, 'Balance 2025');
        await page.click('#share');
        const link = await page.locator('#share-link').inputValue();
        expect(link.startsWith(`${server.url}#katalog=`)).toBe(true);
        const opened = await openPage(link);
        expect(await balanceText(opened.page, 'Balance 2025')).toBe('⚠ Balance 2025: 3,5 mio. kr.');
        expect(await editorText(opened.page)).toContain('brik "Ny klinik"');
        expect([...problems, ...opened.problems]).toEqual([]);
        await opened.context.close();
        await context.close();
    });
});
