import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { diffBudgets } from '../../src/report/budget-diff.js';
import { csvReport } from '../../src/report/csv-report.js';
import { diffJson, diffText } from '../../src/report/diff-report.js';
import { htmlReport } from '../../src/report/html-report.js';
import { jsonReport } from '../../src/report/json-report.js';
import { markdownReport } from '../../src/report/markdown-report.js';
import { xlsxReport } from '../../src/report/xlsx-report.js';
import { modelOf } from './report-fixture.js';

// `1.2.3` cannot be read in mio. kr. (brik/thousands-dots): 2024 of "Ulæselig", and every
// figure that counts it, is unknown; 2025 and permanent are known.
const BROKEN = `tema "T" {\n  brik "Læsbar" drift 1.5 permanent\n  brik "Ulæselig" drift 2024: 1.2.3, 2025: 2\n}`;
const HEADER = 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2025';
const broken = () => modelOf(BROKEN, HEADER, { basedOnErrors: true });

describe('a report of a file with an amount that cannot be read (--allow-errors)', () => {
    it('prints the unknown figures as ukendt in Markdown, never 0', async () => {
        const md = markdownReport(await broken(), { locale: 'da' });
        expect(md).toContain([
            '| Opdrift      |     ukendt |     3,5 |     1,5 |',
            '| Omstilling   |        0,0 |     0,0 |     0,0 |',
            '| Finansiering |        0,0 |     0,0 |     0,0 |',
            '| **Balance**  | **ukendt** | **3,5** | **1,5** |'
        ].join('\n'));
        expect(md).toContain('| Ulæselig      | Opdrift |     ukendt |     2,0 |     0,0 |\n| **I alt – T** |         | **ukendt** | **3,5** | **1,5** |');
    });

    it('prints them as unknown in HTML, without exact ends, and draws no bar for them', async () => {
        const html = htmlReport(await broken(), { locale: 'en' });
        // The summary's opdrift, omstilling, finansiering and balance; then Læsbar, Ulæselig and T's total.
        expect(html.match(/<td[^>]*data-period="2024"[^>]*>[^<]*<\/td>/g)).toEqual([
            '<td class="num" data-period="2024" data-unknown="true">unknown</td>',
            '<td class="num zero" data-period="2024" data-min="0" data-max="0">0.0</td>',
            '<td class="num zero" data-period="2024" data-min="0" data-max="0">0.0</td>',
            '<td class="num" data-period="2024" data-unknown="true">unknown</td>',
            '<td class="num" data-period="2024" data-min="1.5" data-max="1.5">1.5</td>',
            '<td class="num" data-period="2024" data-unknown="true">unknown</td>',
            '<td class="num" data-period="2024" data-unknown="true">unknown</td>'
        ]);
        expect(html.match(/<title>[^<]*<\/title>/g)).toEqual(['<title>Test</title>', '<title>2024: unknown</title>', '<title>2025: 3.5</title>', '<title>Permanent: 1.5</title>', '<title>T: unknown</title>']);
    });

    it('writes ukendt in both CSV cells of an unknown figure', async () => {
        const rows: Array<Record<string, string>> = parse(csvReport(await broken(), { locale: 'da' }), { bom: true, columns: true });
        expect(rows.map(r => [r.Navn, r['2024 min'], r['2024 max'], r['2025 min'], r['varigt max']])).toEqual([
            ['Læsbar', '1.5', '1.5', '1.5', '1.5'],
            ['Ulæselig', 'ukendt', 'ukendt', '2', '0']
        ]);
    });

    it('writes unknown as text in the workbook, where no SUM can count it as 0', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(await xlsxReport(await broken(), { locale: 'en' })) as unknown as ExcelJS.Buffer);
        const sheet = workbook.worksheets.find(s => s.name !== workbook.worksheets[0].name)!;
        const rows: unknown[][] = [];
        sheet.eachRow(row => rows.push([row.getCell(2).value, ...[5, 6, 7].map(c => { const cell = row.getCell(c); return cell.formula ? `=${cell.formula} (${String(cell.result)})` : cell.value; })]));
        // Every figure that can be read is exact: one column a period, the unknown one too.
        expect([5, 6, 7].map(c => sheet.getRow(1).getCell(c).value)).toEqual(['2024', '2025', 'Permanent']);
        expect(rows.slice(1)).toEqual([
            ['Læsbar', 1.5, 1.5, 1.5],
            ['Ulæselig', 'unknown', 2, 0],
            ['Total – T', 'unknown', '=SUM(F2:F3) (3.5)', '=SUM(G2:G3) (1.5)'],
            ['Total – Test', 'unknown', '=SUM(F4) (3.5)', '=SUM(G4) (1.5)']
        ]);
    });

    it('adds "unknown": true to an unknown figure in the JSON, its min and max only what could be read', async () => {
        const report = JSON.parse(jsonReport(await broken()));
        expect(report.basedOnErrors).toBe(true);
        expect(report.children[0].total.drift.netto).toEqual({
            2024: { min: '1.5', max: '1.5', unknown: true }, 2025: { min: '3.5', max: '3.5' },
            permanent: { min: '1.5', max: '1.5' }, samlet: { min: '5', max: '5', unknown: true }
        });
    });

    it('shows a diff against an unknown figure as a change of unknown size', async () => {
        const diff = diffBudgets(await modelOf(BROKEN.replace('1.2.3', '1.5'), HEADER), await broken());
        expect(diffText(diff, { locale: 'da', decimals: 1 })).toBe([
            'Test, mio. kr.: 1 ændrede, 0 nye, 0 fjernede og 0 omdøbte brikker',
            '* ændret: T › "Ulæselig"',
            '    drift opdrift 2024: 1,5 → ukendt (ukendt)',
            '    drift netto 2024: 1,5 → ukendt (ukendt)',
            'Subtotaler:',
            '  T',
            '    drift netto 2024: 3,0 → ukendt (ukendt)',
            'Balance (drift netto):',
            '  drift netto 2024: 3,0 → ukendt (ukendt)',
            ''
        ].join('\n'));
        expect(JSON.parse(diffJson(diff)).balance).toEqual([{
            budget: 'drift', column: 'netto', period: '2024',
            before: { min: '3', max: '3' }, after: { min: '1.5', max: '1.5', unknown: true }, change: { min: '-1.5', max: '-1.5', unknown: true }
        }]);
    });
});
