import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvReport } from '../../src/report/csv-report.js';
import { brikString, FILE_FORMULA_CORPUS } from './injection-corpus.js';
import { INVESTERINGER, INVESTERINGER_HEADER, MEDICIN, modelOf } from './report-fixture.js';

function records(csv: string): Array<Record<string, string>> {
    return parse(csv, { bom: true, columns: true, relax_column_count: false });
}

const POOL = 'tema "Reservationspulje" { brik "Pulje" anlæg tidligere: 23_700, 2023: 1_870, 2024: 128_131, efterfølgende: 793_999 }';
const POOL_HEADER = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2024';

describe('csvReport', () => {
    it('is UTF-8 with a byte order mark and CRLF line endings, for spreadsheets', async () => {
        const csv = csvReport(await modelOf(MEDICIN), { locale: 'da' });
        expect(csv.startsWith('\uFEFFOmråde,Tema nr.,Tema,Sti,Navn,Type,Markering,Virksomhed,Kategori,Noter,2024 min,2024 max,')).toBe(true);
        expect(csv.split('\r\n')).toHaveLength(4 + 1 + 1);
        expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    });

    it('writes one row per brik and financing item, with its place and plain decimal amounts', async () => {
        const rows = records(csvReport(await modelOf(MEDICIN), { locale: 'da' }));
        expect(rows.map(r => r.Navn)).toEqual(['Vækst i medicinudgifter', 'Bedre indkøb', 'Fællesregional handleplan', 'Råderum fra Økonomiaftale, drift']);
        expect(rows[0]).toMatchObject({
            Område: 'Sundhedsområdet', 'Tema nr.': '1.6', Tema: 'Medicin og lægelige artikler',
            Sti: 'Sundhedsområdet › 1.6 Medicin og lægelige artikler', Type: 'opdrift', Markering: 'uomgængelig',
            '2024 min': '19', '2024 max': '35', 'varigt min': '19', 'varigt max': '35'
        });
        expect(rows[1]).toMatchObject({ Type: 'omstilling', Markering: '', Kategori: 'eff', '2024 min': '-3.4', '2027 max': '-3.4' });
        expect(rows[2]).toMatchObject({ Virksomhed: 'Digitalisering og IT', '2024 min': '1.8', '2025 min': '0', 'heraf uomgængeligt 2024 min': '0.9', 'heraf uomgængeligt 2024 max': '0.9' });
        expect(rows[0]).toMatchObject({ 'heraf uomgængeligt 2024 min': '', 'heraf uomgængeligt 2024 max': '' });
        expect(rows[3]).toMatchObject({ Område: '', 'Tema nr.': '', Sti: '', Type: 'finansiering', '2024 min': '-111' });
        expect(Object.keys(rows[0]).some(key => key.startsWith('Anlæg'))).toBe(false);
    });

    it('adds anlæg columns only when the budget has anlæg, and the unavoidable part only when a brik has one', async () => {
        const [row] = records(csvReport(await modelOf('brik "IT" drift -15 permanent { anlæg 15.25 permanent }'), { locale: 'da' }));
        expect(row).toMatchObject({ '2024 min': '-15', 'Anlæg 2024 min': '15.25', 'Anlæg varigt max': '15.25' });
        expect(Object.keys(row).some(key => key.startsWith('heraf'))).toBe(false);
    });

    it('has only the anlæg columns for an investeringsoversigt', async () => {
        const csv = csvReport(await modelOf(INVESTERINGER, INVESTERINGER_HEADER), { locale: 'da' });
        expect(csv).toMatch(/^\uFEFFOmråde,Tema nr\.,Tema,Sti,Navn,Type,Markering,Virksomhed,Kategori,Noter,Anlæg 2023 min,Anlæg 2023 max,.*,Anlæg 2026 max\r\n/);
        // §9: a capital project is Anlæg, never Opdrift; no Varigt of zeros.
        expect(csv).not.toMatch(/opdrift|varigt/);
        const rows = records(csv);
        expect(Object.keys(rows[0]).filter(key => /^\d{4} /.test(key))).toEqual([]);
        expect(rows.map(r => [r.Navn, r['Anlæg 2023 min'], r['Anlæg 2026 max']])).toEqual([
            ['IT-investeringer', '15000', '15000'], ['APV (arbejdsmiljøforbedringer)', '3500', '3500'], ['Drift med engangskarakter', '15000', '0']
        ]);
    });

    it('adds the tidligere år, efterfølgende år and i alt columns where a line uses them', async () => {
        const [row] = records(csvReport(await modelOf(POOL, POOL_HEADER), { locale: 'da' }));
        expect(Object.keys(row).filter(key => key.startsWith('Anlæg'))).toEqual([
            'Anlæg tidligere år min', 'Anlæg tidligere år max', 'Anlæg 2023 min', 'Anlæg 2023 max', 'Anlæg 2024 min', 'Anlæg 2024 max',
            'Anlæg efterfølgende år min', 'Anlæg efterfølgende år max', 'Anlæg i alt min', 'Anlæg i alt max'
        ]);
        expect(row).toMatchObject({ 'Anlæg tidligere år min': '23700', 'Anlæg efterfølgende år max': '793999', 'Anlæg i alt min': '947700', 'Anlæg i alt max': '947700' });
    });

    it('switches the header labels with the English locale, never the numbers', async () => {
        const csv = csvReport(await modelOf(MEDICIN), { locale: 'en' });
        expect(csv).toMatch(/^\uFEFFArea,Theme no\.,Theme,Path,Name,Type,Marks,Unit responsible,Category,Notes,2024 min,2024 max,.*,permanent min,permanent max,of which unavoidable 2024 min,of which unavoidable 2024 max\r\n/);
        expect(records(csv)[1]).toMatchObject({ Type: 'reallocation', '2024 min': '-3.4' });
    });

    it('neutralises text cells that a spreadsheet would read as formulas, but not negative amounts', async () => {
        const members = FILE_FORMULA_CORPUS.map((text, i) => `brik ${brikString(text)} omstilling drift -${i + 1}.5 { virksomhed ${brikString(text)} note ${brikString(text)} }`).join('\n');
        const rows = records(csvReport(await modelOf(members), { locale: 'da' }));
        rows.forEach((row, i) => {
            expect(row.Navn).toBe(`'${FILE_FORMULA_CORPUS[i]}`);
            expect(row.Virksomhed).toBe(`'${FILE_FORMULA_CORPUS[i]}`);
            expect(row.Noter).toBe(`'${FILE_FORMULA_CORPUS[i]}`);
            expect(row['2024 min']).toBe(`-${i + 1}.5`);
        });
    });

    it('quotes commas, quotes and line breaks, so the file parses back to the same text', async () => {
        const rows = records(csvReport(await modelOf('brik "A, \\"B\\"" drift 1 { note "første" note "anden; tredje" }'), { locale: 'da' }));
        expect(rows[0]).toMatchObject({ Navn: 'A, "B"', Noter: 'første\nanden; tredje' });
    });
});
