import { describe, expect, it } from 'vitest';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { budget } from '../brik-test-services.js';
import { fixed } from '../lsp/lsp-test-documents.js';
import { diagnosticsOf } from './expect-diagnostics.js';

const THOUSANDS = 'enhed 1.000 kr.\n  prisniveau 2024\n  år 2025..2028';
const text = (total: string) => budget(`tema "T" {\n  brik "A" omstilling drift 2025: -1_250\n  brik "B" omstilling drift 2025: -2_350\n  ${total}\n}`, THOUSANDS);

describe('a total that does not hold, written back into the source one way', () => {
    it('writes -3_600 whether the declared total was written -3500, -3_500 or -3.500', async () => {
        for (const declared of ['-3500', '-3_500', '-3.500']) {
            expect(await fixed(text(`total 2025: ${declared}`), IssueCodes.TotalMismatch)).toEqual([text('total 2025: -3_600')]);
        }
    });

    it('gives the computed figure in the message as the inlay hint prints it, and the fix as source', async () => {
        const [found] = (await diagnosticsOf(text('total 2025: -3500'))).filter(d => d.code === IssueCodes.TotalMismatch);
        expect(found.message).toBe('Totalen holder ikke: angivet -3500, beregnet -3.600 (drift, netto, 2025). Ret totalen til -3_600, eller ret de beløb, den summerer.');
    });
});
