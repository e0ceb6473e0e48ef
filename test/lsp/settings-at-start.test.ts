import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BalanceResult } from '@brik/language/protocol';
import { ROOT } from '../support/run-brik.js';
import { DEFAULT_SETTINGS, fileUri, LspServerProcess } from './lsp-server-process.js';

// The settings the editor gives when the server asks at start-up (workspace/configuration),
// before any didChangeConfiguration: the server reads them once and uses them from then on.

const EXAMPLE = path.join(ROOT, 'examples/region-nordjylland-2024.brik');
const URI = fileUri(EXAMPLE);

let server: LspServerProcess;

beforeAll(async () => {
    server = await LspServerProcess.start({ workspaceFolder: path.join(ROOT, 'examples'), settings: { ...DEFAULT_SETTINGS, locale: 'en' } });
    const since = server.publications(URI);
    server.open(URI, readFileSync(EXAMPLE, 'utf8'));
    await server.diagnostics(URI, { since, what: 'the first diagnostics of the example' });
});

afterAll(async () => {
    await server?.stop();
});

describe('settings read at start-up', () => {
    it('prints English from the first request when the editor says brik.locale is en', async () => {
        const hints = await server.inlayHints(URI, { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } }) ?? [];
        expect(hints.map(hint => hint.label)).toContain('Σ 2024: 48.9–121.5');
        expect(await server.request<BalanceResult>('brik/balance', { uri: URI })).toMatchObject({ text: '48.9–121.5' });
    });
});
