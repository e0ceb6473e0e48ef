import { expectHover } from 'langium/test';
import { describe, it } from 'vitest';
import { brik } from '../brik-test-services.js';
import { at, NORDJYLLAND } from './nordjylland-snippet.js';

const hover = expectHover(brik);

describe('BrikHoverProvider', () => {
    it('shows a tema\'s brikker, its split and its netto per year, the Danish way', async () => {
        await hover({
            text: at('"Kapacitetspres'), index: 0, hover: [
                '**Kapacitetspres, arbejdsmiljø og rekruttering** — tema · 8 brikker',
                '',
                '| mio. kr., P/L-2023 |          2024 |          2025 |          2026 |          2027 |        Varigt |',
                '| :----------------- | ------------: | ------------: | ------------: | ------------: | ------------: |',
                '| Opdrift            |     15,0–26,6 |     16,2–27,8 |     16,2–27,8 |     16,2–27,8 |     16,2–27,8 |',
                '| **Netto**          | **15,0–26,6** | **16,2–27,8** | **16,2–27,8** | **16,2–27,8** | **16,2–27,8** |'
            ].join('\n').replace('**Kapacitetspres', '**1.1 Kapacitetspres')
        });
    });

    it('shows a brik with its kind, virksomhed and profile', async () => {
        await hover({ text: at('"Neurorehabilitering"'), index: 0, hover: /^\*\*Neurorehabilitering\*\* — brik, opdrift\n\nVirksomhed: Neuroenhed Nord, Regionshospital Nordjylland \(RHN\)\n\n\| mio\. kr\., P\/L-2023 .*\n.*\n\| Drift +\| +2,8 \| +2,8 \| +2,8 \| +2,8 \| +2,8 \|$/ });
    });

    it('shows a financing item', async () => {
        await hover({ text: at('finansiering "Råderum'), index: 0, hover: /^\*\*Råderum fra Økonomiaftale, drift\*\* — finansiering\n\n[\s\S]*\| Drift +\| +-111,0 \| +0,0 \|/ });
    });

    it('shows the budget with its balance split by kind', async () => {
        await hover({ text: at('budget "Budget'), index: 0, hover: /— budget · 8 brikker[\s\S]*\| Opdrift +\| +15,0–26,6 [\s\S]*\| Finansiering +\| +-111,0 [\s\S]*\| \*\*Netto\*\* +\| \*\*-96,0\u00A0–\u00A0-84,4\*\* \|/ });
    });

    it('shows a declared total against the computed one', async () => {
        await hover({ text: at('15.0..26.6'), index: 0, hover: 'Total (drift, opdrift, 2024): angivet 15,0–26,6, beregnet 15,0–26,6 mio. kr. — ✓ holder'.replace('Total', '**Total**') });
        await hover({ text: at('15.1..26.6', 1, NORDJYLLAND.replace('15.0..26.6', '15.1..26.6')), index: 0, hover: /beregnet 15,0–26,6 mio\. kr\. — ✗ holder ikke$/ });
    });

    it('shows a project\'s samlet total inside its brik, a dotted figure read as meant', async () => {
        const text = 'budget "B" {\n  enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2026\n  brik "Reservationspulje" {\n'
            + '    anlæg tidligere: 23_700, 2023: 1_870, 2024: 128_131, 2025: 198_500, 2026: 209_500, efterfølgende: 793_999\n'
            + '    <|>total anlæg samlet: 1_355_700\n    <|>total anlæg efterfølgende: 793.999\n  }\n}\n';
        await hover({ text, index: 0, hover: '**Total** (anlæg, netto, samlet): angivet 1.355.700, beregnet 1.355.700 1.000 kr. — ✓ holder' });
        await hover({ text, index: 1, hover: '**Total** (anlæg, netto, efterfølgende): angivet 793.999, beregnet 793.999 1.000 kr. — ✓ holder' });
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

    it('shows an anlæg-only brik\'s anlæg, not a drift of 0', async () => {
        await hover({
            text: at('"APV"', 1, INVESTERINGER), index: 0, hover: [
                '**APV** — brik, opdrift',
                '',
                // No Varigt: no line of it is permanent (§9).
                '| 1.000 kr., P/L-2023 |  2023 |  2024 |',
                '| :------------------ | ----: | ----: |',
                '| Anlæg               | 3.500 | 3.500 |'
            ].join('\n')
        });
    });

    it('shows an anlæg-only tema\'s and budget\'s anlæg in bold, with no Netto of drift', async () => {
        await hover({
            text: at('"Fælles puljer"', 1, INVESTERINGER), index: 0, hover: [
                '**Fælles puljer** — tema · 2 brikker',
                '',
                '| 1.000 kr., P/L-2023 |       2023 |      2024 |',
                '| :------------------ | ---------: | --------: |',
                '| **Anlæg**           | **18.500** | **3.500** |'
            ].join('\n')
        });
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
        await hover({ text: at('"Forlig"', 1, SCENARIOS), index: 0, hover: /^\*\*Forlig\*\* — scenarie · 1 brik\n\n[\s\S]*\| \*\*Netto\*\* +\| \*\*-108,2\*\* \| \*\*2,8\*\* \|[\s\S]*\n\nRamme -100,0: overskredet i 2025: 102,8, 2026: 102,8, 2027: 102,8$/ });
    });

    it('restates an amount in the other years of the price index', async () => {
        const text = `budget "B" {\n  enhed mio. kr.  prisniveau 2023  år 2024..2025\n  prisindeks { 2023: 100.0  2024: 103.4  2025: 106.1 }\n  brik "Neurorehabilitering" drift 2.8 permanent\n}`;
        await hover({ text: at('2.8', 1, text), index: 0, hover: '**2,8 mio. kr.** (P/L-2023) = 2.800.000 kr.\n\n2,9 mio. kr. (P/L-2024) · 3,0 mio. kr. (P/L-2025)' });
    });
});
