import { describe, expect, it } from 'vitest';
import { brik } from '../brik-test-services.js';
import { identifier, INVESTERINGER, open } from './lsp-test-documents.js';
import { NORDJYLLAND } from './nordjylland-snippet.js';

async function hints(text: string) {
    const document = await open(text);
    const found = await brik.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: identifier(document), range: document.whole });
    return (found ?? []).map(hint => ({
        label: hint.label,
        after: document.textDocument.getText({ start: { line: hint.position.line, character: 0 }, end: hint.position }).trim()
    }));
}


describe('BrikInlayHintProvider', () => {
    it('puts the budget-year netto after each container\'s brace', async () => {
        expect(await hints(NORDJYLLAND)).toEqual([
            { label: 'Σ 2024: -96,0\u00A0–\u00A0-84,4', after: 'budget "Budget 2024 – Region Nordjylland" {' },
            { label: 'Σ 2024: 15,0–26,6', after: 'område "Sundhedsområdet" {' },
            { label: 'Σ 2024: 15,0–26,6', after: 'tema "1.1" "Kapacitetspres, arbejdsmiljø og rekruttering" {' }
        ]);
    });

    it('gives a container that holds only anlæg its anlæg netto, and one with drift its drift as before', async () => {
        expect(await hints(INVESTERINGER)).toEqual([
            { label: 'Σ 2023: 100', after: 'budget "Investeringsoversigt" {' },
            { label: 'Σ 2023: 100', after: 'område "Sundhedsområdet" {' },
            { label: 'Σ anlæg 2023: 18.500', after: 'tema "Fælles puljer" {' },
            { label: 'Σ 2023: 100', after: 'tema "Drift" {' }
        ]);
    });

    it('shows the computed figure beside a declared total only when it differs', async () => {
        const wrong = NORDJYLLAND.replace('total opdrift 15.0..26.6', 'total opdrift 15.0..26.5');
        expect((await hints(wrong)).filter(hint => hint.after.startsWith('total'))).toEqual([
            { label: '≠ 15,0–26,6', after: 'total opdrift 15.0..26.5' }
        ]);
    });

    it('gives no container hints without år, and an unknown figure, not 0, for an amount that cannot be read', async () => {
        expect(await hints('budget "B" { enhed mio. kr. tema "T" { brik "A" drift 1 } }')).toEqual([]);
        expect(await hints('budget "B" { år 2024 tema "T" { brik "A" drift')).toEqual([
            { label: 'Σ 2024: ukendt', after: 'budget "B" {' }, { label: 'Σ 2024: ukendt', after: 'budget "B" { år 2024 tema "T" {' }
        ]);
    });
});

describe('BrikInlayHintProvider after a ramme', () => {
    it('shows the room left in the tightest year, or the largest excess', async () => {
        const withFrame = (ramme: string) => NORDJYLLAND.replace('  finansiering "Råderum', `  scenarie "S" { medtag "Neurorehabilitering" ramme ${ramme} }\n  finansiering "Råderum`).replace('drift -111', 'drift -111 permanent');
        expect((await hints(withFrame('0'))).filter(h => h.after.includes('ramme'))).toEqual([{ label: 'råderum 2024: 108,2', after: 'scenarie "S" { medtag "Neurorehabilitering" ramme 0' }]);
        expect((await hints(withFrame('-110'))).filter(h => h.after.includes('ramme'))).toEqual([{ label: 'overskredet 2024: 1,8', after: 'scenarie "S" { medtag "Neurorehabilitering" ramme -110' }]);
    });
});
