import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

/**
 * Spreadsheets as analysts keep them, in the layout of the seeds' own tables, for `brik import`.
 * Each is written once as the analyst's XLSX (figures typed as numbers where Excel would keep a
 * number, ranges as text) and once as Danish Excel's CSV (`;`, decimal comma, thousands dots).
 * Cells are written as the catalogue prints them: `1.100`, `0,0-10,0`, `(!) …`.
 */
export interface SheetFixture {
    readonly name: string;
    readonly sheet: string;
    readonly rows: ReadonlyArray<ReadonlyArray<string>>;
}

/** Seed 004 (Aarhus, Sundhed og Omsorg): the spareforslag table, l. 10–54, savings printed positive. */
export const SPAREFORSLAG: SheetFixture = {
    name: 'aarhus-spareforslag', sheet: 'Ark1', rows: [
        ['Spareforslag 2024-2027 – Sundhed og Omsorg'],
        ['Økonomiske konsekvenser og personaleændringer 2024-2027 (2024-PL i 1.000 kr.)'],
        [],
        ['Forslag', '2024', '2025', '2026', '2027', 'Kategori'],
        ['1. Samling af administrative opgaver', '1.100', '4.500', '4.500', '4.500', 'Eff./BAO'],
        ['2. Punktbesparelser i administrative enheder', '1.600', '1.600', '1.600', '1.600', 'Eff.'],
        ['3. Punktbesparelse i alle enheder i MSO', '200', '200', '200', '200', 'Eff.'],
        ['4. Digitaliseringsindsatser', '-1.540', '1.100', '1.100', '1.100', 'Eff.'],
        ['5. Ledelse', '700', '700', '700', '700', 'BAO.'],
        ['6. Restbeløb', '3.900', '3.900', '3.900', '3.900', 'Eff.'],
        ['7. Indfasning af administrative besparelser ift. punkt 1 og 4', '6.040', '0', '0', '0', '-'],
        ['Nettoændringer i driftsudgifter', '12.000', '12.000', '12.000', '12.000', '-'],
        ['Personaleændringer', '10,7', '18,1', '18,1', '18,1'],
        [],
        ['Eff = Effektivisering. Besparelsen findes gennem effektivisering, fx ny teknologi eller mere enkle arbejdsprocesser.']
    ]
};

/** Seed 003 (Region Nordjylland): the health overview, l. 500–560: temaer with subtotals on their own row, ranges, "(!)". */
export const SUNDHED: SheetFixture = {
    name: 'nordjylland-sundhed', sheet: 'Ark1', rows: [
        ['Budget 2024 (mio. kr.), P/L 2023'],
        ['Budgetbrik', 'Opdrift', 'Omstilling'],
        ['1 Sundhedsområdet'],
        ['1.1 Kapacitetspres, arbejdsmiljø og rekruttering', '15,0-26,6'],
        ['Optimal udnyttelse af hospitalernes sengekapacitet', '0,0-10,0'],
        ['Kapacitetsudvidelse \u2013 Børn og unge med funktionelle lidelser', '2,6'],
        ['Neurorehabilitering', '2,8'],
        ['Næste fase af garantiklinik i Thisted, herunder opstart af våd AMD', '3,0'],
        ['Ældremedicinsk team og geriatrisk stuegang på tværs af hospitalet', '1,4'],
        ['Support til vagtplanlægningsprocessen', '2,4'],
        ['Øget neurologisk kapacitet', '2,8'],
        ['Senfølgeklinik efter Covid-19', '0-1,6'],
        ['1.2 Akutområdet', '10,8-17,9'],
        ['Styrkelse af akutområdet', '0\u20135'],
        ['Nedbringelse af ventetid i skadestuerne i Region Nordjylland', '1,7'],
        ['Ressourcer til yderligere patienttransportenheder', '7,1'],
        ['Lægevagten \u2013 overtagelse af natbetjening', '0-2,1'],
        ['Behov for flere ressourcer til Sundhedsberedskabet', '2,0'],
        ['1.6 Medicin og lægelige artikler', '24,7-40,7', '-8,4'],
        ['(!) Vækst i medicinudgifter', '19,0-35,0'],
        ['De særlige medicinindsatser', '', '\u22125,0'],
        ['Behandlingsrådets anbefalinger vedr. sensorbaserede glukosemålere', '5,0'],
        ['Styrkelse af vederlagsfri udlevering', '0,7'],
        ['Bedre indkøb', '', '-3,4']
    ]
};

/**
 * Seed 003's table of unavoidable expenses (l. 405–430), with "Tekniske udgifter" split into its
 * four parts as the seeds' README gives them: the sheet prints their subtotal as 16,5, the parts
 * add up to 16,4 — the one wrong subtotal. The grand total 132,5-179,5 holds with 16,4.
 */
export const UOMGAENGELIGE: SheetFixture = {
    name: 'nordjylland-uomgaengelige', sheet: 'Ark1', rows: [
        ['Uomgængelige udgifter i 2024, mio. kr., P/L-2023'],
        ['Budgetbrik', '2024', 'Bemærkning'],
        ['(!) Afdækning af merforbrug på praksisområdet', '25-50'],
        ['(!) Vækst i medicinudgifter', '19-35'],
        ['(!) Forberedelse til fællesregional drift af Personlig Medicin', '1'],
        ['(!) Fællesregional handleplan på det diagnostiske område', '0,9'],
        ['(!) Udflytning til NAU og PNAU', '19,4'],
        ['(!) Konsekvenser af NT\u2019s udbud af flextrafik', '25-31'],
        ['(!) IT-basisdrift ved Digitalisering og IT', '14,3'],
        ['(!) Obligatorisk opgradering af Datawarehouse Platform', '1,5'],
        ['Tekniske udgifter'],
        ['(!) Barsel', '9,4'],
        ['(!) Forsikring', '3,0'],
        ['(!) Tjenestemænd', '4,0', 'pension'],
        ['(!) Helårsvirkninger', '0,0'],
        ['I alt tekniske udgifter', '16,5'],
        ['(!) Reservepulje', '10'],
        ['I alt', '132,5-179,5']
    ]
};

/** Seed 003's investeringsoversigt (l. 9181–9230), 1.000 kr.: Finansieret tidligere år, years, Efterfølgende år, Overslag i alt. */
export const INVESTERINGER: SheetFixture = {
    name: 'nordjylland-investeringer', sheet: 'Ark1', rows: [
        ['Investeringsoversigt for Sundhedsområdet 2023 til 2026 (1.000 kr.)'],
        ['', 'Finansieret tidligere år', '2023', '2024', '2025', '2026', 'Efterfølgende år', 'Overslag i alt'],
        ['Aalborg Universitetshospital'],
        ['Reservationspulje Syd og Øst - bl.a. mindre ombygninger', '', '62.000', '', '', '', '', '62.000'],
        ['Reservationspulje til NAU', '30.739', '96.500', '81.369', '', '', '', '208.608'],
        ['Teknisk indkøring og kvalitetssikring (commissioning)', '', '20.000', '5.000', '', '', '', '25.000'],
        ['I alt Aalborg Universitetshospital', '30.739', '178.500', '86.369', '', '', '', '295.608'],
        ['Regionshospital Nordjylland'],
        ['Behandlingsbygning i Hjørring (detailplanlægning)', '', '', '5.000', '', '', '', '5.000'],
        ['Neurorehabilitering, Brønderslev', '', '', '30.000', '85.000', '', '', '115.000'],
        ['I alt Regionshospital Nordjylland', '', '', '35.000', '85.000', '', '', '120.000'],
        ['Reservationspulje til større projekter'],
        ['Neurorehabilitering, Behandlingsbygning i Hjørring, Patienthotel samt fortsat udflytning til Aalborg Øst', '23.700', '1.870', '128.131', '198.500', '209.500', '793.999', '1.355.700'],
        ['I alt reservationspulje til større projekter', '23.700', '1.870', '128.131', '198.500', '209.500', '793.999', '1.355.700']
    ]
};

/** A plain Danish number as Excel keeps a typed one: `1.100` → 1100, `0,9` → 0.9; anything else stays text. */
function typed(text: string): string | number {
    return /^-?[0-9]{1,3}(\.[0-9]{3})*(,[0-9]+)?$/.test(text) ? Number(text.replace(/\./g, '').replace(',', '.')) : text;
}

/** The fixture as the analyst's workbook; returns its path. */
export async function writeXlsx(dir: string, fixture: SheetFixture): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(fixture.sheet);
    fixture.rows.forEach(row => sheet.addRow(row.map(cell => cell === '' ? null : typed(cell))));
    const file = path.join(dir, `${fixture.name}.xlsx`);
    await workbook.xlsx.writeFile(file);
    return file;
}

/** The fixture as Danish Excel saves "CSV (semikolonsepareret)": UTF-8 with a BOM, or Windows-1252 as older Excel does. */
export function writeCsv(dir: string, fixture: SheetFixture, encoding: 'utf-8-bom' | 'windows-1252'): string {
    const quote = (cell: string) => /[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    const text = fixture.rows.map(row => row.map(quote).join(';')).join('\r\n') + '\r\n';
    const file = path.join(dir, `${fixture.name}.csv`);
    writeFileSync(file, encoding === 'utf-8-bom' ? `\uFEFF${text}` : windows1252(text));
    return file;
}

/** Windows-1252 bytes of text that has only Latin-1 letters, the en dash, the minus (as '-') and the right quote. */
function windows1252(text: string): Buffer {
    const special: Record<string, number> = { '\u2013': 0x96, '\u2019': 0x92, '\u2212': 0x2d };
    return Buffer.from([...text].map(char => special[char] ?? (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f)));
}
