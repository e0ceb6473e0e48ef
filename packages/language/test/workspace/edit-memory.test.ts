import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createBrikServices } from '../../src/brik-module.js';

/**
 * What the server holds after an edit must not grow with the edits made. A name cut from the one
 * brik the line re-parse reads (workspace/line-reparse.ts) was a view into the document's whole
 * text at that edit, so every brik edited kept one more copy of the text alive: 88 MB after the
 * benchmark's 200 edits at 10k brikker (bench/README.md, issue 15).
 */

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
    collectGarbage();
    collectGarbage();
    return process.memoryUsage().heapUsed;
}

const BRIKKER = 3000;

function catalogue(): string {
    const items = Array.from({ length: BRIKKER }, (_, i) => `      brik "Neurorehabilitering og genoptræning ${String(i).padStart(4, '0')}" drift 2.8 permanent`);
    return `budget "Hukommelse" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n  område "Sundhed" {\n    tema "1.1" "Akut" {\n${items.join('\n')}\n    }\n  }\n}\n`;
}

describe('memory across edits', () => {
    it('keeps no earlier text of a document alive after edits in many brikker', async () => {
        const { shared } = createBrikServices(EmptyFileSystem);
        // Only the parse is under test: validating 3,000 brikker on every edit would only slow it.
        shared.workspace.DocumentBuilder.updateBuildOptions = { validation: false };
        const uri = URI.file('/hukommelse.brik');
        const text = catalogue();
        let textDocument = TextDocument.create(uri.toString(), 'brik', 1, text);
        shared.workspace.TextDocuments.set(textDocument);
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        const root = document.parseResult.value;
        const firstLine = text.split('\n').findIndex(line => line.includes('brik "'));

        // Changes the amount of one brik, `2.8` into `3.8`, as a user types it.
        const edit = async (item: number): Promise<void> => {
            const line = firstLine + item;
            const character = textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).indexOf('drift ') + 'drift '.length;
            textDocument = TextDocument.update(textDocument, [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: '3' }], textDocument.version + 1);
            shared.workspace.TextDocuments.set(textDocument);
            await shared.workspace.DocumentBuilder.update([uri], []);
        };

        await edit(0);
        const before = heapAfterGc();
        const edits = 40;
        for (let i = 1; i <= edits; i++) {
            await edit(i * Math.floor(BRIKKER / (edits + 1)));
        }
        const grown = heapAfterGc() - before;

        // Every edit was read by the line re-parse (a whole parse makes a new root): else this
        // test would not look at what it is about.
        expect(document.parseResult.value).toBe(root);
        expect(document.textDocument.getText()).toBe(textDocument.getText());
        // The text is some 220 KB: 40 copies kept would be 9 MB.
        expect(text.length).toBeGreaterThan(200_000);
        expect(grown).toBeLessThan(5 * text.length);
    }, 60_000);
});
