import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExactDecimal, formatInterval } from '@brik/language';
import type { JsonReport, JsonYears } from './support/reports.js';
import { atPeriods, budgetHasMoney, budgetsIn, columnsAt, hasMoneyJson, isItemJson, preorder, printedPeriodsOf, readJsonReport, shownBudgetsOf, writeReports } from './support/reports.js';
import { ROOT } from './support/run-brik.js';

/**
 * The HTML report of every example, and of a fixture full of markup, as `brik report FOLDER`
 * writes it, opened in a real headless Chromium: nothing is fetched, nothing errs, every
 * figure in the page is the JSON report's, and text from the file stays text. A screenshot of
 * each first page goes to test-artifacts/. Debian's chromium is used, never a downloaded one.
 */

const CHROMIUM = process.env.BRIK_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
/** A4 at 150 dpi: the width and height of a page as a person sees it. */
const A4_VIEWPORT = { width: 1240, height: 1754 };
/** A4 portrait's printable width at 96 px/in, inside the report's 14 mm side margins. */
const A4_PRINT_WIDTH = 688;
const FOLDERS = ['examples', 'test/fixtures/report'];
const CASES = FOLDERS.flatMap(folder => budgetsIn(folder).map(name => [`${folder}/${name}`, folder, name] as const));

let browser: Browser;
/** For each folder, where the CLI wrote its HTML and JSON reports. */
const written = new Map<string, { html: string; json: string }>();

beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium was not found at ${CHROMIUM}. The HTML report is tested in a real browser: `
            + 'install Debian\'s chromium (apt-get install chromium; .ci/run does this), or set BRIK_CHROMIUM to its path.');
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const folder of FOLDERS) {
        written.set(folder, { html: writeReports(folder, 'html'), json: writeReports(folder, 'json') });
    }
});

afterAll(async () => {
    await browser?.close();
});

/** What the page shows, read from its DOM. */
interface PageFigures {
    summary: Record<string, Record<string, JsonYears>>;
    containers: Array<{ kind: string; heading: string; rows: Record<string, JsonYears> }>;
    items: Array<{ name: string; kind: string; netto: JsonYears }>;
    cells: Array<{ min: string; max: string; text: string }>;
}

/** A page that fails its test on any request, console error, page error or dialog. */
async function openReport(html: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: A4_VIEWPORT });
    const problems: string[] = [];
    await page.route('**/*', route => {
        problems.push(`request: ${route.request().url()}`);
        return route.abort();
    });
    page.on('request', request => problems.push(`request: ${request.url()}`));
    page.on('console', message => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('dialog', dialog => {
        problems.push(`dialog: ${dialog.message()}`);
        return dialog.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, problems };
}

function readFigures(page: Page): Promise<PageFigures> {
    return page.evaluate(() => {
        const years = (row: Element) => Object.fromEntries([...row.querySelectorAll<HTMLElement>('td[data-period]')]
            .map(cell => [cell.dataset.period!, { min: cell.dataset.min!, max: cell.dataset.max! }]));
        const summary: Record<string, Record<string, Record<string, { min: string; max: string }>>> = {};
        document.querySelectorAll<HTMLElement>('section.summary tbody.group').forEach(group => {
            summary[group.dataset.budget!] = Object.fromEntries([...group.querySelectorAll<HTMLElement>('tr[data-column]')]
                .map(row => [row.dataset.column!, years(row)]));
        });
        const containers = [...document.querySelectorAll<HTMLElement>('section[data-kind="område"], section[data-kind="tema"]')].map(section => {
            const rows: Record<string, Record<string, { min: string; max: string }>> = {};
            [...section.querySelectorAll('tbody.totals')].filter(body => body.closest('section') === section)
                .forEach(body => body.querySelectorAll<HTMLElement>('tr').forEach(row => rows[`${row.dataset.budget}.${row.dataset.column}`] = years(row)));
            const heading = section.querySelector(':scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6')!;
            return { kind: section.dataset.kind!, heading: heading.textContent!, rows };
        });
        const items = [...document.querySelectorAll<HTMLElement>('tr.item')].map(row => ({
            name: row.querySelector('.item-name')!.textContent!, kind: row.dataset.kind!, netto: years(row)
        }));
        const cells = [...document.querySelectorAll<HTMLElement>('td[data-period]')]
            .map(cell => ({ min: cell.dataset.min!, max: cell.dataset.max!, text: cell.textContent! }));
        return { summary, containers, items, cells };
    });
}

/** The HTML and JSON reports of one budget, as the CLI wrote them. */
function reportOf(folder: string, name: string): { html: string; json: JsonReport; htmlFile: string } {
    const { html, json } = written.get(folder)!;
    const htmlFile = path.join(html, `${name}.html`);
    return { html: readFileSync(htmlFile, 'utf8'), json: printedPeriods(readJsonReport(json, name)), htmlFile };
}

/**
 * The JSON report with only the periods the HTML report prints: §9 shows the I alt (samlet)
 * column only where a line of the budget uses tidligere or efterfølgende, and JSON has samlet always.
 */
function printedPeriods(json: JsonReport): JsonReport {
    const text = JSON.stringify(json);
    return text.includes('"tidligere":') || text.includes('"efterfølgende":')
        ? json
        : JSON.parse(text, (key, value) => key === 'samlet' ? undefined : value) as JsonReport;
}

describe.each(CASES)('the HTML report of %s in Chromium', (_, folder, name) => {
    const artifact = path.join(ARTIFACTS, name.replace(/\//g, '--'));

    it('loads with no request, no console error and no dialog; its figures are the JSON report\'s', async () => {
        const { json, html, htmlFile } = reportOf(folder, name);
        copyFileSync(htmlFile, `${artifact}.html`);
        const { page, problems } = await openReport(html);
        try {
            expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
            const shown = await readFigures(page);

            // The periods and budgets shown (§9): those that hold money, at the periods the budget uses.
            const periods = printedPeriodsOf(json);
            const budgets = shownBudgetsOf(json);
            const lead = budgets[0];

            // The summary: every column of each budget shown, årsværk when there is any.
            expect(shown.summary.drift).toEqual(budgets.includes('drift') ? columnsAt(json.total.drift, periods) : undefined);
            // Anlæg (§9): its brikker's lines as *Anlæg* (opdrift and omstilling together), finansiering where used, and netto.
            const anlaeg = columnsAt(json.total['anlæg'], periods);
            const sum = (a: string, b: string) => { const total = new ExactDecimal(a).plus(new ExactDecimal(b)); return total.isZero() ? '0' : total.toFixed(); };
            const anlaegRows = {
                'anlæg': Object.fromEntries(Object.entries(anlaeg.opdrift).map(([period, interval]) =>
                    [period, { min: sum(interval.min, anlaeg.omstilling[period].min), max: sum(interval.max, anlaeg.omstilling[period].max) }])),
                ...(hasMoneyJson(json.total['anlæg'].finansiering) ? { finansiering: anlaeg.finansiering } : {}),
                netto: anlaeg.netto
            };
            expect(shown.summary['anlæg']).toEqual(budgets.includes('anlæg') ? anlaegRows : undefined);
            expect(shown.summary['årsværk']).toEqual(hasMoneyJson(json.total['årsværk']) ? { 'årsværk': atPeriods(json.total['årsværk'], periods) } : undefined);

            // Every område and tema, in order, with its netto, its split and its anlæg.
            const containers = preorder(json.children).filter(node => node.kind === 'område' || node.kind === 'tema');
            expect(shown.containers.map(c => [c.kind, c.heading])).toEqual(containers.map(c => [c.kind, c.number ? `${c.number} ${c.name}` : c.name]));
            containers.forEach((node, i) => {
                const rows = shown.containers[i].rows;
                const kinds = (['opdrift', 'omstilling', 'finansiering'] as const).filter(kind => hasMoneyJson(node.total[lead][kind]));
                const expected: Record<string, JsonYears> = { [`${lead}.netto`]: atPeriods(node.total[lead].netto, periods) };
                if (kinds.length > 1) kinds.forEach(kind => expected[`${lead}.${kind}`] = atPeriods(node.total[lead][kind], periods));
                if (lead === 'drift' && budgetHasMoney(node.total['anlæg'])) {
                    expected['anlæg.netto'] = atPeriods(node.total['anlæg'].netto, periods);
                }
                expect(rows).toEqual(expected);
            });

            // Every brik and financing item with its netto of the leading budget.
            const items = preorder(json.children).filter(isItemJson);
            expect(shown.items).toEqual(items.map(item => ({ name: item.name, kind: item.kind, netto: atPeriods(item.total[lead].netto, periods) })));

            // And every printed figure is its exact ends, rounded and printed the Danish way.
            const format = { decimals: json.unit === 'mio. kr.' || json.unit === null ? 1 : 0, locale: 'da' as const };
            expect(shown.cells.length).toBeGreaterThan(items.length);
            for (const cell of shown.cells) {
                expect(cell.text).toBe(formatInterval({ min: new ExactDecimal(cell.min), max: new ExactDecimal(cell.max) }, format));
            }

            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_VIEWPORT.width);
            await page.screenshot({ path: `${artifact}.png` });
            expect(problems).toEqual([]);
        } finally {
            await page.close();
        }
    });

    it('has charts with titles, and fits A4 portrait in print without spilling sideways', async () => {
        const { html } = reportOf(folder, name);
        const { page, problems } = await openReport(html);
        try {
            const charts = await page.evaluate(() => [...document.querySelectorAll('svg.chart')].map(svg => ({
                title: svg.querySelector(':scope > title')?.textContent ?? '',
                desc: svg.querySelector(':scope > desc')?.textContent ?? '',
                labelledBy: svg.getAttribute('aria-labelledby')
            })));
            expect(charts.length).toBeGreaterThanOrEqual(1);
            charts.forEach(chart => {
                expect(chart.title).not.toBe('');
                expect(chart.desc).not.toBe('');
                expect(chart.labelledBy).toMatch(/-title .*-desc$/);
            });
            await page.emulateMedia({ media: 'print' });
            await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1000 });
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_PRINT_WIDTH);
            const pdf = await page.pdf({ preferCSSPageSize: true });
            expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
            expect(problems).toEqual([]);
        } finally {
            await page.close();
        }
    });
});

describe('the HTML report beside the editor, in a pane 530 px wide', () => {
    it.each(['region-nordjylland-2024', 'nordjylland-investeringsoversigt-2023'])('%s: the summary shows every period side by side, the charts\' text stays legible', async name => {
        const { html } = reportOf('examples', name);
        const { page, problems } = await openReport(html);
        try {
            await page.setViewportSize({ width: 530, height: 900 });
            const layout = await page.evaluate(() => {
                const scroll = document.querySelector('section.summary .scroll')!;
                const texts = [...document.querySelectorAll('svg.chart text')].map(text => text.getBoundingClientRect().height);
                return { overflow: scroll.scrollWidth - scroll.clientWidth, smallestText: Math.min(...texts), page: document.documentElement.scrollWidth };
            });
            expect(layout.overflow).toBeLessThanOrEqual(0);
            expect(layout.page).toBeLessThanOrEqual(530);
            // 9 CSS px is what the charts' smallest text was at full width.
            expect(layout.smallestText).toBeGreaterThanOrEqual(9);
            await page.screenshot({ path: path.join(ARTIFACTS, `${name}-530px.png`) });
            expect(problems).toEqual([]);
        } finally {
            await page.close();
        }
    });
});

describe('text from the file stays text in the browser', () => {
    it('runs no script, adds no element or handler, and shows every hostile text as written', async () => {
        const { json, html } = reportOf('test/fixtures/report', 'injection');
        const { page, problems } = await openReport(html);
        try {
            const found = await page.evaluate(() => ({
                injected: document.querySelectorAll('script, img, iframe, a, b, object, embed, link, input, form').length,
                handlers: [...document.querySelectorAll('*')].filter(element => [...element.attributes].some(a => a.name.startsWith('on'))).length,
                styles: [...document.querySelectorAll('style')].map(style => style.parentElement!.tagName),
                strayVectors: document.querySelectorAll('svg:not(.chart)').length,
                title: document.title,
                text: document.body.innerText
            }));
            expect(found).toMatchObject({ injected: 0, handlers: 0, styles: ['HEAD'], strayVectors: 0, title: json.budget });
            const texts = preorder(json.children).flatMap(node => [node.name, ...(node.number ? [node.number] : [])]);
            for (const text of [json.budget, ...texts, '<a href="javascript:alert(\'virksomhed\')">klik</a>', '{{constructor.constructor(\'alert(1)\')()}}']) {
                expect(found.text).toContain(text.trim());
            }
            expect(problems).toEqual([]);
        } finally {
            await page.close();
        }
    });
});
