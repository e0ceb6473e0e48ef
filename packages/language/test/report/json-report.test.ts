import { describe, expect, it } from 'vitest';
import { jsonReport } from '../../src/report/json-report.js';
import { MEDICIN, modelOf } from './report-fixture.js';

describe('jsonReport (brik-report/1, docs/reports.md)', () => {
    it('has the documented shape, with every amount a decimal string', async () => {
        const report = JSON.parse(jsonReport(await modelOf(MEDICIN)));
        expect(Object.keys(report)).toEqual(['schema', 'budget', 'unit', 'priceLevel', 'years', 'basedOnErrors', 'scenario', 'restatedFrom', 'total', 'children', 'scenarios']);
        expect(report).toMatchObject({ schema: 'brik-report/1', budget: 'Test', unit: 'mio. kr.', priceLevel: 2023, years: [2024, 2025, 2026, 2027] });
        expect(Object.keys(report.total)).toEqual(['drift', 'anlæg', 'årsværk']);
        expect(Object.keys(report.total.drift)).toEqual(['opdrift', 'omstilling', 'finansiering', 'netto']);
        // No line writes tidligere or efterfølgende, so only samlet is added to the keys of before.
        expect(Object.keys(report.total.drift.netto)).toEqual(['2024', '2025', '2026', '2027', 'permanent', 'samlet']);
        expect(report.total.drift.netto['2024']).toEqual({ min: '-93.6', max: '-77.6' });
        expect(report.total.drift.netto.permanent).toEqual({ min: '-95.4', max: '-79.4' });
        // -93.6 + 3 × -95.4 and -77.6 + 3 × -79.4: the four years, permanent not counted.
        expect(report.total.drift.netto.samlet).toEqual({ min: '-379.8', max: '-315.8' });
        const amounts = JSON.stringify(report.total).match(/"(min|max)":"[^"]*"/g)!;
        amounts.forEach(amount => expect(amount).toMatch(/"(min|max)":"-?[0-9]+(\.[0-9]+)?"$/));
    });

    it('writes the catalogue tree with kinds, numbers, marks and item details', async () => {
        const report = JSON.parse(jsonReport(await modelOf(MEDICIN)));
        const [area, financing] = report.children;
        expect(area).toMatchObject({ kind: 'område', name: 'Sundhedsområdet', number: null, marks: [], brikCount: 3 });
        expect(financing).toMatchObject({ kind: 'finansiering', name: 'Råderum fra Økonomiaftale, drift', marks: [] });
        expect(financing.total.drift.finansiering['2024']).toEqual({ min: '-111', max: '-111' });
        const [theme] = area.children;
        expect(theme).toMatchObject({ kind: 'tema', number: '1.6' });
        expect(theme.children.map((c: { marks: string[] }) => c.marks)).toEqual([['uomgængelig'], ['omstilling'], ['uomgængelig']]);
        expect(theme.children[1]).toMatchObject({ categories: ['eff'], owner: null });
        expect(theme.children[2]).toMatchObject({ owner: 'Digitalisering og IT', unavoidablePart: { min: '0.9', max: '0.9' } });
    });

    it('adds tidligere and efterfølgende to every YEARS object where the budget uses them: seed 003\'s 1.355.700', async () => {
        const header = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2026';
        const report = JSON.parse(jsonReport(await modelOf(`tema "Anlæg" {
    brik "Reservationspulje til større projekter" {
      anlæg tidligere: 23_700, 2023: 1_870, 2024: 128_131, 2025: 198_500, 2026: 209_500, efterfølgende: 793_999
      total anlæg samlet: 1_355_700
    }
    brik "Ny drift" drift 2023: 5 permanent
  }`, header)));
        const keys = ['2023', '2024', '2025', '2026', 'permanent', 'tidligere', 'efterfølgende', 'samlet'];
        expect(Object.keys(report.total['anlæg'].netto)).toEqual(keys);
        expect(Object.keys(report.total.drift.opdrift)).toEqual(keys);
        expect(Object.keys(report.children[0].children[1].total['årsværk'])).toEqual(keys);
        const project = report.children[0].children[0].total['anlæg'].netto;
        expect([project.tidligere, project['efterfølgende'], project.samlet]).toEqual([
            { min: '23700', max: '23700' }, { min: '793999', max: '793999' }, { min: '1355700', max: '1355700' }
        ]);
        // The drift brik's permanent 5 is not part of its samlet: 5 in each of the four years.
        expect(report.total.drift.netto.samlet).toEqual({ min: '20', max: '20' });
        expect(report.total.drift.netto.tidligere).toEqual({ min: '0', max: '0' });
    });

    it('keeps the tidligere and efterfølgende keys in a --scenario view that leaves out the brik writing them', async () => {
        const source = 'brik "Projekt" anlæg tidligere: 23_700, 2023: 1_870\n  brik "Drift" uomgængelig drift 2023: 5\n  scenarie "Kun drift" { }';
        const model = await modelOf(source, 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2026', { scenario: 'Kun drift' });
        const report = JSON.parse(jsonReport(model));
        expect(report.total['anlæg'].netto.tidligere).toEqual({ min: '0', max: '0' });
        expect(report.total.drift.netto.samlet).toEqual({ min: '5', max: '5' });
        expect(report.children.map((c: { name: string }) => c.name)).toEqual(['Drift']);
    });

    it('gives each brik its lines by kind, etablering apart from drift (keys only added: still brik-report/1)', async () => {
        const json = JSON.parse(jsonReport(await modelOf('brik "Plasmaferese" {\n drift 2024: 2.4 permanent\n etablering 2024: 6.0\n årsværk 2024: 3 permanent\n}'))) as {
            schema: string; children: Array<{ lines: Record<string, Record<string, { min: string; max: string }>> }>;
        };
        expect(json.schema).toBe('brik-report/1');
        const lines = json.children[0].lines;
        expect(Object.keys(lines)).toEqual(['drift', 'etablering', 'årsværk']);
        expect(lines.drift['2024']).toEqual({ min: '2.4', max: '2.4' });
        expect(lines.etablering['2024']).toEqual({ min: '6', max: '6' });
        expect(lines.etablering['2025']).toEqual({ min: '0', max: '0' });
        expect(lines['årsværk'].permanent).toEqual({ min: '3', max: '3' });
    });
});
