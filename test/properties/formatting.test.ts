import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document } from '@brik/language';
import { createBrikServices } from '@brik/language';
import { budgetText, catalogue } from './catalogue-arbitrary.js';

/**
 * Formatting changes whitespace only: for random catalogues laid out at random, with comments
 * and notes of any characters, every token, every comment (a `//` comment but the blanks after
 * it) and every note is still there, byte for byte and in order, and formatting again changes
 * nothing.
 */
const RUNS = Number(process.env.BRIK_PROPERTY_RUNS ?? 60);
const { Brik } = createBrikServices(EmptyFileSystem);
const parse = parseHelper<Document>(Brik);

/** Any text on one line but a line break; for block comments, without their end. */
const lineText = fc.string({ unit: 'grapheme', maxLength: 30 }).map(text => text.replace(/[\r\n\u2028\u2029]/g, ' '));
const blockText = lineText.map(text => text.replace(/\*\//g, '* /'));
const noteText = fc.string({ unit: 'binary', maxLength: 30 }).map(text => text.replace(/["\\\r\n]/g, '?'));
const whitespace = fc.constantFrom('', ' ', '   ', '\t', ' \t ');

interface Decoration {
    readonly indent: string;
    readonly trailing: string | undefined;
    readonly before: string | undefined;
    readonly blank: boolean;
}

const decoration: fc.Arbitrary<Decoration> = fc.record({
    indent: whitespace,
    trailing: fc.option(lineText.map(text => `// ${text}`), { nil: undefined }),
    before: fc.option(blockText.map(text => `/* ${text} */`), { nil: undefined }),
    blank: fc.boolean()
});

/** The catalogue's lines, each re-indented, with comments and blank lines, and a note in every item block. */
function laidOut(text: string, decorations: readonly Decoration[], notes: readonly string[]): string {
    let note = 0;
    return text.split('\n').map((line, i) => {
        const d = decorations[i % decorations.length];
        const body = line.trim();
        const withNote = /^(brik|finansiering) ".*" (omstilling )?\{$/.test(body) ? `${body}\n${d.indent}note "${notes[note++ % notes.length]}"` : body;
        return `${d.blank ? '\n' : ''}${d.before ? `${d.indent}${d.before}\n` : ''}${d.indent}${withNote}${d.trailing && body !== '' ? ` ${d.trailing}` : ''}`;
    }).join('\n');
}

/** The tokens with their images; a `//` comment without the blanks after it, which formatting removes as at every line's end. */
function tokens(text: string): string[] {
    const lexed = Brik.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset)
        .map(token => `${token.tokenType.name} ${token.tokenType.name === 'SL_COMMENT' ? token.image.trimEnd() : token.image}`);
}

async function format(text: string): Promise<string> {
    const document = await parse(text);
    expect(document.parseResult.lexerErrors).toEqual([]);
    expect(document.parseResult.parserErrors).toEqual([]);
    const edits = await Brik.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
    return TextDocument.applyEdits(TextDocument.create('file:///x.brik', 'brik', 0, text), edits);
}

describe('formatting (fast-check)', () => {
    it('keeps every token, comment and note byte for byte, and is idempotent', async () => {
        await fc.assert(fc.asyncProperty(catalogue, fc.array(decoration, { minLength: 1 }), fc.array(noteText, { minLength: 1 }), async (value, decorations, notes) => {
            const text = laidOut(budgetText(value), decorations, notes);
            const formatted = await format(text);
            expect(tokens(formatted)).toEqual(tokens(text));
            const kept = (t: string) => tokens(t).filter(token => /^(SL_COMMENT|ML_COMMENT|STRING) /.test(token));
            expect(kept(formatted)).toEqual(kept(text));
            expect(await format(formatted)).toBe(formatted);
        }), { numRuns: RUNS });
    });
});
