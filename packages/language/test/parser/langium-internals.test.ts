import type { CompositeCstNode, RootCstNode } from 'langium';
import { CstUtils, DefaultDocumentBuilder, DefaultDocumentValidator, LangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { BrikCstNodeBuilder, BrikLeafCstNode } from '../../src/parser/brik-langium-parser.js';
import { brik, budget, parse } from '../brik-test-services.js';

/**
 * Brik reaches into Langium 4.1.3 where no service lets it (ARCHITECTURE.md lists where and why).
 * A method Brik overrides is checked by the compiler (`override` fails when Langium renames it);
 * the fields below are private or internal, and a Langium upgrade that renames one would leave
 * Brik's code writing to a field nobody reads. These tests fail first.
 */
describe('the Langium internals Brik relies on', () => {
    it('LangiumParser keeps its CST builder in `nodeBuilder`, which Brik replaces, and Chevrotain\'s input in `wrapper.input`', async () => {
        const parser = brik.parser.LangiumParser as unknown as { nodeBuilder: unknown; wrapper: { input: unknown[] } };
        expect(parser).toBeInstanceOf(LangiumParser);
        expect(parser.nodeBuilder).toBeInstanceOf(BrikCstNodeBuilder);
        await parse(budget('brik "A" drift 1'));
        // BrikLangiumParser lets go of the tokens after a parse.
        expect(parser.wrapper.input).toEqual([]);
    });

    it('every leaf is a BrikLeafCstNode, and the leaves keep their offset in `_offset`', async () => {
        const document = await parse(budget('// en kommentar\nbrik "A" drift 1'));
        const leaves = [...CstUtils.streamCst(document.parseResult.value.$cstNode!)].filter(node => node.constructor.name.includes('Leaf'));
        expect(leaves.length).toBeGreaterThan(5);
        for (const leaf of leaves) {
            expect(leaf).toBeInstanceOf(BrikLeafCstNode);
            expect((leaf as unknown as { _offset: number })._offset).toBe(leaf.offset);
            expect(document.textDocument.getText(leaf.range)).toBe(leaf.text);
        }
    });

    it('BrikCstNodeBuilder puts comments where they stand: every leaf in text order', async () => {
        const document = await parse(budget('/* før */\ntema "T" { // efter klammen\n  // før brikken\n  brik "A" drift 1 // efter\n}\n// til sidst'));
        const leaves = [...CstUtils.streamCst(document.parseResult.value.$cstNode!.root)].filter(node => node instanceof BrikLeafCstNode);
        expect(leaves.filter(leaf => leaf.hidden).map(leaf => leaf.text)).toEqual(['/* før */', '// efter klammen', '// før brikken', '// efter', '// til sidst']);
        expect(leaves.map(leaf => leaf.offset)).toEqual([...leaves.map(leaf => leaf.offset)].sort((a, b) => a - b));
    });

    it('a composite node caches its range in `_rangeCache`, and the root holds the text in `_text`', async () => {
        const document = await parse(budget('brik "A" drift 1'));
        const root = document.parseResult.value.$cstNode!.root as RootCstNode;
        const composite = root.content.find(node => 'content' in node) as CompositeCstNode;
        void composite.range;
        expect(Object.keys(composite)).toContain('_rangeCache');
        expect((root as unknown as { _text: string })._text).toBe(document.textDocument.getText());
    });

    it('the protected methods Brik overrides are still Langium\'s to override', () => {
        expect(typeof (DefaultDocumentBuilder.prototype as unknown as Record<string, unknown>).buildDocuments).toBe('function');
        for (const method of ['processLexingErrors', 'processParsingErrors', 'processLinkingErrors']) {
            expect(typeof (DefaultDocumentValidator.prototype as unknown as Record<string, unknown>)[method], method).toBe('function');
        }
    });
});
