import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBrik } from './support/run-brik.js';
import { HEADER, writeIn } from './support/scratch-files.js';

/** Text pasted from Word, PDFs and Excel on Windows, through the CLI (LANGUAGE.md §11). */
let dir: string;
const write = (name: string, content: string): string => writeIn(dir, name, content);
const THOUSANDS = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2024..2027';

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-pasted-'));
});

function nettoOf(file: string, ...flags: string[]): Record<string, { min: string; max: string }> {
    const { stdout } = runBrik(['report', file, '--format', 'json', ...flags]);
    return JSON.parse(stdout).total.drift.netto;
}

describe('figures pasted from Word and PDFs', () => {
    it('reports the balance 1.6 for −3.4 (U+2212) beside 5, not 8.4, and exits 0 with a warning', () => {
        const file = write('minus.brik', `budget "B" {\n  ${HEADER}\n  brik "Neurorehabilitering" drift 5 permanent\n  brik "Bedre indkøb" omstilling drift −3.4 permanent\n}\n`);
        const check = runBrik(['check', file]);
        expect(check.code).toBe(0);
        expect(check.stdout).toBe(`${file}:6:40: warning: Minustegnet '−' (U+2212) foran tallet er læst som minus: beløbet er -3.4. Skriv minus som '-', fx -3.4. [brik/pasted-minus]\n`);
        expect(nettoOf(file)).toEqual({
            ...Object.fromEntries(['2024', '2025', '2026', '2027', 'permanent'].map(year => [year, { min: '1.6', max: '1.6' }])),
            samlet: { min: '6.4', max: '6.4' }
        });
    });

    it('keeps 1 250 (plain space) whole with --allow-errors: 1250 in every year and permanent', () => {
        const file = write('mellemrum.brik', `budget "B" {\n  ${THOUSANDS}\n  brik "A" drift 1 250 permanent\n}\n`);
        const check = runBrik(['check', file]);
        expect(check.code).toBe(1);
        expect(check.stdout).toBe(`${file}:5:18: error: Der står et mellemrum mellem cifrene i 1 250. Brik skiller cifre med '_': skriv 1_250, hvis det er ét tal. [brik/space-in-number]\n`);
        const netto = nettoOf(file, '--allow-errors');
        expect(['2024', '2025', '2026', '2027', 'permanent'].map(year => netto[year].min)).toEqual(['1250', '1250', '1250', '1250', '1250']);
    });
});

describe('a file saved with a UTF-8 byte-order mark', () => {
    it('counts line 1 as the editor shows it, in text, JSON and SARIF: column 8, not 9', () => {
        const file = write('bom.brik', `\uFEFFbudget ”B” {\n  ${HEADER}\n}\n`);
        expect(runBrik(['check', file]).stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:8: error: .*\\[brik/curly-quotes\\]\\n$`));
        const json = JSON.parse(runBrik(['check', file, '--format', 'json']).stdout);
        expect(json.problems.map((p: { line: number; column: number }) => [p.line, p.column])).toEqual([[1, 8]]);
        const sarif = JSON.parse(runBrik(['check', file, '--format', 'sarif']).stdout);
        expect(sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }) =>
            [r.locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startColumn])).toEqual([[1, 8]]);
    });
});

describe('backslashes as typed on Windows', () => {
    it('keeps "Drift A\\B" and "Se G:\\Fælles\\Budget\\notat.docx" exactly as typed in every report', () => {
        const file = write('noter.brik', `budget "B" {\n  ${HEADER}\n  brik "Drift A\\B" drift 1 {\n    note "Se G:\\Fælles\\Budget\\notat.docx"\n  }\n}\n`);
        expect(runBrik(['check', file])).toMatchObject({ code: 0, stdout: '' });
        const json = JSON.parse(runBrik(['report', file, '--format', 'json']).stdout);
        expect(json.children.map((c: { name: string }) => c.name)).toEqual(['Drift A\\B']);
        for (const format of ['csv', 'html']) {
            const { stdout } = runBrik(['report', file, '--format', format]);
            expect(stdout).toContain('Drift A\\B');
            expect(format === 'csv' || stdout.includes('Se G:\\Fælles\\Budget\\notat.docx')).toBe(true);
        }
        // Markdown escapes a backslash as \\, which a Markdown viewer shows as one.
        expect(runBrik(['report', file, '--format', 'md']).stdout).toContain('Se G:\\\\Fælles\\\\Budget\\\\notat.docx');
    });

    it('finds inkluder "sundhed og ældre\\1-2 akut.brik", with a warning that offers /', () => {
        const budget = write('katalog/budget.brik', `budget "B" {\n  ${HEADER}\n  område "Sundhed" {\n    inkluder "sundhed og ældre\\1-2 akut.brik"\n  }\n}\n`);
        write('katalog/sundhed og ældre/1-2 akut.brik', 'fragment {\n  brik "Akut" drift 2 permanent\n}\n');
        const check = runBrik(['check', budget]);
        expect(check).toMatchObject({ code: 0, stderr: '' });
        expect(check.stdout).toBe(`${budget}:6:14: warning: Stien skiller mapper med '\\' som i Windows; Brik læser det som '/': "sundhed og ældre/1-2 akut.brik". Skriv '/', så stien virker på alle computere. [brik/include-backslash]\n`);
        expect(nettoOf(budget)['2024']).toEqual({ min: '2', max: '2' });
        expect(readFileSync(budget, 'utf8')).toContain('ældre\\1-2');
    });
});
