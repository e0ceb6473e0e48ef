import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBrik, runBrikIntoClosedPipe } from './support/run-brik.js';
import { HEADER, writeIn } from './support/scratch-files.js';

/**
 * `set -o pipefail; brik … | head` must fail when brik fails: a reader that closes the pipe
 * early changes nothing about the exit code, and brik says nothing about it on stderr.
 */

let dir: string;

const write = (name: string, content: string): string => writeIn(dir, name, content);

const FEJL_LINE = 'fejl.brik:5:18: error: Brik skriver decimaltal med punktum: skriv 2.8 i stedet for 2,8. [brik/comma-decimal]\n';

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-pipe-'));
    write('god.brik', `budget "God" {\n  ${HEADER}\n  brik "A" drift 1.5 permanent\n}\n`);
    write('ny.brik', `budget "God" {\n  ${HEADER}\n  brik "A" drift 2.5 permanent\n}\n`);
    write('fejl.brik', `budget "Fejl" {\n  ${HEADER}\n  brik "A" drift 2,8\n}\n`);
    write('advarsel.brik', `budget "Advarsel" {\n  ${HEADER}\n  brik "A" drift 2455000\n}\n`);
});

describe('a reader that closes the pipe before brik writes: the exit code is the result\'s, stderr is empty', () => {
    it.each([
        [['check', 'fejl.brik'], 1],
        [['check', 'fejl.brik', '--format', 'json'], 1],
        [['check', 'fejl.brik', '--format', 'sarif'], 1],
        [['check', 'god.brik'], 0],
        [['check', 'god.brik', '--format', 'json'], 0],
        [['check', 'advarsel.brik'], 0],
        [['report', 'god.brik', '--format', 'json'], 0],
        [['report', 'god.brik', '--format', 'md'], 0],
        [['report', 'god.brik', '--format', 'html'], 0],
        [['report', 'god.brik', '--format', 'csv'], 0],
        [['report', 'god.brik', '--format', 'xlsx'], 0],
        [['report', 'fejl.brik', '--allow-errors'], 0],
        [['diff', 'god.brik', 'ny.brik'], 0],
        [['diff', 'god.brik', 'ny.brik', '--fail-on-change'], 1],
        [['diff', 'god.brik', 'ny.brik', '--fail-on-change', '--format', 'md'], 1],
        [['diff', 'god.brik', 'ny.brik', '--fail-on-change', '--format', 'json'], 1],
        [['diff', 'god.brik', 'god.brik', '--fail-on-change'], 0],
        [['--help'], 0],
        [['--version'], 0],
        [['help', 'check'], 0],
        [['check', '--help'], 0],
        [['report', '--help'], 0],
        [['diff', '--help'], 0]
    ])('brik %j exits %i', async (args, code) => {
        expect(await runBrikIntoClosedPipe(args, { cwd: dir })).toEqual({ code, stderr: '' });
    });

    it('keeps what goes to stderr: a refused report exits 1 with its errors', async () => {
        expect(await runBrikIntoClosedPipe(['report', 'fejl.brik'], { cwd: dir })).toEqual({
            code: 1,
            stderr: FEJL_LINE + 'Rapporten er ikke lavet, fordi fejl.brik har fejl. Ret dem, eller brug --allow-errors for en rapport, der er markeret som lavet af en fil med fejl.\n'
        });
    });

    it('keeps what goes to stderr: a missing file exits 2 with its message', async () => {
        expect(await runBrikIntoClosedPipe(['check', 'findes-ikke.brik'], { cwd: dir })).toEqual({ code: 2, stderr: 'brik: findes-ikke.brik findes ikke.\n' });
    });

    it('exits as without the pipe for each case above', () => {
        expect(runBrik(['check', 'fejl.brik'], { cwd: dir })).toEqual({ code: 1, stdout: FEJL_LINE, stderr: '' });
        expect(runBrik(['diff', 'god.brik', 'ny.brik', '--fail-on-change'], { cwd: dir }).code).toBe(1);
    });
});

describe('a reader that reads the first lines and closes the pipe (brik check … | head -1)', () => {
    it('ends brik quietly with the result\'s exit code, 1 for errors', async () => {
        const brikker = Array.from({ length: 5_000 }, (_, i) => `  brik "B${i}" drift 2,${i % 10}\n`).join('');
        write('mange.brik', `budget "B" {\n  ${HEADER}\n${brikker}}\n`);
        expect(await runBrikIntoClosedPipe(['check', 'mange.brik'], { cwd: dir, readFirst: true })).toEqual({ code: 1, stderr: '' });
    });

    it('ends a long report quietly with exit 0', async () => {
        const brikker = Array.from({ length: 3_000 }, (_, i) => `  brik "B${i}" drift ${i}.5 permanent\n`).join('');
        write('stort.brik', `budget "B" {\n  ${HEADER}\n${brikker}}\n`);
        expect(await runBrikIntoClosedPipe(['report', 'stort.brik', '--format', 'md'], { cwd: dir, readFirst: true })).toEqual({ code: 0, stderr: '' });
    });
});
