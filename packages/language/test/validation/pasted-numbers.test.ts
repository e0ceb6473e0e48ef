import { AstUtils } from 'langium';
import { expectHover } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/evaluation/exact-decimal.js';
import { yearlyPeriods } from '../../src/evaluation/totals.js';
import { isItem } from '../../src/generated/ast.js';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { asBrikAmount, PASTED_GROUP_SPACES, PASTED_MINUS_SIGNS } from '../../src/text/pasted-text.js';
import { brik, budget, parse } from '../brik-test-services.js';
import { fixed, identifier, open } from '../lsp/lsp-test-documents.js';
import { diagnosticsOf, expectOnly } from './expect-diagnostics.js';

/** The netto of every brik, per year and permanent, as exact decimal strings. */
async function netto(text: string): Promise<Record<string, string[]>> {
    const document = await parse(text);
    const items = AstUtils.streamAllContents(document.parseResult.value).filter(isItem).toArray();
    // The years and permanent: what these tests state (samlet follows from them).
    return Object.fromEntries(items.map(item => [item.name, yearlyPeriods(brik.evaluation.Evaluator.totalsOf(item).drift.netto)
        .map(i => i.min.eq(i.max) ? i.min.toFixed() : `${i.min.toFixed()}..${i.max.toFixed()}`)]));
}

const THOUSANDS = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2024..2027';
const INDKOEB = 'brik "Neurorehabilitering" drift 5 permanent\nbrik "Bedre indkøb" omstilling drift −3.4 permanent';

describe('a minus pasted from Word or a PDF (LANGUAGE.md §11)', () => {
    it('reads −3.4 (U+2212) as -3.4 in every year, and the balance as 1.6, not 8.4', async () => {
        expect(await netto(budget(INDKOEB))).toEqual({
            'Neurorehabilitering': ['5', '5', '5', '5', '5'],
            'Bedre indkøb': ['-3.4', '-3.4', '-3.4', '-3.4', '-3.4']
        });
        const document = await parse(budget(INDKOEB));
        expect(yearlyPeriods(brik.evaluation.Evaluator.totalsOf(document.parseResult.value).drift.netto).map(i => i.min.toFixed())).toEqual(['1.6', '1.6', '1.6', '1.6', '1.6']);
    });

    it('warns at the sign alone, with the figure read, and fixes it to -', async () => {
        const [found] = await expectOnly(budget('brik "Bedre indkøb" omstilling drift <|−|>3.4 permanent'), IssueCodes.PastedMinus, 'warning');
        expect(found.message).toBe("Minustegnet '−' (U+2212) foran tallet er læst som minus: beløbet er -3.4. Skriv minus som '-', fx -3.4.");
        expect(await fixed(budget('brik "Bedre indkøb" omstilling drift −3.4 permanent'), IssueCodes.PastedMinus))
            .toEqual([budget('brik "Bedre indkøb" omstilling drift -3.4 permanent')]);
    });

    it('shows -3,4 on hover and Σ 2024: 1,6 as the inlay hint', async () => {
        const text = budget(INDKOEB);
        await expectHover(brik)({ text: text.replace('−3.4', '<|>−3.4'), index: 0, hover: '**-3,4 mio. kr.** (P/L-2023) = -3.400.000 kr.' });
        const document = await open(text);
        const hints = await brik.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: identifier(document), range: document.whole });
        expect(hints?.map(hint => hint.label)).toEqual(['Σ 2024: 1,6']);
    });

    it.each(PASTED_MINUS_SIGNS.map(sign => [sign.character, sign.character.charCodeAt(0).toString(16).toUpperCase()]))('reads %s (U+%s) before a number as minus, never as plus or nothing', async sign => {
        expect(await netto(budget(`brik "A" drift ${sign}3.4 permanent`))).toEqual({ A: ['-3.4', '-3.4', '-3.4', '-3.4', '-3.4'] });
        await expectOnly(budget(`brik "A" drift <|${sign}|>3.4 permanent`), IssueCodes.PastedMinus, 'warning');
    });

    it('reads an en dash as minus where no range can be meant: after a year, after .., and spaced as PDFs print it', async () => {
        expect(await netto(budget('brik "A" drift 2024: –1, 2025..2026: – 2\nbrik "B" drift –3..–1'))).toEqual({
            A: ['-1', '-2', '-2', '0', '0'],
            B: ['-3..-1', '0', '0', '0', '0']
        });
        const found = await diagnosticsOf(budget('brik "A" drift 2025: – 2'));
        expect(found.map(({ code, text }) => ({ code, text }))).toEqual([{ code: IssueCodes.PastedMinus, text: '– ' }]);
        expect(await fixed(budget('brik "A" drift 2025: – 2'), IssueCodes.PastedMinus)).toEqual([budget('brik "A" drift 2025: -2')]);
    });

    it('reads - 3.4, Brik\'s own minus parted from its number by a space, as -3.4 with a warning, not as 3.4', async () => {
        expect(await netto(budget('brik "A" drift - 3.4 permanent'))).toEqual({ A: ['-3.4', '-3.4', '-3.4', '-3.4', '-3.4'] });
        const [found] = await expectOnly(budget('brik "A" drift <|- |>3.4 permanent'), IssueCodes.PastedMinus, 'warning');
        expect(found.message).toBe('Der står mellemrum mellem minus og tallet; det er læst som -3.4. Skriv minus direkte foran tallet: -3.4.');
        expect(await fixed(budget('brik "A" drift - 3.4 permanent'), IssueCodes.PastedMinus)).toEqual([budget('brik "A" drift -3.4 permanent')]);
    });

    it('keeps an en dash after a number a range, as before: 0 –10 and 0–10 are 0..10', async () => {
        await expectOnly(budget('brik "A" drift <|0 –10|>\nbrik "B" drift <|0–10|>'), IssueCodes.RangeNotation);
        expect(await netto(budget('brik "A" drift 0 –10'))).toEqual({ A: ['0..10', '0', '0', '0', '0'] });
    });

    it.each(PASTED_MINUS_SIGNS.map(sign => [sign.character, sign.character.codePointAt(0)!.toString(16).toUpperCase()]))(
        'reads 0%s10 (U+%s between two numbers, as PDFs print a range) as the range 0..10, with one error and the fix 0..10', async dash => {
            const text = budget(`brik "A" drift <|0${dash}10|> permanent\ntotal 2024: 0..10`);
            const [found] = await expectOnly(text, IssueCodes.RangeNotation);
            expect(found.message).toBe("Intervaller skrives med '..' i Brik: skriv 0..10.");
            expect(await netto(budget(`brik "A" drift 0${dash}10 permanent`))).toEqual({ A: ['0..10', '0..10', '0..10', '0..10', '0..10'] });
            expect(await fixed(budget(`brik "A" drift 0${dash}10 permanent`), IssueCodes.RangeNotation)).toEqual([budget('brik "A" drift 0..10 permanent')]);
        });

    it('offers -3..4 for a range printed −3 – 4', async () => {
        expect(await fixed(budget('brik "A" drift −3 – 4'), IssueCodes.RangeNotation)).toEqual([budget('brik "A" drift -3..4')]);
    });

    it('does not tell the user to delete a minus that stands apart from a number', async () => {
        const [found] = await diagnosticsOf(budget('brik "A" drift −'));
        expect(found.message).toBe("Brik kan ikke læse tegnet '−' (U+2212) her. Er det et minus, så skriv '-' direkte foran tallet, fx -3.4; er det et interval, så skriv '..', fx 0..10.");
        const [hyphen] = await diagnosticsOf(budget('brik "A" drift 0 - 10'));
        expect(hyphen).toMatchObject({ code: IssueCodes.UnknownCharacter, text: '-', message: "Brik kan ikke læse tegnet '-' (U+002D) her. Er det et minus, så skriv '-' direkte foran tallet, fx -3.4; er det et interval, så skriv '..', fx 0..10." });
    });
});

describe('digit groups split by a space (LANGUAGE.md §11)', () => {
    it('reads 1 250 with a no-break space as 1250 in every year and permanent, with a warning and the fix 1_250', async () => {
        const text = budget('brik "A" drift 1\u00A0250 permanent', THOUSANDS);
        expect(await netto(text)).toEqual({ A: ['1250', '1250', '1250', '1250', '1250'] });
        const [found] = await expectOnly(budget('brik "A" drift <|1\u00A0250|> permanent', THOUSANDS), IssueCodes.PastedDigitSpace, 'warning');
        expect(found.message).toBe("Tallet 1\u00A0250 har et hårdt mellemrum (U+00A0) mellem cifrene og er læst som 1250. Brik skiller cifre med '_': skriv 1_250.");
        expect(await fixed(text, IssueCodes.PastedDigitSpace)).toEqual([budget('brik "A" drift 1_250 permanent', THOUSANDS)]);
    });

    it.each(PASTED_GROUP_SPACES.map(space => [space.character.charCodeAt(0).toString(16).toUpperCase(), space.character]))('reads U+%s between digit groups as _', async (_hex, space) => {
        expect(await netto(budget(`brik "A" drift 1${space}000${space}000.5`, THOUSANDS))).toEqual({ A: ['1000000.5', '0', '0', '0', '0'] });
        await expectOnly(budget(`brik "A" drift <|1${space}000${space}000|>.5`, THOUSANDS), IssueCodes.PastedDigitSpace, 'warning');
    });

    it('gives a plain space between digit groups a targeted error offering 1_250, and keeps the figure whole', async () => {
        const text = budget('brik "A" drift 1 250 permanent', THOUSANDS);
        const [found] = await expectOnly(budget('brik "A" drift <|1 250|> permanent', THOUSANDS), IssueCodes.SpaceInNumber);
        expect(found.message).toBe("Der står et mellemrum mellem cifrene i 1 250. Brik skiller cifre med '_': skriv 1_250, hvis det er ét tal.");
        expect(await fixed(text, IssueCodes.SpaceInNumber)).toEqual([budget('brik "A" drift 1_250 permanent', THOUSANDS)]);
        expect(await netto(text)).toEqual({ A: ['1250', '1250', '1250', '1250', '1250'] });
    });

    it('keeps profiles whose periods are split by spaces: 2024: 3 2025: 4, and 2024: 100 2025: 200', async () => {
        const text = budget('brik "A" drift 2024: 3 2025: 4\nbrik "B" drift 2024: 100 2025: 200 permanent\nbrik "C" drift 2024: 1\u00A02025: 2', THOUSANDS);
        expect(await diagnosticsOf(text)).toEqual([]);
        expect(await netto(text)).toEqual({ A: ['3', '4', '0', '0', '0'], B: ['100', '200', '200', '200', '200'], C: ['1', '2', '0', '0', '0'] });
    });

    it('reads enhed 1 000 kr. (no-break space) as 1.000 kr., with the fix 1_000', async () => {
        const text = budget('brik "A" drift 1_250', 'enhed 1\u00A0000 kr.\n  prisniveau 2023\n  år 2024..2027');
        expect((await diagnosticsOf(text)).map(d => [d.code, d.text])).toEqual([[IssueCodes.PastedDigitSpace, '1\u00A0000']]);
        const document = await parse(text);
        expect(brik.evaluation.Evaluator.header(document.parseResult.value).unit?.label).toBe('1.000 kr.');
    });

    it('fixes a minus and the digit groups of one amount with one text, the whole amount as read: −1 250 → -1_250', async () => {
        const text = budget('brik "A" drift −1\u00A0250', THOUSANDS);
        expect(await netto(text)).toEqual({ A: ['-1250', '0', '0', '0', '0'] });
        expect((await diagnosticsOf(text)).map(d => d.text)).toEqual(['−', '1\u00A0250']);
        expect(await fixed(text, IssueCodes.PastedMinus)).toEqual([budget('brik "A" drift -1_250', THOUSANDS)]);
        expect(await fixed(text, IssueCodes.PastedDigitSpace)).toEqual([budget('brik "A" drift -1_250', THOUSANDS)]);
    });
});

describe('asBrikAmount and parseAmount: one table for every reader', () => {
    it.each([
        ['−3.4', '-3.4', '-3.4'],
        ['– 3,4', '-3,4', '-3.4'],
        ['1\u202F250\u202F000', '1_250_000', '1250000'],
        ['1 250.5', '1_250.5', '1250.5'],
        ['-3.4', '-3.4', '-3.4'],
        ['- 3.4', '-3.4', '-3.4'],
        ['2.8', '2.8', '2.8']
    ])('%s is written %s and read as %s', (text, written, value) => {
        expect(asBrikAmount(text)).toBe(written);
        expect(parseAmount(text)?.toFixed()).toBe(value);
    });
});

describe('a leading zero (issue 22: -019 was a deleted point in -0.19)', () => {
    it('warns at -019, read as -19, saying what to check, and offers no fix that would guess a figure', async () => {
        const text = budget('brik "A" drift 2024: <|-019|>, 2025: 0.19\nbrik "B" drift <|007.5|>..8\nbrik "C" drift 0..0_5 permanent\nbrik "D" drift 0 permanent');
        const found = await expectOnly(text.replace('0..0_5', '0..<|0_5|>'), IssueCodes.LeadingZero, 'warning');
        expect(found.map(f => f.message)).toEqual([
            '-019 begynder med et nul og er læst som -19. Er et komma eller punktum faldet ud, fx -0.19? Tjek tallet i kilden, og skriv det uden nul foran.',
            '007.5 begynder med et nul og er læst som 7.5. Er et komma eller punktum faldet ud? Tjek tallet i kilden, og skriv det uden nul foran.',
            '0_5 begynder med et nul og er læst som 5. Er et komma eller punktum faldet ud, fx 0.5? Tjek tallet i kilden, og skriv det uden nul foran.'
        ]);
        expect(await netto(budget('brik "A" drift 2024: -019'))).toEqual({ A: ['-19', '0', '0', '0', '0'] });
        expect(await fixed(budget('brik "A" drift 2024: -019'), IssueCodes.LeadingZero)).toEqual([]);
    });

    it('reads a pasted minus before a leading zero the same way: –019', async () => {
        const codes = (await diagnosticsOf(budget('brik "A" drift –019'))).map(d => d.code);
        expect(codes.sort()).toEqual([IssueCodes.LeadingZero, IssueCodes.PastedMinus].sort());
    });
});
