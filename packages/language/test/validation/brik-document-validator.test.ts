import { AstUtils, DefaultDocumentValidator, EmptyFileSystem, isOperationCancelled } from 'langium';
import type { AstNode, ValidationOptions } from 'langium';
import { parseHelper } from 'langium/test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver';
import { createBrikServices } from '../../src/brik-module.js';
import type { Document, Item } from '../../src/generated/ast.js';
import { brik, budget, parse } from '../brik-test-services.js';
import { validatedBothWays } from './langium-loop-validator.js';

const SCENARIO = budget('  brik "A" drift 1\n  brik "B" drift 2\n  scenarie "S" { medtag "A" ramme 0.5 }\n  scenarie "T" { medtag alle }');

afterEach(() => {
    vi.restoreAllMocks();
});

describe('BrikDocumentValidator runs Brik\'s checks in one walk', () => {
    it('walks without Langium\'s per-node loop, and gives what that loop gives', async () => {
        const loop = vi.spyOn(DefaultDocumentValidator.prototype as unknown as { validateAstNodes: () => Promise<void> }, 'validateAstNodes');
        const document = await parse(SCENARIO);
        const diagnostics = await brik.validation.DocumentValidator.validateDocument(document);
        expect(loop).not.toHaveBeenCalled();
        expect(diagnostics.map(d => d.code)).toContain('brik/frame-exceeded');
        const { walk, loop: expected } = await validatedBothWays(brik, document);
        expect(walk).toEqual(expected);
    });

    it('runs no check of a category not asked for, as before', async () => {
        const document = await parse(SCENARIO);
        const codes = async (options: ValidationOptions) => (await brik.validation.DocumentValidator.validateDocument(document, options)).map(d => d.code);
        expect(await codes({ categories: ['fast', 'built-in'] })).toContain('brik/frame-exceeded');
        expect(await codes({ categories: ['slow'] })).toEqual([]);
        expect(await codes({ categories: ['built-in'] })).toEqual([]);
    });

    it.each([
        ['an Error', new Error('kaput')],
        ['something else', 'kaput']
    ])('reports a check that throws %s as Langium does: an error on the node, logged, and the other checks still run', async (_, thrown) => {
        const document = await parse(SCENARIO);
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        vi.spyOn(brik.evaluation.Evaluator, 'scenario').mockImplementation(() => { throw thrown; });
        const { walk, loop } = await validatedBothWays(brik, document);
        expect(walk).toEqual(loop);
        const diagnostics = JSON.parse(walk[0]) as Array<{ message: string; severity: number; range: { start: { line: number } } }>;
        expect(diagnostics.map(d => [d.severity, d.range.start.line, d.message])).toEqual([
            [1, 6, 'An error occurred during validation: kaput'],
            [1, 7, 'An error occurred during validation: kaput']
        ]);
        // Langium logs the error, and an Error's stack besides: so does the walk, call for call.
        const calls = logged.mock.calls;
        expect(calls.length % 2).toBe(0);
        expect(calls.slice(0, calls.length / 2)).toEqual(calls.slice(calls.length / 2));
    });

    it('falls back to Langium\'s loop when the registry holds a check Brik did not register', async () => {
        const { Brik } = createBrikServices(EmptyFileSystem);
        Brik.validation.ValidationRegistry.register({ Item: (item: Item, accept) => accept('hint', `brik ${item.name}`, { node: item }) });
        const document = await parseHelper<Document>(Brik)(SCENARIO);
        const diagnostics = await Brik.validation.DocumentValidator.validateDocument(document);
        expect(diagnostics.filter(d => d.severity === 4).map(d => d.message)).toEqual(['brik A', 'brik B']);
        const { walk, loop } = await validatedBothWays(Brik, document);
        expect(walk).toEqual(loop);
    });

    it('stops within a thousand nodes of a cancellation', async () => {
        const members = Array.from({ length: 600 }, (_, i) => `  brik "B${i}" drift ${i}`).join('\n');
        const document = await parse(budget(members));
        const validator = brik.validation.DocumentValidator;
        const source = new CancellationTokenSource();
        let nodes = 0;
        let afterCancel = 0;
        const single = validator as unknown as { validateSingleNodeOptions(node: AstNode, options: ValidationOptions): unknown };
        const original = single.validateSingleNodeOptions.bind(validator);
        vi.spyOn(single, 'validateSingleNodeOptions').mockImplementation((node, options) => {
            if (++nodes === 10) {
                source.cancel();
            } else if (nodes > 10) {
                afterCancel++;
            }
            return original(node, options);
        });
        const outcome = await validator.validateDocument(document, {}, source.token).then(() => 'finished', (error: unknown) => error);
        expect(isOperationCancelled(outcome)).toBe(true);
        expect(AstUtils.streamAst(document.parseResult.value).count()).toBeGreaterThan(1800);
        expect(afterCancel).toBeLessThan(1000);
        expect(nodes).toBe(1000);
    });
});
