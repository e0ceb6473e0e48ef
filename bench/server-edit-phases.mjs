// Where the language server's time goes after one edit (issue 15, part 3): the server's own path
// in-process (an open text document, BrikDocumentFactory.update with its line re-parse,
// BrikDocumentBuilder.update), timed by the builder's phases, with the evaluator's outermost calls
// timed apart inside validation. Measures; changes nothing.
//
//   node bench/server-edit-phases.mjs [--size 10000] [--edits 40]
import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem, TextDocument, URI } from 'langium';
import { createBrikServices } from '../packages/language/out/index.js';
import { oneFile } from './lib/generate.mjs';

const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const size = arg('size', 10_000);
const edits = arg('edits', 40);

// The server reads at most 2,000,000 characters unless told (`--max-characters`); 100k brikker are 8.9 MB.
const { shared, Brik } = createBrikServices({ ...EmptyFileSystem, limits: { maxCharacters: 100_000_000 } });
const uri = URI.file('/bench/one.brik');
let text = oneFile(size);
let textDocument = TextDocument.create(uri.toString(), 'brik', 1, text);
shared.workspace.TextDocuments.set(textDocument);
const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument);
shared.workspace.LangiumDocuments.addDocument(document);
await shared.workspace.DocumentBuilder.build([document], { validation: true });

// The evaluator's outermost calls, so that nested ones are not counted twice.
const evaluator = Brik.evaluation.Evaluator;
let depth = 0;
let inEvaluator = 0;
for (const method of ['totalsOf', 'totalsIn', 'scenario', 'header', 'lineSeries', 'view', 'itemsOf', 'unavoidablePart']) {
    const original = evaluator[method].bind(evaluator);
    evaluator[method] = (...args) => {
        if (depth++ > 0) {
            try { return original(...args); } finally { depth--; }
        }
        const start = performance.now();
        try { return original(...args); } finally { depth--; inEvaluator += performance.now() - start; }
    };
}

const PHASES = [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated];
const NAMES = { [DocumentState.Parsed]: 're-parse', [DocumentState.IndexedContent]: 'index (exported symbols)', [DocumentState.ComputedScopes]: 'local scopes', [DocumentState.Linked]: 'linking', [DocumentState.IndexedReferences]: 'index (references)', [DocumentState.Validated]: 'validation' };
let marks = [];
for (const state of PHASES) {
    shared.workspace.DocumentBuilder.onBuildPhase(state, () => { marks.push([state, performance.now(), inEvaluator]); });
}

// Edits in one-line brikker spread over the file: a digit of an amount changed (re-parsed alone),
// and, like bench/lib/lsp.mjs, an amount's `.` turned into `,` (a syntax error) and back.
const lines = [...text.matchAll(/^ *brik "[^"]*" drift [0-9]+\.[0-9]/gm)].map(m => m.index + m[0].length - 1);
const rows = { digit: [], error: [] };
let before = text;
for (let i = 0; i < edits + 4; i++) {
    // The first four edits warm the JIT up and are not counted.
    const kind = i % 4 < 2 ? 'digit' : 'error';
    const at = lines[Math.floor((i * 7919) % lines.length)];
    if (i % 4 === 3) {
        text = before;
    } else {
        before = text;
        text = kind === 'digit' ? text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1) : `${text.slice(0, at - 1)},${text.slice(at)}`;
    }
    textDocument = TextDocument.update(textDocument, [{ text }], textDocument.version + 1);
    shared.workspace.TextDocuments.set(textDocument);
    marks = [];
    inEvaluator = 0;
    const start = performance.now();
    await shared.workspace.DocumentBuilder.update([uri], []);
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
    const end = performance.now();
    let last = start;
    let lastEvaluator = 0;
    // Each phase without the evaluator's calls made during it; those count as `evaluator`.
    const row = { total: end - start, evaluator: inEvaluator };
    for (const [state, at, evaluatorSoFar] of marks) {
        row[NAMES[state]] = at - last - (evaluatorSoFar - lastEvaluator);
        last = at;
        lastEvaluator = evaluatorSoFar;
    }
    row.other = row.total - Object.entries(row).filter(([key]) => key !== 'total').reduce((sum, [, value]) => sum + value, 0);
    if (i >= 4) {
        rows[kind].push(row);
    }
}

const median = values => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const sum = values => values.reduce((a, b) => a + b, 0);
for (const [kind, measured] of Object.entries(rows)) {
    const label = kind === 'digit' ? 'a digit of an amount' : 'an amount\'s `.` turned into `,` (an error) and back';
    console.log(`\n${label}: ${measured.length} edits; median ms, and share of the summed time`);
    const total = sum(measured.map(r => r.total));
    for (const key of ['re-parse', 'index (exported symbols)', 'local scopes', 'linking', 'index (references)', 'evaluator', 'validation', 'other', 'total']) {
        const values = measured.map(r => r[key] ?? 0);
        console.log(`${key.padEnd(26)} ${median([...values]).toFixed(1).padStart(8)}  ${(100 * sum(values) / total).toFixed(0).padStart(3)} %`);
    }
}
