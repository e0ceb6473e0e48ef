import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BalanceResult, ReportResult } from '@brik/language/protocol';
import { runBrikAsync } from '../support/run-brik.js';
import { HEADER, writeIn } from '../support/scratch-files.js';
import { fileUri, LspServerProcess } from './lsp-server-process.js';

// One policy (reportScope in packages/language) decides what a report covers and whether it
// rests on errors, for `brik report` and for the editor's brik/report and brik/balance alike.
// The budget itself is clean; the fragment it includes has `drift 2,8`.

const BUDGET = `budget "Budget med fejl i et fragment" {\n  ${HEADER}\n  område "Sundhed" {\n    inkluder "sundhed.brik"\n  }\n}\n`;
const FRAGMENT = 'fragment {\n  tema "1.1" "Kapacitet" {\n    brik "Neurorehabilitering" drift 2,8 permanent\n  }\n}\n';

let dir: string;
let budgetFile: string;

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-report-scope-'));
    budgetFile = writeIn(dir, 'budget.brik', BUDGET);
    writeIn(dir, 'sundhed.brik', FRAGMENT);
});

afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
});

describe('a report of a budget whose included fragment has an error', () => {
    it('brik report refuses it with exit 1, naming the fragment\'s error', async () => {
        const { code, stdout, stderr } = await runBrikAsync(['report', 'budget.brik', '--format', 'json'], { cwd: dir });
        expect(code).toBe(1);
        expect(stdout).toBe('');
        expect(stderr).toContain('sundhed.brik:3:');
        expect(stderr).toContain('[brik/comma-decimal]');
    });

    it('brik report --allow-errors marks it basedOnErrors', async () => {
        const { code, stdout } = await runBrikAsync(['report', 'budget.brik', '--format', 'json', '--allow-errors'], { cwd: dir });
        expect(code).toBe(0);
        expect(JSON.parse(stdout).basedOnErrors).toBe(true);
    });

    describe('over stdio, as the editor asks', () => {
        let server: LspServerProcess;
        const uri = () => fileUri(budgetFile);

        beforeAll(async () => {
            server = await LspServerProcess.start({ workspaceFolder: dir });
            const since = server.publications(uri());
            server.open(uri(), readFileSync(budgetFile, 'utf8'));
            // The budget's own file is clean: its diagnostics are empty, the error is the fragment's.
            expect(await server.diagnostics(uri(), { since, what: 'the budget\'s diagnostics' })).toEqual([]);
        });

        afterAll(async () => {
            await server?.stop();
        });

        it('brik/report refuses, as brik report does, and says how many errors', async () => {
            const report = await server.request<ReportResult>('brik/report', { uri: uri(), format: 'json' });
            expect(report).toEqual({ basedOnErrors: true, refused: { errors: 1 }, message: 'Rapporten er ikke lavet, fordi filen har en fejl.' });
        });

        it('brik/report with allowErrors, as --allow-errors, answers basedOnErrors: true, with the report marked', async () => {
            const report = await server.request<ReportResult>('brik/report', { uri: uri(), format: 'json', allowErrors: true });
            expect([report.basedOnErrors, report.refused]).toEqual([true, undefined]);
            expect(JSON.parse(report.content ?? '{}').basedOnErrors).toBe(true);
        });

        it('brik/balance counts the fragment\'s error', async () => {
            const balance = await server.request<BalanceResult>('brik/balance', { uri: uri() });
            expect(balance.errors).toBe(1);
            expect(balance.budget).toBe('Budget med fejl i et fragment');
        });
    });
});
