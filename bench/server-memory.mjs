// @ts-check
// What the language server holds (issue 15, part 5): the bundled server over stdio opens a
// generated catalogue and takes `lib/lsp.mjs`'s edits (an amount's `.` into `,` and back, at
// places spread over the file); after opening and after the edits it reports RSS and the heap
// before and after a full garbage collection, by V8 heap space, and the server's CPU time an
// edit. What survives a full GC is what the server keeps; the rest is garbage not yet collected.
// With --snapshot it also writes a heap snapshot at both points (into --out), for Chrome's
// DevTools or a script (writing one raises the server's RSS: read RSS from a run without it).
// Measures; changes nothing.
//
//   node bench/server-memory.mjs [--size 10000] [--edits 200] [--server PATH] [--snapshot] [--out DIR]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    ConfigurationRequest, createMessageConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter
} from 'vscode-languageserver-protocol/node';
import { oneFile } from './lib/generate.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const get = (name) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : undefined;
};
const size = Number(get('size') ?? 10_000);
const edits = Number(get('edits') ?? 200);
const server = path.resolve(get('server') ?? path.join(BENCH, '..', 'packages/extension/out/language-server.cjs'));
const out = path.resolve(get('out') ?? path.join(os.tmpdir(), 'brik-server-memory'));
const snapshots = process.argv.includes('--snapshot');
mkdirSync(out, { recursive: true });
const heapFile = path.join(out, 'heap.jsonl');
rmSync(heapFile, { force: true });

const file = path.join(out, 'one.brik');
const text = oneFile(size);
const child = spawn(process.execPath, ['--expose-gc', '-r', path.join(BENCH, 'lib', 'heap-probe.cjs'), '--heapsnapshot-signal=SIGUSR2', server, '--stdio'],
    { cwd: out, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, BRIK_BENCH_HEAP_FILE: heapFile } });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const uri = pathToFileURL(file).href;
/** @type {Array<(diagnostics: any[]) => boolean>} */
let waiting = [];
connection.onNotification(PublishDiagnosticsNotification.type, params => {
    if (params.uri === uri) waiting = waiting.filter(check => !check(params.diagnostics));
});
connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => item.section === 'brik' ? { inlayHints: { enabled: true }, locale: 'da' } : null));
connection.onRequest(() => null);
connection.onNotification(() => undefined);
connection.listen();
/** @param {(diagnostics: any[]) => boolean} predicate */
const diagnosticsWhere = (predicate) => new Promise(resolve => waiting.push(d => predicate(d) ? (resolve(d), true) : false));
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** The server's CPU time so far, ms (user + system, every thread). */
const cpuMs = () => {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 1000 / 100;
};

async function record(label) {
    const lines = () => existsSync(heapFile) ? readFileSync(heapFile, 'utf8').trim().split('\n').filter(Boolean) : [];
    const had = lines().length;
    process.kill(child.pid, 'SIGHUP');
    while (lines().length === had) await sleep(100);
    const { before, afterGc } = JSON.parse(lines()[had]);
    console.log(`${label}: RSS ${before.rssMb} MB; heap ${before.heapUsedMb} MB, after a full GC ${afterGc.heapUsedMb} MB`);
    console.log(`  after a full GC, by space (MB): ${Object.entries(afterGc.spacesMb).map(([space, used]) => `${space} ${used}`).join(', ')}`);
    if (snapshots) {
        const known = new Set(readdirSync(out));
        process.kill(child.pid, 'SIGUSR2');
        for (;;) {
            await sleep(1000);
            const written = readdirSync(out).find(name => !known.has(name) && name.endsWith('.heapsnapshot'));
            if (!written) continue;
            const bytes = statSync(path.join(out, written)).size;
            await sleep(1000);
            if (bytes > 0 && statSync(path.join(out, written)).size === bytes) {
                console.log(`  heap snapshot: ${path.join(out, written)}`);
                break;
            }
        }
    }
}

await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: null, workspaceFolders: null,
    capabilities: { workspace: { configuration: true }, textDocument: { synchronization: {}, publishDiagnostics: {} } }
});
await connection.sendNotification(InitializedNotification.type, {});
const opened = diagnosticsWhere(() => true);
await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'brik', version: 1, text } });
await opened;
console.log(`${size} brikker, ${edits} edits, ${new Date().toISOString()}, load average ${os.loadavg().map(l => l.toFixed(2)).join(' ')}`);
await record('after opening');

const lines = text.split('\n');
const amounts = lines.flatMap((line, index) => {
    const match = /drift ([0-9]+)\.[0-9] /.exec(line);
    return match ? [{ line: index, character: match.index + 'drift '.length + match[1].length }] : [];
});
const step = Math.max(1, Math.floor(amounts.length / Math.ceil(edits / 2)));
const places = amounts.filter((_, i) => i % step === 0).slice(0, Math.ceil(edits / 2));
const cpuBefore = cpuMs();
const times = [];
for (let i = 0; i < edits; i++) {
    const { line, character } = places[Math.floor(i / 2) % places.length];
    const breaking = i % 2 === 0;
    const start = performance.now();
    const fresh = diagnosticsWhere(d => d.some(x => x.code === 'brik/comma-decimal') === breaking);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: breaking ? ',' : '.' }]
    });
    await fresh;
    times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`edits: p50 ${times[Math.floor(edits / 2)].toFixed(0)} ms, p95 ${times[Math.floor(edits * 0.95)].toFixed(0)} ms; server CPU ${((cpuMs() - cpuBefore) / edits).toFixed(0)} ms an edit; load average ${os.loadavg().map(l => l.toFixed(2)).join(' ')}`);
await record('after the edits');
connection.dispose();
child.kill('SIGKILL');
