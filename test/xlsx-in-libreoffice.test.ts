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
 * included, must come out as the value Brik cached in it, which is Brik's exact figure.
 */

const EXAMPLES = budgetsIn('examples').filter(name => !name.includes('/'));
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
    const files = EXAMPLES.map(name => {
        const out = path.join(scratch, `${name}.xlsx`);
        expect(runBrik(['report', `examples/${name}.brik`, '--format', 'xlsx', '--out', out]).code).toBe(0);
        return out;
    });
    // Every sheet of every workbook as CSV of the raw values (not as shown), in one LibreOffice.
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir', scratch, ...files], { stdio: 'ignore', timeout: 180_000 });
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the XLSX report recalculated by LibreOffice gives back Brik\'s figures', () => {
    it.each(EXAMPLES)('examples/%s.brik', async name => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path.join(scratch, `${name}.xlsx`));
        const sheet = workbook.getWorksheet('Katalog')!;
        const recalculated = parseCsv(readFileSync(path.join(scratch, `${name}-Katalog.csv`)), { relaxColumnCount: true }) as string[][];
        let formulas = 0;
        sheet.eachRow((row, number) => {
            row.eachCell((cell, column) => {
                const cached = typeof cell.value === 'number' ? cell.value : typeof cell.result === 'number' ? cell.result : undefined;
                if (cached === undefined) {
                    return;
                }
                formulas += cell.formula ? 1 : 0;
                expect(Number(recalculated[number - 1][column - 1]), `${sheet.getColumn(column).letter}${number}`).toBe(cached);
            });
        });
        expect(formulas).toBeGreaterThan(0);
    });
});
