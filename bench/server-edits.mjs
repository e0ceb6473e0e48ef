// @ts-check
// The language server's edits alone (issue 26, part 4), without the rest of `npm run bench`: the
// bundled server over stdio opens a generated catalogue and takes `lib/lsp.mjs`'s edits (changes,
// characters typed over themselves, undo and redo, the whole text sent again unchanged); prints
// p50, p95, p99 and max from each edit to its fresh diagnostics, by kind, and the server's RSS.
//
//   node bench/server-edits.mjs [--size 10000] [--edits 210] [--server PATH]
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { oneFile } from './lib/generate.mjs';
import { benchServer } from './lib/lsp.mjs';
import { machineLoad } from './lib/measure.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const get = (name) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : undefined;
};
const size = Number(get('size') ?? 10_000);
const edits = Number(get('edits') ?? 210);
const server = path.resolve(get('server') ?? path.join(BENCH, '..', 'packages/extension/out/language-server.cjs'));
const folder = path.join(os.tmpdir(), `brik-server-edits-${size}`);
mkdirSync(folder, { recursive: true });
const file = path.join(folder, 'one.brik');
const text = oneFile(size);
writeFileSync(file, text);

const before = machineLoad();
const result = await benchServer({ server, file, text, edits, repeats: 2, cwd: folder });
const ms = (value) => value === undefined ? '–' : value.toFixed(1);
const row = (label, m) => `| ${label} | ${m?.n} | ${ms(m?.p50)} | ${ms(m?.p95)} | ${ms(m?.p99)} | ${ms(m?.max)} |`;
console.log([
    `${new Date().toISOString()}, ${size} brikker, load ${before?.load1} → ${machineLoad()?.load1}`,
    '',
    '| edits | n | p50 | p95 | p99 | max |',
    '| --- | --- | --- | --- | --- | --- |',
    row('all', result.edits),
    ...Object.entries(result.editsByKind ?? {}).map(([kind, m]) => row(kind, m)),
    '',
    `Open to first diagnostics ${ms(result.openMs)} ms; server RSS after opening ${result.rssAfterOpenMb?.toFixed(0)} MB, after the edits ${result.rssAfterEditsMb?.toFixed(0)} MB, peak ${result.peakRssMb?.toFixed(0)} MB.`
].join('\n'));
