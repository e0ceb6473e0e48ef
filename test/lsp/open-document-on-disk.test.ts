import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-protocol/node';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEADER } from '../support/scratch-files.js';
import { fileUri, LspServerProcess, positionOf } from './lsp-server-process.js';

// An open document's text is the editor's until the editor closes it: a file deleted on disk
// while open (`git switch`) keeps its diagnostics, hover and inlay hints; once closed, it is gone.

const TEXT = `budget "Budget" {\n  ${HEADER}\n  brik "A" drift 2,8\n  brik "Bedre indkøb" omstilling drift -3.4 permanent\n}\n`;

let dir: string;
let server: LspServerProcess;

beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-deleted-'));
    writeFileSync(path.join(dir, 'budget.brik'), TEXT);
    writeFileSync(path.join(dir, 'andet.brik'), `budget "Andet" {\n  ${HEADER}\n}\n`);
    server = await LspServerProcess.start({ workspaceFolder: dir });
});

afterEach(async () => {
    await server?.stop();
});

/** Tells the server what changed on disk, and waits until it has built what followed. */
async function watched(changes: Array<{ file: string; type: FileChangeType }>): Promise<void> {
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changes.map(c => ({ uri: fileUri(path.join(dir, c.file)), type: c.type })) });
    // Updates are built one after the other: once andet.brik is published again, the change above is done.
    const other = fileUri(path.join(dir, 'andet.brik'));
    const since = server.publications(other);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: other, type: FileChangeType.Changed }] });
    await server.diagnostics(other, { since, what: 'andet.brik built again' });
}

describe('an open document whose file is deleted on disk', () => {
    it('keeps its diagnostics, and answers hover and inlay hints with figures until the editor closes it', async () => {
        const uri = fileUri(path.join(dir, 'budget.brik'));
        const opened = server.publications(uri);
        server.open(uri, TEXT);
        const [error] = await server.diagnostics(uri, { since: opened, until: d => d.length > 0, what: 'the comma decimal' });
        expect([error.code, error.range.start]).toEqual(['brik/comma-decimal', { line: 4, character: 17 }]);
        const published = server.publications(uri);

        rmSync(path.join(dir, 'budget.brik'));
        await watched([{ file: 'budget.brik', type: FileChangeType.Deleted }]);
        expect(server.publications(uri)).toBe(published);

        const hover = await server.hover(uri, positionOf(TEXT, 'Bedre indkøb', 2));
        expect((hover?.contents as MarkupContent).value).toContain('-3,4');
        const hints = await server.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 7, character: 0 } });
        expect(hints?.map(hint => [hint.label, hint.position])).toEqual([['Σ 2024: -0,6', { line: 0, character: 17 }]]);

        // Closed, the deleted file leaves Problems.
        server.close(uri);
        expect(await server.diagnostics(uri, { since: published, what: 'the diagnostics of the closed, deleted file removed' })).toEqual([]);
    });

    /** budget.brik open with its comma decimal reported, and andet.brik, closed, with an error of its own on disk. */
    async function openBesideOtherWithError(): Promise<{ uri: string; other: string }> {
        const uri = fileUri(path.join(dir, 'budget.brik'));
        const other = fileUri(path.join(dir, 'andet.brik'));
        const opened = server.publications(uri);
        server.open(uri, TEXT);
        await server.diagnostics(uri, { since: opened, until: d => d.length > 0, what: 'the comma decimal' });
        writeFileSync(path.join(dir, 'andet.brik'), `budget "Andet" {\n  ${HEADER}\n  brik "X" drift 2,8\n}\n`);
        await watched([]);
        return { uri, other };
    }

    it('keeps an open document when its folder is deleted, and lets the closed ones in it go', async () => {
        const { uri, other } = await openBesideOtherWithError();
        const published = server.publications(uri);
        const withError = server.publications(other);

        rmSync(dir, { recursive: true, force: true });
        await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(dir), type: FileChangeType.Deleted }] });
        expect(await server.diagnostics(other, { since: withError, until: d => d.length === 0, what: 'andet.brik removed with its folder' })).toEqual([]);
        expect(server.publications(uri)).toBe(published);
        const hover = await server.hover(uri, positionOf(TEXT, 'Bedre indkøb', 2));
        expect((hover?.contents as MarkupContent).value).toContain('-3,4');
    });

    it('stays up when a closed file is reported changed after it is gone, and drops it', async () => {
        const { uri, other } = await openBesideOtherWithError();
        const withError = server.publications(other);

        // `git switch` rewrote it, then deleted it: the change arrives when the file is gone.
        rmSync(path.join(dir, 'andet.brik'));
        await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: other, type: FileChangeType.Changed }] });
        // A publication of its old error may still be on its way: wait for the one that clears it.
        expect(await server.diagnostics(other, { since: withError, until: d => d.length === 0, what: 'andet.brik dropped' })).toEqual([]);
        const hover = await server.hover(uri, positionOf(TEXT, 'Bedre indkøb', 2));
        expect((hover?.contents as MarkupContent).value).toContain('-3,4');
    });
});
