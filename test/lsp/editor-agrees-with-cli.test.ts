import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, FormattingOptions } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBrik } from '../support/run-brik.js';
import { applyEdits, fileUri, LspServerProcess } from './lsp-server-process.js';

// Issue 22: what the editor does to a file, `brik fmt` does too, byte for byte. The bundled
// language server over stdio, against the built CLI on a copy of the same file.

const folder = mkdtempSync(path.join(tmpdir(), 'brik-editor-cli-'));
let server: LspServerProcess;

beforeAll(async () => {
    server = await LspServerProcess.start({ workspaceFolder: folder });
});

afterAll(async () => {
    await server?.stop();
});

/** Opens a copy of a repository file in the server, and waits for its diagnostics. */
async function openCopy(file: string, name: string): Promise<{ uri: string; text: string; diagnostics: Diagnostic[]; copy: string }> {
    const copy = path.join(folder, name);
    copyFileSync(path.join(ROOT, file), copy);
    const text = readFileSync(copy, 'utf8');
    const uri = fileUri(copy);
    const since = server.publications(uri);
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, { since, what: `the diagnostics of ${name}` });
    return { uri, text, diagnostics, copy };
}

function codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only, triggerKind: 2 } });
}

describe('fix all pasted text, in the editor and with brik fmt --fix', () => {
    it('is one source.fixAll.brik action, as editor.codeActionsOnSave asks for it, and gives what brik fmt --fix gives', async () => {
        const { uri, text, copy } = await openCopy('test/fixtures/pasted-every-sign.brik', 'indsat.brik');
        try {
            const actions = await codeActions(uri, [], ['source.fixAll']);
            expect(actions.map(action => [action.kind, action.title])).toEqual([['source.fixAll.brik', 'Ret al indsat tekst i filen (13 steder)']]);
            const fixed = applyEdits(text, actions[0].edit!.changes![uri]);
            expect(fixed.split('\n')[7]).toBe('    brik "Kapacitet" omstilling drift -1_250 permanent // forventer: pasted-minus // forventer: pasted-digit-space');
            // Saved: the editor then formats (editor.formatOnSave), and the file is what `brik fmt --fix` writes.
            const since = server.publications(uri);
            server.change(uri, fixed);
            const after = await server.diagnostics(uri, { since, what: 'the diagnostics after fix-all' });
            expect(after.filter(d => ['brik/pasted-minus', 'brik/pasted-digit-space', 'brik/curly-quotes'].includes(String(d.code)))).toEqual([]);
            const saved = applyEdits(fixed, await server.formatting(uri) ?? []);
            const cli = runBrik(['fmt', '--fix', copy]);
            expect(cli.code).toBe(0);
            expect(cli.stdout.split('\n')).toContain(`${copy}:8:39: '–1\u00A0250' → '-1_250' (brik/pasted-minus, brik/pasted-digit-space)`);
            expect(readFileSync(copy, 'utf8')).toBe(saved);
            // Nothing of pasted text is left to fix: the action is not offered again.
            expect(await codeActions(uri, [], ['source.fixAll'])).toEqual([]);
        } finally {
            server.close(uri);
        }
    });

    it('is offered as a quick fix beside a problem of pasted text, and as a source action', async () => {
        const { uri, diagnostics } = await openCopy('test/fixtures/pasted-from-word.brik', 'word.brik');
        try {
            const minus = diagnostics.find(d => d.code === 'brik/pasted-minus')!;
            const beside = await codeActions(uri, [minus], ['quickfix']);
            expect(beside.map(action => [action.kind, action.title])).toEqual([
                ['quickfix', 'Skriv -3_400'],
                ['quickfix', 'Ret al indsat tekst i filen (6 steder)']
            ]);
            const source = await codeActions(uri, [], ['source']);
            expect(source.map(action => action.kind)).toEqual(['source.fixAll.brik']);
            // A problem that is not pasted text, and a file with no other, get no fix-all.
            const range = diagnostics.find(d => d.code === 'brik/range-notation')!;
            expect((await codeActions(uri, [range], ['quickfix'])).map(action => action.title)).toEqual(['Skriv intervallet som 0..10']);
        } finally {
            server.close(uri);
        }
    });
});

describe('the editor\'s Format Document is brik fmt\'s layout, whatever tab size it sends', () => {
    const unformatted = 'budget "B" {\n\tenhed mio. kr.\n    prisniveau 2023\n\tår 2024..2027\n\ttema "1" "T" {\n\t\tbrik "A" drift 2.8 permanent\n\t\tbrik "Længere navn" drift 1\n\t\ttotal 3.8\n\t}\n}\n';

    it.each<FormattingOptions>([
        { tabSize: 4, insertSpaces: true },
        { tabSize: 8, insertSpaces: true },
        { tabSize: 4, insertSpaces: false },
        { tabSize: 2, insertSpaces: false }
    ])('formats with %o as brik fmt does, byte for byte', async options => {
        const file = path.join(folder, `layout-${options.tabSize}-${options.insertSpaces}.brik`);
        writeFileSync(file, unformatted);
        const uri = fileUri(file);
        const since = server.publications(uri);
        server.open(uri, unformatted);
        try {
            expect(await server.diagnostics(uri, { since })).toEqual([]);
            const formatted = applyEdits(unformatted, await server.formatting(uri, options) ?? []);
            expect(runBrik(['fmt', file]).code).toBe(0);
            expect(formatted).toBe(readFileSync(file, 'utf8'));
            expect(formatted).toBe('budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n  tema "1" "T" {\n    brik "A"            drift 2.8 permanent\n    brik "Længere navn" drift 1\n    total 3.8\n  }\n}\n');
            expect(runBrik(['fmt', '--check', file]).code).toBe(0);
        } finally {
            server.close(uri);
        }
    });
});
