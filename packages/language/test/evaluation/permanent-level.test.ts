import { expectCompletion, expectFormatting, expectHover } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { SemanticTokensDecoder } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { AmountLine, Budget, Document, Item } from '../../src/generated/ast.js';
import { createBrikServices } from '../../src/brik-module.js';
import { isFastParse } from '../../src/parser/fast/fast-parser.js';
import { isItem } from '../../src/generated/ast.js';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { brik, budget, parse } from '../brik-test-services.js';
import { seriesText } from '../series-text.js';
import { fixes, identifier, open } from '../lsp/lsp-test-documents.js';
import { diagnosticsOf, expectClean, expectOnly } from '../validation/expect-diagnostics.js';

const YEARS = [2024, 2025, 2026, 2027];
const parseFast = parseHelper<Document>(createBrikServices({ ...EmptyFileSystem, parser: 'fast' }).Brik);

/** The drift netto of the budget's first brik, per year and permanent. */
async function driftOf(line: string): Promise<Record<string, string>> {
    const document = await parse(budget(`brik "A" ${line}`));
    const item = (document.parseResult.value as Budget).members.find(isItem) as Item;
    return seriesText(brik.evaluation.Evaluator.totalsOf(item).drift.netto, YEARS);
}

describe('permanent: X, a permanent level other than the last year (§3)', () => {
    it.each([
        // Seed 003, ForskningsKUBER: "Drift 3,8 5,00 6,3" under "2024 2025 Permanent".
        ['drift 2024: 3.8, 2025: 5.0, permanent: 6.3', { 2024: '3.8', 2025: '5', 2026: '6.3', 2027: '6.3', permanent: '6.3' }],
        // Seed 003, NAU and PNAU: table 3's move year 2026, then the brik's permanent 55,2.
        ['drift 2024: 19.4, 2025: 28.4, 2026: 79.2, permanent: 55.2', { 2024: '19.4', 2025: '28.4', 2026: '79.2', 2027: '55.2', permanent: '55.2' }],
        ['drift 2024..2025: 5.0 permanent: 10.0', { 2024: '5', 2025: '5', 2026: '10', 2027: '10', permanent: '10' }],
        ['drift 2027: 1, permanent: 2', { 2024: '0', 2025: '0', 2026: '0', 2027: '1', permanent: '2' }],
        ['drift tidligere: 3, 2025: 1, permanent: 0..4', { 2024: '0', 2025: '1', 2026: '0..4', 2027: '0..4', permanent: '0..4' }],
        ['drift 2024: 1, permanent: -2', { 2024: '1', 2025: '-2', 2026: '-2', 2027: '-2', permanent: '-2' }]
    ])('%s', async (line, expected) => {
        expect(await driftOf(line)).toEqual(expected);
        await expectClean(budget(`brik "A" ${line}`));
    });

    it('is read alike by the fast parser (the same AST, and no Langium parse for it)', async () => {
        const text = budget('brik "A" drift 2024: 3.8, 2025: 5.0, permanent: 6.3\n  brik "B" drift 2024: 1 permanent');
        const root = (await parseFast(text)).parseResult.value as Budget;
        expect(isFastParse(root)).toBe(true);
        const periods = (root.members.filter(isItem)[0].elements[0] as AmountLine).periods;
        expect(periods.map(period => [period.first, period.permanent, period.amount.min])).toEqual([['2024', false, '3.8'], ['2025', false, '5.0'], [undefined, true, '6.3']]);
        const other = root.members.filter(isItem)[1].elements[0] as AmountLine;
        expect([other.permanent, other.periods.map(period => period.permanent)]).toEqual([true, [false]]);
    });

    it('stands last', async () => {
        const [found] = await expectOnly(budget('brik "A" drift 2024: 3.8, <|permanent|>: 6.3, 2025: 5.0'), IssueCodes.OuterPeriodOrder);
        expect(found.message).toBe("'permanent:' er det permanente niveau efter de angivne år og skal stå sidst i profilen, fx '2024: 3.8, 2025: 5.0, permanent: 6.3'. Flyt 'permanent: 6.3' bagest.");
    });

    it('is written once', async () => {
        await expectOnly(budget('brik "A" drift 2024: 3.8, <|permanent|>: 6.3, permanent: 7'), IssueCodes.OuterPeriodOrder);
    });

    it('needs a year before it', async () => {
        const [found] = await expectOnly(budget('brik "A" drift <|permanent|>: 6.3'), IssueCodes.PermanentWithoutAmount);
        expect(found.message).toBe("'permanent:' er niveauet fra året efter det senest angivne år, men der står intet år før det. Skriv årene først, fx 'drift 2024: 3.8, 2025: 5.0, permanent: 6.3', eller skriv 'drift 6.3 permanent'.");
    });

    it('cannot go with efterfølgende', async () => {
        const [found] = await expectOnly(budget('brik "A" anlæg 2024: 5, efterfølgende: 20, <|permanent|>: 2'), IssueCodes.AfterWithPermanent);
        expect(found.message).toContain("En linje kan ikke have både 'efterfølgende' og 'permanent:'");
    });

    it('says that a bare permanent after it is one too many', async () => {
        const [found] = await expectOnly(budget('brik "A" drift 2024: 3.8, 2025: 5.0, permanent: 6.3 <|permanent|>'), IssueCodes.PermanentTwice);
        expect(found.message).toBe("'permanent' efter 'permanent: 6.3' siger intet nyt: 'permanent:' angiver allerede det permanente niveau. Slet 'permanent'.");
        // The stated level counts.
        expect((await driftOf('drift 2024: 3.8, 2025: 5.0, permanent: 6.3 permanent')).permanent).toBe('6.3');
    });
});

describe('permanent: X in the editor', () => {
    it('deletes a bare permanent after it', async () => {
        expect(await fixes(budget('brik "A" drift 2024: 3.8, 2025: 5.0, permanent: 6.3 permanent'))).toEqual([
            { title: "Slet 'permanent'", result: budget('brik "A" drift 2024: 3.8, 2025: 5.0, permanent: 6.3') }
        ]);
    });

    it('moves it to the end, and deletes it beside efterfølgende', async () => {
        expect(await fixes(budget('brik "A" drift 2024: 3.8, permanent: 6.3, 2025: 5.0'))).toEqual([
            { title: "Flyt 'permanent: 6.3' bagest", result: budget('brik "A" drift 2024: 3.8, 2025: 5.0, permanent: 6.3') }
        ]);
        expect(await fixes(budget('brik "A" anlæg 2024: 5, efterfølgende: 20, permanent: 2'))).toEqual(expect.arrayContaining([
            { title: 'Slet permanent: 2', result: budget('brik "A" anlæg 2024: 5, efterfølgende: 20') }
        ]));
    });

    it('shows the level in the brik\'s hover, from 2026 on', async () => {
        await expectHover(brik)({
            text: budget('brik "<|>ForskningsKUBER" drift 2024: 3.8, 2025: 5.0, permanent: 6.3'), index: 0,
            // The hover pads its columns with an em space behind a zero-width space.
            hover: /\| Drift +\|[\s\u200b]+3,8 \|[\s\u200b]+5,0 \|[\s\u200b]+6,3 \|[\s\u200b]+6,3 \|[\s\u200b]+6,3 \|$/
        });
    });

    it('offers permanent: after a year, not before one', async () => {
        const labels = (text: string) => new Promise<string[]>(resolve => void expectCompletion(brik)({
            text, index: 0, assert: list => resolve(list.items.map(item => item.label))
        }));
        expect(await labels(budget('brik "A" drift 2024: 3.8, <|>'))).toEqual(expect.arrayContaining(['2025:', 'permanent:']));
        expect(await labels(budget('brik "A" drift <|>'))).not.toContain('permanent:');
    });

    it('lays it out like a year', async () => {
        await expectFormatting(brik)({
            before: 'budget "B" {\nenhed mio. kr.\nbrik "A" drift 2024 : 3.8 ,2025:5.0,permanent :  6.3\n}',
            after: 'budget "B" {\n  enhed mio. kr.\n  brik "A" drift 2024: 3.8, 2025: 5.0, permanent: 6.3\n}\n',
            options: { insertSpaces: true, tabSize: 2 }
        });
    });

    it('colours permanent: as a period, like permanent', async () => {
        const document = await open(budget('brik "A" drift 2024: 3.8, permanent: 6.3'));
        const provider = brik.lsp.SemanticTokenProvider!;
        const result = await provider.semanticHighlight(document, { textDocument: identifier(document) });
        const tokens = SemanticTokensDecoder.decode(result, provider.tokenTypes, document).map(token => [token.text, token.tokenType]);
        expect(tokens).toEqual(expect.arrayContaining([['2024', SemanticTokenTypes.enumMember], ['permanent', SemanticTokenTypes.modifier], ['6.3', SemanticTokenTypes.number]]));
    });

    it('reports no more than its own diagnostics on a half-typed level', async () => {
        const found = await diagnosticsOf(budget('brik "A" drift 2024: 3.8, permanent:'));
        expect(found.map(d => d.code)).toEqual([IssueCodes.Syntax]);
    });
});
