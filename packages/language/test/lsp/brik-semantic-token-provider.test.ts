import { describe, expect, it } from 'vitest';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { SemanticTokensDecoder } from 'langium/lsp';
import { brik, budget } from '../brik-test-services.js';
import { identifier, open } from './lsp-test-documents.js';

describe('BrikSemanticTokenProvider', () => {
    it('marks amounts, years, kinds, marks and names', async () => {
        const text = budget('tema "1.6" "Medicin" {\n  brik "Vækst" uomgængelig drift 2024: 19..35 permanent\n}');
        const document = await open(text);
        const provider = brik.lsp.SemanticTokenProvider!;
        const result = await provider.semanticHighlight(document, { textDocument: identifier(document) });
        const tokens = SemanticTokensDecoder.decode(result, provider.tokenTypes, document).map(token => [token.text, token.tokenType]);
        expect(tokens).toEqual(expect.arrayContaining([
            ['"1.6"', SemanticTokenTypes.enumMember], ['"Medicin"', SemanticTokenTypes.namespace],
            ['"Vækst"', SemanticTokenTypes.variable], ['uomgængelig', SemanticTokenTypes.decorator],
            ['drift', SemanticTokenTypes.type], ['2024', SemanticTokenTypes.enumMember],
            ['19', SemanticTokenTypes.number], ['35', SemanticTokenTypes.number], ['permanent', SemanticTokenTypes.modifier]
        ]));
    });

    it('marks tidligere, efterfølgende and samlet as periods, like permanent', async () => {
        const text = budget('brik "P" {\n    anlæg tidligere: 23_700, 2024: 1_870, efterfølgende: 793_999\n    total anlæg samlet: 819_569\n    total anlæg efterfoelgende: 793_999\n  }');
        const document = await open(text);
        const provider = brik.lsp.SemanticTokenProvider!;
        const result = await provider.semanticHighlight(document, { textDocument: identifier(document) });
        const tokens = SemanticTokensDecoder.decode(result, provider.tokenTypes, document).map(token => [token.text, token.tokenType]);
        expect(tokens.filter(([, type]) => type === SemanticTokenTypes.modifier)).toEqual([
            ['tidligere', SemanticTokenTypes.modifier], ['efterfølgende', SemanticTokenTypes.modifier],
            ['samlet', SemanticTokenTypes.modifier], ['efterfoelgende', SemanticTokenTypes.modifier]
        ]);
        expect(tokens).toEqual(expect.arrayContaining([['2024', SemanticTokenTypes.enumMember], ['23_700', SemanticTokenTypes.number], ['819_569', SemanticTokenTypes.number]]));
    });
});
