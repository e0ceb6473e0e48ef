import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runBrik } from './support/run-brik.js';
import { HEADER, writeIn } from './support/scratch-files.js';

/**
 * No command writes over a catalogue (packages/cli/src/output-guard.ts): `brik import --out`
 * refuses an existing file unless --overwrite, and never replaces the sheet it reads; `brik
 * report --out` never writes over one of the files it reads (also an included fragment, also
 * through a link) nor over any `.brik` file. Each refusal exits 2 and leaves every file as it was.
 */

const HAND_WRITTEN = `budget "Mit eget" {\n  ${HEADER}\n  // skrevet i hånden\n  brik "A" drift 1\n}\n`;
const SHEET = 'Budget 2024 (mio. kr., 2024-PL)\n\nBudgetbrik;2024\nÆldrepleje;1,5\n';

let dir: string;

/** Every file below the scratch folder, by relative path, with its text (a link: where it leads). */
function snapshot(): Record<string, string> {
    return Object.fromEntries(readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false }).sort()
        .flatMap(name => {
            try {
                return [[name, readFileSync(path.join(dir, name), 'utf8')]];
            } catch {
                return [];
            }
        }));
}

beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-output-guard-'));
    writeIn(dir, 'mine.brik', HAND_WRITTEN);
    writeIn(dir, 'ark.csv', SHEET);
});

describe('brik import --out never replaces a file in silence', () => {
    it('refuses an existing file, and leaves it as it was', () => {
        const before = snapshot();
        expect(runBrik(['import', 'ark.csv', '--out', 'mine.brik'], { cwd: dir })).toEqual({
            code: 2, stdout: '',
            stderr: 'brik: mine.brik findes allerede, og brik import skriver ikke over den. Vælg et andet navn til --out, eller brug --overwrite for at erstatte den.\n'
        });
        expect(snapshot()).toEqual(before);
    });

    it('replaces it with --overwrite', () => {
        const result = runBrik(['import', 'ark.csv', '--out', 'mine.brik', '--overwrite'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(readFileSync(path.join(dir, 'mine.brik'), 'utf8')).toContain('brik "Ældrepleje"');
    });

    it('writes a new file without the flag', () => {
        expect(runBrik(['import', 'ark.csv', '--out', 'ny.brik'], { cwd: dir }).code).toBe(0);
        expect(readFileSync(path.join(dir, 'ny.brik'), 'utf8')).toContain('brik "Ældrepleje"');
    });

    it('never writes over the sheet it reads, not even with --overwrite', () => {
        expect(runBrik(['import', 'ark.csv', '--out', 'ark.csv', '--overwrite'], { cwd: dir })).toEqual({
            code: 2, stdout: '', stderr: 'brik: --out ark.csv er en af de filer, kommandoen læser; den skrives aldrig over. Vælg et andet navn til --out.\n'
        });
        expect(readFileSync(path.join(dir, 'ark.csv'), 'utf8')).toBe(SHEET);
    });
});

describe('brik report --out never writes over what it reads, nor over a catalogue', () => {
    const ownSource = 'brik: --out mine.brik er en af de filer, kommandoen læser; den skrives aldrig over. Vælg et andet navn til --out.\n';

    it.each(['md', 'html', 'json', 'csv', 'xlsx'])('refuses its own source (--format %s)', format => {
        const before = snapshot();
        expect(runBrik(['report', 'mine.brik', '--format', format, '--out', 'mine.brik'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: ownSource });
        expect(snapshot()).toEqual(before);
    });

    it('refuses its source through a link, and through another spelling of its path', () => {
        symlinkSync('mine.brik', path.join(dir, 'rapport.md'));
        const before = snapshot();
        expect(runBrik(['report', 'mine.brik', '--format', 'md', '--out', 'rapport.md'], { cwd: dir })).toEqual({
            code: 2, stdout: '', stderr: 'brik: --out rapport.md er en af de filer, kommandoen læser; den skrives aldrig over. Vælg et andet navn til --out.\n'
        });
        expect(runBrik(['report', 'mine.brik', '--format', 'md', '--out', `./x/../mine.brik`], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: ownSource });
        expect(snapshot()).toEqual(before);
    });

    it('refuses an included fragment', () => {
        const folder = path.join(dir, 'flere');
        cpSync(path.join(ROOT, 'examples/region-nordjylland-2024-flere-filer'), folder, { recursive: true });
        const fragment = 'flere/sundhed/1-1-kapacitetspres-arbejdsmiljoe.brik';
        const before = snapshot();
        expect(runBrik(['report', 'flere/budget.brik', '--format', 'md', '--out', fragment], { cwd: dir })).toEqual({
            code: 2, stdout: '', stderr: `brik: --out ${fragment} er en af de filer, kommandoen læser; den skrives aldrig over. Vælg et andet navn til --out.\n`
        });
        expect(snapshot()).toEqual(before);
    });

    it('refuses any .brik file, existing or not', () => {
        writeIn(dir, 'andet.brik', HAND_WRITTEN);
        const before = snapshot();
        for (const out of ['andet.brik', 'ny.brik', 'NY.BRIK']) {
            expect(runBrik(['report', 'mine.brik', '--format', 'md', '--out', out], { cwd: dir })).toEqual({
                code: 2, stdout: '', stderr: `brik: --out ${out} er en .brik-fil; en rapport skrives aldrig over et katalog eller som et. Giv rapporten formatets endelse, fx --out rapport.md.\n`
            });
        }
        expect(snapshot()).toEqual(before);
    });

    it('writes over an earlier report, as it always has', () => {
        writeIn(dir, 'rapport.md', 'gammel rapport\n');
        expect(runBrik(['report', 'mine.brik', '--format', 'md', '--out', 'rapport.md'], { cwd: dir }).code).toBe(0);
        expect(readFileSync(path.join(dir, 'rapport.md'), 'utf8')).toContain('Mit eget');
    });

    it('a folder of catalogues: every target is checked before the first is written', () => {
        writeIn(dir, 'kataloger/a.brik', HAND_WRITTEN.replace('Mit eget', 'A'));
        writeIn(dir, 'kataloger/b.brik', HAND_WRITTEN.replace('Mit eget', 'B'));
        symlinkSync('b.brik', path.join(dir, 'kataloger/b.md'));
        const before = snapshot();
        expect(runBrik(['report', 'kataloger', '--format', 'md', '--out', 'kataloger'], { cwd: dir })).toEqual({
            code: 2, stdout: '', stderr: 'brik: --out kataloger/b.md er en af de filer, kommandoen læser; den skrives aldrig over. Vælg et andet navn til --out.\n'
        });
        expect(snapshot()).toEqual(before);
    });
});
