import * as path from 'node:path';
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { ParserKind } from '../../src/brik-module.js';
import { createBrikServices } from '../../src/brik-module.js';
import type { Document } from '../../src/generated/ast.js';
import type { ParseChange } from '../../src/workspace/parse-changes.js';

/**
 * Which way each kind of edit an editor sends is parsed (BrikDocumentFactory, line-reparse.ts):
 * kept as it is, one brik re-parsed (a few ms at 10,000 brikker), or the whole document (some
 * 100 ms at 10,000 brikker, and every figure computed again). Not timed: the factory's change
 * event says which path each edit took. line-reparse.test.ts and incremental-equivalence.test.ts
 * prove that each path gives what a cold parse gives; this says which edits take the short one,
 * and, for those that cannot, why.
 */

const TEXT = [
    'budget "Veje" {',
    '  enhed mio. kr.',
    '  prisniveau 2024',
    '  år 2024..2026',
    '  tema "1" "Drift" {',
    '    brik "Vejbelysning" drift 2.8 permanent',
    '    brik "Snerydning" uomgængelig drift 1.5..2.25 permanent // en kommentar',
    '    finansiering "Pulje" drift -1.0',
    '    brik "Asfalt" {',
    '      anlæg 2024: 4.5',
    '    }',
    '    total 3.3..4.05',
    '  }',
    '  scenarie "Alt" {',
    '    medtag "Vejbelysning", "Asfalt"',
    '  }',
    '}',
    ''
].join('\n');

/** A server's services with TEXT open in an editor, and every parse change it fires. */
async function editor(parser: ParserKind = 'langium') {
    const { shared } = createBrikServices({ ...EmptyFileSystem, parser });
    const uri = URI.file(path.join('/catalogues', 'veje.brik'));
    let textDocument = TextDocument.create(uri.toString(), 'brik', 1, TEXT);
    shared.workspace.TextDocuments.set(textDocument);
    const document = shared.workspace.LangiumDocumentFactory.fromTextDocument<Document>(textDocument);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const changes: ParseChange[] = [];
    shared.workspace.ParseChanges.onChange(change => changes.push(change));
    return {
        document,
        /** Sends the editor's new text, as a didChange does, and gives what its parse changed. */
        async change(text: string): Promise<string> {
            textDocument = TextDocument.update(textDocument, [{ text }], textDocument.version + 1);
            shared.workspace.TextDocuments.set(textDocument);
            changes.length = 0;
            await shared.workspace.DocumentBuilder.update([uri], []);
            expect(changes.map(change => change.uri.toString())).toEqual([uri.toString()]);
            const change = changes[0];
            return change.kind === 'whole' ? `whole: ${change.reason}` : change.kind;
        },
        /** A file watcher's "changed" for the open file (after a save): Langium rebuilds it. */
        async saved(): Promise<string> {
            changes.length = 0;
            await shared.workspace.DocumentBuilder.update([uri], []);
            return changes.map(change => change.kind).join();
        },
        text: () => textDocument.getText(),
        problems: () => (document.diagnostics ?? []).map(d => [d.range, d.code, d.message])
    };
}

/** `text` with the first `find` replaced by `by`. */
function replace(text: string, find: string, by: string): string {
    expect(text).toContain(find);
    return text.replace(find, by);
}

describe('the way each edit is parsed', () => {
    it.each([
        ['a digit typed over another', (t: string) => replace(t, 'drift 2.8', 'drift 2.9'), 'brik'],
        ['a digit typed over itself', (t: string) => replace(t, 'drift 2.8', 'drift 2.8'), 'unchanged'],
        ['a formatter or save participant with nothing to change (the whole text sent again)', (t: string) => t, 'unchanged'],
        ['a digit added', (t: string) => replace(t, 'drift 2.8', 'drift 2.85'), 'brik'],
        ['a decimal comma (an error of the checks, not of the syntax)', (t: string) => replace(t, 'drift 2.8', 'drift 2,8'), 'brik'],
        ['a letter in a name', (t: string) => replace(t, '"Vejbelysning"', '"Vejbelysningg"'), 'brik'],
        ['a mark added', (t: string) => replace(t, 'drift 2.8 permanent', 'drift 2.8 permanent politisk'), 'brik'],
        ['an amount pasted over another', (t: string) => replace(t, '1.5..2.25', '1.75..3'), 'brik'],
        ['an edit in a one-line brik with a comment after it', (t: string) => replace(t, '1.5..2.25', '1.5..2.5'), 'brik'],
        // What follows cannot be parsed one brik alone; each is parsed whole, for the reason given.
        // A line break, a brace or a comment may change what belongs to which brik and where every later token stands.
        ['a line break', (t: string) => replace(t, 'drift 2.8 permanent', 'drift 2.8\n    permanent'), 'whole: structural'],
        ['a comment typed', (t: string) => replace(t, 'drift -1.0', 'drift -1.0 // x'), 'whole: structural'],
        // A brik with a block spans lines: its end is a brace, which may close something else once edited.
        ['an amount in a brik with a block', (t: string) => replace(t, 'anlæg 2024: 4.5', 'anlæg 2024: 4.6'), 'whole: outside-one-line-brik'],
        // The header sets every amount's years and unit; a tema's name, a total and a scenario are no brik.
        ['a setting', (t: string) => replace(t, 'prisniveau 2024', 'prisniveau 2025'), 'whole: outside-one-line-brik'],
        ['a declared total', (t: string) => replace(t, 'total 3.3..4.05', 'total 3.3..4.06'), 'whole: outside-one-line-brik'],
        ['a name in a scenario', (t: string) => replace(t, 'medtag "Vejbelysning"', 'medtag "Vejbelysnin"'), 'whole: outside-one-line-brik'],
        // Langium's error recovery may read the rest of the file around the error differently.
        ['a syntax error typed', (t: string) => replace(t, 'drift 2.8 permanent', 'drift permanent 2.8'), 'whole: error-after']
    ])('%s', async (_, edit, expected) => {
        const server = await editor();
        expect(await server.change(edit(server.text()))).toBe(expected);
    });

    it('keeps the tree for undo and redo, and for an edit that changes nothing', async () => {
        const server = await editor();
        const root = server.document.parseResult.value;
        const original = server.text();
        const edited = replace(original, 'drift 2.8', 'drift 2.9');
        expect(await server.change(edited)).toBe('brik');
        expect(await server.change(original)).toBe('brik'); // undo
        expect(await server.change(edited)).toBe('brik'); // redo
        expect(await server.change(edited)).toBe('unchanged'); // the 9 typed over itself
        expect(await server.saved()).toBe('unchanged');
        expect(server.document.parseResult.value).toBe(root);
    });

    it('parses whole the edit that mends a syntax error, and goes back to one brik after it', async () => {
        const server = await editor();
        const broken = replace(server.text(), 'drift 2.8 permanent', 'drift permanent 2.8');
        expect(await server.change(broken)).toBe('whole: error-after');
        expect(await server.change(TEXT)).toBe('whole: error-before');
        expect(await server.change(replace(TEXT, 'drift 2.8', 'drift 2.7'))).toBe('brik');
    });

    it('parses a fast parse whole: its syntax tree is a Langium twin\'s, which a brik put in its place would leave stale', async () => {
        // Only the CLI reads with the fast parser, and never edits; were it to, the twin (parsed
        // when a check first asks for a position, and kept with the root) is made anew with the root.
        const fast = await editor('fast');
        const langium = await editor();
        const edited = replace(TEXT, 'drift 2.8', 'drift 2,8');
        expect(await fast.change(edited)).toBe('whole: no-text');
        expect(await langium.change(edited)).toBe('brik');
        expect(fast.problems()).toEqual(langium.problems());
        expect(fast.problems().length).toBeGreaterThan(0);
    });
});
