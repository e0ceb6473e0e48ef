import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBrik } from './support/run-brik.js';

const HEADER = 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2025\n  prisindeks { 2023: 100.0  2024: 103.4 }';
const FIRST = `budget "Budget 2024" {\n  ${HEADER}\n  tema "1.6" "Medicin" {\n    brik "Vækst i medicinudgifter" uomgængelig drift 19..35 permanent\n    brik "Bedre indkøb" omstilling drift -3.4 permanent\n  }\n  brik "Neurorehabilitering" drift 2.8 permanent\n  finansiering "Råderum" drift -20 permanent\n  scenarie "Kun uomgængelige" { }\n}\n`;
const SECOND = FIRST.replace('drift 19..35 permanent', 'drift 20..35 permanent').replace('"Bedre indkøb"', '"Bedre indkøb og logistik"');

let dir: string;

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-prioritering-'));
    writeFileSync(path.join(dir, 'v1.brik'), FIRST);
    writeFileSync(path.join(dir, 'v2.brik'), SECOND);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 'Brik', GIT_AUTHOR_EMAIL: 'brik@example.org', GIT_COMMITTER_NAME: 'Brik', GIT_COMMITTER_EMAIL: 'brik@example.org' } });
    git('init', '-q');
    writeFileSync(path.join(dir, 'budget.brik'), FIRST);
    git('add', 'budget.brik');
    git('commit', '-q', '-m', 'første behandling');
    writeFileSync(path.join(dir, 'budget.brik'), SECOND);
});

describe('brik report --scenario and --prisniveau', () => {
    it('restricts the report to a scenario', () => {
        const { code, stdout } = runBrik(['report', 'v1.brik', '--scenario', 'Kun uomgængelige'], { cwd: dir });
        expect(code).toBe(0);
        const report = JSON.parse(stdout);
        expect(report.scenario).toBe('Kun uomgængelige');
        expect(report.total.drift.netto['2024']).toEqual({ min: '-4.4', max: '11.6' });
        expect(report.children.map((c: { name: string }) => c.name)).toEqual(['Medicin', 'Råderum']);
    });

    it('restates amounts in another price level', () => {
        const report = JSON.parse(runBrik(['report', 'v1.brik', '--prisniveau', '2024'], { cwd: dir }).stdout);
        expect(report).toMatchObject({ priceLevel: 2024, restatedFrom: 2023 });
        expect(report.children[1].total.drift.netto['2024']).toEqual({ min: '2.8952', max: '2.8952' });
    });

    it('exits 2 for an unknown scenario, a price level without an index, or a year that is not one', () => {
        expect(runBrik(['report', 'v1.brik', '--scenario', 'Alt'], { cwd: dir })).toMatchObject({ code: 2, stdout: '', stderr: 'brik: Budgettet har intet scenarie "Alt". Det har "Kun uomgængelige".\n' });
        expect(runBrik(['report', 'v1.brik', '--prisniveau', '2025'], { cwd: dir })).toMatchObject({ code: 2, stdout: '' });
        expect(runBrik(['report', 'v1.brik', '--prisniveau', 'næste år'], { cwd: dir }).code).toBe(2);
    });
});

describe('brik diff', () => {
    it('shows changed and renamed brikker and the balance, and exits 0', () => {
        const { code, stdout } = runBrik(['diff', 'v1.brik', 'v2.brik'], { cwd: dir });
        expect(code).toBe(0);
        expect(stdout).toContain('* ændret: 1.6 Medicin › "Vækst i medicinudgifter"\n    drift opdrift 2024: 19,0–35,0 → 20,0–35,0 (+1,0–+0,0)');
        expect(stdout).toContain('~ omdøbt: 1.6 Medicin › "Bedre indkøb" → "Bedre indkøb og logistik"');
        expect(stdout).toContain('Balance (drift netto):\n  drift netto 2024: -1,6–14,4 → -0,6–14,4 (+1,0–+0,0)');
    });

    it('exits 1 with --fail-on-change when something changed, 0 when nothing did', () => {
        expect(runBrik(['diff', 'v1.brik', 'v2.brik', '--fail-on-change'], { cwd: dir }).code).toBe(1);
        expect(runBrik(['diff', 'v1.brik', 'v1.brik', '--fail-on-change'], { cwd: dir }).code).toBe(0);
    });

    it('reads the old version from git', () => {
        const { code, stdout } = runBrik(['diff', '--git', 'HEAD', 'budget.brik', '--format', 'json'], { cwd: dir });
        expect(code).toBe(0);
        const diff = JSON.parse(stdout);
        expect(diff.items.map((i: { kind: string; name: string }) => [i.kind, i.name])).toEqual([['changed', 'Vækst i medicinudgifter'], ['renamed', 'Bedre indkøb og logistik']]);
    });

    it('writes Markdown for a pull request', () => {
        const { stdout } = runBrik(['diff', '--git', 'HEAD', 'budget.brik', '--format', 'md'], { cwd: dir });
        expect(stdout.split('\n')[0]).toBe('### Budget 2024');
    });

    it('says so when the file is not in the revision', () => {
        writeFileSync(path.join(dir, 'ny.brik'), FIRST);
        expect(runBrik(['diff', '--git', 'HEAD', 'ny.brik'], { cwd: dir })).toMatchObject({
            code: 2, stdout: '', stderr: 'brik: ny.brik findes ikke i git-revisionen HEAD. Tjek revisionens navn, eller om filen hed noget andet dengang.\n'
        });
    });

    it('exits 2 when used wrongly', () => {
        expect(runBrik(['diff', 'v1.brik'], { cwd: dir }).code).toBe(2);
        expect(runBrik(['diff', '--git', 'HEAD', 'v1.brik', 'v2.brik'], { cwd: dir }).code).toBe(2);
    });
});
