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
});
