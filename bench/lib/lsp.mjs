// @ts-check
// The language server as an editor drives it: the bundled server over stdio, a real LSP client
// (as test/lsp/lsp-server-process.ts does for the tests). It opens one large catalogue, types
// single characters into it and times each edit to its fresh diagnostics, then hover, inlay
// hints for a screen, completion and formatting.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
    CompletionRequest, ConfigurationRequest, createMessageConnection, DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification, DocumentFormattingRequest, ExitNotification, HoverRequest,
    InitializedNotification, InitializeRequest, InlayHintRequest, PublishDiagnosticsNotification, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter
} from 'vscode-languageserver-protocol/node';
import { processRss, stats } from './measure.mjs';

const TIMEOUT_MS = 120_000;
/** Node's flags for the server, as the extension starts it (packages/extension/server-node-flags.json). */
const SERVER_NODE_FLAGS = JSON.parse(readFileSync(new URL('../../packages/extension/server-node-flags.json', import.meta.url), 'utf8')).flags;

function within(promise, what) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${what}`)), TIMEOUT_MS);
        promise.then(resolve, reject).finally(() => clearTimeout(timer));
    });
}

/** The position of the `occurrence`-th `needle` in `lines`, `offset` characters into it. */
function positionsOf(lines, pattern) {
    const found = [];
    lines.forEach((line, index) => {
        const match = pattern.exec(line);
        if (match) found.push({ line: index, character: match.index, match });
    });
    return found;
}

/**
 * The edits at one place, in order: what an editor sends when a user breaks an amount and mends
 * it (`2.8` → `2,8`, a brik/comma-decimal error, and back), types a character over itself, undoes
 * and redoes, and saves with a save participant or formatter that has nothing to change. `comma`:
 * whether the amount has a comma after the edit, which the diagnostics must then show.
 */
const EDIT_CYCLE = [
    { kind: 'change', text: ',', comma: true },
    { kind: 'no-op', text: ',', comma: true },
    { kind: 'undo/redo', text: '.', comma: false },
    { kind: 'undo/redo', text: ',', comma: true },
    { kind: 'change', text: '.', comma: false },
    { kind: 'no-op', text: '.', comma: false },
    { kind: 'resend', text: '', comma: false }
];

/** The offset at which line `line` of `text` starts. */
function lineOffsets(text, line) {
    let offset = 0;
    for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1;
    return offset;
}

async function timed(action) {
    const start = process.hrtime.bigint();
    const result = await action();
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/**
 * Measures the server on one file. `edits` edits of the kinds of EDIT_CYCLE, at places spread over
 * the file, each with a known diagnostic outcome to wait for.
 */
export async function benchServer({ server, file, text, edits = 200, repeats = 20, cwd, nodeArgs = SERVER_NODE_FLAGS, serverArgs = [] }) {
    const child = spawn(process.execPath, [...nodeArgs, server, '--stdio', ...serverArgs], { cwd, stdio: 'pipe' });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', chunk => { stderr = (stderr + chunk).slice(-4000); });
    // A server that exits (a missing bundle, a crash) fails the wait at once, not after TIMEOUT_MS.
    let shuttingDown = false;
    const died = new Promise((_, reject) => child.once('exit', (code, signal) => {
        if (!shuttingDown) reject(new Error(`the server exited (${signal ?? `code ${code}`})`));
    }));
    died.catch(() => undefined);
    const waitFor = (promise, what) => within(Promise.race([promise, died]), what);
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const uri = pathToFileURL(file).href;
    /** @type {Array<(diagnostics: any[]) => boolean>} */
    let waiting = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        if (params.uri !== uri) return;
        waiting = waiting.filter(check => !check(params.diagnostics));
    });
    connection.onRequest(ConfigurationRequest.type, params => params.items.map(item =>
        item.section === 'brik' ? { inlayHints: { enabled: true }, locale: 'da' } : null));
    connection.onRequest(() => null);
    connection.onNotification(() => undefined);
    connection.listen();
    const diagnosticsWhere = (predicate, what) => waitFor(new Promise(resolve => {
        waiting.push(diagnostics => predicate(diagnostics) ? (resolve(diagnostics), true) : false);
    }), what);

    try {
        const startup = await timed(() => waitFor(connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, workspaceFolders: null,
            capabilities: {
                workspace: { configuration: true },
                textDocument: { synchronization: {}, publishDiagnostics: {}, hover: { contentFormat: ['markdown'] }, completion: {}, inlayHint: {}, formatting: {} }
            }
        }), 'initialize'));
        await connection.sendNotification(InitializedNotification.type, {});

        const open = await timed(async () => {
            const first = diagnosticsWhere(() => true, 'the first diagnostics');
            await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'brik', version: 1, text } });
            return first;
        });
        const afterOpen = processRss(child.pid);

        const lines = text.split('\n');
        // One-line brikker with a one-decimal amount: `drift 2.8`, spread over the file.
        const amounts = positionsOf(lines, /drift ([0-9]+)\.[0-9] /);
        const step = Math.max(1, Math.floor(amounts.length / Math.ceil(edits / EDIT_CYCLE.length)));
        const places = amounts.filter((_, i) => i % step === 0).slice(0, Math.ceil(edits / EDIT_CYCLE.length));
        const isComma = (d) => d.code === 'brik/comma-decimal';
        const editTimes = [];
        const byKind = {};
        let version = 1;
        let current = text;
        for (let i = 0; i < edits; i++) {
            const place = places[Math.floor(i / EDIT_CYCLE.length) % places.length];
            const { kind, text: typed, comma } = EDIT_CYCLE[i % EDIT_CYCLE.length];
            const character = place.character + 'drift '.length + place.match[1].length;
            const range = { start: { line: place.line, character }, end: { line: place.line, character: character + 1 } };
            const expected = comma ? (d) => d.some(isComma) : (d) => !d.some(isComma);
            // A save participant or formatter with nothing to change sends the whole text again.
            const contentChanges = kind === 'resend' ? [{ text: current }] : [{ range, text: typed }];
            if (kind !== 'resend') {
                const at = lineOffsets(current, place.line) + character;
                current = current.slice(0, at) + typed + current.slice(at + 1);
            }
            const { ms } = await timed(async () => {
                const fresh = diagnosticsWhere(expected, `diagnostics after edit ${i + 1} (${kind})`);
                await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges });
                return fresh;
            });
            editTimes.push(ms);
            (byKind[kind] ??= []).push(ms);
        }
        const afterEdits = processRss(child.pid);

        const middle = Math.floor(lines.length / 2);
        const item = positionsOf(lines.slice(middle), /brik "/)[0];
        const hoverAt = { line: middle + item.line, character: item.character + 'brik "'.length + 2 };
        const hover = [];
        for (let i = 0; i < repeats; i++) {
            hover.push((await timed(() => waitFor(connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverAt }), 'hover'))).ms);
        }
        const screen = { start: { line: middle, character: 0 }, end: { line: middle + 60, character: 0 } };
        const inlay = [];
        let hints = 0;
        for (let i = 0; i < repeats; i++) {
            const { ms, result } = await timed(() => waitFor(connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: screen }), 'inlay hints'));
            inlay.push(ms);
            hints = result?.length ?? 0;
        }
        // Completion after `medtag ` in a scenario: every brik of the budget is a candidate.
        const medtag = positionsOf(lines, /medtag "/)[0];
        const completionAt = { line: medtag.line, character: medtag.character + 'medtag '.length };
        const completion = [];
        let candidates = 0;
        for (let i = 0; i < repeats; i++) {
            const { ms, result } = await timed(() => waitFor(connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: completionAt }), 'completion'));
            completion.push(ms);
            candidates = Array.isArray(result) ? result.length : result?.items.length ?? 0;
        }
        // Completion of a keyword at the start of a line in a tema.
        const keywordAt = { line: middle + item.line, character: item.character };
        const keywords = [];
        for (let i = 0; i < repeats; i++) {
            keywords.push((await timed(() => waitFor(connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: keywordAt }), 'completion'))).ms);
        }
        const formatting = [];
        for (let i = 0; i < Math.min(repeats, 5); i++) {
            formatting.push((await timed(() => waitFor(connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }), 'formatting'))).ms);
        }
        // The report beside the editor (Brik: Vis rapport) after a keystroke: an edit, then the
        // HTML report the preview asks for at once, timed from the edit to the report's arrival;
        // and the report of an unchanged document alone.
        const reportAfterEdit = [];
        const reportAlone = [];
        const amount = places[0];
        for (let i = 0; i < Math.min(repeats, 10); i++) {
            const character = amount.character + 'drift '.length;
            const range = { start: { line: amount.line, character }, end: { line: amount.line, character: character + 1 } };
            const { ms, result } = await timed(async () => {
                await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                    textDocument: { uri, version: ++version }, contentChanges: [{ range, text: String((Number(amount.match[1][0]) + i + 1) % 10) }]
                });
                return waitFor(connection.sendRequest('brik/report', { uri, format: 'html', allowErrors: true }), 'the report after an edit');
            });
            if (typeof result?.content !== 'string') throw new Error(`no report after an edit: ${JSON.stringify(result).slice(0, 200)}`);
            reportAfterEdit.push(ms);
            reportAlone.push((await timed(() => waitFor(connection.sendRequest('brik/report', { uri, format: 'html', allowErrors: true }), 'the report'))).ms);
        }
        const final = processRss(child.pid);

        shuttingDown = true;
        await waitFor(connection.sendRequest(ShutdownRequest.type), 'shutdown');
        const exited = new Promise(resolve => child.once('exit', resolve));
        await connection.sendNotification(ExitNotification.type);
        await within(exited, 'the server to exit');
        return {
            startupMs: startup.ms,
            openMs: open.ms,
            edits: stats(editTimes, { p95: true }),
            editsByKind: Object.fromEntries(Object.entries(byKind).map(([kind, times]) => [kind, stats(times, { p95: true })])),
            hover: stats(hover, { p95: true }),
            inlayHints: { ...stats(inlay, { p95: true }), hints },
            completion: { ...stats(completion, { p95: true }), candidates },
            keywordCompletion: stats(keywords, { p95: true }),
            formatting: stats(formatting, { p95: true }),
            reportAfterEdit: stats(reportAfterEdit, { p95: true }),
            report: stats(reportAlone, { p95: true }),
            rssAfterOpenMb: afterOpen?.rssMb,
            rssAfterEditsMb: afterEdits?.rssMb,
            peakRssMb: final?.peakMb
        };
    } catch (error) {
        throw new Error(`${error instanceof Error ? error.message : String(error)}${stderr ? `\nserver stderr:\n${stderr}` : ''}`);
    } finally {
        connection.dispose();
        setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    }
}
