import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../src/evaluation/exact-decimal.js';
import { decimalString, jsonReport } from '../../src/report/json-report.js';
import { MEDICIN, modelOf } from './report-fixture.js';

describe('decimalString', () => {
    it.each([
        ['15', '15'], ['26.60', '26.6'], ['-0', '0'], ['0.0000001', '0.0000001'],
        ['123456789012345678901234567890', '123456789012345678901234567890']
    ])('writes %s as %s, never with an exponent', (value, expected) => {
        expect(decimalString(new ExactDecimal(value))).toBe(expected);
    });
});

describe('jsonReport (brik-report/1, docs/reports.md)', () => {
    it('has the documented shape, with every amount a decimal string', async () => {
        const report = JSON.parse(jsonReport(await modelOf(MEDICIN)));
        expect(Object.keys(report)).toEqual(['schema', 'budget', 'unit', 'priceLevel', 'years', 'basedOnErrors', 'scenario', 'restatedFrom', 'total', 'children', 'scenarios']);
        expect(report).toMatchObject({ schema: 'brik-report/1', budget: 'Test', unit: 'mio. kr.', priceLevel: 2023, years: [2024, 2025, 2026, 2027] });
        expect(Object.keys(report.total)).toEqual(['drift', 'anlæg', 'årsværk']);
        expect(Object.keys(report.total.drift)).toEqual(['opdrift', 'omstilling', 'finansiering', 'netto']);
        expect(Object.keys(report.total.drift.netto)).toEqual(['2024', '2025', '2026', '2027', 'permanent']);
        expect(report.total.drift.netto['2024']).toEqual({ min: '-93.6', max: '-77.6' });
        expect(report.total.drift.netto.permanent).toEqual({ min: '-95.4', max: '-79.4' });
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
});
