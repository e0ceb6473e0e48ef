import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IToken } from 'chevrotain';
import { DefaultLexer, EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it, vi } from 'vitest';
import type { Document } from '../../src/generated/ast.js';
import { createBrikServices } from '../../src/brik-module.js';
import type { BrikLexer } from '../../src/parser/brik-lexer.js';
import { DEFAULT_LIMITS, limitsOf, MAX_CHARACTERS_CEILING, MAX_DEPTH_CEILING, NO_CHARACTER_LIMIT } from '../../src/brik-limits.js';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { brik, budget, parse } from '../brik-test-services.js';

function nested(depth: number): string {
    return budget(`${'tema "T" {\n'.repeat(depth)}brik "Dybt" drift 1\n${'}\n'.repeat(depth)}`);
}

async function problems(text: string, parseWith = parse) {
    const document = await parseWith(text, { validation: true });
    return (document.diagnostics ?? []).map(d => ({ code: d.code, line: d.range.start.line + 1, character: d.range.start.character + 1 }));
}

describe('the lexer within its limits', () => {
    it('skips what stands deeper than maxDepth, with one error where the first too deep block begins', async () => {
        expect(await problems(nested(DEFAULT_LIMITS.maxDepth - 1))).toEqual([]);
        expect(await problems(nested(10_000))).toEqual([{ code: IssueCodes.NestingTooDeep, line: 5 + DEFAULT_LIMITS.maxDepth - 1, character: 10 }]);
    });

    it('reads a file nested 10,000 deep without exhausting the stack, and keeps what stands above the limit', async () => {
        const document = await parse(nested(10_000), { validation: true });
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(brik.evaluation.Evaluator.totalsOf(document.parseResult.value).drift.netto[0].min.toString()).toBe('0');
    });

    it('does not read a file longer than maxCharacters: one error at its start, and no cascade', async () => {
        const small = parseHelper<Document>(createBrikServices({ ...EmptyFileSystem, limits: { maxCharacters: 50 } }).Brik);
        expect(await problems(budget('brik "A" drift 1'), small)).toEqual([{ code: IssueCodes.FileTooLarge, line: 1, character: 1 }]);
    });

    it('turns a regular expression that runs out of stack into one token-too-long error at the start, and no cascade', async () => {
        // V8 throws this RangeError when a token's backtracking outgrows its stack; no input of a
        // size a test can hold triggers it on every Node version, so Chevrotain's call throws it here.
        const overflow = vi.spyOn(DefaultLexer.prototype, 'tokenize').mockImplementationOnce(() => {
            throw new RangeError('Maximum call stack size exceeded');
        });
        try {
            const document = await parse(budget('brik "A" drift 1'), { validation: true });
            expect((document.diagnostics ?? []).map(d => ({ code: d.code, line: d.range.start.line + 1, character: d.range.start.character + 1, message: d.message }))).toEqual([{
                code: IssueCodes.TokenTooLong, line: 1, character: 1,
                message: "Brik kan ikke læse filen: en tekst i den er for lang til at blive læst. Del kataloget i flere filer med 'inkluder'."
            }]);
        } finally {
            overflow.mockRestore();
        }
    });

    it('reports a block comment that is never closed, once, in time linear in the file', async () => {
        const started = performance.now();
        const found = await problems(budget(`${'/* '.repeat(100_000)}brik "A" drift 1`));
        expect(performance.now() - started).toBeLessThan(10_000);
        expect(found.filter(p => p.code === IssueCodes.UnknownCharacter)).toEqual([{ code: IssueCodes.UnknownCharacter, line: 5, character: 1 }]);
    });

    it('reads a name of 10 million characters', async () => {
        const big = parseHelper<Document>(createBrikServices({ ...EmptyFileSystem, limits: { maxCharacters: 20_000_000 } }).Brik);
        const document = await big(budget(`brik "${'x'.repeat(10_000_000)}" drift 1`));
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
    });

    it('keeps configured limits within the ceilings where the parser still has stack', () => {
        expect(limitsOf({ maxDepth: 1_000 }).maxDepth).toBe(MAX_DEPTH_CEILING);
        expect(limitsOf({ maxDepth: 0 })).toEqual(DEFAULT_LIMITS);
        expect(limitsOf({ maxCharacters: 200_000_000 }).maxCharacters).toBe(MAX_CHARACTERS_CEILING);
    });

    it('lifts the character limit only when told to (the CLI, which counts memory instead)', () => {
        expect(limitsOf({ maxCharacters: NO_CHARACTER_LIMIT })).toEqual({ maxCharacters: Number.POSITIVE_INFINITY, maxDepth: 32 });
        expect(limitsOf().maxCharacters).toBe(2_000_000);
    });

    it('parses a file as deep as the ceiling allows', async () => {
        const deep = parseHelper<Document>(createBrikServices({ ...EmptyFileSystem, limits: { maxDepth: MAX_DEPTH_CEILING } }).Brik);
        expect(await problems(nested(MAX_DEPTH_CEILING - 1), deep)).toEqual([]);
    });
});

describe('the lexer of offsets (tokenizeOffsets, what the fast parser reads)', () => {
    const examples = join(fileURLToPath(new URL('../../../../examples', import.meta.url)));
    const texts = readdirSync(examples).filter(name => name.endsWith('.brik')).map(name => readFileSync(join(examples, name), 'utf8'));
    const lexer = brik.parser.Lexer as BrikLexer;
    // A token of offsets ends where its text does (it has no endOffset), as a full token's endOffset says.
    const tokens = (list: readonly IToken[]) => list.map(token => [token.tokenType.name, token.image, token.startOffset, token.endOffset ?? token.startOffset + token.image.length - 1]);

    it.each([...texts.map((text, i) => [`example ${i + 1}`, text]), ['a stray character', budget('brik "A" drift 1 §')], ['an unclosed comment', budget('/* brik')]])(
        'gives the same tokens, hidden tokens and errors as tokenize, without lines: %s', (_, text) => {
            const full = lexer.tokenize(text);
            const offsets = lexer.tokenizeOffsets(text);
            expect(texts.length).toBeGreaterThan(3);
            expect(tokens(offsets.tokens)).toEqual(tokens(full.tokens));
            expect(tokens(offsets.hidden)).toEqual(tokens(full.hidden));
            expect(offsets.errors.map(error => [error.offset, error.length])).toEqual(full.errors.map(error => [error.offset, error.length]));
            expect(offsets.tokens.every(token => token.startLine === undefined)).toBe(true);
        });
});
