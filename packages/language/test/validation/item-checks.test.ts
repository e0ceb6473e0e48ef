import { describe, expect, it } from 'vitest';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { budget } from '../brik-test-services.js';
import { fixed } from '../lsp/lsp-test-documents.js';
import { diagnosticsOf, expectOnly } from './expect-diagnostics.js';

describe('a saving not marked omstilling (brik/omstilling-missing)', () => {
    it('warns at the name of a brik whose every amount is negative, and offers to mark it', async () => {
        const [found] = await expectOnly(budget('brik <|"Bedre indkøb"|> drift -3.4 permanent'), IssueCodes.OmstillingMissing, 'warning');
        expect(found.message).toBe("Brikken \"Bedre indkøb\" har kun negative beløb, men er ikke markeret 'omstilling', så den tælles som opdrift. Skriv 'omstilling', hvis den sparer; 'finansiering' i stedet for 'brik', hvis den er en indtægt; eller tjek fortegnet.");
        expect(await fixed(budget('brik "Bedre indkøb" drift -3.4 permanent'), IssueCodes.OmstillingMissing))
            .toEqual([budget('brik "Bedre indkøb" omstilling drift -3.4 permanent')]);
        await expectOnly(budget('brik <|"Salg af grund"|> anlæg 2024: -12 {\n  drift 2025: -0.5\n}'), IssueCodes.OmstillingMissing, 'warning');
    });

    it('leaves alone an omstilling, a financing item, a brik with a positive amount, its own financing and a brik of 0', async () => {
        for (const members of [
            'brik "A" omstilling drift -3.4',
            'finansiering "Råderum" drift -111',
            'brik "Netto" drift 2024: 2, 2025: -1',
            'brik "Interval" drift -1..1',
            'brik "Egen finansiering" drift 2 { finansiering -2 }',
            'brik "Nul" drift 0'
        ]) {
            expect((await diagnosticsOf(budget(members), { advice: true })).map(d => d.code)).toEqual([]);
        }
    });
});
