import { describe, expect, it } from 'vitest';
import type { Budget } from '../../src/generated/ast.js';
import { jsonReport } from '../../src/report/json-report.js';
import { markdownReport } from '../../src/report/markdown-report.js';
import { htmlReport } from '../../src/report/html-report.js';
import { buildReportModel, ReportViewError } from '../../src/report/report-model.js';
import { brik, budget, parse } from '../brik-test-services.js';
import { seriesText } from '../series-text.js';

const YEARS = [2024, 2025];
const HEADER = 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2025';
const CATALOGUE = `prisindeks { 2023: 100.0  2024: 103.4  2025: 106.1 }
tema "1.12" "Tekniske" {
  brik "Affaldssortering" drift 3.3
  brik "Reservepulje" uomgængelig drift 10 permanent
  brik "Handleplan" uomgængelig 0.9 drift 1.8
}
brik "Neurorehabilitering" drift 2.8 permanent
finansiering "Råderum" drift -12 permanent
scenarie "Uomgængelige" { ramme 0 }
scenarie "Alt, max" { medtag alle  niveau max  ramme 0 }`;

async function model(view: Parameters<typeof buildReportModel>[2] = {}) {
    const document = await parse(budget(CATALOGUE, HEADER), { validation: true });
    return buildReportModel(brik.evaluation.Evaluator, document.parseResult.value as Budget, view);
}

describe('report views', () => {
    it('lists every scenario with its totals, ramme and excess', async () => {
        // Alt, max in 2024: 3.3 + 10 + 1.8 + 2.8 − 12 = 5.9; in 2025: 10 + 2.8 − 12 = 0.8.
        const report = JSON.parse(jsonReport(await model()));
        expect(report.scenarios.map((s: { name: string; ramme: string; level: string | null }) => [s.name, s.ramme, s.level])).toEqual([['Uomgængelige', '0', null], ['Alt, max', '0', 'max']]);
        expect(report.scenarios[0].total.drift.netto['2024']).toEqual({ min: '-1.1', max: '-1.1' });
        expect(report.scenarios[1].exceeded).toEqual([{ year: '2024', by: { min: '5.9', max: '5.9' } }, { year: '2025', by: { min: '0.8', max: '0.8' } }]);
        expect(report.scenarios[0].items).toEqual([
            { name: 'Reservepulje', path: ['1.12 Tekniske'], inclusion: 'full' }, { name: 'Handleplan', path: ['1.12 Tekniske'], inclusion: 'unavoidable-part' },
            { name: 'Råderum', path: [], inclusion: 'full' }
        ]);
    });

    it('restricts the catalogue to a scenario, with its amounts, leaving out empty containers', async () => {
        const restricted = await model({ scenario: 'Uomgængelige' });
        expect(restricted.scenario).toBe('Uomgængelige');
        expect(seriesText(restricted.totals.drift.netto, YEARS)).toEqual({ 2024: '-1.1', 2025: '-2', permanent: '-2' });
        const [theme] = restricted.children;
        expect(theme.children.map(c => [c.name, seriesText(c.totals.drift.netto, YEARS)[2024]])).toEqual([['Reservepulje', '10'], ['Handleplan', '0.9']]);
        expect(seriesText(theme.totals.drift.netto, YEARS)[2024]).toBe('10.9');
        expect(restricted.children.map(c => c.name)).toEqual(['Tekniske', 'Råderum']);
    });

    it('refuses an unknown scenario, naming the known ones', async () => {
        await expect(model({ scenario: 'Alt' })).rejects.toThrow(new ReportViewError('Budgettet har intet scenarie "Alt". Det har "Uomgængelige", "Alt, max".'));
    });

    it('restates every amount in another price level, exactly, leaving årsværk alone', async () => {
        const restated = await model({ priceLevel: 2024 });
        expect(restated.header.priceLevel).toBe(2024);
        expect(restated.restatedFrom).toBe(2023);
        // 2.8 × 103.4 / 100 = 2.8952
        expect(seriesText(restated.children[1].totals.drift.netto, YEARS)[2024]).toBe('2.8952');
        expect(JSON.parse(jsonReport(restated)).restatedFrom).toBe(2023);
    });

    it('refuses a price level the index does not have', async () => {
        await expect(model({ priceLevel: 2026 })).rejects.toThrow('Prisindekset har intet tal for 2026, så beløbene kan ikke omregnes fra P/L-2023 til P/L-2026. Tilføj 2026 i \'prisindeks\'.');
    });

    it('ends the Markdown and HTML reports with the scenarios side by side', async () => {
        const report = await model();
        const md = markdownReport(report, { locale: 'da' });
        expect(md).toMatch(/## Scenarier\n\n.*\n\n\| Scenarier +\| +\| +2024 \| +2025 \| +Varigt \|/);
        expect(md).toMatch(/\| Alt, max +\| maksimumsniveau; ramme 0,0, overskrides: 2024, 2025 \| +5,9 \| +0,8 \|/);
        const html = htmlReport(report, { locale: 'da' });
        expect(html).toContain('<tr class="scenario" data-scenario="Uomgængelige" data-budget="drift" data-column="netto">');
        expect(html).toMatch(/data-scenario="Alt, max"[^\n]*data-period="2024" data-min="5.9" data-max="5.9"/);
    });

    it('says in the title which scenario and which price level a report shows', async () => {
        const md = markdownReport(await model({ scenario: 'Alt, max', priceLevel: 2025 }), { locale: 'da' });
        expect(md.split('\n')[2]).toBe('Scenarie: Alt, max · Enhed: mio. kr. · P/L-2025 · omregnet fra P/L-2023 · budgetår 2024, overslagsår 2025 · 4 brikker');
    });
});
