import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBrik } from './support/run-brik.js';
import { HEADER, writeIn } from './support/scratch-files.js';
import { sarifSchemaErrors } from './support/sarif-schema.js';

let dir: string;

const write = (name: string, content: string): string => writeIn(dir, name, content);

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-cli-'));
    write('god.brik', `budget "God" {\n  ${HEADER}\n  tema "1.6" "Medicin" {\n    brik "Vækst i medicinudgifter" uomgængelig drift 19..35 permanent\n    brik "Bedre indkøb" omstilling drift -3.4 permanent\n    total opdrift 19..35\n  }\n}\n`);
    write('fejl.brik', `budget "Fejl" {\n  ${HEADER}\n  brik "A" drift 2,8\n  brik "B" drift 9.4\n  total 12.3\n}\n`);
    write('advarsel.brik', `budget "Advarsel" {\n  ${HEADER}\n  brik "A" drift 2455000\n}\n`);
});

const LINE = /^(.+):(\d+):(\d+): (error|warning): (.+) \[(brik\/[a-z-]+)\]$/;

describe('brik --help', () => {
    it('explains every command with an example, and exits 0', () => {
        const { code, stdout } = runBrik(['--help']);
        expect(code).toBe(0);
        expect(stdout).toContain('check');
        expect(stdout).toContain('report');
        expect(stdout).toContain('$ brik check examples/');
    });

    it('is in Danish, headings, choices and defaults too', () => {
        const { stdout } = runBrik(['check', '--help']);
        expect(stdout).toMatch(/^Brug: brik check \[tilvalg\] <sti\.\.\.>\n/);
        expect(stdout).toContain('\nTilvalg:\n');
        // Commander wraps the description to the terminal's width.
        expect(stdout).toMatch(/-f, --format <format>\s+udskriftsformat \(en af text, json, sarif; standard:\s+text\)/);
        expect(stdout).not.toMatch(/Usage|Options|default|choices/);
    });

    it('names no English placeholder in the list of commands', () => {
        const { stdout } = runBrik(['--help']);
        expect(stdout).toMatch(/^Brug: brik \[tilvalg\] \[kommando\]\n/);
        expect(stdout).toMatch(/\n {2}check \[tilvalg\] <sti\.\.\.>/);
        expect(stdout).toMatch(/\n {2}help \[kommando\]/);
        expect(stdout).not.toMatch(/\[options\]|\[command\]|Usage|Commands/);
    });

    it.each(['check', 'report'])('explains %s and its options', command => {
        const { code, stdout } = runBrik([command, '--help']);
        expect(code).toBe(0);
        expect(stdout).toContain('--format');
        expect(stdout).toContain(`$ brik ${command}`);
    });
});

describe('brik check', () => {
    it('exits 0 on a clean file and prints nothing into a pipe', () => {
        const result = runBrik(['check', path.join(dir, 'god.brik')]);
        expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('prints path:line:column: severity: message [code] and exits 1 on errors', () => {
        const { code, stdout, stderr } = runBrik(['check', 'fejl.brik'], { cwd: dir });
        expect(code).toBe(1);
        expect(stderr).toBe('');
        const lines = stdout.trimEnd().split('\n');
        expect(lines).toEqual([
            'fejl.brik:5:18: error: Brik skriver decimaltal med punktum: skriv 2.8 i stedet for 2,8. [brik/comma-decimal]',
            'fejl.brik:7:9: error: Totalen holder ikke: angivet 12.3, beregnet 12,2 (drift, netto, 2024). Ret totalen til 12.2, eller ret de beløb, den summerer. [brik/total-mismatch]'
        ]);
        lines.forEach(line => expect(line).toMatch(LINE));
    });

    it('exits 0 with warnings only', () => {
        const { code, stdout } = runBrik(['check', 'advarsel.brik'], { cwd: dir });
        expect(code).toBe(0);
        expect(stdout).toMatch(/^advarsel\.brik:5:18: warning: .*mente du 2\.455\?.* \[brik\/suspicious-magnitude\]\n$/);
    });

    it('checks every .brik file below a folder', () => {
        const { code, stdout } = runBrik(['check', dir, '--format', 'json']);
        const report = JSON.parse(stdout);
        expect(code).toBe(1);
        expect(report).toMatchObject({ schema: 'brik-check/1', files: 3, errors: 2, warnings: 1 });
        expect(report.problems[0]).toMatchObject({ line: 5, column: 18, severity: 'warning', code: 'brik/suspicious-magnitude' });
    });

    it('writes valid SARIF 2.1.0', () => {
        const { code, stdout } = runBrik(['check', 'fejl.brik', 'advarsel.brik', '--format', 'sarif'], { cwd: dir });
        expect(code).toBe(1);
        const log = JSON.parse(stdout);
        expect(sarifSchemaErrors(log)).toEqual([]);
        const results = log.runs[0].results;
        expect(results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
            ['brik/suspicious-magnitude', 'warning'], ['brik/comma-decimal', 'error'], ['brik/total-mismatch', 'error']
        ]);
        expect(results[1].locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: 'fejl.brik' }, region: { startLine: 5, startColumn: 18, endLine: 5, endColumn: 21 }
        });
    });

    it('exits 2 with a one-line message, and no stack trace, for a missing file', () => {
        const { code, stdout, stderr } = runBrik(['check', 'findes-ikke.brik'], { cwd: dir });
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toBe('brik: findes-ikke.brik findes ikke.\n');
    });

    it.each([
        [['check', 'god.brik', '--bogus'], "brik: ukendt tilvalg '--bogus'."],
        [['check', 'god.brik', '--format', 'xml'], "brik: 'xml' kan ikke bruges til -f, --format <format>; vælg mellem text, json, sarif."],
        [['chek', 'god.brik'], "brik: ukendt kommando 'chek'. Kommandoerne er check, report og diff.\nMente du check?"],
        [['report'], 'brik: mangler <sti>.'],
        [['report', 'god.brik', '--out'], 'brik: tilvalget -o, --out <sti> mangler sin værdi.'],
        [['check', 'god.brik', '--max-depth', 'dyb'], "brik: 'dyb' kan ikke bruges til --max-depth <niveauer>: skriv et helt tal fra 1 til 100, fx 40."]
    ])('exits 2 with a Danish message for the misuse %j', (args, message) => {
        expect(runBrik(args, { cwd: dir })).toMatchObject({ code: 2, stdout: '', stderr: `${message}\n(brug --help for at se mulighederne)\n` });
    });
});

describe('brik report', () => {
    it('writes the brik-report/1 JSON with exact decimal strings', () => {
        const { code, stdout } = runBrik(['report', 'god.brik'], { cwd: dir });
        expect(code).toBe(0);
        const report = JSON.parse(stdout);
        expect(report).toMatchObject({ schema: 'brik-report/1', budget: 'God', unit: 'mio. kr.', priceLevel: 2023, years: [2024, 2025, 2026, 2027], scenarios: [] });
        expect(report.total.drift.netto['2024']).toEqual({ min: '15.6', max: '31.6' });
        expect(report.total.drift.omstilling.permanent).toEqual({ min: '-3.4', max: '-3.4' });
        expect(report.total['anlæg'].netto['2024']).toEqual({ min: '0', max: '0' });
        const [theme] = report.children;
        expect(theme).toMatchObject({ kind: 'tema', name: 'Medicin', number: '1.6', marks: [] });
        expect(theme.children.map((c: { name: string; marks: string[] }) => [c.name, c.marks])).toEqual([
            ['Vækst i medicinudgifter', ['uomgængelig']], ['Bedre indkøb', ['omstilling']]
        ]);
    });

    it('writes Markdown with Danish figures, or English ones with --locale en', () => {
        const da = runBrik(['report', 'god.brik', '--format', 'md'], { cwd: dir });
        expect(da.code).toBe(0);
        expect(da.stdout).toContain('| (!) Vækst i medicinudgifter');
        expect(da.stdout).toContain('15,6–31,6');
        const en = runBrik(['report', 'god.brik', '--format', 'md', '--locale', 'en'], { cwd: dir });
        expect(en.stdout).toContain('15.6–31.6');
        expect(en.stdout).toContain('## Summary');
    });

    it('writes --out whole, leaving no temporary file', () => {
        const out = path.join(dir, 'out.md');
        expect(runBrik(['report', 'god.brik', '--format', 'md', '--out', out], { cwd: dir }).code).toBe(0);
        expect(readFileSync(out, 'utf8')).toMatch(/^# God\n/);
        expect(readdirSync(dir).filter(name => name.includes('out.md'))).toEqual(['out.md']);
    });

    it('exits 2 and writes nothing when --out cannot be written', () => {
        const out = path.join(dir, 'mangler', 'out.md');
        const { code, stderr } = runBrik(['report', 'god.brik', '--out', out], { cwd: dir });
        expect(code).toBe(2);
        expect(stderr).toMatch(/^brik: kunne ikke skrive/);
        expect(existsSync(path.join(dir, 'mangler'))).toBe(false);
    });

    it('refuses a file with errors with exit 1, unless --allow-errors, which marks the report', () => {
        const refused = runBrik(['report', 'fejl.brik', '--out', 'fejl.json'], { cwd: dir });
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('Rapporten er ikke lavet');
        expect(existsSync(path.join(dir, 'fejl.json'))).toBe(false);
        const allowed = runBrik(['report', 'fejl.brik', '--allow-errors'], { cwd: dir });
        expect(allowed.code).toBe(0);
        expect(JSON.parse(allowed.stdout).basedOnErrors).toBe(true);
    });
});
