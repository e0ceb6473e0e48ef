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
        await hover({ text: at('budget "Budget'), index: 0, hover: /— budget · 8 brikker[\s\S]*\| Opdrift +\| +15,0–26,6 [\s\S]*\| Finansiering +\| +-111,0 [\s\S]*\| \*\*Netto\*\* +\| \*\*-96,0–-84,4\*\* \|/ });
    });

    it('shows a declared total against the computed one', async () => {
        await hover({ text: at('15.0..26.6'), index: 0, hover: 'Total (drift, opdrift, 2024): angivet 15,0–26,6, beregnet 15,0–26,6 mio. kr. — ✓ holder'.replace('Total', '**Total**') });
        await hover({ text: at('15.1..26.6', 1, NORDJYLLAND.replace('15.0..26.6', '15.1..26.6')), index: 0, hover: /beregnet 15,0–26,6 mio\. kr\. — ✗ holder ikke$/ });
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
