import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../src/report/html-report.js';
import { everywhere, XSS_CORPUS } from './injection-corpus.js';
import { INVESTERINGER, INVESTERINGER_HEADER, MEDICIN, modelOf } from './report-fixture.js';

/** The opening tag of the row with these attributes, and the row itself. */
function row(html: string, attributes: string): string {
    const match = new RegExp(`<tr [^>]*${attributes}[^>]*>.*?</tr>`).exec(html);
    if (!match) throw new Error(`no row with ${attributes}`);
    return match[0];
}

const POOL = 'tema "Reservationspulje" { brik "Pulje" anlæg tidligere: 23_700, 2023: 1_870, 2024: 128_131, efterfølgende: 793_999 }';
const POOL_HEADER = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2024';

describe('htmlReport', () => {
    it('is one self-contained page: inline style, no script, nothing fetched, A4 print', async () => {
        const html = htmlReport(await modelOf(MEDICIN), { locale: 'da' });
        expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">/);
        expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">');
        expect(html).toContain('<title>Test</title>');
        expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|@import|url\((?!#)/i);
        expect(html.match(/<style>/g)).toHaveLength(1);
        // Five periods of ranges such as -93,6 – -77,6 are too wide for portrait.
        expect(html).toContain('@page { size: A4 landscape;');
        expect(html).toContain('tr, figure, .banner { break-inside: avoid; }');
        expect(html).toContain('thead { display: table-header-group; }');
        expect(html).toContain('font-variant-numeric: tabular-nums');
    });

    it('prints the summary with Danish figures and their exact ends in data- attributes', async () => {
        const html = htmlReport(await modelOf(MEDICIN), { locale: 'da' });
        expect(html).toContain('<h1>Test</h1>');
        expect(html).toContain('<p class="meta">Beløb i mio. kr. · P/L-2023 · budgetår 2024, overslagsår 2025–2027 · 3 brikker</p>');
        const balance = row(html, 'class="balance" data-budget="drift" data-column="netto"');
        expect(balance).toContain('<th scope="row" colspan="2">Balance</th>');
        expect(balance).toContain('<td class="num" data-period="2024" data-min="-93.6" data-max="-77.6">-93,6\u00A0–\u00A0-77,6</td>');
        expect(balance).toContain('<td class="num" data-period="permanent" data-min="-95.4" data-max="-79.4">-95,4\u00A0–\u00A0-79,4</td>');
        expect(row(html, 'data-budget="drift" data-column="finansiering"')).toContain('>-111,0</td>');
        expect(html).not.toContain('data-budget="anlæg"');
        expect(html).not.toContain('data-budget="årsværk"');
    });

    it('prints område → tema → brik with marks, kinds, categories, owners, notes and subtotals', async () => {
        const html = htmlReport(await modelOf(MEDICIN), { locale: 'da' });
        expect(html).toContain('<h2>Sundhedsområdet</h2>');
        expect(html).toContain('<h3><span class="number">1.6</span> Medicin og lægelige artikler</h3>');
        expect(html).toContain('<span class="mark" title="uomgængelig udgift">(!)</span> <span class="item-name">Vækst i medicinudgifter</span>');
        expect(html).toContain('<td>Omstilling<span class="category">eff</span></td>');
        expect(html).toContain('<div class="owner">Digitalisering og IT</div><p class="note">heraf uomgængeligt: 0,9</p>');
        const subtotal = row(html, 'class="subtotal" data-budget="drift" data-column="netto"');
        expect(subtotal).toContain('I alt – 1.6 Medicin og lægelige artikler');
        expect(subtotal).toContain('data-period="2024" data-min="17.4" data-max="33.4">17,4–33,4<');
        expect(row(html, 'class="part" data-budget="drift" data-column="opdrift"')).toContain('>– opdrift</th><td class="num" data-period="2024" data-min="20.8" data-max="36.8">20,8–36,8</td>');
        expect(row(html, 'class="part" data-budget="drift" data-column="omstilling"')).toContain('>-3,4</td>');
        expect(html).toContain('<h2>Finansiering</h2>');
        expect(html).toContain('Kategori: eff: effektivisering');
        expect(html).toContain('<span class="mark">*</span>politisk budgetforslag');
    });

    it('marks a political proposal with * after its name', async () => {
        const html = htmlReport(await modelOf('brik "Forslag fra udvalget" politisk drift 1'), { locale: 'da' });
        expect(html).toContain('<span class="item-name">Forslag fra udvalget</span> <span class="mark" title="politisk budgetforslag">*</span>');
    });

    it('shows anlæg and årsværk only when they have something, beside the balance', async () => {
        const html = htmlReport(await modelOf('tema "1" "T" { brik "IT" drift -15 permanent { anlæg 15 permanent årsværk 2 } }'), { locale: 'da' });
        expect(row(html, 'class="balance" data-budget="anlæg" data-column="netto"')).toContain('<th scope="row" colspan="2">Netto</th>');
        expect(row(html, 'data-budget="årsværk"')).toContain('>2,0</td>');
        expect(row(html, 'class="capital" data-budget="anlæg"')).toContain('>15,0</td>');
        expect(row(html, 'class="part capital" data-budget="anlæg"')).toContain('>Anlæg i alt</th>');
    });

    it('reads an investeringsoversigt as one: anlæg rows, bold anlæg subtotals and charts of anlæg, no drift', async () => {
        const html = htmlReport(await modelOf(INVESTERINGER, INVESTERINGER_HEADER), { locale: 'da' });
        expect(html).not.toContain('data-budget="drift"');
        expect(html).not.toContain('Balance');
        expect(html).not.toContain('class="capital"');
        expect(html).not.toContain('Anlæg i alt');
        expect(row(html, 'class="balance" data-budget="anlæg" data-column="netto"')).toContain('<td class="num" data-period="2023" data-min="33500" data-max="33500">33.500</td>');
        expect(row(html, 'class="item" data-kind="brik" data-item-kind="opdrift" data-budget="anlæg"')).toContain('<span class="item-name">IT-investeringer</span></td><td></td><td class="num" data-period="2023" data-min="15000" data-max="15000">15.000</td>');
        const subtotal = row(html, 'class="subtotal" data-budget="anlæg" data-column="netto"><th scope="row" colspan="2">I alt – Fælles puljer');
        expect(subtotal).toContain('<td class="num" data-period="2023" data-min="18500" data-max="18500">18.500</td><td class="num" data-period="2024" data-min="3500" data-max="3500">3.500</td>');
        // §9: its rows are Anlæg and Netto, never Opdrift; no Type column, no Varigt of zeros.
        expect(html).not.toContain('Opdrift');
        expect(html).not.toContain('>Type<');
        expect(row(html, 'class="kind" data-budget="anlæg" data-column="anlæg"')).toContain('<th scope="row" colspan="2">Anlæg</th><td class="num" data-period="2023" data-min="33500" data-max="33500">33.500</td>');
        expect(html).not.toContain('Varigt');
        expect(html).toContain('<figure class="chart-balance" data-budget="anlæg">\n<figcaption>Anlæg, netto pr. år</figcaption>');
        expect(html).toContain('<desc id="chart-balance-desc">2023: 33.500; 2024: 18.500; 2025: 18.500; 2026: 18.500</desc>');
        expect(html).toContain('<figcaption>Anlæg, netto pr. tema i budgetåret 2023</figcaption>');
        expect(html).toContain('<desc id="chart-themes-desc">IT og digitalisering: 15.000; Fælles puljer: 18.500</desc>');
    });

    it('prints Tidligere år, Efterfølgende år and I alt where a line uses them, and charts every period but I alt', async () => {
        const html = htmlReport(await modelOf(POOL, POOL_HEADER), { locale: 'da' });
        expect(html).toContain('<thead><tr><th scope="col">Budgetbrik</th><th scope="col"></th><th scope="col" class="num" data-period="tidligere">Tidligere år</th><th scope="col" class="num" data-period="2023">2023</th><th scope="col" class="num" data-period="2024">2024</th><th scope="col" class="num" data-period="efterfølgende">Efter\u00ADfølgende år</th><th scope="col" class="num" data-period="samlet">I alt</th></tr></thead>');
        const item = row(html, 'class="item" data-kind="brik" data-item-kind="opdrift" data-budget="anlæg"');
        expect(item).toContain('<td class="num" data-period="tidligere" data-min="23700" data-max="23700">23.700</td>');
        expect(item).toContain('<td class="num" data-period="efterfølgende" data-min="793999" data-max="793999">793.999</td><td class="num" data-period="samlet" data-min="947700" data-max="947700">947.700</td></tr>');
        expect(html).not.toContain('Varigt');
        expect(html).toContain('<figcaption>Anlæg, netto pr. år</figcaption>');
        expect(html).toContain('<desc id="chart-balance-desc">Tidligere år: 23.700; 2023: 1.870; 2024: 128.131; Efterfølgende år: 793.999</desc>');
    });

    it('charts a nested tema inside its parent, never beside it: no money counted twice on one axis', async () => {
        const html = htmlReport(await modelOf('område "S" {\n tema "3" "Psykiatrien" {\n  tema "3.1" "Børn og unge" { brik "A" drift 10.13 }\n }\n tema "4" "Somatik" { brik "B" drift 2 }\n}'), { locale: 'da' });
        expect(html).toContain('<desc id="chart-themes-desc">3 Psykiatrien: 10,1; 4 Somatik: 2,0</desc>');
    });

    it('shows no Varigt column where no line is permanent', async () => {
        const html = htmlReport(await modelOf('brik "A" drift 2024: 1, 2025: 2'), { locale: 'da' });
        expect(html).not.toContain('Varigt');
        expect(html).not.toContain('data-period="permanent"');
    });

    it('draws the two charts, each with a title and a text alternative', async () => {
        const html = htmlReport(await modelOf(MEDICIN), { locale: 'da' });
        expect(html).toContain('<figcaption>Balance: drift, netto pr. år og varigt</figcaption>');
        expect(html).toContain('<title id="chart-balance-title">Balance: drift, netto pr. år og varigt</title>');
        expect(html).toContain('<desc id="chart-balance-desc">2024: -93,6\u00A0–\u00A0-77,6; 2025: -95,4\u00A0–\u00A0-79,4;');
        expect(html).toContain('<figcaption>Drift, netto pr. tema i budgetåret 2024</figcaption>');
        expect(html).toContain('<desc id="chart-themes-desc">1.6 Medicin og lægelige artikler: 17,4–33,4</desc>');
    });

    it('switches language, labels and figures with the English locale', async () => {
        const html = htmlReport(await modelOf(MEDICIN), { locale: 'en' });
        expect(html).toContain('<html lang="en">');
        expect(html).toContain('<h2>Summary</h2>');
        expect(html).toContain('Amounts in mio. kr. · 2023 prices · budget year 2024, projection years 2025–2027 · 3 items');
        expect(row(html, 'class="balance" data-budget="drift"')).toContain('>-93.6\u00A0–\u00A0-77.6</td>');
        expect(html).toContain('content: "Page" " " counter(page) " " "of" " " counter(pages)');
        expect(html).toContain('<figcaption>Operating, net by theme in budget year 2024</figcaption>');
    });

    it('prints 1.000 kr. without decimals and with Danish grouping', async () => {
        const html = htmlReport(await modelOf('brik "A" omstilling drift -12000 permanent', 'enhed 1.000 kr.\n  prisniveau 2024\n  år 2024..2027'), { locale: 'da' });
        expect(row(html, 'class="balance"')).toContain('data-min="-12000" data-max="-12000">-12.000</td>');
    });

    it('shows a clearly visible banner when made from a file with errors', async () => {
        const model = await modelOf(MEDICIN);
        expect(htmlReport(model, { locale: 'da' })).not.toContain('class="banner"');
        const html = htmlReport({ ...model, basedOnErrors: true }, { locale: 'da' });
        expect(html).toContain('<div class="banner" role="alert" data-based-on-errors="true">OBS: Rapporten er lavet af en fil med fejl. Tallene kan være forkerte.</div>');
        expect(html.indexOf('class="banner"')).toBeLessThan(html.indexOf('<h2>'));
    });

    describe('keeps every text from the file inert', () => {
        it.each(XSS_CORPUS)('%s', async text => {
            const html = htmlReport(await modelOf(everywhere([text])), { locale: 'da' });
            const tags = [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map(match => match[1].toLowerCase());
            const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'div', 'span',
                'section', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'svg', 'desc',
                'defs', 'pattern', 'rect', 'line', 'circle', 'text', 'g', 'aside', 'strong', 'footer']);
            expect(tags.filter(tag => !allowed.has(tag))).toEqual([]);
            expect(html.match(/<style>/g)).toHaveLength(1);
            expect(html.match(/<\/style>/g)).toHaveLength(1);
            expect(html).not.toMatch(/<[a-z]+\s[^>]*\son[a-z]+\s*=/i);
            expect(html).not.toMatch(/<[a-z]+\s[^>]*\s(href|src)\s*=/i);
            // Shown, escaped, wherever the file's text goes: title, headings, cells, owner, note, chart.
            const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
            expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(8);
        });
    });
});
