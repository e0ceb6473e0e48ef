import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Budget, Document, Item } from '../../src/generated/ast.js';
import { createBrikServices } from '../../src/brik-module.js';
import { fastAllowComments, fastNodeSpan, fastParseStatistics, isFastParse } from '../../src/parser/fast/fast-parser.js';
import { budget, services } from '../brik-test-services.js';

const fast = createBrikServices({ ...EmptyFileSystem, parser: 'fast' }).Brik;
const parse = parseHelper<Document>(fast);

describe('the fast parser', () => {
    it('reads a clean budget itself, with the offsets of every node and no CST until one is asked for', async () => {
        const text = budget('  brik "Neurorehabilitering" drift 2.8 permanent');
        const before = fastParseStatistics.langiumParses;
        const document = await parse(text);
        const root = document.parseResult.value as Budget;
        expect(isFastParse(root)).toBe(true);
        const item = root.members.at(-1) as Item;
        const span = fastNodeSpan(item)!;
        expect(text.slice(span.$offset, span.$end)).toBe('brik "Neurorehabilitering" drift 2.8 permanent');
        expect(fastParseStatistics.langiumParses).toBe(before);
        // A position is Langium's, parsed once when first asked for.
        expect(item.$cstNode?.text).toBe('brik "Neurorehabilitering" drift 2.8 permanent');
        expect(item.elements[0].$cstNode?.range.start).toEqual({ line: 4, character: 29 });
        expect(fastParseStatistics.langiumParses).toBe(before + 1);
    });

    it.each([
        ['a syntax error', budget('  brik "A" drift')],
        ['a character Brik does not read', budget('  brik "A" drift 2.8 )')],
        ['a number pasted from Word', budget('  brik "A" drift −3.4')],
        ['curly quotes', budget('  brik “A” drift 3.4')],
        ['a file that is neither budget nor fragment', 'brik "A" drift 2'],
        ['a file that ends where a range must stand', 'budget "A" {\n  total'],
        ['a file that ends in a prisindeks', 'budget "A" {\n  prisindeks {']
    ])('leaves %s to Langium', async (_, text) => {
        const before = fastParseStatistics.langiumParses;
        const document = await parse(text);
        expect(isFastParse(document.parseResult.value)).toBe(false);
        // Langium's parse made the syntax tree: asking for it parses nothing again (a fast node
        // parses on this first question, as the test above shows).
        expect(document.parseResult.value.$cstNode?.root.fullText).toBe(text);
        expect(fastParseStatistics.langiumParses).toBe(before);
    });

    it('reads keywords written decomposed (NFD) as Langium does, keeping their text', async () => {
        const text = budget('  brik "A" a\u030Arsværk 2', 'enhed mio. kr.\n  prisniveau 2023\n  a\u030Ar 2024..2027');
        const document = await parse(text);
        const root = document.parseResult.value as Budget;
        expect(isFastParse(root)).toBe(true);
        const langium = services.Brik.parser.LangiumParser.parse<Budget>(text).value;
        expect((root.members.at(-1) as Item).elements[0]).toMatchObject({ kind: ((langium.members.at(-1) as Item).elements[0] as { kind: string }).kind });
        expect(root.members.map(member => member.$type)).toEqual(langium.members.map(member => member.$type));
    });

    it('keeps // tillad: comments from the hidden tokens', async () => {
        const document = await parse(budget('  // tillad: omstilling-positive\n  brik "A" omstilling drift 3 // tillad: x\n  // other'));
        expect(fastAllowComments(document.parseResult.value)?.map(comment => comment.text))
            .toEqual(['// tillad: omstilling-positive', '// tillad: x']);
    });
});
