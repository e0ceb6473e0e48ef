import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '@brik/language';
import { budgetsIn } from './support/reports.js';
import { CLI, NODE, runBrik } from './support/run-brik.js';
import { HEADER, writeIn } from './support/scratch-files.js';

/** `brik report` with --format html|csv|xlsx, and with a folder of catalogues. */

/** The examples' budgets (fragments are not reports), with subfolders: `region-…-flere-filer/budget`. */
const EXAMPLES = budgetsIn('examples');
let dir: string;

const write = (name: string, content: string): string => writeIn(dir, name, content);

/** The files below a folder, as sorted relative paths with `/`. */
function reportFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, withFileTypes: true }).filter(entry => entry.isFile())
        .map(entry => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
}

/** The CLI's bytes on standard output, for a binary format written into a pipe. */
function runBinary(args: readonly string[]) {
    const result = spawnSync(NODE, [CLI, ...args], { cwd: dir, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** Runs the CLI with a terminal as its standard output and error, as a person at a prompt. */
function runAtTerminal(args: readonly string[]) {
    const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
    const command = [NODE, CLI, ...args].map(quote).join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 60_000, input: '' });
    return { code: result.status, output: result.stdout };
}

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-cli-report-'));
    write('god.brik', `budget "God" {\n  ${HEADER}\n  tema "1.6" "Medicin" {\n    brik "Vækst i medicinudgifter" uomgængelig drift 19..35 permanent\n    brik "Bedre indkøb" omstilling drift -3.4 permanent\n  }\n}\n`);
    write('fejl.brik', `budget "Fejl" {\n  ${HEADER}\n  brik "A" drift 2,8\n}\n`);
    write('ulaeselig.brik', `budget "Ulæselig" {\n  ${HEADER}\n  brik "A" drift 1.5 permanent\n  brik "B" drift 2024: 1.2.3, 2025: 2\n}\n`);
    write('blandet/a-god.brik', `budget "A" {\n  ${HEADER}\n  brik "A" drift 1\n}\n`);
    write('blandet/b-fejl.brik', `budget "B" {\n  ${HEADER}\n  brik "B" drift 2,8\n}\n`);
    write('blandet/c-del.brik', 'fragment "Del" {\n  brik "C" drift 1\n}\n');
    write('blandet/under/d-god.brik', `budget "D" {\n  ${HEADER}\n  brik "D" drift 4\n}\n`);
});

describe('brik report FILE --format html|csv|xlsx', () => {
    it.each([
        ['html', /^<!DOCTYPE html>\n<html lang="da">/],
        ['csv', /^\uFEFFOmråde,Tema nr\.,/],
        ['json', /^\{\n {2}"schema": "brik-report\/1"/],
        ['md', /^# God\n/]
    ])('writes %s to standard output and exits 0', (format, start) => {
        const { code, stdout, stderr } = runBrik(['report', 'god.brik', '--format', format], { cwd: dir });
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(stdout).toMatch(start);
    });

    it('writes HTML with English labels and figures with --locale en', () => {
        const { stdout } = runBrik(['report', 'god.brik', '--format', 'html', '--locale', 'en'], { cwd: dir });
        expect(stdout).toContain('<html lang="en">');
        expect(stdout).toContain('data-min="15.6" data-max="31.6">15.6–31.6</td>');
    });

    it('writes xlsx to a file, whole, as a workbook exceljs reads', async () => {
        const out = path.join(dir, 'god.xlsx');
        expect(runBrik(['report', 'god.brik', '--format', 'xlsx', '--out', out], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
        const bytes = readFileSync(out);
        expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
        expect(workbook.getWorksheet('Katalog')!.getCell('B2').value).toBe('Vækst i medicinudgifter');
        expect(readdirSync(dir).filter(name => name.startsWith('god.xlsx'))).toEqual(['god.xlsx']);
    });

    it('writes xlsx into a pipe, but not to a terminal: there it asks for --out and exits 2', () => {
        const piped = runBinary(['report', 'god.brik', '--format', 'xlsx']);
        expect(piped.code).toBe(0);
        expect(piped.stdout.subarray(0, 2).toString()).toBe('PK');
        const terminal = runAtTerminal(['report', 'god.brik', '--format', 'xlsx']);
        expect(terminal.code).toBe(2);
        expect(terminal.output).toContain('brik: --format xlsx er binært og skrives ikke til terminalen: brug --out FIL');
        expect(terminal.output).not.toContain('PK');
    });

    it.each(['html', 'csv', 'xlsx'])('refuses a file with errors as %s: exit 1, its errors on stderr, no file', format => {
        const out = path.join(dir, `fejl.${format}`);
        const { code, stdout, stderr } = runBrik(['report', 'fejl.brik', '--format', format, '--out', out], { cwd: dir });
        expect(code).toBe(1);
        expect(stdout).toBe('');
        expect(stderr).toMatch(/^fejl\.brik:5:18: error: .*\[brik\/comma-decimal\]\nRapporten er ikke lavet/);
        expect(existsSync(out)).toBe(false);
    });

    it('makes the HTML report of a file with errors with --allow-errors, with a visible banner', () => {
        const { code, stdout } = runBrik(['report', 'fejl.brik', '--format', 'html', '--allow-errors'], { cwd: dir });
        expect(code).toBe(0);
        expect(stdout).toContain('<div class="banner" role="alert" data-based-on-errors="true">');
    });

    it('prints a figure that rests on an amount it cannot read as ukendt, never 0, with --allow-errors', () => {
        const md = runBrik(['report', 'ulaeselig.brik', '--format', 'md', '--allow-errors'], { cwd: dir });
        expect(md.code).toBe(0);
        expect(md.stdout).toContain('| **Balance**  | **ukendt** | **3,5** | **1,5** | **1,5** | **1,5** |');
        const json = JSON.parse(runBrik(['report', 'ulaeselig.brik', '--format', 'json', '--allow-errors', '--locale', 'en'], { cwd: dir }).stdout);
        expect(json.total.drift.netto['2024']).toEqual({ min: '1.5', max: '1.5', unknown: true });
        expect(json.total.drift.netto['2025']).toEqual({ min: '3.5', max: '3.5' });
    });

    it('exits 2 for an unknown format, naming the formats there are', () => {
        const { code, stderr } = runBrik(['report', 'god.brik', '--format', 'rtf'], { cwd: dir });
        expect(code).toBe(2);
        expect(stderr).toContain('vælg mellem json, md, html, csv, xlsx, docx, pdf.');
    });

    it.each(['html', 'xlsx'])('leaves no partial or temporary file when writing %s fails, and exits 2', format => {
        const target = path.join(dir, `mappe-${format}`);
        mkdirSync(target);
        const before = readdirSync(dir).sort();
        const { code, stderr } = runBrik(['report', 'god.brik', '--format', format, '--out', target], { cwd: dir });
        expect(code).toBe(2);
        expect(stderr).toMatch(/^brik: kunne ikke skrive .*mappe-/);
        expect(readdirSync(dir).sort()).toEqual(before);
        expect(readdirSync(target)).toEqual([]);
    });
});

describe('brik report FOLDER --out FOLDER', () => {
    it('writes one report per example into a new folder, and prints no progress into a pipe', () => {
        const out = path.join(dir, 'rapporter', 'html');
        const { code, stdout, stderr } = runBrik(['report', 'examples', '--format', 'html', '--out', out]);
        expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(reportFiles(out)).toEqual(EXAMPLES.map(name => `${name}.html`).sort());
        for (const name of reportFiles(out)) {
            expect(readFileSync(path.join(out, name), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
        }
    });

    // html is above; every other format of the registry, with its file extension. pdf, a browser's
    // print of html (some 15 s a catalogue on a loaded machine), is printed in word-and-pdf-reports.test.ts.
    it.each(REPORT_FORMATS.filter(entry => entry.id !== 'html' && entry.id !== 'pdf'))('writes $id reports for a folder too', ({ id, extension }) => {
        const out = path.join(dir, 'rapporter', id);
        expect(runBrik(['report', 'examples', '--format', id, '--out', out]).code).toBe(0);
        expect(reportFiles(out)).toEqual(EXAMPLES.map(name => `${name}.${extension}`).sort());
    });

    it('writes the budgets without errors, mirrors subfolders, skips fragments, and exits 1 for the one with errors', () => {
        const out = path.join(dir, 'ud-blandet');
        const { code, stdout, stderr } = runBrik(['report', 'blandet', '--format', 'csv', '--out', out], { cwd: dir });
        expect(code).toBe(1);
        expect(stdout).toBe('');
        expect(stderr).toMatch(/^blandet\/b-fejl\.brik:5:18: error: .*\nRapporten er ikke lavet, fordi blandet\/b-fejl\.brik har fejl/);
        expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual(['a-god.csv', 'under', path.join('under', 'd-god.csv')]);
    });

    it('prints a progress line per file when standard error is a terminal', () => {
        const out = path.join(dir, 'ud-terminal');
        const { code, output } = runAtTerminal(['report', 'blandet', '--format', 'html', '--out', out]);
        expect(code).toBe(1);
        const lines = output.split(/\r?\n/);
        expect(lines).toContain('[1/3] blandet/a-god.brik → ud-terminal/a-god.html');
        expect(lines).toContain('[3/3] blandet/under/d-god.brik → ud-terminal/under/d-god.html');
        expect(lines).toContain('2 af 3 rapporter skrevet i ud-terminal; 1 fragment sprunget over.');
    });

    it('exits 2 for a folder without --out, or with --out naming a file', () => {
        const missing = runBrik(['report', 'blandet', '--format', 'html'], { cwd: dir });
        expect(missing).toEqual({ code: 2, stdout: '', stderr: 'brik: blandet er en mappe: angiv med --out den mappe, rapporterne skal skrives i, fx --out rapporter/.\n' });
        const file = runBrik(['report', 'blandet', '--format', 'html', '--out', 'god.brik'], { cwd: dir });
        expect(file.code).toBe(2);
        expect(file.stderr).toMatch(/^brik: --out god\.brik er en fil/);
    });

    it('exits 2 for a folder with no budget in it', () => {
        write('kun-fragment/del.brik', 'fragment "Del" {\n  brik "C" drift 1\n}\n');
        const { code, stderr } = runBrik(['report', 'kun-fragment', '--out', 'ud-tom'], { cwd: dir });
        expect(code).toBe(2);
        expect(stderr).toBe('brik: kun-fragment har ingen budgetter (kun fragmenter eller ingen .brik-filer).\n');
        expect(existsSync(path.join(dir, 'ud-tom'))).toBe(false);
    });
});

describe('the summary of an investeringsoversigt', () => {
    it('shows Anlæg and its netto, never Opdrift, no rows of zeros (seed 003, Sundhedsområdet)', () => {
        const { code, stdout } = runBrik(['report', 'examples/nordjylland-investeringsoversigt-2023.brik', '--format', 'md']);
        expect(code).toBe(0);
        const summary = stdout.slice(stdout.indexOf('## Sammenfatning'), stdout.indexOf('## Sundhedsområdet'));
        expect(summary.split('\n').filter(line => line.startsWith('| ') && !line.startsWith('| :')).map(line => line.split('|').map(cell => cell.trim()).filter(Boolean))).toEqual([
            ['Anlæg', 'Tidligere år', '2023', '2024', '2025', '2026', 'Efterfølgende år', 'I alt'],
            ['Anlæg', '124.549', '315.800', '258.000', '258.000', '258.000', '793.999', '2.008.348'],
            ['**Netto**', '**124.549**', '**315.800**', '**258.000**', '**258.000**', '**258.000**', '**793.999**', '**2.008.348**']
        ]);
    });
});
