import { afterEach, describe, expect, it } from 'vitest';
import type { CodeLens, Location } from 'vscode-languageserver';
import { SHOW_ITEMS_COMMAND } from '../../src/lsp/brik-protocol.js';
import { brik, services } from '../brik-test-services.js';
import { identifier, INVESTERINGER, open } from './lsp-test-documents.js';
import { NORDJYLLAND } from './nordjylland-snippet.js';

async function lensesOf(text: string): Promise<{ lenses: CodeLens[]; textOf(location: Location): string }> {
    const document = await open(text);
    const lenses = await brik.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: identifier(document) }) ?? [];
    return { lenses, textOf: location => document.textOf(location.range) };
}

function titles(lenses: CodeLens[]): Array<[number, string | undefined]> {
    return lenses.map(lens => [lens.range.start.line, lens.command?.title]);
}

afterEach(() => services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { brik: { inlayHints: { enabled: true } } } }));

describe('BrikCodeLensProvider', () => {
    it('says above each tema and område what it holds, not the figure the inlay hint after its { shows', async () => {
        const { lenses } = await lensesOf(NORDJYLLAND);
        expect(titles(lenses)).toEqual([[4, '8 brikker'], [5, '8 brikker']]);
    });

    it('lists the items when clicked: the editor command with the lens\'s place and each item\'s name', async () => {
        const { lenses, textOf } = await lensesOf(NORDJYLLAND);
        const [uri, position, locations] = lenses[1].command!.arguments as [string, unknown, Location[]];
        expect(lenses[1].command).toMatchObject({ command: SHOW_ITEMS_COMMAND, tooltip: 'Vis brikkerne og finansieringspunkterne' });
        expect([uri.endsWith('.brik'), position]).toEqual([true, { line: 5, character: 4 }]);
        expect(locations.map(textOf)).toEqual([
            '"Optimal udnyttelse af hospitalernes sengekapacitet"',
            '"Kapacitetsudvidelse – Børn og unge med funktionelle lidelser"',
            '"Neurorehabilitering"',
            '"Næste fase af garantiklinik i Thisted, herunder opstart af våd AMD"',
            '"Ældremedicinsk team og geriatrisk stuegang på tværs af hospitalet"',
            '"Support til vagtplanlægningsprocessen"',
            '"Øget neurologisk kapacitet"',
            '"Senfølgeklinik efter Covid-19"'
        ]);
    });

    it('counts financing items: a tema of financing alone holds 3 finansieringspunkter, not 0 brikker', async () => {
        const text = `budget "B" {
  enhed mio. kr.  prisniveau 2023  år 2024
  tema "Finansiering" {
    finansiering "Råderum" drift -111
    finansiering "Pris- og lønregulering" drift -20
    finansiering "Omprioritering" drift -5
  }
  tema "Blandet" {
    brik "A" drift 2
    finansiering "Pulje" drift -1
  }
  tema "Tom" { }
}`;
        const { lenses } = await lensesOf(text);
        expect(titles(lenses)).toEqual([[2, '3 finansieringspunkter'], [7, '1 brik · 1 finansieringspunkt'], [11, '0 brikker']]);
    });

    it('puts no lens above a brik or a financing item, also when the budget has scenarios (the hover names them)', async () => {
        const text = `budget "B" {
  enhed mio. kr.  prisniveau 2023  år 2024
  brik "Neurorehabilitering" drift 2.8 permanent
  finansiering "Råderum" drift -1
  scenarie "Maksimum" { medtag alle }
}`;
        expect((await lensesOf(text)).lenses).toEqual([]);
    });

    it('gives the figure, with its unit set apart, when inlay hints are off', async () => {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { brik: { inlayHints: { enabled: false } } } });
        expect(titles((await lensesOf(NORDJYLLAND)).lenses)).toEqual([
            [4, 'Σ 2024: 15,0–26,6 mio. kr. · 8 brikker'],
            [5, 'Σ 2024: 15,0–26,6 mio. kr. · 8 brikker']
        ]);
        expect(titles((await lensesOf(INVESTERINGER.replace(/\n    tema "Drift" \{[^}]*\}/, ''))).lenses)).toEqual([
            [2, 'Σ anlæg 2023: 18.500 (1.000 kr.) · 2 brikker'],
            [3, 'Σ anlæg 2023: 18.500 (1.000 kr.) · 2 brikker']
        ]);
    });
});
