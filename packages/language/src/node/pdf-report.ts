import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { htmlReport } from '../report/html-report.js';
import type { ReportModel } from '../report/report-model.js';
import type { ReportWriter, ReportWriterOptions } from '../report/render-report.js';
import { NoReportWriterError } from '../report/render-report.js';

// The PDF report (`brik report --format pdf`, and the editor's export): the HTML report, printed
// by a Chromium-family browser that is already on the machine (Debian's chromium, Edge or Chrome),
// driven by playwright-core. One layout for screen and paper, and no browser downloaded:
// docs/reports.md says why. Node only (`@brik/language/pdf`): the web app never loads it.

/** Where the browsers a Danish public-sector PC or a server has are installed, in the order tried. */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
    if (platform === 'win32') {
        const roots = [env['ProgramFiles(x86)'], env.ProgramFiles, env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
        return roots.flatMap(root => [
            path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
            path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')
        ]);
    }
    if (platform === 'darwin') {
        return ['Google Chrome', 'Microsoft Edge', 'Chromium'].map(name => `/Applications/${name}.app/Contents/MacOS/${name}`);
    }
    return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'];
}

/** The browser to print with: the one named (`--browser`), else the first installed; undefined when none is. */
export function findBrowser(named?: string): string | undefined {
    if (named !== undefined) {
        return existsSync(named) ? named : undefined;
    }
    return browserCandidates().find(candidate => existsSync(candidate));
}

/** Where a PDF is asked for, in its own words: how a browser is named there, and the formats that need none. */
export interface PdfHost {
    /** The browser to print with, instead of the one found on the machine (`--browser`). */
    readonly browser?: string;
    /** How the user names a browser there, e.g. ", eller angiv browseren med --browser STI". */
    readonly nameBrowser: string;
    /** What to do without one, e.g. "Uden browser: brug --format docx (Word) eller --format html, og udskriv den som PDF." */
    readonly withoutBrowser: string;
}

/** No PDF without a browser: names what to install and the formats that need none (the CLI exits 2). */
function noBrowser(host: PdfHost, why?: string): NoReportWriterError {
    const which = host.browser !== undefined ? `Browseren ${host.browser} findes ikke.` : 'Der er ingen Chromium-browser på maskinen (Chromium, Google Chrome eller Microsoft Edge).';
    return new NoReportWriterError('pdf', `PDF-rapporten er HTML-rapporten udskrevet af en browser. ${which}${why ? ` (${why})` : ''} `
        + `Installér Chromium (Debian/Ubuntu: apt install chromium), Google Chrome eller Microsoft Edge${host.nameBrowser}. ${host.withoutBrowser}`);
}

/** The browser of this run, started at the first PDF and shared by the rest (a folder of catalogues). */
let running: Promise<Browser> | undefined;

async function browserAt(executablePath: string, host: PdfHost): Promise<Browser> {
    running ??= import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: ['--disable-extensions', '--no-first-run'] }))
        .catch((error: Error) => {
            running = undefined;
            throw noBrowser(host, `${executablePath} kunne ikke startes: ${error.message.split('\n')[0]}`);
        });
    return running;
}

/** Closes the browser the PDFs of this run were printed with, if one was started. */
export async function closePdfBrowser(): Promise<void> {
    const browser = await running?.catch(() => undefined);
    running = undefined;
    await browser?.close();
}

/**
 * The PDF writer for a browser (the host's, or found): prints the HTML report on A4 with its print
 * stylesheet (page numbers, repeated table headers, no row split, a page break before each område).
 * Nothing is fetched: every request but the page itself is refused, and scripts are off.
 */
export function pdfWriter(host: PdfHost): ReportWriter {
    return async (model: ReportModel, options: ReportWriterOptions) => {
        const executablePath = findBrowser(host.browser);
        if (!executablePath) {
            throw noBrowser(host);
        }
        const browser = await browserAt(executablePath, host);
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        try {
            await context.route('**/*', route => route.abort('blockedbyclient'));
            const page = await context.newPage();
            await page.setContent(htmlReport(model, { locale: options.locale }), { waitUntil: 'load' });
            await page.emulateMedia({ media: 'print' });
            return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }));
        } finally {
            await context.close();
        }
    };
}
