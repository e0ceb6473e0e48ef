import { expectHover } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { brik, budget, parse, services } from '../brik-test-services.js';
import { COLUMN_GAP } from '../../src/lsp/figures-markdown.js';
import { identifier, open } from './lsp-test-documents.js';

// `1.2.3` cannot be read in mio. kr.: the tema's 2024 netto is unknown, 2025 is known.
const BROKEN = budget(`tema "T" {
  brik "Læsbar" drift 1.5 permanent
  brik "Ulæselig" drift 2024: 1.2.3, 2025: 2
  total 5
}
scenarie "S" { medtag alle  ramme 4 }`, 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2025');

const hover = expectHover(brik);

describe('a figure that rests on an amount that cannot be read, in the editor', () => {
    it('is ukendt in the hover of a tema, a total and a scenario', async () => {
        await hover({ text: BROKEN.replace('tema "T"', 'tema "<|>T"'), index: 0, hover: [
            '**T** — tema · 2 brikker',
            '',
            '| mio. kr., P/L-2023 |       ··2024 |    ··2025 |  ··Varigt |',
            '| :----------------- | -----------: | --------: | --------: |',
            '| Opdrift            |     ··ukendt |     ··3,5 |     ··1,5 |',
            '| **Netto**          | ··**ukendt** | ··**3,5** | ··**1,5** |'
        ].join('\n').replaceAll('··', COLUMN_GAP) });
        await hover({ text: BROKEN.replace('total 5', '<|>total 5'), index: 0, hover: '**Total** (drift, netto, 2024): angivet 5 mio. kr., beregnet ukendt' });
        await hover({ text: BROKEN.replace('scenarie "S"', 'scenarie "<|>S"'), index: 0, hover: /\n\nRamme 4,0: ukendt$/ });
    });

    it('is ukendt in the inlay hints, with no ≠ beside a total it cannot check', async () => {
        const document = await open(BROKEN);
        const hints = await brik.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: identifier(document), range: document.whole });
        expect(hints!.map(hint => hint.label)).toEqual(['Σ 2024: ukendt', 'Σ 2024: ukendt', 'råderum 2024: ukendt']);
    });

    it('is ukendt in the code lens, which gives the figure when inlay hints are off', async () => {
        const configure = (enabled: boolean) => services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { brik: { inlayHints: { enabled } } } });
        configure(false);
        try {
            const document = await open(BROKEN);
            const lenses = await brik.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: identifier(document) });
            expect(lenses!.map(lens => lens.command?.title)).toEqual(['Σ 2024: ukendt mio. kr. · 2 brikker']);
        } finally {
            configure(true);
        }
    });

    it('is ukendt in brik/balance, which then says neither balanced nor not', async () => {
        const document = await parse(BROKEN, { validation: true });
        expect(await brik.lsp.BrikRequestHandler.balance({ uri: document.uri.toString() })).toEqual({
            budget: 'Test', of: 'drift', text: 'ukendt', year: 2024, unit: 'mio. kr.', balanced: undefined, unknown: true, errors: 1
        });
    });

    it('is ukendt in the hover\'s scenarios of an unreadable unavoidable part', async () => {
        await hover({ text: budget('brik "<|>A" uomgængelig 1.2.3 drift 2\nscenarie "S" { }'), index: 0, hover: /^\*\*A\*\* — brik, opdrift · uomgængelig\n\nMed i: S \(ukendt\)\n\n/ });
    });
});
