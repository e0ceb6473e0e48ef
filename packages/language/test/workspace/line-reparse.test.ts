import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, EmptyFileSystem, isCompositeCstNode, TextDocument, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createBrikServices } from '../../src/brik-module.js';
import type { Document } from '../../src/generated/ast.js';
import { isItem } from '../../src/generated/ast.js';
import { Random } from '../../../../test/fuzz/random.js';

/**
 * A change inside one brik re-parses only that brik (workspace/line-reparse.ts). What comes of
 * it must be what a whole parse of the same text gives: every node with its properties and
 * position, every token, every diagnostic. Edits of every kind are made at random places of
 * the examples, one after another on the same document, as a user types.
 */

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

/** The fuzz suite's seeded generator (mulberry32): the same edits on every run. */
function random(seed: number): () => number {
    const source = new Random(seed);
    return () => source.next();
}

/** Every node with its own properties and position, and every token: what two parses must share. */
function shape(document: LangiumDocument): unknown {
    const root = document.parseResult.value;
    const nodes = [root, ...AstUtils.streamAllContents(root)].map((node: AstNode) => {
        const own = Object.entries(node).filter(([key, value]) => !key.startsWith('$') && (typeof value !== 'object' || value === null));
        const cst = node.$cstNode;
        return [node.$type, node.$containerProperty, node.$containerIndex, Object.fromEntries(own), cst?.offset, cst?.end, cst?.range, cst?.text, cst?.astNode === node];
    });
    const tokens = [...CstUtils.streamCst(root.$cstNode!)].filter(node => !isCompositeCstNode(node))
        .map(leaf => [leaf.offset, leaf.end, leaf.range, leaf.text, leaf.hidden, leaf.root === root.$cstNode, leaf.container!.content.includes(leaf)]);
    return { nodes, tokens };
}

function diagnosticsOf(document: LangiumDocument): unknown[] {
    return (document.diagnostics ?? []).map(d => [d.code, d.message, d.range, d.severity]);
}

type Edit = (text: string, start: number, end: number, next: () => number) => { at: number; remove: number; insert: string };

/** Edits inside a one-line brik `[start, end)`, of the kinds people make while they type. */
const EDITS: Edit[] = [
    // a digit of an amount changed, or one typed after it
    (text, start, end, next) => {
        const digits = [...text.slice(start, end).matchAll(/[0-9]/g)].map(m => start + m.index);
        const at = digits.length ? digits[Math.floor(next() * digits.length)] : end;
        return { at, remove: digits.length && next() < 0.5 ? 1 : 0, insert: String(Math.floor(next() * 10)) };
    },
    // a letter of the name typed or deleted
    (text, start, _end, next) => {
        const open = text.indexOf('"', start) + 1;
        const at = open + Math.floor(next() * (text.indexOf('"', open) - open));
        return next() < 0.5 ? { at, remove: 1, insert: '' } : { at, remove: 0, insert: 'æ' };
    },
    // a mark or `permanent` added at the end
    (_text, _start, end, next) => ({ at: end, remove: 0, insert: next() < 0.5 ? ' permanent' : ' politisk' }),
    // the Danish decimal comma, an error, then back
    (text, start, end) => {
        const point = text.slice(start, end).search(/[0-9]\.[0-9]/);
        return point < 0 ? { at: end, remove: 0, insert: ',' } : { at: start + point + 1, remove: 1, insert: ',' };
    },
    // a word that is no keyword
    (_text, _start, end) => ({ at: end, remove: 0, insert: ' drfit' }),
    // a minus pasted from Word before an amount, or a no-break space put between its digits
    (text, start, end, next) => {
        const digits = [...text.slice(start, end).matchAll(/(?<![0-9.])[0-9]/g)].map(m => start + m.index);
        const at = digits.length ? digits[Math.floor(next() * digits.length)] : end;
        return { at, remove: 0, insert: ['−', '–', '1\u00A0', '- '][Math.floor(next() * 4)] };
    },
    // an amount turned into a range
    (text, start, end) => {
        const amount = /(-?[0-9]+(?:\.[0-9]+)?)(?![0-9.])/.exec(text.slice(start, end));
        return amount ? { at: start + amount.index + amount[0].length, remove: 0, insert: '..99' } : { at: end, remove: 0, insert: ' 1' };
    }
];

async function typing(file: string, source: string, edits: number, seed: number): Promise<{ incremental: number }> {
    const { shared } = createBrikServices(EmptyFileSystem);
    const whole = createBrikServices(EmptyFileSystem);
    const uri = URI.file(path.join('/catalogues', file));
    let text = source;
    let textDocument = TextDocument.create(uri.toString(), 'brik', 1, text);
    shared.workspace.TextDocuments.set(textDocument);
    const document = shared.workspace.LangiumDocumentFactory.fromTextDocument<Document>(textDocument);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const next = random(seed);
    let incremental = 0;
    let previous = text;
    for (let i = 0; i < edits; i++) {
        const root = document.parseResult.value;
        const was = text;
        const { lexerErrors, parserErrors } = document.parseResult;
        // A syntax error is undone by the next keystroke, as a user fixes a typo; other edits stay.
        let edit: ReturnType<Edit> | 'undo' = 'undo';
        if (lexerErrors.length + parserErrors.length === 0) {
            // Mostly one-line brikker, the ones re-parsed alone; sometimes one with a block.
            const items = AstUtils.streamAllContents(root).filter(isItem).toArray();
            const oneLine = items.filter(candidate => !candidate.$cstNode!.text.includes('{'));
            const among = oneLine.length > 0 && next() < 0.8 ? oneLine : items;
            const item = among[Math.floor(next() * among.length)].$cstNode!;
            edit = EDITS[Math.floor(next() * EDITS.length)](text, item.offset, item.end, next);
            previous = text;
            text = text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
        } else {
            text = previous;
        }
        textDocument = TextDocument.update(textDocument, [{ text }], textDocument.version + 1);
        shared.workspace.TextDocuments.set(textDocument);
        await shared.workspace.DocumentBuilder.update([uri], []);
        await shared.workspace.DocumentBuilder.waitUntil(4 /* Validated */);
        // An edit back to the text already parsed (an undo of an undo) keeps the tree too: not counted.
        if (document.parseResult.value === root && text !== was) {
            incremental++;
        }
        const fresh = whole.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path.join('/whole', `${i}-${file}`)));
        whole.shared.workspace.LangiumDocuments.addDocument(fresh);
        await whole.shared.workspace.DocumentBuilder.build([fresh], { validation: true });
        expect(shape(document), `edit ${i + 1} of ${file}: ${JSON.stringify(edit)}`).toEqual(shape(fresh));
        expect(diagnosticsOf(document), `edit ${i + 1} of ${file}`).toEqual(diagnosticsOf(fresh));
    }
    return { incremental };
}

/** Many one-line brikker, as most catalogues are written: comments, totals and a scenario that names them. */
function manyOneLiners(): string {
    const lines = ['budget "Mange" {', '  enhed mio. kr.', '  prisniveau 2024', '  år 2024..2026'];
    for (let theme = 1; theme <= 4; theme++) {
        lines.push(`  tema "${theme}" "Tema ${theme}" {`);
        for (let i = 1; i <= 12; i++) {
            const kind = i % 5 === 0 ? 'finansiering' : 'brik';
            const marks = i % 4 === 0 ? ' uomgængelig' : i % 7 === 0 ? ' omstilling' : '';
            const amount = i % 3 === 0 ? `${i}.5..${i + 2}.25` : kind === 'finansiering' ? `-${i}.1` : `${i}.${theme}`;
            lines.push(`    ${kind} "Post ${theme}.${i}"${marks} drift ${amount}${i % 2 ? ' permanent' : ''}${i % 6 === 0 ? ' // en kommentar' : ''}`);
        }
        lines.push(`    total ${theme % 2 ? '0..1' : '1'}`, '  }');
    }
    lines.push('  scenarie "Udvalgte" {', '    niveau max', '    medtag "Post 1.1", "Post 2.3", "Post 4.12"', '    ramme 50', '  }', '}', '');
    return lines.join('\n');
}

describe('re-parsing one line', () => {
    const files = readdirSync(EXAMPLES).filter(name => name.endsWith('.brik'));

    it.each(files)('gives %s, edit after edit, what a whole parse gives', async file => {
        const text = readFileSync(path.join(EXAMPLES, file), 'utf8');
        const { incremental } = await typing(file, text, 80, file.length);
        // Edits in a one-line brik that leave no syntax error are re-parsed alone; the rest
        // (errors and their undoing, brikker with a block) are parsed whole. Both must agree
        // with the whole parse; enough must take the short way for the test to mean something.
        const oneLine = /^\s*(brik|finansiering) "[^"]*" [^{\n]*$/m.test(text);
        if (oneLine) {
            expect(incremental).toBeGreaterThan(10);
        } else {
            // Every brik has a block: no edit may take the short way.
            expect(incremental).toBe(0);
        }
    }, 60_000);

    it('has examples of both kinds, so that both branches above are taken', () => {
        const oneLine = files.filter(file => /^\s*(brik|finansiering) "[^"]*" [^{\n]*$/m.test(readFileSync(path.join(EXAMPLES, file), 'utf8')));
        expect(oneLine.length).toBeGreaterThan(0);
        expect(oneLine.length).toBeLessThan(files.length);
    });

    it('gives a catalogue of one-line brikker, with comments, totals and a scenario, what a whole parse gives', async () => {
        const { incremental } = await typing('mange.brik', manyOneLiners(), 300, 2026);
        expect(incremental).toBeGreaterThan(100);
    }, 120_000);

    it('does the same in a fragment without braces, up to a brik on its last line without a line break', async () => {
        const fragment = manyOneLiners()
            .replace(/^budget "Mange" \{\n  enhed mio\. kr\.\n  prisniveau 2024\n  år 2024\.\.2026\n/, 'fragment\nenhed 1.000 kr.\n')
            .replace(/  scenarie[\s\S]*$/, '  brik "Sidst" drift 1.5 permanent');
        expect(fragment).toMatch(/^fragment\nenhed 1\.000 kr\.\n  tema "1"[\s\S]*\n  brik "Sidst" drift 1\.5 permanent$/);
        const { incremental } = await typing('fragment.brik', fragment, 150, 13);
        expect(incremental).toBeGreaterThan(50);
    }, 120_000);

    it('does the same with Windows line endings', async () => {
        const { incremental } = await typing('mange-crlf.brik', manyOneLiners().replace(/\n/g, '\r\n'), 100, 7);
        expect(incremental).toBeGreaterThan(30);
    }, 120_000);
});
