import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetsIn } from './support/reports.js';
import { runBrik } from './support/run-brik.js';

/**
 * The workbook of every example recalculated by LibreOffice (a profile that recalculates every
 * formula on loading, as Excel does when asked): each cell of the catalogue sheet, SUM formulas
 * included, must come out as the value Brik cached in it, which is Brik's exact figure. And the
 * layout as LibreOffice reads it (§9): a min and a max column only for a period with a range, and
 * a brik's etablering on a row of its own, never folded into drift.
 */

const EXAMPLES = budgetsIn('examples').filter(name => !name.includes('/'));
/** A range in 2025 alone, and a brik with drift and etablering (seed 003's "Nedbringelse af ventetid i skadestuerne", 2025 made a range). */
const ONLY_2025 = `budget "Kun 2025 med spænd" {
  enhed mio. kr.
  prisniveau 2023
  år 2024..2026

  tema "1.2" "Akutområdet" {
    brik "Nedbringelse af ventetid" {
      drift 2024: 1.65, 2025: 1.2..1.6, 2026: 1.59
      etablering 2024: 0.05
    }
    brik "Lægevagten" drift 2.1 permanent
  }
}
`;
const WORKBOOKS = [...EXAMPLES, 'kun-2025'];
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let scratch: string;

beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'brik-xlsx-lo-'));
    const profile = path.join(scratch, 'profile');
    mkdirSync(path.join(profile, 'user'), { recursive: true });
    writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
    writeFileSync(path.join(scratch, 'kun-2025.brik'), ONLY_2025);
    const files = WORKBOOKS.map(name => {
        const out = path.join(scratch, `${name}.xlsx`);
        const source = name === 'kun-2025' ? path.join(scratch, 'kun-2025.brik') : `examples/${name}.brik`;
        expect(runBrik(['report', source, '--format', 'xlsx', '--out', out]).code).toBe(0);
        return out;
    });
    // Every sheet of every workbook as CSV of the raw values (not as shown), in one LibreOffice.
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir', scratch, ...files], { stdio: 'ignore', timeout: 180_000 });
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The catalogue sheet as LibreOffice recalculated it: every cell as text, as its CSV export writes it. */
function recalculated(name: string): string[][] {
    return parseCsv(readFileSync(path.join(scratch, `${name}-Katalog.csv`)), { relaxColumnCount: true }) as string[][];
}

describe('the XLSX report recalculated by LibreOffice gives back Brik\'s figures', () => {
    it.each(WORKBOOKS)('%s', async name => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path.join(scratch, `${name}.xlsx`));
        const sheet = workbook.getWorksheet('Katalog')!;
        const cells = recalculated(name);
        let formulas = 0;
        sheet.eachRow((row, number) => {
            row.eachCell((cell, column) => {
                const cached = typeof cell.value === 'number' ? cell.value : typeof cell.result === 'number' ? cell.result : undefined;
                if (cached === undefined) {
                    return;
                }
                formulas += cell.formula ? 1 : 0;
                expect(Number(cells[number - 1][column - 1]), `${sheet.getColumn(column).letter}${number}`).toBe(cached);
            });
        });
        expect(formulas).toBeGreaterThan(0);
    });
});

describe('the XLSX report\'s layout as LibreOffice reads it', () => {
    const FIRST = ['Tema nr.', 'Navn', 'Type', 'Markering'];
    const PLACE = ['Område', 'Tema', 'Virksomhed', 'Kategori', 'Noter'];

    it('a budget without ranges has one column a period and no min or max (examples/aarhus-mso-spareforslag-2024.brik)', () => {
        expect(recalculated('aarhus-mso-spareforslag-2024')[0]).toEqual([...FIRST, '2024', '2025', '2026', '2027', 'Varigt', ...PLACE]);
        expect(recalculated('nordjylland-investeringsoversigt-2023')[0]).toEqual([
            ...FIRST, 'Anlæg tidligere år', 'Anlæg 2023', 'Anlæg 2024', 'Anlæg 2025', 'Anlæg 2026', 'Anlæg efterfølgende år', 'Anlæg i alt', ...PLACE
        ]);
    });

    it('a range in 2025 alone gives 2025 a min and a max column, and every other period one', () => {
        expect(recalculated('kun-2025')).toEqual([
            [...FIRST, '2024', '2025 min', '2025 max', '2026', 'Varigt', ...PLACE],
            ['1.2', 'Nedbringelse af ventetid', 'Opdrift', '', '1.7', '1.2', '1.6', '1.59', '0', '', 'Akutområdet', '', '', ''],
            ['', 'Drift', '', '', '1.65', '1.2', '1.6', '1.59', '0', '', '', '', '', ''],
            ['', 'Etablering (engangs)', '', '', '0.05', '0', '0', '0', '0', '', '', '', '', ''],
            ['1.2', 'Lægevagten', 'Opdrift', '', '2.1', '2.1', '2.1', '2.1', '2.1', '', 'Akutområdet', '', '', ''],
            ['1.2', 'I alt – 1.2 Akutområdet', '', '', '3.8', '3.3', '3.7', '3.69', '2.1', '', 'Akutområdet', '', '', ''],
            ['', 'I alt – Kun 2025 med spænd', '', '', '3.8', '3.3', '3.7', '3.69', '2.1', '', '', '', '', '']
        ]);
    });

    it('a brik\'s drift and etablering stand on rows of their own under it (examples/region-nordjylland-2024.brik)', () => {
        const rows = recalculated('region-nordjylland-2024');
        expect(rows[0].slice(0, 20)).toEqual([
            ...FIRST, '2024 min', '2024 max', '2025 min', '2025 max', '2026 min', '2026 max', '2027 min', '2027 max', 'varigt min', 'varigt max',
            'Anlæg 2024', 'Anlæg 2025', 'Anlæg 2026', 'Anlæg 2027', 'Anlæg varigt', 'Område'
        ]);
        const at = rows.findIndex(row => row[1] === 'Nedbringelse af ventetid i skadestuerne i Region Nordjylland');
        expect(rows.slice(at, at + 3).map(row => row.slice(1, 14))).toEqual([
            ['Nedbringelse af ventetid i skadestuerne i Region Nordjylland', 'Opdrift', '', '1.7', '1.7', '1.59', '1.59', '1.59', '1.59', '1.59', '1.59', '1.59', '1.59'],
            ['Drift', '', '', '1.65', '1.65', '1.59', '1.59', '1.59', '1.59', '1.59', '1.59', '1.59', '1.59'],
            ['Etablering (engangs)', '', '', '0.05', '0.05', '0', '0', '0', '0', '0', '0', '0', '0']
        ]);
    });
});
