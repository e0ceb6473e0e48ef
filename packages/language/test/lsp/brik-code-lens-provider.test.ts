import { describe, expect, it } from 'vitest';
import { brik } from '../brik-test-services.js';
import { identifier, INVESTERINGER, open } from './lsp-test-documents.js';
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

describe('BrikCodeLensProvider on an investeringsoversigt', () => {
    it('sums the anlæg of a container that holds only anlæg', async () => {
        const document = await open(INVESTERINGER.replace(/\n    tema "Drift" \{[^}]*\}/, ''));
        const lenses = await brik.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: identifier(document) });
        expect(lenses!.map(lens => [lens.range.start.line, lens.command?.title])).toEqual([
            [2, 'Σ anlæg 2023: 18.500 1.000 kr. · 2 brikker'],
            [3, 'Σ anlæg 2023: 18.500 1.000 kr. · 2 brikker']
        ]);
    });
});

describe('BrikCodeLensProvider with scenarios', () => {
    it('says above each brik in which scenarios it is, with the part of a partly unavoidable one', async () => {
        const text = `budget "B" {
  enhed mio. kr.  prisniveau 2023  år 2024
  brik "Neurorehabilitering" drift 2.8 permanent
  brik "Handleplan" uomgængelig 0.9 drift 1.8
  scenarie "Minimum" { }
  scenarie "Maksimum" { medtag alle }
}`;
        const document = await open(text);
        const lenses = await brik.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: identifier(document) });
        expect(lenses!.map(lens => [lens.range.start.line, lens.command?.title])).toEqual([
            [2, 'Med i: Maksimum'],
            [3, 'Med i: Minimum (0,9) · Maksimum']
        ]);
    });
});
