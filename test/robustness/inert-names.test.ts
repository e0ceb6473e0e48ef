import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runBrikAsync } from '../support/run-brik.js';

/**
 * Nothing in a `.brik` file is ever run: Brik has no expressions, no templates and no `eval`,
 * and names are values, never keys of objects. Names that are code, or that are the keys of
 * every JavaScript object (`__proto__`, `constructor`), are names like any other: in scopes,
 * scenarios, the evaluator, and every report.
 */
const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '${process.exit(3)}', '`${process.exit(4)}`', '{{constructor.constructor(\'process.exit(5)\')()}}'];
const FORMULAS = ['=cmd|\' /C calc\'!A0', '@SUM(1+1)', '+1', '-1'];

function catalogue(): string {
    const quote = (text: string) => JSON.stringify(text);
    const items = [...NAMES, ...FORMULAS].map((name, i) => `    brik ${quote(name)} drift ${i + 1} permanent { virksomhed ${quote(name)} note ${quote(name)} }`).join('\n');
    return `budget "__proto__" {
  enhed mio. kr.
  prisniveau 2023
  år 2024..2025
  område "constructor" {
    tema "__proto__" "toString" {
${items}
    }
  }
  scenarie "__proto__" {
    medtag "__proto__", "constructor"
    medtag tema "__proto__"
    fravælg "toString"
  }
}
`;
}

describe('names are inert', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brik-navne-'));
    const file = path.join(dir, 'navne.brik');
    writeFileSync(file, catalogue());
    const total = (NAMES.length + FORMULAS.length) * (NAMES.length + FORMULAS.length + 1) / 2;

    it('checks clean, and the process is never made to exit by a name', async () => {
        expect(await runBrikAsync(['check', file])).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('keeps every name and figure in the JSON report, and the scenario sees __proto__ and constructor by name', async () => {
        const { code, stdout } = await runBrikAsync(['report', file]);
        expect(code).toBe(0);
        const report = JSON.parse(stdout);
        expect(report.budget).toBe('__proto__');
        const theme = report.children[0].children[0];
        expect([report.children[0].name, theme.number, theme.name]).toEqual(['constructor', '__proto__', 'toString']);
        expect(theme.children.map((item: { name: string }) => item.name)).toEqual([...NAMES, ...FORMULAS]);
        expect(theme.children.map((item: { owner: string }) => item.owner)).toEqual([...NAMES, ...FORMULAS]);
        expect(report.total.drift.netto['2024']).toEqual({ min: String(total), max: String(total) });
        const [scenario] = report.scenarios;
        expect(scenario.name).toBe('__proto__');
        // The whole tema is in, except what fravælg takes out.
        expect(scenario.items.map((item: { name: string }) => item.name)).toEqual([...NAMES, ...FORMULAS].filter(name => name !== 'toString'));
        expect(scenario.total.drift.netto['2024'].max).toBe(String(total - 3));
    });

    it('neutralises every formula in CSV and XLSX and changes no figure', async () => {
        const csv = await runBrikAsync(['report', file, '--format', 'csv']);
        const [header, ...rows] = parseCsv(csv.stdout, { bom: true }) as string[][];
        const name = header.indexOf('Navn');
        expect(rows.map(row => row[name])).toEqual([...NAMES, ...FORMULAS.map(formula => `'${formula}`)]);
        expect(rows.map(row => row[header.indexOf('2024 min')])).toEqual(rows.map((_, i) => String(i + 1)));

        const out = path.join(dir, 'navne.xlsx');
        expect((await runBrikAsync(['report', file, '--format', 'xlsx', '--out', out])).code).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(out);
        const formulas: string[] = [];
        workbook.eachSheet(sheet => sheet.eachRow(row => row.eachCell(cell => {
            if (cell.formula) formulas.push(cell.formula);
            if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) formulas.push(`text ${cell.value}`);
        })));
        expect(formulas.filter(formula => !/^SUM\(/.test(formula))).toEqual([]);
    });

    it('escapes every name in HTML and Markdown', async () => {
        const html = (await runBrikAsync(['report', file, '--format', 'html'])).stdout;
        expect(html).not.toMatch(/<script/i);
        expect(html).toContain('{{constructor.constructor(&#39;process.exit(5)&#39;)()}}');
        const md = (await runBrikAsync(['report', file, '--format', 'md'])).stdout;
        expect(md).toContain('\\_\\_proto\\_\\_');
    });
});
