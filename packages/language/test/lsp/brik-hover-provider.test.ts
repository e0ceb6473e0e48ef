import { expectHover, replaceIndices } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver';
import { COLUMN_GAP } from '../../src/lsp/figures-markdown.js';
import { brik, parse } from '../brik-test-services.js';
import { at, NORDJYLLAND } from './nordjylland-snippet.js';

const hover = expectHover(brik);

/** The hover at the `<|>` in a text, its tables' column gap (COLUMN_GAP) shown as `··`, as wide. */
async function shown(marked: string): Promise<string | undefined> {
    const { output, indices } = replaceIndices({ text: marked });
    const document = await parse(output);
    const found = await brik.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(indices[0])
    });
    return (found?.contents as MarkupContent | undefined)?.value.replaceAll(COLUMN_GAP, '··');
}

describe('BrikHoverProvider', () => {
    it('shows a tema\'s brikker, its split and its netto per year, the Danish way, its columns set apart', async () => {
        expect(await shown(at('"Kapacitetspres'))).toBe([
            '**1.1 Kapacitetspres, arbejdsmiljø og rekruttering** — tema · 8 brikker',
            '',
            '| mio. kr., P/L-2023 |          ··2024 |          ··2025 |          ··2026 |          ··2027 |        ··Varigt |',
            '| :----------------- | --------------: | --------------: | --------------: | --------------: | --------------: |',
            '| Opdrift            |     ··15,0–26,6 |     ··16,2–27,8 |     ··16,2–27,8 |     ··16,2–27,8 |     ··16,2–27,8 |',
            '| **Netto**          | ··**15,0–26,6** | ··**16,2–27,8** | ··**16,2–27,8** | ··**16,2–27,8** | ··**16,2–27,8** |'
        ].join('\n'));
    });

    it('shows a brik with its kind, virksomhed and profile', async () => {
        await hover({ text: at('"Neurorehabilitering"'), index: 0, hover: /^\*\*Neurorehabilitering\*\* — brik, opdrift\n\nVirksomhed: Neuroenhed Nord, Regionshospital Nordjylland \(RHN\)\n\n\| mio\. kr\., P\/L-2023 .*\n.*\n\| Drift +\| +\u200B\u20032,8 \| +\u200B\u20032,8 \| +\u200B\u20032,8 \| +\u200B\u20032,8 \| +\u200B\u20032,8 \|$/ });
    });

    it('shows a financing item', async () => {
        await hover({ text: at('finansiering "Råderum'), index: 0, hover: /^\*\*Råderum fra Økonomiaftale, drift\*\* — finansiering\n\n[\s\S]*\| Drift +\| \u200B\u2003-111,0 \| +\u200B\u20030,0 \|/ });
    });

    it('shows the budget with its balance split by kind', async () => {
        await hover({ text: at('budget "Budget'), index: 0, hover: /— budget · 8 brikker · 1 finansieringspunkt[\s\S]*\| Opdrift +\| +\u200B\u200315,0–26,6 [\s\S]*\| Finansiering +\| +\u200B\u2003-111,0 [\s\S]*\| \*\*Netto\*\* +\| \u200B\u2003\*\*-96,0\u00A0–\u00A0-84,4\*\* \|/ });
    });

    it('shows a declared total against the computed one', async () => {
        await hover({ text: at('15.0..26.6'), index: 0, hover: 'Total (drift, opdrift, 2024): angivet 15,0–26,6, beregnet 15,0–26,6 mio. kr. — ✓ holder'.replace('Total', '**Total**') });
        await hover({ text: at('15.1..26.6', 1, NORDJYLLAND.replace('15.0..26.6', '15.1..26.6')), index: 0, hover: /beregnet 15,0–26,6 mio\. kr\. — ✗ holder ikke$/ });
    });

    it('shows a project\'s samlet total inside its brik, a dotted figure read as meant', async () => {
        const text = 'budget "B" {\n  enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2026\n  brik "Reservationspulje" {\n'
            + '    anlæg tidligere: 23_700, 2023: 1_870, 2024: 128_131, 2025: 198_500, 2026: 209_500, efterfølgende: 793_999\n'
            + '    <|>total anlæg samlet: 1_355_700\n    <|>total anlæg efterfølgende: 793.999\n  }\n}\n';
        await hover({ text, index: 0, hover: '**Total** (anlæg, netto, samlet): angivet 1.355.700, beregnet 1.355.700 (1.000 kr.) — ✓ holder' });
        await hover({ text, index: 1, hover: '**Total** (anlæg, netto, efterfølgende): angivet 793.999, beregnet 793.999 (1.000 kr.) — ✓ holder' });
    });

    it('shows a single amount in the unit and in kroner', async () => {
        await hover({ text: at('2.8 permanent'), index: 0, hover: '**2,8 mio. kr.** (P/L-2023) = 2.800.000 kr.' });
        await hover({ text: at('0..10'), index: 0, hover: '**0,0–10,0 mio. kr.** (P/L-2023) = 0–10.000.000 kr.' });
    });

    it('shows nothing over whitespace or a comment, and never throws on half-typed text', async () => {
        await hover({ text: NORDJYLLAND.replace('  enhed', '<|>  enhed'), index: 0, hover: undefined as unknown as string });
        await hover({ text: 'budget "B" { brik "A" dri<|>ft 2.', index: 0, hover: /^\*\*A\*\* — brik, opdrift/ });
    });
});

describe('BrikHoverProvider on an investeringsoversigt', () => {
    const INVESTERINGER = `budget "Investeringsoversigt" {
  enhed 1.000 kr.  prisniveau 2023  år 2023..2024
  tema "Fælles puljer" {
    brik "APV" anlæg 2023..2024: 3_500
    brik "Drift med engangskarakter" anlæg 2023: 15_000
  }
}`;

    it('shows an anlæg-only brik\'s anlæg, not a drift of 0, and calls it anlæg, not opdrift', async () => {
        // No Varigt: no line of it is permanent (§9).
        expect(await shown(at('"APV"', 1, INVESTERINGER))).toBe([
            '**APV** — brik, anlæg',
            '',
            '| 1.000 kr., P/L-2023 |  ··2023 |  ··2024 |',
            '| :------------------ | ------: | ------: |',
            '| Anlæg               | ··3.500 | ··3.500 |'
        ].join('\n'));
    });

    it('shows an anlæg-only tema\'s and budget\'s anlæg in bold, with no Netto of drift', async () => {
        expect(await shown(at('"Fælles puljer"', 1, INVESTERINGER))).toBe([
            '**Fælles puljer** — tema · 2 brikker',
            '',
            '| 1.000 kr., P/L-2023 |       ··2023 |      ··2024 |',
            '| :------------------ | -----------: | ----------: |',
            '| **Anlæg**           | ··**18.500** | ··**3.500** |'
        ].join('\n'));
    });
});

describe('BrikHoverProvider on scenarios and price levels', () => {
    const SCENARIOS = NORDJYLLAND.replace('  finansiering "Råderum', `  scenarie "Forlig" {
    medtag "Neurorehabilitering"
    ramme -100
  }
  finansiering "Råderum`);

    it('shows a scenario\'s balance per year and its ramme', async () => {
        // The financing of −111 is in 2024 only, so the ramme holds then and not after.
        await hover({ text: at('"Forlig"', 1, SCENARIOS), index: 0, hover: /^\*\*Forlig\*\* — scenarie · 1 brik\n\n[\s\S]*\| \*\*Netto\*\* +\| \u200B\u2003\*\*-108,2\*\* \| \u200B\u2003\*\*2,8\*\* \|[\s\S]*\n\nRamme -100,0: overskredet i 2025: 102,8, 2026: 102,8, 2027: 102,8$/ });
    });

    it('restates an amount in the other years of the price index', async () => {
        const text = `budget "B" {\n  enhed mio. kr.  prisniveau 2023  år 2024..2025\n  prisindeks { 2023: 100.0  2024: 103.4  2025: 106.1 }\n  brik "Neurorehabilitering" drift 2.8 permanent\n}`;
        await hover({ text: at('2.8', 1, text), index: 0, hover: '**2,8 mio. kr.** (P/L-2023) = 2.800.000 kr.\n\n2,9 mio. kr. (P/L-2024) · 3,0 mio. kr. (P/L-2025)' });
    });
});

describe('BrikHoverProvider on what the author typed', () => {
    const TYPED = `budget "Budget 2025" {
  enhed mio. kr.  prisniveau 2024  år 2025..2026
  tema "T" {
    brik "Rengøring" drift 2025: 1.59, 2026: 0.125 permanent
    brik "Vagtplan" uomgængelig 0.9 drift 1.8
    brik "Kantine" drift 0.44
  }
  scenarie "Minimum" { }
  scenarie "Maksimum" { medtag alle }
}`;

    it('shows a brik\'s own amounts exactly as written, 1,59 and not 1,6, and rounds only totals', async () => {
        expect(await shown(at('"Rengøring"', 1, TYPED))).toBe([
            '**Rengøring** — brik, opdrift',
            '',
            'Med i: Maksimum',
            '',
            '| mio. kr., P/L-2024 | ··2025 |  ··2026 | ··Varigt |',
            '| :----------------- | -----: | ------: | -------: |',
            '| Drift              | ··1,59 | ··0,125 |  ··0,125 |'
        ].join('\n'));
        expect(await shown(at('1.59', 1, TYPED))).toBe('**1,59 mio. kr.** (P/L-2024) = 1.590.000 kr.');
        expect(await shown(at('"T"', 1, TYPED))).toMatch(/\| Opdrift +\| +··3,8 \| +··0,1 \| +··0,1 \|$/m);
    });

    it('names the scenarios a brik is in, a partly unavoidable one with its part, in place of a lens', async () => {
        expect(await shown(at('"Vagtplan"', 1, TYPED))).toMatch(/^\*\*Vagtplan\*\* — brik, opdrift · uomgængelig\n\nMed i: Minimum \(0,9\) · Maksimum\n\n\|/);
        expect(await shown(at('"Rengøring"', 1, TYPED.replace('medtag alle', 'medtag "Kantine"')))).toMatch(/\n\nIkke med i noget scenarie\n\n/);
    });

    it('sets a unit that begins with a figure apart from the figure: 315.800 (1.000 kr.)', async () => {
        const text = 'budget "B" {\n  enhed 1.000 kr.  prisniveau 2023  år 2023\n  brik "Anlæg" anlæg 315_800\n}';
        expect(await shown(at('315_800', 1, text))).toBe('**315.800 (1.000 kr.)** (P/L-2023) = 315.800.000 kr.');
    });
});
