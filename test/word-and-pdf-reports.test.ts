import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages as pages, pdfText } from './support/pdf-files.js';
import { ROOT, runBrik, runBrikAsync } from './support/run-brik.js';
import { HEADER, writeIn } from './support/scratch-files.js';

/**
 * The Word and PDF reports read as a reader reads them: every DOCX rendered by LibreOffice
 * (`soffice --headless --convert-to pdf`, all in one call), the PDFs read back with `pdftotext
 * -layout` and counted with `pdfinfo`; the first pages go to test-artifacts/reports/ as PNG
 * (`pdftoppm`). Debian's libreoffice-writer, poppler-utils and chromium, as .ci/run installs them.
 */

const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'reports');
const EXAMPLES = {
    health: 'region-nordjylland-2024',
    investments: 'nordjylland-investeringsoversigt-2023',
    savings: 'aarhus-mso-spareforslag-2024'
} as const;

let scratch: string;
const text: Record<string, string> = {};


function screenshot(pdf: string, name: string): void {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(ARTIFACTS, name)]);
}

/** The lines of a brik's own table, from its name to the end of its table (Samlet, then any anlæg and årsværk). */
function brikTable(all: string, name: string): string {
    const start = all.indexOf(name);
    expect(start, name).toBeGreaterThanOrEqual(0);
    const end = all.indexOf('\n\n', all.indexOf('Samlet', start));
    return all.slice(start, end < 0 ? undefined : end);
}

/** A row's words and figures, spaces collapsed: `Drift 1,7 1,6 1,6 1,6 1,6`. */
function row(all: string, start: string | RegExp): string {
    const line = all.split('\n').find(candidate => typeof start === 'string' ? candidate.trim().startsWith(start) : start.test(candidate.trim()));
    return line?.trim().replace(/\s+/g, ' ') ?? '';
}

beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'brik-docx-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    const files = Object.values(EXAMPLES).map(name => {
        const out = path.join(scratch, `${name}.docx`);
        const { code, stderr } = runBrik(['report', `examples/${name}.brik`, '--format', 'docx', '--out', out]);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        return out;
    });
    // One LibreOffice for every document, with a profile of its own (another soffice may be running).
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(scratch, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, ...files], { stdio: 'ignore', timeout: 180_000 });
    for (const name of Object.values(EXAMPLES)) {
        const pdf = path.join(scratch, `${name}.pdf`);
        text[name] = pdfText(pdf);
        screenshot(pdf, `${name}-docx`);
    }
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('brik report --format docx, as LibreOffice renders it', () => {
    it('seed 003\'s health overview: title, unit, summary with every subtotal, headings with the tema\'s number', () => {
        const all = text[EXAMPLES.health];
        expect(all).toContain('Budget 2024 – Region Nordjylland');
        expect(all).toContain('Beløb i mio. kr. · P/L-2023 · budgetår 2024, overslagsår 2025–2027 · 51 brikker');
        expect(row(all, 'Opdrift')).toBe('Opdrift 219,8–292,4 258,1–330,4 303,0–375,3 276,5–348,8 275,1–347,4');
        expect(row(all, 'Omstilling')).toBe('Omstilling -24,3 -24,3 -24,3 -24,3 -24,3');
        expect(row(all, 'Balance')).toBe('Balance 48,9–121,5 233,8–306,1 278,7–351,0 252,2–324,5 250,8–323,1');
        expect(all).toContain('1.1 Kapacitetspres, arbejdsmiljø og rekruttering');
        expect(all).toMatch(/I alt – 1\.6 Medicin og lægelige artikler/);
    });

    it('a brik with etablering: Drift, Etablering (engangs) and Samlet rows, etablering never folded into drift', () => {
        const table = brikTable(text[EXAMPLES.health], 'Nedbringelse af ventetid i skadestuerne');
        expect(table).toContain('Virksomhed: Region Nordjylland');
        expect(row(table, 'Drift')).toBe('Drift 1,7 1,6 1,6 1,6 1,6');
        expect(row(table, 'Etablering (engangs)')).toBe('Etablering (engangs) 0,1 0,0 0,0 0,0 0,0');
        expect(row(table, 'Samlet')).toBe('Samlet 1,7 1,6 1,6 1,6 1,6');
        // 1,7 + 0,1 shown, 1,7 in Samlet (1.65 + 0.05 = 1.7): the legend says why.
        expect(text[EXAMPLES.health].replace(/\s+/g, ' ')).toContain('Tallene er afrundet hver for sig, så en sum kan afvige fra summen af de viste tal.');
    });

    it('a brik with årsværk and one with a note and a range of etablering', () => {
        const staff = brikTable(text[EXAMPLES.health], 'Ekstra kapacitet i Børne- og ungdomspsykiatrien');
        expect(row(staff, 'Årsværk')).toBe('Årsværk 4,0–5,0 4,0–5,0 4,0–5,0 4,0–5,0 4,0–5,0');
        const stime = brikTable(text[EXAMPLES.health], 'Etablering af STIME');
        expect(stime).toContain('Styrket tværsektoriel indsats for børn og unges mentale sundhed.');
        expect(row(stime, 'Etablering (engangs)')).toBe('Etablering (engangs) 0,0–0,2 0,0 0,0 0,0 0,0');
        expect(row(stime, 'Samlet')).toBe('Samlet 0,0–4,9 0,0–4,7 0,0–4,7 0,0–4,7 0,0–4,7');
    });

    it('Samlet adds up the rows above it: a drift brik\'s anlæg and årsværk stand below it', () => {
        const tms = brikTable(text[EXAMPLES.health], 'Opstart af behandling med Transkraniel Magnet Stimulation (TMS)');
        const rows = tms.split('\n').map(line => line.trim().replace(/\s+/g, ' ')).filter(line => /^(Drift|Samlet|Anlæg) /.test(line));
        expect(rows).toEqual(['Drift 0,9 1,6 1,6 1,6 1,6', 'Samlet 0,9 1,6 1,6 1,6 1,6', 'Anlæg 0,5 0,5 0,0 0,0 0,0']);
        const staff = brikTable(text[EXAMPLES.health], 'Ekstra kapacitet i Børne- og ungdomspsykiatrien');
        expect(staff.indexOf('Samlet')).toBeLessThan(staff.indexOf('Årsværk'));
    });

    it('keeps a table on one page: no page begins with the Samlet or a subtotal row of a table on the page before', () => {
        for (const example of Object.values(EXAMPLES)) {
            // Line 0 of a page is its header (the catalogue's name). A table that goes on repeats its
            // header row, which names no figure: the first row after those is where the page begins.
            const firstRows = text[example].split('\f').slice(1).map(page => page.split('\n')
                .map(line => line.trim()).filter(line => line && !line.startsWith('Side ')).slice(1)
                .find(line => !/^\S.*?\s{2,}(\d{4}|Tidligere år)\b/.test(line) && !/^Økonomisk konsekvens\b/.test(line)) ?? '');
            // A brik's Samlet, or a total's "– finansiering", is never the first row of a page.
            expect(firstRows.filter(line => /^(Samlet\b|– )/.test(line)), example).toEqual([]);
        }
    });

    it('marks an unavoidable brik (!) before its name', () => {
        expect(text[EXAMPLES.health]).toMatch(/^\(!\) Vækst i medicinudgifter/m);
    });

    it('the investeringsoversigt: Anlæg and Netto, Tidligere år … I alt, never Opdrift', () => {
        const all = text[EXAMPLES.investments];
        expect(all).not.toContain('Opdrift');
        expect(row(all, /^Anlæg\s+\d/)).toBe('Anlæg 124.549 315.800 258.000 258.000 258.000 793.999 2.008.348');
        expect(row(all, 'Netto')).toBe('Netto 124.549 315.800 258.000 258.000 258.000 793.999 2.008.348');
        expect(all).toContain('Tidligere år');
        expect(row(brikTable(all, 'Reservationspulje Syd og Øst'), 'Samlet')).toBe('Samlet 0 62.000 0 0 0 0 62.000');
    });

    it('seed 004\'s spareforslag: omstilling, negative figures whole, kategori in words', () => {
        const all = text[EXAMPLES.savings];
        expect(row(all, 'Balance')).toBe('Balance -12.000 -12.000 -12.000 -12.000 -12.000');
        const table = brikTable(all, 'Samling af administrative opgaver');
        expect(table).toContain('Kategori: effektivisering, bortfald af opgave');
        expect(row(table, 'Samlet')).toBe('Samlet -1.100 -4.500 -4.500 -4.500 -4.500');
    });

    it('puts the catalogue\'s name in the header and "Side X af Y" in the footer', () => {
        const all = text[EXAMPLES.health];
        const total = pages(path.join(scratch, `${EXAMPLES.health}.pdf`));
        expect(all).toMatch(new RegExp(`Side 1 af ${total}\\b`));
        expect(all.split('Budget 2024 – Region Nordjylland').length).toBeGreaterThan(total);
    });

    it('lists the errors a report made with --allow-errors rests on, at its top', async () => {
        const dir = mkdtempSync(path.join(scratch, 'fejl-'));
        writeIn(dir, 'fejl.brik', `budget "Fejl" {\n  ${HEADER}\n  brik "A" drift 2,8\n}\n`);
        const out = path.join(dir, 'fejl.docx');
        expect((await runBrikAsync(['report', 'fejl.brik', '--format', 'docx', '--out', out, '--allow-errors'], { cwd: dir })).code).toBe(0);
        const { default: JSZip } = await import('jszip');
        const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
        expect(xml).toContain('OBS: Rapporten er lavet af en fil med fejl.');
        expect(xml).toMatch(/fejl\.brik, linje 5: /);
    });
});

describe('brik report --format pdf, printed by Debian\'s chromium', () => {
    it('prints the health overview on A4 pages with page numbers and the figures of the HTML report', async () => {
        const out = path.join(scratch, 'nordjylland.pdf');
        const { code, stderr } = await runBrikAsync(['report', `examples/${EXAMPLES.health}.brik`, '--format', 'pdf', '--out', out]);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
        const count = pages(out);
        expect(count).toBeGreaterThan(3);
        const all = pdfText(out);
        expect(all).toContain(`Side 1 af ${count}`);
        expect(all).toContain(`Side ${count} af ${count}`);
        expect(all).toMatch(/Balance\s+48,9–121,5\s+233,8–306,1/);
        screenshot(out, `${EXAMPLES.health}-pdf`);
    }, 120_000);

    it('without a browser: exit 2, naming what to install and the docx and html alternatives', () => {
        const { code, stderr } = runBrik(['report', `examples/${EXAMPLES.savings}.brik`, '--format', 'pdf', '--out', path.join(scratch, 'x.pdf'), '--browser', path.join(scratch, 'ingen-browser')]);
        expect(code).toBe(2);
        expect(stderr).toContain('Installér Chromium (Debian/Ubuntu: apt install chromium), Google Chrome eller Microsoft Edge');
        expect(stderr).toContain('brug --format docx (Word) eller --format html');
    });
});
