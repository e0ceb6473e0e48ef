import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from './support/run-brik.js';
import { NODE, ROOT } from './support/run-brik.js';
import { HEADER, writeIn } from './support/scratch-files.js';

/**
 * Every command says the same about a path it cannot read, in the same words and with the same
 * exit code (packages/cli/src/input-files.ts): a missing file, a folder where a file belongs and
 * a file it may not read exit 2 with one line; a `.brik` file that is not UTF-8 is an error in
 * the input, positioned at its first byte that is not, and exits 1.
 */

/** The tests run as root, who may read any file: the unreadable file is then read as `nobody`. */
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

let dir: string;
/** The CLI `nobody` runs: a copy of its bundle where every user may read it (a checkout may stand in a folder only root may enter). */
let cli: string;

/** Runs `brik` in the scratch folder; as `nobody` when the tests run as root, so that permissions count. */
function brik(args: readonly string[]): Promise<RunResult> {
    return new Promise(resolve => {
        const child = spawn(NODE, [cli, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], ...AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {} });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
        child.on('close', code => resolve({ code, stdout, stderr }));
    });
}

/** What each command does with `file`, run side by side: by the command's name. */
async function everyCommand(commands: typeof COMMANDS, file: string): Promise<Record<string, RunResult>> {
    const results = await Promise.all(commands.map(command => brik(command.args(file))));
    return Object.fromEntries(commands.map((command, i) => [command.name, results[i]]));
}

/** The same result for every command. */
function forEvery(commands: typeof COMMANDS, result: RunResult): Record<string, RunResult> {
    return Object.fromEntries(commands.map(command => [command.name, result]));
}

/** Every command that reads a file, with the file in each place it can stand. */
const COMMANDS: ReadonlyArray<{ readonly name: string; readonly args: (file: string) => string[] }> = [
    { name: 'check', args: file => ['check', file] },
    { name: 'check --format json', args: file => ['check', '--format', 'json', file] },
    { name: 'report', args: file => ['report', file, '--format', 'md'] },
    { name: 'report --out', args: file => ['report', file, '--format', 'html', '--out', 'ud.html'] },
    { name: 'fmt', args: file => ['fmt', file] },
    { name: 'fmt --check', args: file => ['fmt', '--check', file] },
    { name: 'diff FILE OK', args: file => ['diff', file, 'ok.brik'] },
    { name: 'diff OK FILE', args: file => ['diff', 'ok.brik', file] },
    { name: 'diff --git', args: file => ['diff', '--git', 'HEAD', file] },
    { name: 'import', args: file => ['import', file] }
];

/** Every command that reads `.brik` files (import reads sheets). */
const BRIK_COMMANDS = COMMANDS.filter(command => command.name !== 'import');

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-input-files-'));
    chmodSync(dir, 0o755);
    const copy = mkdtempSync(path.join(tmpdir(), 'brik-cli-'));
    chmodSync(copy, 0o755);
    for (const part of ['bin', 'out', 'package.json']) {
        cpSync(path.join(ROOT, 'packages/cli', part), path.join(copy, part), { recursive: true });
    }
    execFileSync('chmod', ['-R', 'a+rX', copy]);
    cli = path.join(copy, 'bin/cli.js');
    writeIn(dir, 'ok.brik', `budget "B" {\n  ${HEADER}\n  brik "A" drift 1\n}\n`);
    mkdirSync(path.join(dir, 'mappe.brik'));
    writeIn(dir, 'laas.brik', `budget "B" {\n  ${HEADER}\n}\n`);
    chmodSync(path.join(dir, 'laas.brik'), 0o000);
    // Windows-1252, as Notepad once saved it: "Kære" with æ as the one byte 0xE6, in a comment.
    writeFileSync(path.join(dir, 'latin1.brik'), Buffer.concat([
        Buffer.from(`budget "B" {\n  ${HEADER}\n  // K`), Buffer.from([0xE6]), Buffer.from('re kolleger\n  brik "A" drift 1\n}\n')
    ]));
    writeFileSync(path.join(dir, 'med-latin1.brik'), `budget "B" {\n  ${HEADER}\n  inkluder "del.brik"\n}\n`);
    writeFileSync(path.join(dir, 'del.brik'), Buffer.concat([Buffer.from('fragment {\n  brik "'), Buffer.from([0xC6]), Buffer.from('g" drift 1\n}\n')]));
    writeFileSync(path.join(dir, 'mappe-inkluderet.brik'), `budget "B" {\n  ${HEADER}\n  inkluder "mappe.brik"\n}\n`);
});

describe('one message and exit 2 for a path that cannot be read, in every command', () => {
    it('a missing file', async () => {
        expect(await everyCommand(COMMANDS, 'findes-ikke.brik')).toEqual(forEvery(COMMANDS, { code: 2, stdout: '', stderr: 'brik: findes-ikke.brik findes ikke.\n' }));
    });

    it('a missing folder on the way', async () => {
        expect(await everyCommand(COMMANDS, 'ingen/mappe/x.brik')).toEqual(forEvery(COMMANDS, { code: 2, stdout: '', stderr: 'brik: ingen/mappe/x.brik findes ikke.\n' }));
    });

    it('a file it may not read', async () => {
        expect(await everyCommand(COMMANDS, 'laas.brik')).toEqual(forEvery(COMMANDS, {
            code: 2, stdout: '',
            stderr: 'brik: laas.brik kan ikke læses: Brik har ikke lov til at læse den (EACCES). Giv læseadgang til filen, eller kopiér den til en mappe, du ejer.\n'
        }));
    });

    it('a folder where a file belongs', async () => {
        const fileOnly = COMMANDS.filter(command => command.name.startsWith('diff') || command.name === 'import');
        expect(await everyCommand(fileOnly, 'mappe.brik')).toEqual(forEvery(fileOnly, { code: 2, stdout: '', stderr: 'brik: mappe.brik er en mappe; angiv en fil.\n' }));
    });

    it('check, fmt and report take a folder as every .brik below it (report then needs --out)', async () => {
        expect(await brik(['check', 'mappe.brik'])).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(await brik(['fmt', '--check', 'mappe.brik'])).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(await brik(['report', 'mappe.brik'])).toEqual({ code: 2, stdout: '', stderr: 'brik: mappe.brik er en mappe: angiv med --out den mappe, rapporterne skal skrives i, fx --out rapporter/.\n' });
    });

    it('a folder named in inkluder is the same message, from every command that follows includes', async () => {
        const commands = BRIK_COMMANDS.filter(command => command.name !== 'diff --git');
        expect(await everyCommand(commands, 'mappe-inkluderet.brik')).toEqual(forEvery(commands, { code: 2, stdout: '', stderr: 'brik: mappe.brik er en mappe; angiv en fil.\n' }));
    });
});

describe('a .brik file that is not UTF-8 is an error at its first such byte (exit 1), in every command', () => {
    const notUtf8 = 'latin1.brik:5:7: error: Filen er ikke gemt som UTF-8 (byten 0xE6 her er ikke UTF-8), så Brik har ikke læst den. Gem den som UTF-8 (i Notesblok: Gem som … Kodning: UTF-8). [brik/file-encoding]';

    it('its first line, and exit 1', async () => {
        const commands = BRIK_COMMANDS.filter(command => !command.name.includes('json') && command.name !== 'diff --git');
        const results = await everyCommand(commands, 'latin1.brik');
        const firstLines = Object.fromEntries(Object.entries(results).map(([name, result]) =>
            [name, { code: result.code, first: (name === 'check' ? result.stdout : result.stderr).split('\n')[0] }]));
        expect(firstLines).toEqual(Object.fromEntries(commands.map(command => [command.name, { code: 1, first: notUtf8 }])));
    });

    it('check --format json has it as a problem like any other', async () => {
        const result = await brik(['check', '--format', 'json', 'latin1.brik']);
        expect(result.code).toBe(1);
        expect(JSON.parse(result.stdout).problems).toEqual([{
            path: 'latin1.brik', line: 5, column: 7, endLine: 5, endColumn: 8, severity: 'error', code: 'brik/file-encoding',
            message: 'Filen er ikke gemt som UTF-8 (byten 0xE6 her er ikke UTF-8), så Brik har ikke læst den. Gem den som UTF-8 (i Notesblok: Gem som … Kodning: UTF-8).'
        }]);
    });

    it('an included fragment that is not UTF-8 is named at its byte and at its inkluder', async () => {
        const result = await brik(['check', 'med-latin1.brik']);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe(
            'del.brik:2:9: error: Filen er ikke gemt som UTF-8 (byten 0xC6 her er ikke UTF-8), så Brik har ikke læst den. Gem den som UTF-8 (i Notesblok: Gem som … Kodning: UTF-8). [brik/file-encoding]\n'
            + 'med-latin1.brik:5:12: error: "del.brik" er ikke gemt som UTF-8 og er ikke læst. Gem den som UTF-8. [brik/file-encoding]\n');
    });

    it('import reads a CSV that is not UTF-8 as Windows-1252, as older Excel saves it (docs/cli.md)', async () => {
        writeFileSync(path.join(dir, 'ark.csv'), Buffer.concat([
            Buffer.from('Budget 2024 (mio. kr., 2024-PL)\n\nBudgetbrik;2024\n'), Buffer.from([0xC6]), Buffer.from('ldrepleje;1,5\n')
        ]));
        const result = await brik(['import', 'ark.csv']);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('brik "Ældrepleje"');
    });
});
