import { describe, expect, it } from 'vitest';
import { brik, parse } from '../brik-test-services.js';

describe('brik/balance', () => {
    it('gives the drift balance of an operating budget, with its verdict', async () => {
        const document = await parse('budget "Drift" {\n  enhed mio. kr.  prisniveau 2023  år 2024..2025\n  brik "A" drift 2.8 permanent\n  brik "B" anlæg 10\n}\n', { validation: true });
        expect(await brik.lsp.BrikRequestHandler.balance({ uri: document.uri.toString() })).toEqual({
            budget: 'Drift', of: 'drift', text: '2,8', year: 2024, unit: 'mio. kr.', balanced: false, errors: 0
        });
    });

    it('gives an investeringsoversigt\'s anlæg netto, and no balance verdict', async () => {
        const document = await parse('budget "Investeringer" {\n  enhed 1.000 kr.  prisniveau 2023  år 2023..2026\n  brik "IT-investeringer" anlæg 2023..2026: 15_000\n  brik "Pulje" anlæg tidligere: 23_700, 2023: 1_870\n}\n', { validation: true });
        expect(await brik.lsp.BrikRequestHandler.balance({ uri: document.uri.toString() })).toEqual({
            budget: 'Investeringer', of: 'anlæg', text: '16.870', year: 2023, unit: '1.000 kr.', balanced: undefined, errors: 0
        });
    });
});
