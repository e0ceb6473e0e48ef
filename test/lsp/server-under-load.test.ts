import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, Hover, Position } from 'vscode-languageserver-protocol/node';
import { CancellationTokenSource, HoverRequest, InlayHintRequest, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Random } from '../fuzz/random.js';
import { ROOT, runBrikAsync } from '../support/run-brik.js';
import { fileUri, LspServerProcess } from './lsp-server-process.js';

/**
 * The bundled server under an editor's load: a catalogue of 3,000 brikker, 5,000 keystrokes sent
 * as fast as the pipe takes them (incremental sync, as the server advertises), hovers and inlay
 * hints on the way, most of them cancelled as an editor cancels them. Afterwards its diagnostics
 * are the CLI's for the final text, it answered every request, and its memory is back near where
 * it started.
 */
const EDITS = 5_000;
const HEADER = 'budget "Belastning" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n';

function catalogue(): string {
    const areas = Array.from({ length: 10 }, (_, a) => `  område "Område ${a}" {\n${Array.from({ length: 10 }, (_, t) =>
        `    tema "${a}.${t}" "Tema ${a}.${t}" {\n${Array.from({ length: 30 }, (_, b) =>
            `      brik "Brik ${a}-${t}-${b}" drift 2024: ${b}.5, 2025: ${t}..${t + b} permanent\n`).join('')}    }\n`).join('')}  }\n`);
    return `${HEADER}${areas.join('')}}\n`;
}

/** An editor's view of the text: offsets and LSP positions, kept in step with the edits sent. */
class EditorText {
    constructor(public text: string) {}

    position(offset: number): Position {
        const before = this.text.slice(0, offset);
        const line = before.split('\n').length - 1;
        return { line, character: offset - (before.lastIndexOf('\n') + 1) };
    }
}

/**
 * The netto row of a budget's hover: `| **Netto** | **1,0** | …`, a range `**0,0–10,0**`, or
 * `**ukendt**` where the figure rests on an amount that cannot be read (docs/language.md §5).
 */
// A figure of a hover's table stands after the column gap (COLUMN_GAP, figures-markdown.ts).
const NETTO = /\| \*\*Netto\*\* +\| +\u200B\u2003\*\*(?:ukendt|-?[0-9][0-9.]*(?:,[0-9]+)?(?:\u00A0?–\u00A0?-?[0-9][0-9.]*(?:,[0-9]+)?)?)\*\* \|/;

/** The text of a hover's contents, whichever of LSP's shapes they come in. */
function hoverText(hover: Hover | null): string {
    const contents = hover?.contents ?? [];
    const parts = Array.isArray(contents) ? contents : [contents];
    return parts.map(part => typeof part === 'string' ? part : part.value).join('\n');
}

function rssMegabytes(pid: number): number {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+([0-9]+) kB/.exec(status)![1]) / 1024;
}

function key(d: { line: number; column: number; code: unknown; message: string }): string {
    return `${d.line}:${d.column} ${String(d.code)} ${d.message}`;
}

const expectedKeys = (diagnostics: Diagnostic[]) =>
    diagnostics.map(d => key({ line: d.range.start.line + 1, column: d.range.start.character + 1, code: d.code, message: typeof d.message === 'string' ? d.message : d.message.value })).sort();

describe('the language server under load', () => {
    let server: LspServerProcess;
    beforeAll(async () => { server = await LspServerProcess.start({ timeoutMs: 60_000 }); });
    afterAll(async () => { await server?.stop(); });

    it('takes 5,000 rapid edits with cancelled requests, and ends with the diagnostics of the final text, every request answered, memory near its baseline', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'brik-load-'));
        const file = path.join(dir, 'belastning.brik');
        const uri = fileUri(file);
        const editor = new EditorText(catalogue());
        server.open(uri, editor.text);
        await server.diagnostics(uri, { what: 'the first diagnostics of the large catalogue' });
        const baseline = rssMegabytes(server.pid);

        const random = new Random(2024);
        const answered: Array<Promise<string>> = [];
        const started = performance.now();
        let cancelled = 0;
        for (let i = 0; i < EDITS; i++) {
            // Type into a name or an amount, or delete a character: what a person does, at random places.
            const offset = HEADER.length + random.int(editor.text.length - HEADER.length - 2);
            const at = editor.position(offset);
            if (random.chance(0.6)) {
                const character = random.pick(['a', 'ø', '1', '.', ' ', ',', '"', '{', '}', '–']);
                server.edit(uri, { start: at, end: at }, character);
                editor.text = editor.text.slice(0, offset) + character + editor.text.slice(offset);
            } else {
                server.edit(uri, { start: at, end: editor.position(offset + 1) }, '');
                editor.text = editor.text.slice(0, offset) + editor.text.slice(offset + 1);
            }
            if (i % 25 === 0) {
                const source = new CancellationTokenSource();
                const hover = server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at }, source.token);
                const hints = server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: editor.position(editor.text.length) } }, source.token);
                // An editor cancels what the next keystroke makes stale: here three requests in four.
                const cancel = i % 100 !== 0;
                if (cancel) {
                    source.cancel();
                    cancelled++;
                }
                for (const request of [hover, hints]) {
                    answered.push(request.then(() => 'result', (error: unknown) => {
                        const code = error instanceof ResponseError ? error.code : undefined;
                        // A cancelled request may end either way; one not cancelled must not fail inside the server.
                        if (cancel && code === LSPErrorCodes.RequestCancelled) return 'cancelled';
                        if (code === LSPErrorCodes.ContentModified) return 'content modified';
                        return `failed: ${code ?? ''} ${String(error)}`;
                    }));
                }
            }
        }
        const sentAll = server.publications(uri);
        const outcomes = await Promise.all(answered);
        const sent = performance.now() - started;
        expect(outcomes.filter(outcome => outcome.startsWith('failed'))).toEqual([]);
        expect(outcomes.filter(outcome => outcome === 'result').length).toBeGreaterThan(0);

        // The CLI's diagnostics for the final text: the server must arrive at exactly these.
        writeFileSync(file, editor.text);
        const cli = JSON.parse((await runBrikAsync(['check', file, '--format', 'json'])).stdout) as { problems: Array<{ line: number; column: number; code: string; message: string }> };
        const expected = cli.problems.map(key).sort();
        await server.diagnostics(uri, { since: sentAll, until: d => JSON.stringify(expectedKeys(d)) === JSON.stringify(expected), what: 'the diagnostics of the final text' });
        const settled = performance.now() - started;
        // And they stay so: a hover on the final text is answered from it, here on the first brik
        // the keystrokes left whole, with its own budget-year figure (the edits are seeded).
        const whole = /^ {6}brik "Brik ([0-9])-([0-9])-([0-9]+)" drift 2024: \3\.5, 2025: \2\.\.([0-9]+) permanent$/m.exec(editor.text)!;
        expect(whole).not.toBeNull();
        const brikHover = hoverText(await server.hover(uri, editor.position(whole.index + '      brik "'.length)));
        expect(brikHover).toContain(`Brik ${whole[1]}-${whole[2]}-${whole[3]}`);
        expect(brikHover).toContain(`${whole[3]},5`);
        expect(expectedKeys(await server.diagnostics(uri, { since: server.publications(uri) - 1 }))).toEqual(expected);
        // Back to the text it started with: what the edits allocated must be free again.
        server.change(uri, catalogue());
        await server.diagnostics(uri, { since: server.publications(uri), until: d => d.length === 0, what: 'the diagnostics of the original text' });
        // Tema 0.0's 30 brikker give 0.5 + 1.5 + … + 29.5 = 450 in 2024.
        const original = new EditorText(catalogue());
        expect(hoverText(await server.hover(uri, original.position(original.text.indexOf('tema "0.0"') + 'tema "'.length)))).toContain('450,0');
        const after = rssMegabytes(server.pid);
        console.log(`load: ${EDITS} edits and ${answered.length} requests (${cancelled * 2} cancelled) sent in ${(sent / 1000).toFixed(1)} s, final diagnostics (${expected.length}) after ${(settled / 1000).toFixed(1)} s; RSS ${baseline.toFixed(0)} MB before, ${after.toFixed(0)} MB after`);
        // Tolerant: V8 returns memory to the system lazily, but a leak of the 5,000 versions would be far above.
        expect(after).toBeLessThan(baseline + 200);
    }, 240_000);

    it('answers diagnostics and hover for every broken input of test/fixtures/bad, and stays up', async () => {
        const folder = path.join(ROOT, 'test/fixtures/bad');
        for (const name of readdirSync(folder).filter(file => file.endsWith('.brik')).sort()) {
            const uri = fileUri(path.join(folder, name));
            server.open(uri, readFileSync(path.join(folder, name), 'utf8'));
            const diagnostics = await server.diagnostics(uri, { what: `the diagnostics of ${name}` });
            // An empty file open in an editor is no error: completion offers a budget's skeleton.
            expect(diagnostics.length > 0, name).toBe(!name.startsWith('ok-') && name !== 'empty.brik');
            // A file read as a budget shows its netto; one that holds none (empty, binary, UTF-16, not Brik) shows
            // nothing, and a budget with no years to show (no `år`) its title without a table.
            const hover = hoverText(await server.hover(uri, { line: 0, character: 1 }));
            expect(hover === '' || NETTO.test(hover) || !hover.includes('|'), `${name}: ${hover}`).toBe(true);
            server.close(uri);
        }
        // Larger than the server reads (2,000,000 characters), and nested past its depth: one error each, at once.
        for (const [name, text] of [['stor.brik', `${HEADER}${'  brik "X" drift 1\n'.repeat(150_000)}}\n`], ['dyb.brik', `${HEADER}${'tema "T" {\n'.repeat(10_000)}${'}\n'.repeat(10_000)}}\n`]]) {
            const uri = fileUri(path.join(ROOT, name));
            server.open(uri, text);
            expect((await server.diagnostics(uri, { what: `the diagnostics of ${name}` })).map(d => d.code)).toEqual([name === 'stor.brik' ? 'brik/file-too-large' : 'brik/nesting-too-deep']);
            // Nothing is read of the first; the second is the budget around what was skipped.
            const hover = hoverText(await server.hover(uri, { line: 0, character: 1 }));
            if (name === 'stor.brik') {
                expect(hover).toBe('');
            } else {
                expect(hover).toContain('**Belastning** — budget · 0 brikker');
                expect(hover).toMatch(NETTO);
            }
            server.close(uri);
        }
    }, 60_000);
});
