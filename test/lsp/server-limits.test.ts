import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-brik.js';
import { fileUri, LspServerProcess } from './lsp-server-process.js';

// The server reads at most 2,000,000 characters of a file unless its client starts it with
// `--max-characters N` (docs/cli.md): the benchmark opens 100k brikker (8.9 MB) that way.

const EXAMPLE = path.join(ROOT, 'examples/region-nordjylland-2024.brik');
const URI = fileUri(EXAMPLE);
const TEXT = readFileSync(EXAMPLE, 'utf8');

let server: LspServerProcess | undefined;

afterEach(async () => {
    await server?.stop();
    server = undefined;
});

async function codesWith(serverArgs: string[]): Promise<string[]> {
    server = await LspServerProcess.start({ serverArgs });
    const since = server.publications(URI);
    server.open(URI, TEXT);
    const diagnostics = await server.diagnostics(URI, { since, what: 'the first diagnostics' });
    return diagnostics.map(diagnostic => String(diagnostic.code));
}

describe('brik-language-server --max-characters', () => {
    it('reads the example whole by default', async () => {
        expect(TEXT.length).toBeGreaterThan(1000);
        expect(await codesWith([])).toEqual([]);
    });

    it('refuses a file longer than it is told, with one error at its start', async () => {
        expect(await codesWith(['--max-characters', '1000'])).toEqual(['brik/file-too-large']);
    });
});
