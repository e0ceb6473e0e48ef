import { AstUtils, EmptyFileSystem, GrammarAST, GrammarUtils } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createBrikServices } from '../../src/brik-module.js';
import type { Document } from '../../src/generated/ast.js';
import { fastParseStatistics, isFastParse } from '../../src/parser/fast/fast-parser.js';
import { services } from '../brik-test-services.js';
import { KEYWORD_SAMPLES } from './keyword-samples.js';

const fast = createBrikServices({ ...EmptyFileSystem, parser: 'fast' }).Brik;
const parse = parseHelper<Document>(fast);

/**
 * Every keyword of brik.langium is read by the fast parser itself: one it does not know would
 * send every file that uses it to Langium in silence (the CLI slower, nothing else to see).
 */
describe('the keywords of the grammar', () => {
    const grammarKeywords = [...new Set([...GrammarUtils.getAllReachableRules(services.Brik.Grammar, true)]
        .flatMap(rule => AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray()))].sort();

    it('each have a sample, and no sample names a word that is no keyword', () => {
        expect(Object.keys(KEYWORD_SAMPLES).sort()).toEqual(grammarKeywords);
    });

    it.each(Object.entries(KEYWORD_SAMPLES))('%s: read by the fast parser itself, as Langium reads it', async (keyword, text) => {
        const tokens = services.Brik.parser.Lexer.tokenize(text).tokens.map(token => token.tokenType.name);
        expect(tokens).toContain(keyword);
        const langium = services.Brik.parser.LangiumParser.parse(text);
        expect([...langium.lexerErrors, ...langium.parserErrors]).toEqual([]);
        const failures = fastParseStatistics.failures;
        const document = await parse(text);
        expect(isFastParse(document.parseResult.value)).toBe(true);
        expect(fastParseStatistics.failures).toBe(failures);
    });
});
