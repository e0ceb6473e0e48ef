import { describe, expect, it } from 'vitest';
import { brik } from '../brik-test-services.js';
import { identifier, open } from './lsp-test-documents.js';
import { NORDJYLLAND } from './nordjylland-snippet.js';

describe('BrikCodeLensProvider', () => {
    it('puts "Σ 2024: 15,0–26,6 mio. kr. · 8 brikker" above each tema and område', async () => {
        const document = await open(NORDJYLLAND);
        const lenses = await brik.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: identifier(document) });
        expect(lenses!.map(lens => [lens.range.start.line, lens.command?.title])).toEqual([
            [4, 'Σ 2024: 15,0–26,6 mio. kr. · 8 brikker'],
            [5, 'Σ 2024: 15,0–26,6 mio. kr. · 8 brikker']
        ]);
    });
});
