import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBrik } from './support/run-brik.js';

/** `brik import` of the sheets the issue (#21) found read wrong: each kind with its exact right value. */

let dir: string;

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-import-cells-'));
});

function importText(name: string, content: string | Buffer, flags: readonly string[] = []) {
    writeFileSync(path.join(dir, name), content);
    const result = runBrik(['import', name, ...flags], { cwd: dir });
    return { ...result, brik: result.stdout };
}

async function workbook(name: string, build: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
    const book = new ExcelJS.Workbook();
    build(book.addWorksheet('Ark1'));
    await book.xlsx.writeFile(path.join(dir, name));
    return name;
}


/**
 * What the import says besides `brik/omstilling-missing`: a negative brik that the sheet does not
 * call a saving is read as it stands (opdrift) and rightly asked about; these tests are about
 * reading cells.
 */
function besidesOmstillingHints(stderr: string): string {
    return stderr.split('\n').filter(line => !line.includes('[brik/omstilling-missing]')).join('\n');
}

describe('signs as Word, PDFs and accountants write them', () => {
    it('reads an en dash as minus and keeps the I alt row as a total (it was drift 0, the total dropped, exit 0)', () => {
        const { code, stderr, brik } = importText('tankestreg.csv', 'Budget 2024, mio. kr., P/L 2024\r\nBudgetbrik;2024\r\nA;\u20131.250\r\nB;(1,5)\r\nC;1,5-\r\nD;\u2212 2\r\nI alt;\u20131.255\r\n');
        expect(besidesOmstillingHints(stderr)).toBe('');
        // Each negative brik the sheet does not call a saving is asked about, never changed.
        expect(stderr.match(/\[brik\/omstilling-missing\]/g)).toHaveLength(4);
        expect(code).toBe(0);
        expect(brik).toContain('brik "A" drift 2024: -1250\n  brik "B" drift 2024: -1.5\n  brik "C" drift 2024: -1.5\n  brik "D" drift 2024: -2\n  total 2024: -1255\n');
    });
});

describe('a cell as Excel shows it', () => {
    it('scales by the format\'s thousands commas (#.##0, in Danish Excel): 1234000 in a sheet in 1.000 kr. is 1.234', async () => {
        const file = await workbook('tusinder.xlsx', sheet => {
            sheet.addRow(['Budget 2024 (1.000 kr.), P/L 2024']);
            sheet.addRow(['Budgetbrik', '2024', '2025']);
            sheet.addRow(['Rengøring', 1234000, 12.5]);
            sheet.getCell('B3').numFmt = '#,##0,';
            sheet.getCell('C3').numFmt = '0%';
            sheet.addRow(['Vagter', '2.500', '1.000']);
        });
        const { code, stderr, stdout } = runBrik(['import', file], { cwd: dir });
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(stdout).toContain('brik "Rengøring" drift 2024: 1234, 2025: 1250\n  brik "Vagter"    drift 2024: 2500, 2025: 1000\n');
    });

    it('never reads a date, an error value or a formula without a saved result as 0: a comment, the cell named, exit 1, the file written', async () => {
        const file = await workbook('ulaeselig.xlsx', sheet => {
            sheet.addRow(['Budget 2024, mio. kr., P/L 2024']);
            sheet.addRow(['Budgetbrik', '2024', '2025']);
            sheet.addRow(['A', new Date(Date.UTC(2024, 4, 1)), 1]);
            sheet.addRow(['B', { error: '#DIV/0!' }, 2]);
            sheet.addRow(['C', { formula: 'B3+B4' }, 3]);
            sheet.addRow(['D', 4, 4]);
        });
        const { code, stderr } = runBrik(['import', file, '--out', 'ulaeselig.brik'], { cwd: dir });
        expect(code).toBe(1);
        const brik = readFileSync(path.join(dir, 'ulaeselig.brik'), 'utf8');
        expect(stderr.split('\n').filter(line => line.includes('import-unread'))).toEqual([
            "ulaeselig.xlsx:Ark1!B3: error: '01-05-2024' er en dato, ikke et beløb. Giv cellen talformatet Tal i Excel; cellen er skrevet som en kommentar, og tallet mangler i filen. Ret cellen, og importér igen. [brik/import-unread]",
            "ulaeselig.xlsx:Ark1!B4: error: '#DIVISION/0!' er en fejlværdi (#DIVISION/0!). Ret formlen i Excel; cellen er skrevet som en kommentar, og tallet mangler i filen. Ret cellen, og importér igen. [brik/import-unread]",
            "ulaeselig.xlsx:Ark1!B5: error: '=B3+B4' er en formel uden gemt resultat. Åbn filen i Excel eller LibreOffice, og gem den igen, så formlens resultat gemmes med.; cellen er skrevet som en kommentar, og tallet mangler i filen. Ret cellen, og importér igen. [brik/import-unread]"
        ]);
        expect(brik).toContain("  // Ark1!B3: '01-05-2024' er ikke læst\n  brik \"A\" drift 2025: 1\n");
        expect(brik).toContain("  // Ark1!B5: '=B3+B4' er ikke læst\n  brik \"C\" drift 2025: 3\n");
        expect(brik).toContain('  brik "D" drift 2024..2025: 4\n');
    });

    it('reads a merged title once, and names merged cells, hidden rows and hidden columns in warnings', async () => {
        const file = await workbook('flettet.xlsx', sheet => {
            sheet.addRow(['Budget 2024, mio. kr., P/L 2024']);
            sheet.mergeCells('A1:C1');
            sheet.addRow(['Budgetbrik', '2024', '2025']);
            sheet.addRow(['A', 1, 2]);
            sheet.addRow(['B', 3, 4]);
            sheet.getRow(4).hidden = true;
            sheet.getColumn(3).hidden = true;
        });
        const { code, stderr, stdout } = runBrik(['import', file], { cwd: dir });
        expect(code).toBe(0);
        expect(stdout).toMatch(/^budget "Budget 2024, mio\. kr\., P\/L 2024" \{\n/);
        expect(stderr.split('\n').filter(Boolean)).toEqual([
            'flettet.xlsx:Ark1!A1:C1: warning: Cellerne A1:C1 er flettet; Brik læser kun den første, A1. Ophæv fletningen i Excel, hvis de andre skal med. [brik/import-unmapped]',
            'flettet.xlsx:Ark1!C:C: warning: Kolonne C er skjult i arket; den er læst med. Vis den i Excel for at se, hvad der importeres. [brik/import-unmapped]',
            'flettet.xlsx:Ark1!4:4: warning: Række 4 er skjult i arket; den er læst med. Vis den i Excel for at se, hvad der importeres. [brik/import-unmapped]'
        ]);
    });
});

describe('structure: grouping columns, subtotal rows anywhere, a Nr. column', () => {
    it('makes Område and Tema columns containers and the subtotal row ;;;I alt 1.1 Kapacitet a total of tema 1.1, never a brik', () => {
        const { code, stderr, brik } = importText('grupper.csv', 'Budget 2024 (mio. kr.), P/L 2023\r\n'
            + 'Område;Tema nr.;Tema;Budgetbrik;2024\r\n'
            + 'Sundhed;1.1;Kapacitet;Neurorehabilitering;2,8\r\n'
            + ';;;Øget neurologisk kapacitet;2,8\r\n'
            + ';;;I alt 1.1 Kapacitet;5,6\r\n'
            + 'Sundhed;1.2;Akut;Akutbiler;0-5\r\n'
            + ';;;I alt 1.2 Akut;0,0-5,0\r\n'
            + ';;;I alt;5,6-10,6\r\n');
        expect(besidesOmstillingHints(stderr)).toBe('');
        expect(code).toBe(0);
        expect(brik).toBe(['budget "Budget 2024 (mio. kr.), P/L 2023" {', '  enhed mio. kr.', '  prisniveau 2023', '  år 2024', '',
            '  område "Sundhed" {', '    tema "1.1" "Kapacitet" {', '      brik "Neurorehabilitering"        drift 2024: 2.8', '      brik "Øget neurologisk kapacitet" drift 2024: 2.8',
            '      total 2024: 5.6', '    }', '    tema "1.2" "Akut" {', '      brik "Akutbiler" drift 2024: 0..5', '      total 2024: 0.0..5.0', '    }', '  }', '  total 2024: 5.6..10.6', '}', ''].join('\n'));
    });

    it('keeps a Nr. column as a comment beside its brik', () => {
        const { code, stderr, brik } = importText('nr.csv', 'Budget 2024, mio. kr., P/L 2024\r\nNr.;Forslag;2024\r\n7;Ledelse;1,5\r\n');
        expect(besidesOmstillingHints(stderr)).toBe('');
        expect(code).toBe(0);
        expect(brik).toContain('  // nr!A3: Nr. 7\n  brik "Ledelse" drift 2024: 1.5\n');
    });
});

describe('text files as Excel saves them', () => {
    const table = 'Budget 2024, mio. kr., P/L 2024\r\nBudgetbrik;2024;Bemærkning\r\nA;1,5;"Fra 2024, se notat"\r\nB;-2,0;"ja, nej, måske"\r\n';
    const expected = '  brik "A" {\n    drift 2024: 1.5\n    note "Fra 2024, se notat"\n  }\n  brik "B" {\n    drift 2024: -2\n    note "ja, nej, måske"\n  }\n';

    it.each([
        ['a sep= first line', 'sep.csv', Buffer.from(`sep=;\r\n${table}`, 'utf8')],
        ['a ; file with commas in its quoted notes', 'noter.csv', Buffer.from(table, 'utf8')],
        ['Unicode-tekst: UTF-16 LE with a BOM, tab-separated', 'unicode.txt', Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(table.replace(/;/g, '\t'), 'utf16le')])],
        ['UTF-16 BE with a BOM', 'unicode-be.txt', Buffer.concat([Buffer.from([0xFE, 0xFF]), Buffer.from(table.replace(/;/g, '\t'), 'utf16le').swap16()])],
        ['plain tab-separated text', 'tab.txt', Buffer.from(table.replace(/;/g, '\t'), 'utf8')]
    ])('reads %s', (_, name, bytes) => {
        const { code, stderr, brik } = importText(name, bytes);
        expect(besidesOmstillingHints(stderr)).toBe('');
        expect(code).toBe(0);
        expect(brik).toMatch(/^budget "Budget 2024, mio\. kr\., P\/L 2024" \{\n/);
        expect(brik).toContain(expected);
    });
});

describe('--vis and --kolonne', () => {
    const sheet = 'Budget 2024, mio. kr., P/L 2024\r\nBudgetbrik;Beløb;Ansvarlig\r\nA;1,5;Jens\r\nB;x;Ida\r\nI alt;1,5\r\n';

    it('shows how each column and row is read, and writes nothing', () => {
        const { code, stdout } = importText('vis.csv', sheet, ['--vis', '--kolonne', 'B=2024']);
        expect(code).toBe(1);
        expect(stdout).toBe([
            'Ark: vis, læst som et regneark fra en analytiker (grupperækker eller grupperingskolonner)',
            'Budget: "Budget 2024, mio. kr., P/L 2024", enhed mio. kr., prisniveau 2024, år 2024',
            '',
            'Kolonner (overskrift i række 2):',
            '  A   Budgetbrik  → navn',
            '  B   Beløb       → beløb: drift netto 2024',
            '  C   Ansvarlig   → virksomhed',
            '',
            'Rækker:',
            '     3  brik "A"',
            '     4  brik "B" (ulæst: vis!B4)',
            '     5  total for hele budgettet',
            '',
            'Ulæste celler (tallet mangler i filen):',
            "  vis!B4: 'x' kan ikke læses som et beløb (fx 1.234,5, 0,0-10,0, (1.234) eller 1.234-); cellen er skrevet som en kommentar, og tallet mangler i filen. Ret cellen, og importér igen.",
            ''
        ].join('\n'));
    });

    it('lets a flag say what a column means, and refuses one it cannot read', () => {
        const { code, brik } = importText('kolonne.csv', sheet.replace('B;x;Ida', 'B;2;Ida').replace('I alt;1,5', 'I alt;3,5'), ['--kolonne', 'B=2024', '--kolonne', 'C=ignorer']);
        expect(code).toBe(0);
        expect(brik).toContain('  brik "A" drift 2024: 1.5\n  brik "B" drift 2024: 2\n  total 2024: 3.5\n');
        const bad = runBrik(['import', 'kolonne.csv', '--kolonne', 'B'], { cwd: dir });
        expect(bad.code).toBe(2);
        expect(bad.stderr).toMatch(/--kolonne/);
    });
});
