import type { CompositeCstNode, RootCstNode } from 'langium';
import { CstUtils, DefaultDocumentBuilder, DefaultDocumentValidator, isCompositeCstNode, LangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { BrikCstNodeBuilder, BrikLeafCstNode } from '../../src/parser/brik-langium-parser.js';
import { brik, budget, parse } from '../brik-test-services.js';

/**
 * Brik reaches into Langium 4.4 where no service lets it (ARCHITECTURE.md lists where and why).
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

    it('every leaf is a BrikLeafCstNode, and the leaves keep their position in `_offset`, `_startLine`, `_startColumn`, `_endLine`, `_endColumn`', async () => {
        const document = await parse(budget('// en kommentar\nbrik "A" drift 1'));
        const leaves = [...CstUtils.streamCst(document.parseResult.value.$cstNode!)].filter(node => node.constructor.name.includes('Leaf'));
        expect(leaves.length).toBeGreaterThan(5);
        for (const leaf of leaves) {
            expect(leaf).toBeInstanceOf(BrikLeafCstNode);
            const fields = leaf as unknown as Record<string, number>;
            const { start, end } = leaf.range;
            expect([fields._offset, fields._startLine, fields._startColumn, fields._endLine, fields._endColumn]).toEqual([leaf.offset, start.line, start.character, end.line, end.character]);
            expect(document.textDocument.getText(leaf.range)).toBe(leaf.text);
        }
        // A leaf moved by the line re-parse moves its range and its text.
        const leaf = leaves.find(node => node.text === '"A"') as BrikLeafCstNode;
        const [offset, range] = [leaf.offset, leaf.range];
        leaf.moveBy(1, 2, 1);
        expect([leaf.offset, leaf.range]).toEqual([offset + 1, {
            start: { line: range.start.line + 2, character: range.start.character + 1 },
            end: { line: range.end.line + 2, character: range.end.character + 1 }
        }]);
    });

    it('a node finds its root and its AST node through `container`, and a composite\'s `content` is a plain array', async () => {
        const document = await parse(budget('brik "A" drift 1'));
        const root = document.parseResult.value.$cstNode!.root;
        for (const node of CstUtils.streamCst(root)) {
            expect(Object.keys(node)).not.toContain('root');
            expect(node.root).toBe(root);
            if (node !== root) {
                expect(node.container!.content).toContain(node);
            }
            if (isCompositeCstNode(node)) {
                // The line re-parse sets `container` itself when it moves nodes between arrays.
                expect(Object.getPrototypeOf(node.content)).toBe(Array.prototype);
            }
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
        const range = composite.range;
        expect((composite as unknown as { _rangeCache: unknown })._rangeCache).toBe(range);
        expect((root as unknown as { _text: string })._text).toBe(document.textDocument.getText());
    });

    it('the protected methods Brik overrides are still Langium\'s to override', () => {
        expect(typeof (DefaultDocumentBuilder.prototype as unknown as Record<string, unknown>).buildDocuments).toBe('function');
        for (const method of ['processLexingErrors', 'processParsingErrors', 'processLinkingErrors']) {
            expect(typeof (DefaultDocumentValidator.prototype as unknown as Record<string, unknown>)[method], method).toBe('function');
        }
    });
});
