import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../src/evaluation/exact-decimal.js';
import { sumReference, xlsxReport } from '../../src/report/xlsx-report.js';
import { brikString, FILE_FORMULA_CORPUS } from './injection-corpus.js';
import { INVESTERINGER, INVESTERINGER_HEADER, MEDICIN, modelOf } from './report-fixture.js';

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return workbook;
}

/** The rows of a sheet as [outline level, column B, column E] for a quick picture. */
function picture(sheet: ExcelJS.Worksheet): unknown[][] {
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => {
        const cell = row.getCell(5);
        rows.push([number, row.outlineLevel, row.getCell(2).value, cell.formula ?? cell.value, cell.formula ? cell.result : undefined]);
    });
    return rows;
}

describe('sumReference', () => {
    it('joins runs of rows into ranges', () => {
        expect(sumReference('E', [3, 4, 5, 9, 11, 12])).toBe('E3:E5,E9,E11:E12');
        expect(sumReference('AA', [7])).toBe('AA7');
    });
});

describe('xlsxReport', () => {
    it('has a summary and a catalogue sheet, named in the locale', async () => {
        const da = await workbookOf(await xlsxReport(await modelOf(MEDICIN), { locale: 'da' }));
        expect(da.worksheets.map(sheet => sheet.name)).toEqual(['Sammenfatning', 'Katalog']);
        const en = await workbookOf(await xlsxReport(await modelOf(MEDICIN), { locale: 'en' }));
        expect(en.worksheets.map(sheet => sheet.name)).toEqual(['Summary', 'Catalogue']);
        expect(en.getWorksheet('Catalogue')!.getRow(1).getCell(2).value).toBe('Name');
    });

    it('writes one row per item with amounts as numbers, and subtotals as SUM formulas cached with Brik\'s totals, grouped in an outline', async () => {
        const workbook = await workbookOf(await xlsxReport(await modelOf(MEDICIN), { locale: 'da' }));
        const sheet = workbook.getWorksheet('Katalog')!;
        expect((sheet.getRow(1).values as unknown[]).slice(1, 7)).toEqual(['Tema nr.', 'Navn', 'Type', 'Markering', '2024 min', '2024 max']);
        expect(picture(sheet)).toEqual([
            [1, 0, 'Navn', '2024 min', undefined],
            [2, 2, 'Vækst i medicinudgifter', 19, undefined],
            [3, 2, 'Bedre indkøb', -3.4, undefined],
            [4, 2, 'Fællesregional handleplan', 1.8, undefined],
            [5, 1, 'I alt – 1.6 Medicin og lægelige artikler', 'SUM(E2:E4)', 17.4],
            [6, 0, 'I alt – Sundhedsområdet', 'SUM(E5)', 17.4],
            [7, 0, 'Råderum fra Økonomiaftale, drift', -111, undefined],
            [8, 0, 'I alt – Test', 'SUM(E6:E7)', -93.6]
        ]);
        expect(sheet.getCell('F5').result).toBe(33.4);
        expect(sheet.getCell('N8')).toMatchObject({ formula: 'SUM(N6:N7)', result: -79.4 });
        expect(sheet.getCell('D2').value).toBe('uomgængelig');
        expect(sheet.getCell('C3').value).toBe('Omstilling');
    });

    it('has only anlæg columns and an anlæg summary for an investeringsoversigt, its subtotals SUMs of anlæg', async () => {
        const workbook = await workbookOf(await xlsxReport(await modelOf(INVESTERINGER, INVESTERINGER_HEADER), { locale: 'da' }));
        const sheet = workbook.getWorksheet('Katalog')!;
        // Every figure exact: one column a year.
        expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
            'Tema nr.', 'Navn', 'Type', 'Markering', 'Anlæg 2023', 'Anlæg 2024', 'Anlæg 2025', 'Anlæg 2026', 'Område', 'Tema', 'Virksomhed', 'Kategori', 'Noter'
        ]);
        expect(sheet.getCell('C2').value).toBe('Anlæg');
        expect(picture(sheet)).toEqual([
            [1, 0, 'Navn', 'Anlæg 2023', undefined],
            [2, 2, 'IT-investeringer', 15000, undefined],
            [3, 1, 'I alt – IT og digitalisering', 'SUM(E2)', 15000],
            [4, 2, 'APV (arbejdsmiljøforbedringer)', 3500, undefined],
            [5, 2, 'Drift med engangskarakter', 15000, undefined],
            [6, 1, 'I alt – Fælles puljer', 'SUM(E4:E5)', 18500],
            [7, 0, 'I alt – Sundhedsområdet', 'SUM(E3,E6)', 33500],
            [8, 0, 'I alt – Test', 'SUM(E7)', 33500]
        ]);
        expect(sheet.getCell('F8')).toMatchObject({ formula: 'SUM(F7)', result: 18500 });
        const summary = workbook.getWorksheet('Sammenfatning')!;
        const labels: unknown[] = [];
        summary.eachRow(row => labels.push(row.getCell(1).value));
        expect(labels).toContain('Anlæg');
        expect(labels).not.toContain('Opdrift');
        expect(labels).not.toContain('Drift');
        expect(labels).not.toContain('Balance');
    });

    it('adds Tidligere år, Efterfølgende år and a live I alt column where a line uses them, I alt a SUM across the row', async () => {
        const header = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2024';
        const members = 'tema "Reservationspulje" { brik "Pulje" anlæg tidligere: 23_700, 2023: 1_870, 2024: 128_131, efterfølgende: 793_999 }';
        const workbook = await workbookOf(await xlsxReport(await modelOf(members, header), { locale: 'da' }));
        const sheet = workbook.getWorksheet('Katalog')!;
        expect((sheet.getRow(1).values as unknown[]).slice(5, 11)).toEqual([
            'Anlæg tidligere år', 'Anlæg 2023', 'Anlæg 2024', 'Anlæg efterfølgende år', 'Anlæg i alt', 'Område'
        ]);
        expect([5, 6, 7, 8].map(column => sheet.getRow(2).getCell(column).value)).toEqual([23700, 1870, 128131, 793999]);
        expect(sheet.getCell('I2')).toMatchObject({ formula: 'SUM(E2,F2,G2,H2)', result: 947700 });
        expect(sheet.getCell('I3')).toMatchObject({ formula: 'SUM(I2)', result: 947700 });
        const summary = workbook.getWorksheet('Sammenfatning')!;
        expect((summary.getRow(4).values as unknown[]).slice(1)).toEqual(['', 'Tidligere år', '2023', '2024', 'Efterfølgende år', 'I alt']);
        let netto: ExcelJS.Row | undefined;
        summary.eachRow(row => { if (row.getCell(1).value === 'Netto') netto = row; });
        expect(netto!.getCell(6)).toMatchObject({ result: 947700 });
        expect(netto!.getCell(6).formula).toMatch(/^SUM\(F\d+:F\d+\)$/);
    });

    it('gives a period a min and a max column only where some figure in it is a range, its I alt a SUM of each end', async () => {
        const header = 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2026';
        const members = `tema "T" {
  brik "Fast" drift 2024: 1, 2025: 2, efterfølgende: 4
  brik "Spænd" drift 2025: 1.5..2.5
}`;
        const workbook = await workbookOf(await xlsxReport(await modelOf(members, header), { locale: 'da' }));
        const sheet = workbook.getWorksheet('Katalog')!;
        expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
            'Tema nr.', 'Navn', 'Type', 'Markering', '2024', '2025 min', '2025 max', '2026', 'Efterfølgende år', 'i alt min', 'i alt max',
            'Område', 'Tema', 'Virksomhed', 'Kategori', 'Noter'
        ]);
        const figures = (row: number) => [5, 6, 7, 8, 9, 10, 11].map(column => {
            const cell = sheet.getRow(row).getCell(column);
            return cell.formula ? `${cell.formula} = ${String(cell.result)}` : cell.value;
        });
        expect(figures(2)).toEqual([1, 2, 2, 0, 4, 'SUM(E2,F2,H2,I2) = 7', 'SUM(E2,G2,H2,I2) = 7']);
        expect(figures(3)).toEqual([0, 1.5, 2.5, 0, 0, 'SUM(E3,F3,H3,I3) = 1.5', 'SUM(E3,G3,H3,I3) = 2.5']);
        expect(figures(4)).toEqual(['SUM(E2:E3) = 1', 'SUM(F2:F3) = 3.5', 'SUM(G2:G3) = 4.5', 'SUM(H2:H3) = 0', 'SUM(I2:I3) = 4', 'SUM(J2:J3) = 8.5', 'SUM(K2:K3) = 9.5']);
        const summary = workbook.getWorksheet('Sammenfatning')!;
        expect((summary.getRow(4).values as unknown[]).slice(1)).toEqual(['', '2024', '2025 min', '2025 max', '2026', 'Efterfølgende år', 'i alt min', 'i alt max']);
    });

    it('shows a brik\'s lines of more than one kind as rows under its own, etablering apart from drift, a level deeper', async () => {
        // Seed 003's "Nedbringelse af ventetid i skadestuerne": drift 1,65 and etablering 0,05 in 2024.
        const members = `tema "1.2" "Akutområdet" {
  brik "Nedbringelse af ventetid i skadestuerne" {
    drift 2024: 1.65, 2025: 1.59 permanent
    etablering 2024: 0.05
    årsværk 2 permanent
  }
  brik "Alene drift" drift 3 permanent
}`;
        const sheet = (await workbookOf(await xlsxReport(await modelOf(members), { locale: 'da' }))).getWorksheet('Katalog')!;
        expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
            'Tema nr.', 'Navn', 'Type', 'Markering', '2024', '2025', '2026', '2027', 'Varigt', 'Område', 'Tema', 'Virksomhed', 'Kategori', 'Noter',
            'Årsværk 2024', 'Årsværk 2025', 'Årsværk 2026', 'Årsværk 2027', 'Årsværk varigt'
        ]);
        const rows: unknown[][] = [];
        sheet.eachRow((row, number) => rows.push([number, row.outlineLevel, ...Array.from({ length: 19 }, (_, i) => {
            const cell = row.getCell(i + 1);
            return cell.formula ? `=${cell.formula} (${String(cell.result)})` : cell.value ?? '';
        })]));
        expect(rows.slice(1)).toEqual([
            [2, 1, '1.2', 'Nedbringelse af ventetid i skadestuerne', 'Opdrift', '', 1.7, 1.59, 1.59, 1.59, 1.59, '', 'Akutområdet', '', '', '', 2, 2, 2, 2, 2],
            [3, 2, '', 'Drift', '', '', 1.65, 1.59, 1.59, 1.59, 1.59, '', '', '', '', '', '', '', '', '', ''],
            [4, 2, '', 'Etablering (engangs)', '', '', 0.05, 0, 0, 0, 0, '', '', '', '', '', '', '', '', '', ''],
            [5, 2, '', 'Årsværk', '', '', '', '', '', '', '', '', '', '', '', '', 2, 2, 2, 2, 2],
            [6, 1, '1.2', 'Alene drift', 'Opdrift', '', 3, 3, 3, 3, 3, '', 'Akutområdet', '', '', '', 0, 0, 0, 0, 0],
            // The subtotal adds the briks' rows (2 and 6), never their lines.
            [7, 0, '1.2', 'I alt – 1.2 Akutområdet', '', '', '=SUM(E2,E6) (4.7)', '=SUM(F2,F6) (4.59)', '=SUM(G2,G6) (4.59)', '=SUM(H2,H6) (4.59)', '=SUM(I2,I6) (4.59)', '', 'Akutområdet', '', '', '', '', '', '', '', ''],
            [8, 0, '', 'I alt – Test', '', '', '=SUM(E7) (4.7)', '=SUM(F7) (4.59)', '=SUM(G7) (4.59)', '=SUM(H7) (4.59)', '=SUM(I7) (4.59)', '', '', '', '', '', '', '', '', '', '']
        ]);
        expect(sheet.getCell('B3').alignment).toMatchObject({ indent: 1 });
        expect(sheet.getCell('S5').numFmt).toBe('#,##0.0');
    });

    it('gives a brik\'s unavoidable part in the budget year a column of its own after the notes, two where a part is a range', async () => {
        const sheet = (await workbookOf(await xlsxReport(await modelOf(MEDICIN), { locale: 'da' }))).getWorksheet('Katalog')!;
        expect([sheet.getCell('S1').value, sheet.getCell('T1').value, sheet.getCell('U1').value]).toEqual(['Noter', 'heraf uomgængeligt 2024', null]);
        expect(sheet.getCell('T4')).toMatchObject({ value: 0.9, numFmt: '#,##0.0' });
        expect(sheet.getCell('T2').value).toBe(null);
        expect((await workbookOf(await xlsxReport(await modelOf('brik "A" drift 1'), { locale: 'da' }))).getWorksheet('Katalog')!.getCell('T1').value).toBe(null);
        const ranged = (await workbookOf(await xlsxReport(await modelOf('brik "A" uomgængelig 0.5..1.5 drift 1..3'), { locale: 'da' }))).getWorksheet('Katalog')!;
        const header = ranged.getRow(1).values as unknown[];
        const first = header.indexOf('heraf uomgængeligt 2024 min');
        expect(header.slice(first, first + 2)).toEqual(['heraf uomgængeligt 2024 min', 'heraf uomgængeligt 2024 max']);
        expect([ranged.getRow(2).getCell(first).value, ranged.getRow(2).getCell(first + 1).value]).toEqual([0.5, 1.5]);
    });

    it('freezes the header row and the names, and sums below each group', async () => {
        const workbook = await workbookOf(await xlsxReport(await modelOf(MEDICIN), { locale: 'da' }));
        const sheet = workbook.getWorksheet('Katalog')!;
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
        expect(sheet.properties.outlineProperties).toMatchObject({ summaryBelow: true });
    });

    it('formats amounts by the unit: one decimal for mio. kr., none for 1.000 kr.', async () => {
        const mio = (await workbookOf(await xlsxReport(await modelOf(MEDICIN), { locale: 'da' }))).getWorksheet('Katalog')!;
        expect(mio.getCell('E2').numFmt).toBe('#,##0.0');
        expect(mio.getCell('E5').numFmt).toBe('#,##0.0');
        const thousands = await modelOf('brik "A" omstilling drift -12000 permanent', 'enhed 1.000 kr.\n  prisniveau 2024\n  år 2024..2027');
        const sheet = (await workbookOf(await xlsxReport(thousands, { locale: 'da' }))).getWorksheet('Katalog')!;
        expect(sheet.getCell('E2')).toMatchObject({ value: -12000, numFmt: '#,##0' });
    });

    it('gives every column a width that fits its content', async () => {
        const sheet = (await workbookOf(await xlsxReport(await modelOf(MEDICIN), { locale: 'da' }))).getWorksheet('Katalog')!;
        expect(sheet.getColumn(2).width).toBe('I alt – 1.6 Medicin og lægelige artikler'.length + 2);
        expect(sheet.getColumn(5).width).toBe(10);
        // Text headers fit on one line; figure headers (`varigt min`) wrap onto two, a word a line.
        sheet.columns.forEach((column, i) => {
            const header = String(sheet.getRow(1).getCell(i + 1).value);
            const figure = i + 1 >= 5 && i + 1 < 15;
            const needed = figure ? Math.max(...header.split(' ').map(word => word.length)) : header.length;
            expect(column.width).toBeGreaterThanOrEqual(needed + 2);
        });
    });

    it('sums exactly what its cached result says, in every subtotal', async () => {
        const sheet = (await workbookOf(await xlsxReport(await modelOf(MEDICIN), { locale: 'da' }))).getWorksheet('Katalog')!;
        let formulas = 0;
        sheet.eachRow(row => row.eachCell(cell => {
            if (!cell.formula) return;
            formulas++;
            const sum = cell.formula.slice(4, -1).split(',').flatMap(part => {
                const [from, to = from] = part.split(':');
                const column = from.replace(/[0-9]/g, '');
                const rows = Array.from({ length: Number(to.slice(column.length)) - Number(from.slice(column.length)) + 1 }, (_, i) => Number(from.slice(column.length)) + i);
                return rows.map(r => sheet.getCell(`${column}${r}`));
            }).reduce((total, ref) => total.plus(String(ref.formula ? ref.result : ref.value)), new ExactDecimal(0));
            expect(sum.toNumber()).toBe(cell.result);
        }));
        expect(formulas).toBe(3 * 10);
    });

    it('writes the summary: opdrift, omstilling, finansiering and the balance as their SUM', async () => {
        const sheet = (await workbookOf(await xlsxReport(await modelOf(MEDICIN), { locale: 'da' }))).getWorksheet('Sammenfatning')!;
        expect(sheet.getCell('A1').value).toBe('Test');
        const rows: unknown[][] = [];
        sheet.eachRow(row => rows.push([row.getCell(1).value, row.getCell(2).formula ?? row.getCell(2).value, row.getCell(2).result]));
        expect(rows.slice(2)).toEqual([
            ['', '2024 min', undefined],
            ['Drift', null, undefined],
            ['Opdrift', 20.8, undefined],
            ['Omstilling', -3.4, undefined],
            ['Finansiering', -111, undefined],
            ['Balance', 'SUM(B6:B8)', -93.6]
        ]);
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
        expect(sheet.getCell('B9').numFmt).toBe('#,##0.0');
    });

    it('neutralises text cells against formula injection, but writes amounts as numbers', async () => {
        const members = FILE_FORMULA_CORPUS.map((text, i) => `brik ${brikString(text)} omstilling drift -${i + 1} { virksomhed ${brikString(text)} }`).join('\n');
        const sheet = (await workbookOf(await xlsxReport(await modelOf(members), { locale: 'da' }))).getWorksheet('Katalog')!;
        FILE_FORMULA_CORPUS.forEach((text, i) => {
            const row = sheet.getRow(i + 2);
            // XML reads a carriage return in a cell back as a line feed.
            expect(row.getCell(2).value).toBe(`'${text.replace(/\r/g, '\n')}`);
            expect(row.getCell(2).formula).toBeUndefined();
            expect(row.getCell(5).value).toBe(-(i + 1));
        });
    });
});

describe('xlsxReport as a reader opens and prints it', () => {
    it('opens with every row visible: no row collapsed, the outline as deep as its rows', async () => {
        const bytes = await xlsxReport(await modelOf(MEDICIN), { locale: 'da' });
        const workbook = await workbookOf(bytes);
        const sheet = workbook.getWorksheet('Katalog')!;
        expect(sheet.properties.outlineLevelRow).toBe(2);
        const rows: Array<[number, boolean]> = [];
        sheet.eachRow(row => rows.push([row.outlineLevel ?? 0, row.hidden]));
        expect(rows.filter(([level]) => level === 2)).toHaveLength(3);
        expect(rows.every(([, hidden]) => !hidden)).toBe(true);
        // What LibreOffice reads: no row of the sheet's XML says collapsed.
        const xml = await sheetXml(bytes, 'xl/worksheets/sheet2.xml');
        expect(xml).toContain('outlineLevelRow="2"');
        expect(xml).not.toContain('collapsed="1"');
    });

    it('prints landscape on A4, one page wide, with the header row on every page', async () => {
        const sheet = (await workbookOf(await xlsxReport(await modelOf(MEDICIN), { locale: 'da' }))).getWorksheet('Katalog')!;
        expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    });

    it('prints the summary one page wide, so that a long title does not spill onto a page of its own', async () => {
        const sheet = (await workbookOf(await xlsxReport(await modelOf(MEDICIN), { locale: 'da' }))).getWorksheet('Sammenfatning')!;
        expect(sheet.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    });

    it('cuts a note longer than Excel\'s 32,767 characters a cell, and says so', async () => {
        const warnings: string[] = [];
        const note = 'x'.repeat(40_000);
        const bytes = await xlsxReport(await modelOf(`brik "Lang" drift 1 { note "${note}" }`), { locale: 'da', warn: message => warnings.push(message) });
        const sheet = (await workbookOf(bytes)).getWorksheet('Katalog')!;
        const cell = String(sheet.getCell(2, (sheet.getRow(1).values as unknown[]).indexOf('Noter')).value);
        expect(cell).toHaveLength(32_767);
        expect(cell.endsWith(' […]')).toBe(true);
        expect(warnings).toEqual(['Lang: teksten har 40000 tegn, flere end Excels 32767 i en celle; den er afkortet i regnearket (alle andre formater har den hel).']);
    });
});

/** One file of the workbook's zip, as text. */
async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    return zip.file(name)!.async('string');
}
