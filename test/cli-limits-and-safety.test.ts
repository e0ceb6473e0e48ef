import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { REPORT_FORMAT_IDS, REPORT_FORMATS } from '@brik/language';
import { MemoryBudget } from '../packages/cli/src/memory-budget.js';
import { CLI, NODE, runBrik, runBrikAsync } from './support/run-brik.js';
import { HEADER, writeIn } from './support/scratch-files.js';

/** The CLI's limits (--max-bytes, --max-depth), its refusals, and what it never reads or loses. */

let dir: string;

const write = (name: string, content: string): string => writeIn(dir, name, content);

function nested(depth: number): string {
    return `budget "Dyb" {\n  ${HEADER}\n${'tema "T" {\n'.repeat(depth)}brik "Dybt" drift 1\n${'}\n'.repeat(depth)}}\n`;
}

beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-limits-'));
});

describe('memory', () => {
    const MB = 1024 * 1024;

    it('admits files while they fit in the heap, counting the ones read before', () => {
        const budget = new MemoryBudget(100, 100 * MB);
        expect(() => budget.admit('a.brik', 0.5 * MB)).not.toThrow();
        expect(() => budget.admit('b.brik', 0.3 * MB)).toThrow('b.brik og de filer, der er læst før den, fylder 0,8 MB. At læse dem kræver omkring 110 MB hukommelse, men Node må højst bruge 100 MB. Giv Node mere (NODE_OPTIONS=--max-old-space-size=1000), eller læs færre filer ad gangen.');
    });

    it('stops with exit 2 and a message, not Node\'s crash, when a catalogue needs more memory than Node may use', () => {
        const brikker = Array.from({ length: 12_000 }, (_, i) => `  brik "Brik ${i}" drift ${i % 10}.5 permanent`).join('\n');
        write('stor.brik', `budget "B" {\n  ${HEADER}\n${brikker}\n}\n`);
        // A 16 MB old space gives a heap of about 64 MB; the file needs some 30 + 0.4 × 100 MB.
        const { code, stdout, stderr } = runBrik(['check', 'stor.brik'], { cwd: dir, nodeOptions: ['--max-old-space-size=16'] });
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toMatch(/^brik: stor\.brik og de filer, der er læst før den, fylder 0,4 MB\. At læse dem kræver omkring \d+ MB hukommelse, men Node må højst bruge \d+ MB\. Giv Node mere \(NODE_OPTIONS=--max-old-space-size=\d+\), eller læs færre filer ad gangen\.\n$/);
        expect(runBrik(['check', 'stor.brik'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    });
});

describe('--max-bytes and --max-depth', () => {
    it('does not read a file larger than --max-bytes: one error at its start, exit 1, nothing on stderr', async () => {
        const file = write('stor.brik', `budget "B" {\n  ${HEADER}\n  brik "A" drift 1\n}\n`);
        const size = readFileSync(file).length;
        const refused = await runBrikAsync(['check', file, '--max-bytes', '40'], { cwd: dir });
        expect(refused).toEqual({
            code: 1, stderr: '',
            stdout: `stor.brik:1:1: error: Filen fylder ${size} byte; Brik læser højst 40 byte af en fil og har ikke læst den. Del kataloget i flere filer med 'inkluder', eller hæv grænsen med --max-bytes. [brik/file-too-large]\n`
        });
        expect(await runBrikAsync(['check', file, '--max-bytes', String(size)], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('reports an included file larger than --max-bytes at its inkluder line, and at its own start', async () => {
        write('budget.brik', `budget "B" {\n  ${HEADER}\n  inkluder "del.brik"\n}\n`);
        write('del.brik', `fragment {\n  brik "${'A'.repeat(500)}" drift 1\n}\n`);
        const { code, stdout, stderr } = await runBrikAsync(['check', 'budget.brik', '--max-bytes', '200'], { cwd: dir });
        expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
        expect(stdout.split('\n').filter(Boolean).map(line => line.replace(/: .*\[/, ' [')))
            .toEqual(['budget.brik:5:12 [brik/file-too-large]', 'del.brik:1:1 [brik/file-too-large]']);
    });

    it('skips blocks deeper than --max-depth with an error where they begin; the default is 32', async () => {
        const file = write('dyb.brik', nested(40));
        const deep = await runBrikAsync(['check', file], { cwd: dir });
        expect(deep.code).toBe(1);
        expect(deep.stdout).toMatch(/^dyb\.brik:36:10: error: Her begynder niveau 33 af blokke '\{ … \}' inde i hinanden; Brik læser højst 32\..* \[brik\/nesting-too-deep\]\n$/);
        expect(await runBrikAsync(['check', file, '--max-depth', '41'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('refuses limits beyond what can be read safely: exit 2', () => {
        for (const flags of [['--max-depth', '101'], ['--max-depth', '0'], ['--max-bytes', '100000001'], ['--max-bytes', '2MB']]) {
            const { code, stderr } = runBrik(['check', 'examples', ...flags]);
            expect(code).toBe(2);
            expect(stderr).toMatch(/skriv et helt tal fra 1 til/);
        }
    });

    it('documents both limits and their defaults in --help of check, report and diff', () => {
        for (const command of ['check', 'report', 'diff']) {
            const help = runBrik([command, '--help']).stdout.replace(/\s+/g, ' ');
            expect(help).toContain('--max-bytes <byte> læs højst så mange byte af hver fil, op til 100000000; en større fil er en fejl, og den læses ikke (uden tilvalget: hver fil, der er plads til i hukommelsen)');
            expect(help).not.toMatch(/2000000\)/);
            expect(help).toMatch(/--max-depth <niveauer>.*\(standard: 32\)/);
        }
    });

    describe('without --max-bytes, a file of any size that fits in memory is read', () => {
        // Just above the old default of 2,000,000 bytes; the padding is comment lines, quick to read.
        const SIZE = 2_000_001;
        function largeBudget(name: string, amount: string): string {
            const head = `budget "Stort" {\n  ${HEADER}\n  brik "A" drift ${amount} permanent\n}\n`;
            const padding = SIZE - Buffer.byteLength(head);
            const line = '// fyld fyld fyld fyld fyld fyld fyld fyld fyld fyld fyld fyld fyld fyld fyld\n';
            const filler = line.repeat(Math.floor(padding / line.length)) + '/'.repeat(padding % line.length - 1) + '\n';
            const file = write(name, head + filler);
            expect(readFileSync(file).length).toBe(SIZE);
            return file;
        }

        it('brik check: exit 0, nothing printed; with --max-bytes 2000000 the old refusal, exit 1', async () => {
            largeBudget('stor.brik', '1.5');
            expect(await runBrikAsync(['check', 'stor.brik'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
            expect(await runBrikAsync(['check', 'stor.brik', '--max-bytes', '2000000'], { cwd: dir })).toEqual({
                code: 1, stderr: '',
                stdout: "stor.brik:1:1: error: Filen fylder 2.000.001 byte; Brik læser højst 2.000.000 byte af en fil og har ikke læst den. Del kataloget i flere filer med 'inkluder', eller hæv grænsen med --max-bytes. [brik/file-too-large]\n"
            });
        });

        it('brik report: the figures of the large file', async () => {
            largeBudget('stor.brik', '1.5');
            const { code, stdout, stderr } = await runBrikAsync(['report', 'stor.brik', '--format', 'json'], { cwd: dir });
            expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
            expect(JSON.parse(stdout).total.drift.netto['2027']).toEqual({ min: '1.5', max: '1.5' });
        });

        it('brik diff: the change between two large files', async () => {
            largeBudget('gammel.brik', '1.5');
            largeBudget('ny.brik', '2.5');
            const { code, stdout, stderr } = await runBrikAsync(['diff', 'gammel.brik', 'ny.brik', '--format', 'json', '--fail-on-change'], { cwd: dir });
            expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
            expect(JSON.parse(stdout).items.map((item: { kind: string; name: string }) => [item.kind, item.name])).toEqual([['changed', 'A']]);
        });
    });

    it('makes no report of a file larger than --max-bytes, not even with --allow-errors', async () => {
        const file = write('stor.brik', `budget "B" {\n  ${HEADER}\n  brik "A" drift 1\n}\n`);
        const out = path.join(dir, 'rapport.html');
        const { code, stdout, stderr } = await runBrikAsync(['report', file, '--format', 'html', '--out', out, '--max-bytes', '40', '--allow-errors'], { cwd: dir });
        expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
        expect(stderr).toMatch(/\[brik\/file-too-large\]\nRapporten er ikke lavet, fordi .*stor\.brik er større, end Brik læser\.\n$/);
        expect(existsSync(out)).toBe(false);
    });

    it('refuses a report of a file that is no budget with exit 1 and a message, also with --allow-errors', async () => {
        const file = write('ord.brik', 'Dette er ikke et katalog.\n');
        const { code, stdout, stderr } = await runBrikAsync(['report', file, '--allow-errors'], { cwd: dir });
        expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
        expect(stderr).toBe('Rapporten er ikke lavet, fordi ' + file + ' ikke kan læses som et budget.\n');
    });
});

describe('inkluder never reads outside the workspace, also through a symbolic link', () => {
    const SECRET = 'fragment {\n  brik "Hemmelig brik fra en anden mappe" drift 999\n}\n';

    function workspaceWithLinks(): string {
        write('udenfor/hemmelig.brik', SECRET);
        write('arbejde/budget.brik', `budget "B" {\n  ${HEADER}\n  brik "Egen" drift 1\n  inkluder "link.brik"\n  inkluder "mappe/hemmelig.brik"\n  inkluder "indenfor.brik"\n}\n`);
        write('arbejde/del.brik', 'fragment {\n  brik "Egen del" drift 2\n}\n');
        symlinkSync(path.join(dir, 'udenfor/hemmelig.brik'), path.join(dir, 'arbejde/link.brik'));
        symlinkSync(path.join(dir, 'udenfor'), path.join(dir, 'arbejde/mappe'));
        symlinkSync(path.join(dir, 'arbejde/del.brik'), path.join(dir, 'arbejde/indenfor.brik'));
        return path.join(dir, 'arbejde');
    }

    it('brik check: a link leading out is refused at its inkluder line; a link inside is read', async () => {
        const workspace = workspaceWithLinks();
        const { code, stdout, stderr } = await runBrikAsync(['check', 'budget.brik'], { cwd: workspace });
        expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
        expect(stdout.split('\n').filter(Boolean).map(line => line.replace(/: error: .*\[/, ' ['))).toEqual([
            'budget.brik:6:12 [brik/include-outside]',
            'budget.brik:7:12 [brik/include-outside]'
        ]);
        expect(stdout).not.toMatch(/Hemmelig/);
    });

    it('brik report: refused for the error, and with --allow-errors nothing from outside is in any format', async () => {
        const workspace = workspaceWithLinks();
        const refused = await runBrikAsync(['report', 'budget.brik'], { cwd: workspace });
        expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 1, stdout: '' });
        expect(refused.stderr).toMatch(/\[brik\/include-outside\]/);
        for (const { id: format } of REPORT_FORMATS.filter(entry => !entry.binary)) {
            const { code, stdout } = await runBrikAsync(['report', 'budget.brik', '--format', format, '--allow-errors'], { cwd: workspace });
            expect(code).toBe(0);
            expect(stdout).toMatch(/Egen del/);
            expect(stdout).not.toMatch(/Hemmelig|999/);
        }
        const json = JSON.parse((await runBrikAsync(['report', 'budget.brik', '--allow-errors'], { cwd: workspace })).stdout);
        expect(json.total.drift.netto['2024']).toEqual({ min: '3', max: '3' });
    });
});

describe('every file the CLI writes is written whole or not at all', () => {
    it('keeps the old report intact when the writing process is terminated at any moment, and leaves no temporary file', async () => {
        const budget = write('stort.brik', `budget "B" {\n  ${HEADER}\n${Array.from({ length: 3_000 }, (_, i) => `  brik "Brik ${i}" drift ${i}.5 permanent\n`).join('')}}\n`);
        const out = write('rapport.html', 'den gamle rapport\n');
        const started = performance.now();
        expect((await runBrikAsync(['report', budget, '--format', 'html', '--out', out])).code).toBe(0);
        const whole = readFileSync(out, 'utf8');
        const duration = performance.now() - started;
        for (const fraction of [0.3, 0.6, 0.8, 0.9, 0.97]) {
            writeFileSync(out, 'den gamle rapport\n');
            const child = spawn(NODE, [CLI, 'report', budget, '--format', 'html', '--out', out], { stdio: 'ignore' });
            setTimeout(() => child.kill('SIGTERM'), duration * fraction);
            await new Promise(resolve => child.on('close', resolve));
            const now = readFileSync(out, 'utf8');
            expect(now === 'den gamle rapport\n' || now === whole).toBe(true);
            expect(readdirSync(dir).filter(name => name.startsWith('rapport.html.'))).toEqual([]);
        }
    }, 90_000); // six runs of the CLI: a guard against a hang, not a speed budget
});

describe('a report of a file with errors is refused, unless --allow-errors, and then marks itself in every format', () => {
    const withError = () => write('fejl.brik', `budget "B" {\n  ${HEADER}\n  brik "A" drift 2,8\n}\n`);

    it.each(REPORT_FORMAT_IDS)('%s', async format => {
        const file = withError();
        const out = path.join(dir, `rapport.${format}`);
        const refused = await runBrikAsync(['report', file, '--format', format, '--out', out]);
        expect(refused.code).toBe(1);
        expect(existsSync(out)).toBe(false);
        expect((await runBrikAsync(['report', file, '--format', format, '--out', out, '--allow-errors'])).code).toBe(0);
        const content = readFileSync(out);
        switch (format) {
            case 'json':
                expect(JSON.parse(content.toString()).basedOnErrors).toBe(true);
                break;
            case 'md':
            case 'html':
                expect(content.toString()).toMatch(/OBS: Rapporten er lavet af en fil med fejl/);
                break;
            case 'csv': {
                const [header, ...rows] = parseCsv(content, { bom: true }) as string[][];
                expect(header.at(-1)).toBe('Lavet af fil med fejl');
                expect(rows.map(row => row.at(-1))).toEqual(['ja']);
                break;
            }
            case 'xlsx': {
                const workbook = new ExcelJS.Workbook();
                await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
                expect(workbook.subject).toMatch(/OBS: Rapporten er lavet af en fil med fejl/);
                const [summary, catalogue] = workbook.worksheets;
                expect(String(summary.getRow(3).getCell(1).value)).toMatch(/OBS: Rapporten er lavet af en fil med fejl/);
                const header = catalogue.getRow(1);
                expect(String(header.getCell(header.cellCount).value)).toMatch(/OBS: Rapporten er lavet af en fil med fejl/);
                break;
            }
        }
    });
});
