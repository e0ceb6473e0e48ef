import { describe, expect, it } from 'vitest';
import { brik, budget } from '../brik-test-services.js';
import { fixes, identifier, open } from './lsp-test-documents.js';

describe('BrikCodeActionProvider', () => {
    it('writes the computed total', async () => {
        const [fix] = await fixes(budget('tema "T" {\n brik "A" drift 9.4\n brik "B" drift 3.0\n brik "C" drift 4.0\n total opdrift 16.5\n}'));
        expect(fix.title).toBe('Skriv den beregnede total: 16.4');
        expect(fix.result).toContain('total opdrift 16.4\n');
    });

    it('replaces a decimal comma, offering both readings of 12,000', async () => {
        const [fix] = await fixes(budget('brik "A" drift 2,8 permanent'));
        expect(fix).toEqual({ title: 'Skriv 2.8', result: budget('brik "A" drift 2.8 permanent') });
        const both = await fixes(budget('brik "A" omstilling drift -12,000', 'enhed 1.000 kr.\n  prisniveau 2024\n  år 2024'));
        // In 1.000 kr. `-12.000` would be -12000 while `-12,000` is read as -12: no fix may write it, and none is preferred.
        expect(both.map(f => f.title)).toEqual(['Skriv -12000', 'Skriv -12']);
        const document = await open(budget('brik "A" omstilling drift -12,000', 'enhed 1.000 kr.\n  prisniveau 2024\n  år 2024'));
        const actions = await brik.lsp.CodeActionProvider!.getCodeActions(document, { textDocument: identifier(document), range: document.whole, context: { diagnostics: document.diagnostics ?? [] } }) ?? [];
        expect(actions.map(action => 'isPreferred' in action && action.isPreferred)).toEqual([false, false]);
    });

    it('writes thousands dots as underscores: 62.000 → 62_000, 1.355.700 → 1_355_700', async () => {
        const header = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2026';
        expect(await fixes(budget('brik "A" anlæg 2023: 62.000', header))).toEqual([{ title: 'Skriv 62_000', result: budget('brik "A" anlæg 2023: 62_000', header) }]);
        expect(await fixes(budget('brik "A" anlæg tidligere: 1.355.700', header))).toEqual([{ title: 'Skriv 1_355_700', result: budget('brik "A" anlæg tidligere: 1_355_700', header) }]);
    });

    it('offers the budget keyword under which a total holds exactly, before the computed figure', async () => {
        const header = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2026';
        expect(await fixes(budget('brik "A" anlæg 2023: 90_000\n  total 2023: 90_000', header))).toEqual([
            { title: "Indsæt 'anlæg': totalen holder i anlægsbudgettet", result: budget('brik "A" anlæg 2023: 90_000\n  total anlæg 2023: 90_000', header) },
            { title: 'Skriv den beregnede total: 0', result: budget('brik "A" anlæg 2023: 90_000\n  total 2023: 0', header) }
        ]);
        expect((await fixes(budget('brik "A" drift 2.8\n  total anlaeg netto 2.8')))[0]).toEqual(
            { title: "Slet 'anlaeg': totalen holder i driftsbudgettet", result: budget('brik "A" drift 2.8\n  total netto 2.8') });
    });

    it('moves tidligere to the front and efterfølgende to the end of a profile', async () => {
        expect(await fixes(budget('brik "A" anlæg 2024: 1.9, 2025: 5, tidligere: 23.7'))).toEqual([
            { title: "Flyt 'tidligere: 23.7' forrest", result: budget('brik "A" anlæg tidligere: 23.7, 2024: 1.9, 2025: 5') }
        ]);
        expect(await fixes(budget('brik "A" anlæg efterfølgende: 794, 2026: 209.5, 2027: 1'))).toEqual([
            { title: "Flyt 'efterfølgende: 794' bagest", result: budget('brik "A" anlæg 2026: 209.5, 2027: 1, efterfølgende: 794') }
        ]);
        expect(await fixes(budget('brik "A" anlæg tidligere: 1, tidligere: 2'))).toEqual([]);
    });

    it('removes permanent from a line with efterfølgende', async () => {
        expect(await fixes(budget('brik "A" anlæg 2027: 5, efterfølgende: 20 permanent'))).toEqual([
            { title: "Slet 'permanent'", result: budget('brik "A" anlæg 2027: 5, efterfølgende: 20') }
        ]);
    });

    it('swaps a reversed range and rewrites a printed one', async () => {
        expect((await fixes(budget('brik "A" drift 10..0')))[0]).toEqual({ title: 'Vend intervallet: 0..10', result: budget('brik "A" drift 0..10') });
        expect((await fixes(budget('brik "A" drift 0,0-10,0')))[0]).toEqual({ title: 'Skriv intervallet som 0.0..10.0', result: budget('brik "A" drift 0.0..10.0') });
    });

    it('drops a year outside år from a profile, with its comma', async () => {
        expect(await fixes(budget('brik "A" drift 2024: 1, 2028: 2, 2025: 3'))).toEqual([
            { title: 'Slet 2028: 2', result: budget('brik "A" drift 2024: 1, 2025: 3') }
        ]);
        expect(await fixes(budget('brik "A" drift 2023: 1, 2024: 3'))).toEqual([
            { title: 'Slet 2023: 1', result: budget('brik "A" drift 2024: 3') }
        ]);
        expect(await fixes(budget('brik "A" drift 2030: 1'))).toEqual([]);
    });

    it('suggests the amount in the budget\'s unit, and adds a missing setting', async () => {
        expect((await fixes(budget('brik "A" drift 2455000')))[0].result).toBe(budget('brik "A" drift 2.455'));
        const [add] = await fixes('budget "B" {\n  prisniveau 2023\n  år 2024\n}\n');
        expect(add).toEqual({ title: "Tilføj 'enhed mio. kr.'", result: 'budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024\n}\n' });
    });
});
