import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, MarkupContent } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BalanceResult, ReportResult } from '@brik/language/protocol';
import { pdfText } from '../support/pdf-files.js';
import { ROOT } from '../support/run-brik.js';
import { applyEdits, DEFAULT_SETTINGS, fileUri, LspServerProcess, positionOf, textAt } from './lsp-server-process.js';

// The bundled language server (packages/extension/out/language-server.cjs) as a separate
// process, driven over stdio by a real LSP client: what every editor sees.

const EXAMPLE = path.join(ROOT, 'examples/region-nordjylland-2024.brik');
const TEXT = readFileSync(EXAMPLE, 'utf8');
const URI = fileUri(EXAMPLE);
const RIGHT_TOTAL = 'total opdrift 15.0..26.6';
const WRONG_TOTAL = 'total opdrift 15.1..26.6';
const WRONG = TEXT.replace(RIGHT_TOTAL, WRONG_TOTAL);

let server: LspServerProcess;

/** The command lines of every process below `pid` (ps, as on Linux and macOS). */
function descendantsOf(pid: number): string[] {
    const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' }).trim().split('\n')
        .map(row => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(row)).filter(match => match !== null)
        .map(([, child, parent, args]) => ({ child: Number(child), parent: Number(parent), args }));
    const below = new Set([pid]);
    for (let grew = true; grew;) {
        grew = false;
        for (const row of rows) {
            if (below.has(row.parent) && !below.has(row.child)) {
                below.add(row.child);
                grew = true;
            }
        }
    }
    return rows.filter(row => row.child !== pid && below.has(row.child)).map(row => row.args);
}

/** Replaces the document's text and waits for the diagnostics the server publishes for it. */
async function edit(text: string, until: (diagnostics: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    const since = server.publications(URI);
    server.change(URI, text);
    return server.diagnostics(URI, { since, until, what });
}

const mismatch = (diagnostics: Diagnostic[]) => diagnostics.some(d => d.code === 'brik/total-mismatch');

beforeAll(async () => {
    server = await LspServerProcess.start({ workspaceFolder: path.join(ROOT, 'examples') });
    const since = server.publications(URI);
    server.open(URI, TEXT);
    await server.diagnostics(URI, { since, what: 'the first diagnostics of the example' });
});

afterAll(async () => {
    await server?.stop();
});

describe('diagnostics over stdio', () => {
    it('publishes no diagnostics for the Region Nordjylland catalogue', async () => {
        expect(await server.diagnostics(URI)).toEqual([]);
    });

    it('reports a wrong total as brik/total-mismatch at the figure, and clears it when the total is put back', async () => {
        const diagnostics = await edit(WRONG, mismatch, 'brik/total-mismatch');
        expect(diagnostics).toHaveLength(1);
        const [diagnostic] = diagnostics;
        expect(diagnostic).toMatchObject({ code: 'brik/total-mismatch', severity: 1, source: 'brik' });
        expect(diagnostic.message).toMatch(/^Totalen holder ikke: angivet 15\.1\.\.26\.6, beregnet 15,0–26,6 /);
        expect(diagnostic.range.start).toEqual(positionOf(WRONG, WRONG_TOTAL, 'total opdrift '.length));
        expect(textAt(WRONG, diagnostic.range)).toBe('15.1..26.6');

        expect(await edit(TEXT, d => !mismatch(d), 'the mismatch to clear')).toEqual([]);
    });
});

describe('Brik requests over stdio', () => {
    it('brik/balance: drift netto of the budget year, 48,9–121,5 mio. kr.', async () => {
        const balance = await server.request<BalanceResult>('brik/balance', { uri: URI });
        expect(balance).toMatchObject({ budget: 'Budget 2024 – Region Nordjylland', text: '48,9–121,5', year: 2024, unit: 'mio. kr.', errors: 0, balanced: false });
    });

    it('brik/balance counts the errors of the document', async () => {
        await edit(WRONG, mismatch, 'brik/total-mismatch');
        try {
            expect(await server.request<BalanceResult>('brik/balance', { uri: URI })).toMatchObject({ text: '48,9–121,5', errors: 1 });
        } finally {
            await edit(TEXT, d => !mismatch(d), 'the mismatch to clear');
        }
    });

    it('brik/report: the Markdown report of the open document', async () => {
        const report = await server.request<ReportResult>('brik/report', { uri: URI, format: 'md' });
        expect(report.basedOnErrors).toBe(false);
        expect(report.content).toMatch(/^# Budget 2024 – Region Nordjylland\n/);
    });

    it('brik/report: the JSON report, brik-report/1', async () => {
        const report = await server.request<ReportResult>('brik/report', { uri: URI, format: 'json' });
        const json = JSON.parse(report.content ?? '{}');
        expect(json).toMatchObject({ schema: 'brik-report/1', budget: 'Budget 2024 – Region Nordjylland', years: [2024, 2025, 2026, 2027] });
        expect(json.total.drift.netto['2024']).toEqual({ min: '48.9', max: '121.5' });
    });

    it('brik/report: a binary format (the workbook) as base64 of its bytes', async () => {
        const report = await server.request<ReportResult>('brik/report', { uri: URI, format: 'xlsx' });
        expect(report.encoding).toBe('base64');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(report.content ?? '', 'base64') as unknown as ExcelJS.Buffer);
        expect(workbook.title).toBe('Budget 2024 – Region Nordjylland');
    });

    it('brik/report: the Word document, as base64 of a zip', async () => {
        const report = await server.request<ReportResult>('brik/report', { uri: URI, format: 'docx' });
        expect(report.encoding).toBe('base64');
        expect(Buffer.from(report.content ?? '', 'base64').subarray(0, 2).toString()).toBe('PK');
    });

    it('brik/report: the PDF, printed by the machine\'s chromium in the server, with the balance of the HTML report', async () => {
        const report = await server.request<ReportResult>('brik/report', { uri: URI, format: 'pdf' });
        expect(report.message).toBeUndefined();
        expect(report.encoding).toBe('base64');
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'brik-lsp-pdf-')), 'report.pdf');
        writeFileSync(file, Buffer.from(report.content ?? '', 'base64'));
        expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdfText(file)).toMatch(/Balance\s+48,9–121,5\s+233,8–306,1/);
        // The browser is closed once the PDF is printed: no chromium stays behind the server.
        await expect.poll(() => descendantsOf(server.pid).filter(command => /chrom/i.test(command))).toEqual([]);
    }, 60_000);
});

describe('settings through workspace/configuration', () => {
    afterAll(() => server.configure(DEFAULT_SETTINGS));

    it('follows brik.locale and brik.inlayHints.enabled as the editor changes them', async () => {
        server.configure({ ...DEFAULT_SETTINGS, locale: 'en', inlayHints: { enabled: false } });
        expect(await server.request<BalanceResult>('brik/balance', { uri: URI })).toMatchObject({ text: '48.9–121.5' });
        expect(await server.inlayHints(URI, { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } })).toEqual([]);
        server.configure(DEFAULT_SETTINGS);
        expect(await server.request<BalanceResult>('brik/balance', { uri: URI })).toMatchObject({ text: '48,9–121,5' });
    });

    it('gives the next inlay hints, outline and hover in the locale the editor switched to', async () => {
        const whole = { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } };
        const theme = positionOf(TEXT, 'tema "1.1"', 'tema "'.length);
        const seen = async () => {
            const [budget] = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
            const hover = await server.hover(URI, theme);
            return {
                hints: (await server.inlayHints(URI, whole) ?? []).map(hint => hint.label),
                outline: budget.detail,
                hover: (hover?.contents as MarkupContent).value.split('\n')[0]
            };
        };
        server.configure({ ...DEFAULT_SETTINGS, locale: 'en' });
        const english = await seen();
        expect(english.hints).toContain('Σ 2024: 48.9–121.5');
        expect(english.outline).toBe('48.9–121.5 mio. kr.');
        expect(english.hover).toContain('— theme · 8 items');
        server.configure(DEFAULT_SETTINGS);
        const danish = await seen();
        expect(danish.hints).toContain('Σ 2024: 48,9–121,5');
        expect(danish.outline).toBe('48,9–121,5 mio. kr.');
        expect(danish.hover).toContain('— tema · 8 brikker');
    });
});

describe('editor features over stdio', () => {
    it('hover on a tema shows its computed totals', async () => {
        const hover = await server.hover(URI, positionOf(TEXT, 'tema "1.1"', 'tema "'.length));
        const value = (hover?.contents as MarkupContent).value;
        expect((hover?.contents as MarkupContent).kind).toBe('markdown');
        expect(value).toContain('1.1 Kapacitetspres, arbejdsmiljø og rekruttering');
        expect(value).toContain('8 brikker');
        expect(value).toContain('15,0–26,6');
    });

    it('hover on a wrong total shows the declared and the computed figure', async () => {
        await edit(WRONG, mismatch, 'brik/total-mismatch');
        try {
            const hover = await server.hover(URI, positionOf(WRONG, WRONG_TOTAL, 2));
            const value = (hover?.contents as MarkupContent).value;
            expect(value).toContain('angivet 15,1–26,6');
            expect(value).toContain('beregnet 15,0–26,6');
        } finally {
            await edit(TEXT, d => !mismatch(d), 'the mismatch to clear');
        }
    });

    it('inlay hints show each container\'s budget-year netto and the computed figure beside a wrong total', async () => {
        await edit(WRONG, mismatch, 'brik/total-mismatch');
        try {
            const hints = await server.inlayHints(URI, { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } }) ?? [];
            const at = (needle: string, offset: number) => {
                const { line, character } = positionOf(WRONG, needle, offset);
                return hints.filter(h => h.position.line === line && h.position.character === character).map(h => h.label);
            };
            expect(at('budget "Budget 2024 – Region Nordjylland" {', 'budget "Budget 2024 – Region Nordjylland" {'.length)).toEqual(['Σ 2024: 48,9–121,5']);
            expect(at('tema "1.1" "Kapacitetspres, arbejdsmiljø og rekruttering" {', 'tema "1.1" "Kapacitetspres, arbejdsmiljø og rekruttering" {'.length)).toEqual(['Σ 2024: 15,0–26,6']);
            expect(at(WRONG_TOTAL, WRONG_TOTAL.length)).toEqual(['≠ 15,0–26,6']);
        } finally {
            await edit(TEXT, d => !mismatch(d), 'the mismatch to clear');
        }
    });

    it('code lens above each tema and område: how many brikker it has (the inlay hint has its figure), which lists them', async () => {
        const lenses = await server.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
        const line = positionOf(TEXT, 'tema "1.1"').line;
        const [lens] = lenses.filter(lens => lens.range.start.line === line);
        expect([lens.command?.title, lens.command?.command, (lens.command?.arguments?.[2] as unknown[]).length]).toEqual(['8 brikker', 'brik.showItems', 8]);
        // No lens above a brik or a financing item: a brik's scenarios are in its hover.
        expect(lenses.every(lens => /^(tema|område) /.test(TEXT.split('\n')[lens.range.start.line].trim()))).toBe(true);
    });

    it('outlines the budget as område → tema → brik', async () => {
        const [budget] = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
        expect(budget.name).toBe('Budget 2024 – Region Nordjylland');
        const area = budget.children?.find(symbol => symbol.name === 'Sundhedsområdet');
        const theme = area?.children?.find(symbol => symbol.name.startsWith('1.1'));
        expect(theme?.children?.map(symbol => symbol.name)).toContain('Neurorehabilitering');
        const neuro = theme?.children?.find(symbol => symbol.name === 'Neurorehabilitering');
        expect([neuro?.detail, neuro?.children]).toEqual(['Neuroenhed Nord, Regionshospital Nordjylland (RHN) · 2,8 mio. kr.', undefined]);
    });

    it('offers a quick fix that writes the computed total', async () => {
        const [diagnostic] = await edit(WRONG, mismatch, 'brik/total-mismatch');
        try {
            const actions = (await server.codeActions(URI, diagnostic.range, [diagnostic]) ?? []) as CodeAction[];
            const fix = actions.find(a => a.title === 'Skriv den beregnede total: 15.0..26.6');
            expect(fix, JSON.stringify(actions)).toBeDefined();
            expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true });
            expect(applyEdits(WRONG, fix?.edit?.changes?.[URI] ?? [])).toBe(TEXT);
        } finally {
            await edit(TEXT, d => !mismatch(d), 'the mismatch to clear');
        }
    });

    it('completes amount lines and properties inside a brik', async () => {
        const result = await server.completion(URI, positionOf(TEXT, '        drift 2.8 permanent', '        '.length));
        const labels = (Array.isArray(result) ? result : result?.items ?? []).map((item: CompletionItem) => item.label);
        expect(labels).toEqual(expect.arrayContaining(['drift', 'etablering', 'anlæg', 'årsværk', 'virksomhed', 'note']));
    });

    it('completes brik names after medtag in a scenario', async () => {
        const text = TEXT.replace('scenarie "Kun uomgængelige udgifter" { }', 'scenarie "Kun uomgængelige udgifter" {\n    medtag \n  }');
        server.change(URI, text);
        try {
            const result = await server.completion(URI, positionOf(text, '    medtag \n', '    medtag '.length));
            const labels = (Array.isArray(result) ? result : result?.items ?? []).map((item: CompletionItem) => item.label);
            expect(labels).toEqual(expect.arrayContaining(['Neurorehabilitering', 'Bedre indkøb', 'alle']));
        } finally {
            await edit(TEXT, d => d.length === 0, 'the example to be clean again');
        }
    });

    it('refuses to rename a brik to an empty name or to another brik\'s name, with the message as the error response', async () => {
        const position = positionOf(TEXT, 'brik "Neurorehabilitering"', 'brik "'.length + 2);
        await expect(server.request('textDocument/rename', { textDocument: { uri: URI }, position, newName: '' }))
            .rejects.toMatchObject({ code: -32803, message: 'Et navn kan ikke være tomt: skriv det nye navn, fx Neurorehabilitering.' });
        // A name of another brik of tema 1.1; one of another tema is free (§3).
        await expect(server.request('textDocument/rename', { textDocument: { uri: URI }, position, newName: 'Optimal udnyttelse af hospitalernes sengekapacitet' }))
            .rejects.toMatchObject({ code: -32803, message: expect.stringMatching(/^Navnet "Optimal udnyttelse af hospitalernes sengekapacitet" bruges allerede af brikken i region-nordjylland-2024\.brik, linje 15\. /) });
        const edit = await server.request<{ changes: Record<string, Array<{ newText: string }>> }>('textDocument/rename', { textDocument: { uri: URI }, position, newName: 'Neurorehabilitering, udvidet' });
        expect(Object.values(edit.changes).flat().map(change => change.newText)).toContain('"Neurorehabilitering, udvidet"');
    });

    it('formats a document: one setting a line, two spaces a level, and formatting again changes nothing', async () => {
        const uri = fileUri(path.join(tmpdir(), 'brik-format.brik'));
        const ugly = 'budget "B" {\nenhed   mio. kr.\n  prisniveau 2023\n    år 2024..2027\ntema "1" "T" {\nbrik "A"   drift 2.8 permanent\n  total  2.8\n}\n}\n';
        const since = server.publications(uri);
        server.open(uri, ugly);
        try {
            expect(await server.diagnostics(uri, { since })).toEqual([]);
            const formatted = applyEdits(ugly, await server.formatting(uri) ?? []);
            expect(formatted).toBe('budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n  tema "1" "T" {\n    brik "A" drift 2.8 permanent\n    total 2.8\n  }\n}\n');
            server.change(uri, formatted);
            expect(await server.formatting(uri)).toEqual([]);
        } finally {
            server.close(uri);
        }
    });
});

describe('a new catalogue from an empty file, over stdio', () => {
    /** A snippet as the editor inserts it when the author accepts every default. */
    function expanded(snippet: string): string {
        return snippet.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\t/g, '  ');
    }

    it('shows no error in an empty file, offers a skeleton with the years of its name, and the skeleton is clean', async () => {
        const uri = fileUri(path.join(tmpdir(), 'budget-2025.brik'));
        const since = server.publications(uri);
        server.open(uri, '');
        try {
            expect(await server.diagnostics(uri, { since, what: 'the empty file\'s diagnostics' })).toEqual([]);
            const result = await server.completion(uri, { line: 0, character: 0 });
            const skeleton = (Array.isArray(result) ? result : result?.items ?? []).find((item: CompletionItem) => item.label === 'budget { … }');
            const text = expanded((skeleton?.textEdit as { newText: string } | undefined)?.newText ?? '') + '\n';
            expect(text).toBe('budget "Budget 2025" {\n  enhed mio. kr.\n  prisniveau 2024\n  år 2025..2028\n  \n}\n');
            const after = server.publications(uri);
            server.change(uri, text);
            expect(await server.diagnostics(uri, { since: after, what: 'the skeleton\'s diagnostics' })).toEqual([]);
        } finally {
            server.close(uri);
        }
    });

    it('adds a missing header with one fix, its years from the budget\'s name', async () => {
        const uri = fileUri(path.join(tmpdir(), 'ny.brik'));
        const text = 'budget "Budget 2025" {}\n';
        const since = server.publications(uri);
        server.open(uri, text);
        try {
            const diagnostics = await server.diagnostics(uri, { since, until: d => d.length > 0, what: 'brik/setting-missing' });
            expect(diagnostics.map(d => [d.code, d.message])).toEqual([['brik/setting-missing',
                "Budgettet mangler 'enhed', 'prisniveau' og 'år'. Skriv fx 'enhed mio. kr.', 'prisniveau 2024' og 'år 2025..2028' øverst i budgettet."]]);
            const actions = (await server.codeActions(uri, diagnostics[0].range, diagnostics) ?? []) as CodeAction[];
            expect(actions.map(action => action.title)).toEqual(["Tilføj 'enhed mio. kr.', 'prisniveau 2024' og 'år 2025..2028'"]);
            const fixed = applyEdits(text, actions[0].edit?.changes?.[uri] ?? []);
            expect(fixed).toBe('budget "Budget 2025" {\n  enhed mio. kr.\n  prisniveau 2024\n  år 2025..2028\n}\n');
            const after = server.publications(uri);
            server.change(uri, fixed);
            expect(await server.diagnostics(uri, { since: after, what: 'the fixed header\'s diagnostics' })).toEqual([]);
        } finally {
            server.close(uri);
        }
    });
});
