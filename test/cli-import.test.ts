import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SheetFixture } from './support/import-fixtures.js';
import { INVESTERINGER, SPAREFORSLAG, SUNDHED, UOMGAENGELIGE, writeCsv, writeXlsx } from './support/import-fixtures.js';
import type { JsonNode, JsonReport } from './support/reports.js';
import { preorder } from './support/reports.js';
import { runBrik } from './support/run-brik.js';

/** `brik import` of spreadsheets in the layout of the seeds' tables, as XLSX and as Danish Excel's CSV. */

let dir: string;

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-import-'));
});

interface Imported {
    readonly code: number | null;
    readonly stderr: string;
    readonly brik: string;
    readonly report: JsonReport;
}

/** Imports the file into NAME.brik beside it, and reports the result as JSON (also when it has errors). */
function importFile(file: string, flags: readonly string[] = []): Imported {
    const out = file.replace(/\.(xlsx|csv)$/, `-${path.extname(file).slice(1)}.brik`);
    // A sheet is imported again under other flags: --overwrite replaces the earlier import's file.
    const { code, stderr } = runBrik(['import', path.basename(file), '--out', path.basename(out), '--overwrite', ...flags], { cwd: dir });
    const json = runBrik(['report', out, '--format', 'json', '--allow-errors']);
    return { code, stderr, brik: readFileSync(out, 'utf8'), report: JSON.parse(json.stdout) as JsonReport };
}

function node(report: JsonReport, name: string): JsonNode {
    const found = preorder(report.children).find(candidate => candidate.name === name);
    expect(found, name).toBeDefined();
    return found!;
}

const interval = (min: string, max = min) => ({ min, max });

/** The sheet's name in cell addresses: the workbook's sheet, or (as in Excel) a CSV file's name. */
const sheetOf = (file: string) => file.endsWith('.csv') ? path.basename(file, '.csv') : 'Ark1';

/** Each fixture both ways: the analyst's XLSX, and Danish Excel's CSV. */
function bothWays(fixture: SheetFixture, encoding: 'utf-8-bom' | 'windows-1252'): Array<[string, () => Promise<string>]> {
    return [
        ['xlsx', () => writeXlsx(dir, fixture)],
        [`csv (${encoding})`, async () => writeCsv(dir, fixture, encoding)]
    ];
}

describe('seed 004: the spareforslag table (Eff/BAO, staff only in total)', () => {
    it.each(bothWays(SPAREFORSLAG, 'windows-1252'))('%s, --fortegn udgift: every figure as it stands, the categories and the net total', async (_, write) => {
        const file = await write();
        const { code, stderr, brik, report } = importFile(file, ['--fortegn', 'udgift']);
        expect(code).toBe(0);
        expect(report.unit).toBe('1.000 kr.');
        expect((report as unknown as { priceLevel: number }).priceLevel).toBe(2024);
        expect(report.years).toEqual([2024, 2025, 2026, 2027]);
        expect(report.budget).toBe('Spareforslag 2024-2027 – Sundhed og Omsorg');
        expect(node(report, '1. Samling af administrative opgaver').total.drift.netto).toMatchObject({ 2024: interval('1100'), 2025: interval('4500'), 2027: interval('4500'), permanent: interval('0') });
        expect(node(report, '4. Digitaliseringsindsatser').total.drift.netto).toMatchObject({ 2024: interval('-1540'), 2025: interval('1100') });
        expect(node(report, '7. Indfasning af administrative besparelser ift. punkt 1 og 4').total.drift.netto).toMatchObject({ 2024: interval('6040'), 2025: interval('0') });
        for (const year of ['2024', '2025', '2026', '2027']) {
            expect(report.total.drift.netto[year]).toEqual(interval('12000'));
        }
        expect(brik).toMatch(/\n {2}brik "1\. Samling af administrative opgaver" +kategori eff, bao drift 2024: 1100, 2025\.\.2027: 4500\n/);
        expect(brik).toMatch(/\n {2}brik "7\. Indfasning af administrative besparelser ift\. punkt 1 og 4" drift 2024: 6040\n/);
        expect(brik).toMatch(/total 2024: 12_000\n\s*total 2025: 12_000\n\s*total 2026: 12_000\n\s*total 2027: 12_000\n/);
        // The staff row belongs to no brik: a comment where it stood, and a warning naming its cell.
        const sheet = sheetOf(file);
        expect(brik).toMatch(new RegExp(`// ${sheet}!A13: Personaleændringer\n\\s*// ${sheet}!B13: 10[.,]7\n`));
        expect(stderr).toContain(`${path.basename(file)}:${sheet}!A13: warning: 'Personaleændringer' står kun samlet`);
        expect(brik).toContain(`// ${sheet}!A15: Eff = Effektivisering.`);
        expect(stderr).not.toMatch(/error/);
    });

    it.each(bothWays(SPAREFORSLAG, 'utf-8-bom'))('%s: without --fortegn the import says what it sees, names the flag and writes nothing (exit 2)', async (_, write) => {
        const file = await write();
        const { code, stderr } = runBrik(['import', path.basename(file), '--out', 'aldrig.brik'], { cwd: dir });
        expect(code).toBe(2);
        expect(stderr).toBe(`brik: ${path.basename(file)} ligner et sparekatalog, hvor besparelser står som positive tal: titlen taler om besparelser, brikkerne har kategorierne Eff/BAO/AM, en række hedder "Nettoændringer", og brikkernes beløb er overvejende positive. Brik regner + som merudgift og − som besparelse, og importen gætter ikke. Skriv --fortegn besparelse, hvis de positive tal er besparelser (de skrives som omstilling med negative beløb), eller --fortegn udgift, hvis tallene er merudgifter, som de står.\n`);
    });

    it.each(bothWays(SPAREFORSLAG, 'utf-8-bom'))('%s, --fortegn besparelse: every saving an omstilling with its figure negated, and the net total -12.000', async (_, write) => {
        const file = await write();
        const { code, stderr, brik, report } = importFile(file, ['--fortegn', 'besparelse']);
        expect(stderr).toContain('står kun samlet');
        expect(code).toBe(0);
        expect(brik).toContain('\n  brik "1. Samling af administrative opgaver" {\n    omstilling\n    kategori eff, bao\n    drift 2024: -1100, 2025..2027: -4500\n  }\n');
        const digital = node(report, '4. Digitaliseringsindsatser');
        expect((digital as unknown as { marks: string[] }).marks).toEqual(['omstilling']);
        expect(digital.total.drift.omstilling).toMatchObject({ 2024: interval('1540'), 2025: interval('-1100') });
        for (const year of ['2024', '2025', '2026', '2027']) {
            expect(report.total.drift.omstilling[year]).toEqual(interval('-12000'));
            expect(report.total.drift.netto[year]).toEqual(interval('-12000'));
        }
        expect(brik).toMatch(/total 2024: -12_000\n\s*total 2025: -12_000\n/);
    });
});

describe('seed 003: the health overview (temaer with their subtotal on their own row, ranges, "(!)")', () => {
    it.each(bothWays(SUNDHED, 'utf-8-bom'))('%s: structure, ranges, marks and declared totals that hold', async (_, write) => {
        const file = await write();
        const { code, stderr, brik, report } = importFile(file);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(report.unit).toBe('mio. kr.');
        expect(report.years).toEqual([2024]);
        expect(report.children.map(child => [child.kind, child.name])).toEqual([['område', 'Sundhedsområdet']]);
        expect(report.children[0].children.map(child => [child.kind, child.number, child.name])).toEqual([
            ['tema', '1.1', 'Kapacitetspres, arbejdsmiljø og rekruttering'],
            ['tema', '1.2', 'Akutområdet'],
            ['tema', '1.6', 'Medicin og lægelige artikler']
        ]);
        expect(node(report, 'Kapacitetspres, arbejdsmiljø og rekruttering').total.drift.opdrift[2024]).toEqual(interval('15', '26.6'));
        expect(node(report, 'Akutområdet').total.drift.opdrift[2024]).toEqual(interval('10.8', '17.9'));
        const medicin = node(report, 'Medicin og lægelige artikler').total.drift;
        expect([medicin.opdrift[2024], medicin.omstilling[2024], medicin.netto[2024]]).toEqual([interval('24.7', '40.7'), interval('-8.4'), interval('16.3', '32.3')]);
        expect((node(report, 'Vækst i medicinudgifter') as unknown as { marks: string[] }).marks).toEqual(['uomgængelig']);
        expect((node(report, 'Bedre indkøb') as unknown as { marks: string[] }).marks).toEqual(['omstilling']);
        expect(node(report, 'De særlige medicinindsatser').total.drift.omstilling[2024]).toEqual(interval('-5'));
        expect(node(report, 'Styrkelse af akutområdet').total.drift.opdrift[2024]).toEqual(interval('0', '5'));
        expect(brik).toContain('total opdrift 2024: 15.0..26.6');
        expect(brik).toContain('total omstilling 2024: -8.4');
        expect(brik).toContain('brik "Vækst i medicinudgifter"');
        expect(brik).toContain(`// ${sheetOf(file)}, række 3: nr. 1\n  område "Sundhedsområdet" {`);
    });
});

describe('seed 003: the unavoidable expenses, whose printed subtotal "Tekniske udgifter 16,5" is wrong', () => {
    it.each(bothWays(UOMGAENGELIGE, 'windows-1252'))('%s: exactly that subtotal is an error; the grand total holds', async (_, write) => {
        const file = await write();
        const { code, stderr, brik, report } = importFile(file, ['--prisniveau', '2023']);
        expect(code).toBe(1);
        const errors = stderr.split('\n').filter(line => line.includes(': error: '));
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(/\[brik\/total-mismatch\]$/);
        expect(errors[0]).toContain('Totalen holder ikke: angivet 16.5, beregnet 16,4 (drift, netto, 2024).');
        const line = brik.split('\n').findIndex(text => text.trim() === 'total 2024: 16.5') + 1;
        expect(line).toBeGreaterThan(0);
        expect(errors[0]).toMatch(new RegExp(`^nordjylland-uomgaengelige-${file.endsWith('.csv') ? 'csv' : 'xlsx'}\\.brik:${line}:`));
        expect(node(report, 'Tekniske udgifter').total.drift.netto[2024]).toEqual(interval('16.4'));
        expect(report.total.drift.netto[2024]).toEqual(interval('132.5', '179.5'));
        expect(brik).toContain('total 2024: 132.5..179.5');
        expect(node(report, 'Udflytning til NAU og PNAU').total.drift.netto[2024]).toEqual(interval('19.4'));
        expect(brik).toContain('note "pension"');
        expect(preorder(report.children).filter(n => n.kind === 'brik').every(n => (n as unknown as { marks: string[] }).marks.includes('uomgængelig'))).toBe(true);
    });
});

describe('seed 003: the investeringsoversigt (Finansieret tidligere år, Efterfølgende år, Overslag i alt), on issue 12\'s grammar', () => {
    it.each(bothWays(INVESTERINGER, 'utf-8-bom'))('%s: anlæg by year, before and after the period, and every Overslag i alt', async (_, write) => {
        const file = await write();
        const { code, stderr, brik, report } = importFile(file, ['--prisniveau', '2023']);
        expect(brik).toContain('anlæg tidligere: 23_700, 2023: 1870, 2024: 128_131, 2025: 198_500, 2026: 209_500, efterfølgende: 793_999');
        expect(brik).toContain('total anlæg samlet: 1_355_700');
        expect(stderr).toBe('');
        expect(code).toBe(0);
        const aalborg = node(report, 'Aalborg Universitetshospital').total['anlæg'].netto;
        expect([aalborg.tidligere, aalborg[2023], aalborg[2024], aalborg.samlet]).toEqual([interval('30739'), interval('178500'), interval('86369'), interval('295608')]);
        expect(report.total['anlæg'].netto.samlet).toEqual(interval('1771308'));
    });
});

describe('brik import: what cannot be mapped, and bad input', () => {
    it('writes an unreadable cell as a comment at its place, names the cell and exits 1, still writing the file', () => {
        const file = path.join(dir, 'uklar.csv');
        writeFileSync(file, 'Katalog 2024, mio. kr., P/L 2023\r\nBudgetbrik;2024;Ansvarlig person\r\nA;1,5;\r\nB;ca. 2;Jens\r\nI alt;1,5\r\n');
        const { code, stderr, brik } = importFile(file);
        expect(code).toBe(1);
        expect(stderr).toContain("uklar.csv:uklar!B4: error: 'ca. 2' kan ikke læses som et beløb (fx 1.234,5, 0,0-10,0, (1.234) eller 1.234-); cellen er skrevet som en kommentar, og tallet mangler i filen. Ret cellen, og importér igen. [brik/import-unread]");
        expect(stderr).toContain("uklar.csv:uklar!C2: warning: Kolonnen 'Ansvarlig person' er ikke en, Brik kender");
        expect(stderr).toContain("uklar.csv:uklar!C4: warning: 'Jens' står i en kolonne uden kendt overskrift");
        // Never a 0 in its place: the brik has no figure.
        expect(brik).toMatch(/\/\/ uklar!B4: 'ca\. 2' er ikke læst\n\s*\/\/ uklar!C4: Jens\n\s*brik "B"\n/);
    });

    it('reads the mark columns "(!)" and "*", a "*" after a name, Type, Kategori, Virksomhed and Bemærkning', () => {
        const file = path.join(dir, 'markeringer.csv');
        writeFileSync(file, 'Budget 2024 (mio. kr.), P/L 2023\r\nBudgetbrik;(!);*;2024;Varigt;Type;Kategori;Virksomhed;Bemærkning\r\n'
            + 'Ny klinik *;;;1,5;1,5;;;;\r\nBedre indkøb;x;;-3,4;-3,4;omstilling;Eff.;Indkøb, Region Nordjylland;Fra 2024\r\n'
            + 'Akutbil;;x;0,5;;;;;\r\nRåderum;;;-10;;finansiering;;;\r\n');
        const { code, stderr, brik, report } = importFile(file);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        const marks = (name: string) => (node(report, name) as unknown as { marks: string[] }).marks;
        expect([marks('Ny klinik'), marks('Bedre indkøb'), marks('Akutbil'), marks('Råderum')]).toEqual([['politisk'], ['uomgængelig', 'omstilling'], ['politisk'], []]);
        expect(node(report, 'Råderum').kind).toBe('finansiering');
        expect(node(report, 'Bedre indkøb').total.drift.omstilling.permanent).toEqual(interval('-3.4'));
        expect(brik).toContain('brik "Bedre indkøb" {\n    omstilling\n    uomgængelig\n    virksomhed "Indkøb, Region Nordjylland"\n    kategori eff\n    drift -3.4 permanent\n    note "Fra 2024"\n  }');
        expect(report.total.drift.netto[2024]).toEqual(interval('-11.4'));
    });

    it('exits 2 on a missing file, an unknown kind of file, and a sheet that states no unit', () => {
        expect(runBrik(['import', 'findes-ikke.xlsx'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'brik: findes-ikke.xlsx findes ikke.\n' });
        writeFileSync(path.join(dir, 'tabel.ods'), 'x');
        expect(runBrik(['import', 'tabel.ods'], { cwd: dir }).code).toBe(2);
        writeFileSync(path.join(dir, 'uden-enhed.csv'), 'Budgetbrik;2024\r\nA;1\r\n');
        const result = runBrik(['import', 'uden-enhed.csv'], { cwd: dir });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('brik: uden-enhed.csv siger ikke enheden (brug --enhed "mio. kr.", "1.000 kr." eller "kr."), prisniveauet (brug --prisniveau 2024).\n');
        const flagged = runBrik(['import', 'uden-enhed.csv', '--enhed', 'mio. kr.', '--prisniveau', '2023', '--år', '2024..2027'], { cwd: dir });
        expect(flagged.code).toBe(0);
        expect(flagged.stdout).toBe('budget "uden-enhed" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n\n  brik "A" drift 2024: 1\n}\n');
    });
});
