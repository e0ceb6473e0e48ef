import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createBrikServices } from '../../src/brik-module.js';
import { BrikLanguageMetaData } from '../../src/generated/module.js';
import { budget } from '../brik-test-services.js';

/**
 * Brik runs on Node 20 (README.md), which has no `Object.groupBy`. Chevrotain 13 calls it only
 * while it validates a grammar, which Langium skips in production mode: so the grammar is
 * generated in production mode (langium-config.json), and `langium generate`, which validates
 * it on purpose, gets a polyfill (tools/object-group-by.mjs).
 */
describe('Brik on Node 20', () => {
    it('is generated in production mode', () => {
        expect(BrikLanguageMetaData.mode).toBe('production');
    });

    it('builds its lexer and parser and parses without Object.groupBy', () => {
        const groupBy = Object.getOwnPropertyDescriptor(Object, 'groupBy');
        delete (Object as { groupBy?: unknown }).groupBy;
        try {
            const result = createBrikServices(EmptyFileSystem).Brik.parser.LangiumParser.parse(budget('brik "A" drift 1 permanent'));
            expect([result.lexerErrors, result.parserErrors]).toEqual([[], []]);
        } finally {
            if (groupBy) {
                Object.defineProperty(Object, 'groupBy', groupBy);
            }
        }
    });
});
