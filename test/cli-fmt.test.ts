import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBrikServices } from '@brik/language';
import { ROOT, runBrik } from './support/run-brik.js';
import { HEADER, writeIn } from './support/scratch-files.js';

/** `brik fmt`: the editor's formatter from the command line. */

const { Brik } = createBrikServices(EmptyFileSystem);

/** Every `.brik` file below a folder, as sorted relative paths. */
function brikFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.brik')).sort();
}

/** Every report file below a folder, by relative path, with its text. */
function reports(folder: string): Record<string, string> {
    return Object.fromEntries(readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.json')).sort()
        .map(name => [name, readFileSync(path.join(folder, name), 'utf8')]));
}

function comments(text: string): string[] {
    const lexed = Brik.parser.Lexer.tokenize(text);
    // A `//` comment loses the blanks after it, as every line does.
    return lexed.hidden.filter(token => /COMMENT/.test(token.tokenType.name)).map(token => token.tokenType.name === 'SL_COMMENT' ? token.image.trimEnd() : token.image);
}

function jsonReports(folder: string): Record<string, string> {
    const out = mkdtempSync(path.join(tmpdir(), 'brik-fmt-json-'));
    runBrik(['report', folder, '--format', 'json', '--out', out, '--allow-errors']);
    return reports(out);
}

describe('brik fmt on the examples and the fuzz corpus', () => {
    let corpus: string;
    let before: Record<string, string>;
    let reportsBefore: Record<string, string>;
    let firstRun: ReturnType<typeof runBrik>;

    beforeAll(() => {
        corpus = mkdtempSync(path.join(tmpdir(), 'brik-fmt-corpus-'));
        // The fuzz corpus's inputs are the examples and the fixtures (test/fuzz/fuzz-cases.ts).
        cpSync(path.join(ROOT, 'examples'), path.join(corpus, 'examples'), { recursive: true });
        cpSync(path.join(ROOT, 'test/fixtures'), path.join(corpus, 'fixtures'), { recursive: true });
        before = Object.fromEntries(brikFiles(corpus).map(name => [name, readFileSync(path.join(corpus, name), 'utf8')]));
        reportsBefore = jsonReports(corpus);
        firstRun = runBrik(['fmt', corpus], { cwd: corpus });
    }, 120_000);

    it('passes --check on examples/ as committed (CI runs this)', () => {
        expect(runBrik(['fmt', '--check', 'examples/'])).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('rewrites the unformatted fixtures, and leaves the ones with syntax errors alone', () => {
        const changed = firstRun.stdout.trimEnd().split('\n').sort();
        expect(changed).toContain(path.join('fixtures', '001-nettorenter.brik'));
        expect(changed).not.toContain(path.join('fixtures', 'bad', 'zero-width.brik'));
        expect(firstRun.stderr).toContain(`${path.join('fixtures', 'bad', 'zero-width.brik')}: ikke formateret, fordi filen har syntaksfejl.`);
        expect(readFileSync(path.join(corpus, 'fixtures/bad/zero-width.brik'), 'utf8')).toBe(before[path.join('fixtures', 'bad', 'zero-width.brik')]);
        expect(firstRun.code).toBe(1);
    });

    it('changes only whitespace and keeps every comment, in every file', () => {
        for (const [name, text] of Object.entries(before)) {
            const after = readFileSync(path.join(corpus, name), 'utf8');
            expect(after.replace(/\s/g, ''), name).toBe(text.replace(/\s/g, ''));
            expect(comments(after), name).toEqual(comments(text));
        }
    });

    it('changes no figure: every JSON report is the same before and after', () => {
        const after = jsonReports(corpus);
        expect(Object.keys(after).length).toBeGreaterThanOrEqual(20);
        expect(after).toEqual(reportsBefore);
    });

    it('is idempotent: a second run changes nothing, and --check then lists nothing', () => {
        const formatted = Object.fromEntries(brikFiles(corpus).map(name => [name, readFileSync(path.join(corpus, name), 'utf8')]));
        const second = runBrik(['fmt', '--check', corpus], { cwd: corpus });
        expect(second.stdout).toBe('');
        // Exit 1 only for the files with syntax errors, which are never formatted.
        expect(second.code).toBe(1);
        runBrik(['fmt', corpus], { cwd: corpus });
        for (const name of Object.keys(formatted)) {
            expect(readFileSync(path.join(corpus, name), 'utf8'), name).toBe(formatted[name]);
        }
    });
});

describe('brik fmt on single files', () => {
    let dir: string;
    const messy = `budget "Rodet" {\n${HEADER}\n   brik "A"   drift 2.8 permanent // beholdes\nbrik "Længere navn" drift -3.4\n}\n`;
    const tidy = `budget "Rodet" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n  brik "A"            drift 2.8 permanent // beholdes\n  brik "Længere navn" drift -3.4\n}\n`;

    beforeAll(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'brik-fmt-'));
    });

    it('--check lists an unformatted file, writes nothing and exits 1', () => {
        const file = writeIn(dir, 'rodet.brik', messy);
        const result = runBrik(['fmt', '--check', 'rodet.brik'], { cwd: dir });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('rodet.brik\n');
        expect(result.stderr).toBe('1 fil er ikke formateret. Kør brik fmt på den for at rette det.\n');
        expect(readFileSync(file, 'utf8')).toBe(messy);
    });

    it('rewrites the file in place, names it, and exits 0', () => {
        const file = writeIn(dir, 'rodet2.brik', messy);
        const result = runBrik(['fmt', 'rodet2.brik'], { cwd: dir });
        expect(result).toEqual({ code: 0, stdout: 'rodet2.brik\n', stderr: '' });
        expect(readFileSync(file, 'utf8')).toBe(tidy);
        expect(runBrik(['fmt', '--check', 'rodet2.brik'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('keeps CRLF line breaks and a byte order mark', () => {
        const file = writeIn(dir, 'crlf.brik', `\uFEFF${messy.replace(/\n/g, '\r\n')}`);
        expect(runBrik(['fmt', 'crlf.brik'], { cwd: dir }).code).toBe(0);
        expect(readFileSync(file, 'utf8')).toBe(`\uFEFF${tidy.replace(/\n/g, '\r\n')}`);
    });

    it('leaves a file with a syntax error untouched, reports it and exits 1', () => {
        const broken = `budget "Brudt" {\n${HEADER}\n   brik "A" drift 2.8 permanent\n`;
        const file = writeIn(dir, 'brudt.brik', broken);
        const result = runBrik(['fmt', 'brudt.brik'], { cwd: dir });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^brudt\.brik:\d+:\d+: error: .*\[brik\/syntax\]\n/);
        expect(result.stderr).toContain('brudt.brik: ikke formateret, fordi filen har syntaksfejl. Ret fejlene ovenfor, og kør brik fmt igen.\n');
        expect(readFileSync(file, 'utf8')).toBe(broken);
    });

    it('leaves a file that is not UTF-8 untouched: writing it back would change its bytes', () => {
        const latin1 = Buffer.from(`budget "B" {\n${HEADER.replace('år', 'aar')}\n   brik "A" drift 2.8 // Bådehavn\n}\n`, 'latin1');
        const file = path.join(dir, 'latin1.brik');
        writeFileSync(file, latin1);
        const result = runBrik(['fmt', 'latin1.brik'], { cwd: dir });
        expect(result.code).toBe(1);
        // The same error as every command gives a file that is not UTF-8 (test/cli-input-files.test.ts).
        expect(result.stderr).toBe('latin1.brik:5:27: error: Filen er ikke gemt som UTF-8 (byten 0xE5 her er ikke UTF-8), så Brik har ikke læst den. Gem den som UTF-8 (i Notesblok: Gem som … Kodning: UTF-8). [brik/file-encoding]\n');
        expect(readFileSync(file)).toEqual(latin1);
    });

    it('exits 2 when a path does not exist', () => {
        const result = runBrik(['fmt', 'findes-ikke.brik'], { cwd: dir });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('brik: findes-ikke.brik findes ikke.\n');
    });
});
