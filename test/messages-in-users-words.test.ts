import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Document } from '@brik/language';
import { createBrikServices, TERMINAL_DESCRIPTIONS } from '@brik/language';
import { ROOT } from './support/run-brik.js';

/**
 * No syntax or lexer message shows the name of a grammar rule or token (LANGUAGE.md §11): the
 * names are taken from the grammar and the lexer's vocabulary, never listed by hand, and every
 * fixture and example is parsed whole and cut short at ten places, which gives each rule's
 * messages a chance to appear.
 */
const { Brik } = createBrikServices(EmptyFileSystem);
const parse = parseHelper<Document>(Brik);

const vocabulary = Brik.parser.Lexer.definition as Record<string, { name: string }>;
const keywords = new Set(AstUtils.streamAllContents(Brik.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
const terminals = Brik.Grammar.rules.filter(GrammarAST.isTerminalRule).map(rule => rule.name);
const NAMES = [...new Set([
    ...Brik.Grammar.rules.map(rule => rule.name),
    ...Object.values(vocabulary).map(token => token.name).filter(name => !keywords.has(name)),
    'EOF'
])];
const NAME = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${NAMES.join('|')})(?![\\p{L}\\p{N}_])`, 'u');

function brikFilesBelow(folder: string): string[] {
    return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.brik'))
        .sort().map(name => path.join(folder, name));
}

/** A message without what it quotes of the user's own text (`ordet 'Budget'` is the user's word). */
function withoutQuotedSource(message: string, source: string): string {
    return message.replace(/'([^']*)'|"([^"]*)"/g, (quoted, single?: string, double?: string) => source.includes(single ?? double ?? quoted) ? '' : quoted);
}

async function syntaxMessages(text: string): Promise<string[]> {
    const { parseResult } = await parse(text);
    return [...parseResult.lexerErrors, ...parseResult.lexerReport?.diagnostics ?? [], ...parseResult.parserErrors].map(error => error.message);
}

describe('messages in the user\'s words', () => {
    it('knows the names to look for: rules and tokens, read from the grammar', () => {
        expect(NAMES).toEqual(expect.arrayContaining(['PRINTED_RANGE', 'FINANCING_ITEM', 'NUMBER', 'STRING', 'PASTED_NUMBER', 'Range', 'AmountLine']));
        expect(NAME.test("Forventede et tal, fx 2.8, 'PRINTED_RANGE' eller 'permanent'")).toBe(true);
        expect(NAME.test("Forventede et tal, fx 2.8 eller 'permanent', men fandt '–'.")).toBe(false);
    });

    it('describes every terminal of the grammar in words', () => {
        expect(terminals.filter(name => !Object.hasOwn(TERMINAL_DESCRIPTIONS, name) && !['WS', 'ML_COMMENT', 'SL_COMMENT'].includes(name))).toEqual([]);
    });

    it.each([...brikFilesBelow('test/fixtures'), ...brikFilesBelow('examples')])('%s: no syntax or lexer message names a rule or token, whole or cut short', async file => {
        const text = readFileSync(path.join(ROOT, file), 'utf8');
        const cuts = [text, ...Array.from({ length: 10 }, (_, i) => text.slice(0, Math.floor(text.length * (i + 1) / 11)))];
        const offending: string[] = [];
        for (const cut of cuts) {
            offending.push(...(await syntaxMessages(cut)).filter(message => NAME.test(withoutQuotedSource(message, cut))));
        }
        expect(offending).toEqual([]);
    });

    it('asks for a number or permanent, in words, where a stray dash stands: drift – permanent', async () => {
        const messages = await syntaxMessages('budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024\n  brik "A" drift – permanent\n}\n');
        expect(messages).toEqual(["Forventede et tal, fx 2.8, 'tidligere', 'efterfølgende' eller 'permanent', men fandt '–'."]);
    });
});
