import { describe, expect, it } from 'vitest';
import type { Budget } from '../../src/generated/ast.js';
import { periodOf } from '../../src/evaluation/totals.js';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { budget } from '../brik-test-services.js';
import { intervalText } from '../series-text.js';
import { VirtualWorkspace } from '../workspace/virtual-workspace.js';
import { diagnosticsOf, expectClean, expectOnly } from './expect-diagnostics.js';

const THOUSANDS = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2026';
const KRONER = 'enhed kr.\n  prisniveau 2023\n  år 2023..2026';

describe('thousands dots (§2)', () => {
    it.each([
        ['a one-line amount', 'brik "A" anlæg <|62.000|>', '62.000', '62_000', '62'],
        ['a profile', 'brik "A" anlæg 2023: 1_870, 2024: <|96.500|>', '96.500', '96_500', '96.5'],
        ['two dots', 'brik "A" anlæg 2023: <|1.355.700|>', '1.355.700', '1_355_700', undefined],
        ['both ends of a range', 'brik "A" drift <|15.000|>..<|315.800|>', '15.000', '15_000', '15'],
        ['a tidligere period', 'brik "A" anlæg tidligere: <|23.700|>, 2023: 1_870', '23.700', '23_700', '23.7'],
        ['an uomgængelig part', 'brik "A" uomgængelig <|1.130|> drift 2_000', '1.130', '1_130', '1.13'],
        ['a total', 'brik "A" drift 62_000\n  total <|62.000|>', '62.000', '62_000', '62'],
        ['a ramme', 'brik "A" uomgængelig drift 2_000\n  scenarie "S" { ramme <|15.000|> }', '15.000', '15_000', '15']
    ])('is one error at the amount in %s, offering the underscore', async (_, members, text, replacement, read) => {
        const found = await expectOnly(budget(members, THOUSANDS), IssueCodes.ThousandsDots);
        expect(found[0].message).toBe(`${text} er skrevet med tusindtalspunktum, men i Brik er punktum decimaltegn, ${read ? `så det ville blive læst som ${read}` : 'så det er ikke et tal'}. Skriv ${replacement}.`);
    });

    it('writes a printed range with thousands dots in one fix: 62.000-70.000 → 62_000..70_000', async () => {
        const [found] = await expectOnly(budget('brik "A" drift <|62.000-70.000|>', THOUSANDS), IssueCodes.RangeNotation);
        expect(found.message).toBe("Intervaller skrives med '..' i Brik: skriv 62_000..70_000.");
    });

    it('fires in a kr. budget, and on a negative amount', async () => {
        await expectOnly(budget('brik "A" omstilling drift <|-62.000|>', KRONER), IssueCodes.ThousandsDots);
    });

    it('reads the amount as meant, so that the totals are not 1000 times too small and nothing else fires', async () => {
        const source = budget('tema "T" {\n  brik "A" anlæg 2023: <|62.000|>\n  brik "B" anlæg 2023: <|1.355.700|>\n  total anlæg 2023: 1_417_700\n}', THOUSANDS);
        await expectOnly(source, IssueCodes.ThousandsDots);
    });

    it('advises the computed total with underscores when a dotted total disagrees', async () => {
        const found = await diagnosticsOf(budget('brik "A" anlæg 2023: 62_000\n  total anlæg 2023: 102.562', THOUSANDS));
        expect(found.map(d => [d.code, d.text])).toEqual([[IssueCodes.TotalMismatch, '102.562'], [IssueCodes.ThousandsDots, '102.562']]);
        expect(found[0].message).toBe('Totalen holder ikke: angivet 102.562, beregnet 62.000 (anlæg, netto, 2023). Ret totalen til 62_000, eller ret de beløb, den summerer.');
    });

    it('is not the magnitude warning: 96.500, 1.130, 62.000, 15.000 and 315.800 get one diagnostic each, the same one', async () => {
        const found = await diagnosticsOf(budget('brik "A" anlæg 2023: 96.500, 2024: 1.130, 2025: 62.000, 2026: 15.000\n  brik "B" drift 315.800', THOUSANDS));
        expect(found.map(d => [d.code, d.text])).toEqual(['96.500', '1.130', '62.000', '15.000', '315.800'].map(text => [IssueCodes.ThousandsDots, text]));
    });

    it.each([
        ['årsværk', 'brik "A" drift 1_000 årsværk 1.500', THOUSANDS],
        ['a prisindeks', 'prisindeks { 2023: 100.000  2024: 103.400 }\n  brik "A" drift 1_000', THOUSANDS],
        ['mio. kr.', 'brik "A" anlæg 2024: 0.735, 2025: 62.000', undefined],
        ['a decimal that is not three digits', 'brik "A" drift 1_250.5', THOUSANDS],
        ['amounts written with underscores', 'brik "A" anlæg tidligere: 23_700, 2023: 1_355_700', THOUSANDS]
    ])('does not fire for %s', async (_, members, header) => {
        await expectClean(budget(members, header));
    });

    it('follows a fragment\'s own enhed: fires in 1.000 kr. inside a mio. kr. budget, not in mio. kr. inside a 1.000 kr. one', async () => {
        const workspace = new VirtualWorkspace();
        const documents = await workspace.build({
            'mio.brik': 'budget "M" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2025\n  inkluder "it.brik"\n}\n',
            'it.brik': 'fragment {\nenhed 1.000 kr.\nbrik "IT" anlæg 2024: 15.000\n}\n',
            'tusind.brik': 'budget "T" {\n  enhed 1.000 kr.\n  prisniveau 2023\n  år 2024..2025\n  inkluder "del.brik"\n  brik "Egen" anlæg 2024: 1_000\n}\n',
            'del.brik': 'fragment {\nenhed mio. kr.\nbrik "Mio" anlæg 2025: 0.735\n}\n'
        });
        expect(workspace.problems('it.brik')).toEqual(['3: brik/thousands-dots: 15.000 er skrevet med tusindtalspunktum, men i Brik er punktum decimaltegn, så det ville blive læst som 15. Skriv 15_000.']);
        expect([workspace.problems('mio.brik'), workspace.problems('del.brik'), workspace.problems('tusind.brik')]).toEqual([[], [], []]);
        const totalsOf = (path: string) => workspace.brik.evaluation.Evaluator.totalsOf(documents[path].parseResult.value as Budget);
        // 15.000 read as 15_000 (1.000 kr.) is 15 mio. kr.; 0.735 mio. kr. is 735 (1.000 kr.).
        expect(intervalText(totalsOf('mio.brik').anlæg.netto[0])).toBe('15');
        expect(intervalText(periodOf(totalsOf('tusind.brik').anlæg.netto, 'samlet'))).toBe('1735');
    });
});

describe('tidligere and efterfølgende in profiles (§3)', () => {
    it('accepts them first and last, in either spelling', async () => {
        await expectClean(budget('brik "A" anlæg tidligere: 23_700, 2023: 1_870, efterfølgende: 793_999\n  brik "B" anlæg 2026: 1, efterfoelgende: 2', THOUSANDS));
    });

    it('reports tidligere that is not first', async () => {
        const [found] = await expectOnly(budget('brik "A" anlæg 2023: 1_870, <|tidligere|>: 23_700', THOUSANDS), IssueCodes.OuterPeriodOrder);
        expect(found.message).toBe("'tidligere' er årene før budgetperioden og skal stå først i profilen, fx 'tidligere: 23_700, 2023: 1_870'. Flyt 'tidligere: 23_700' forrest.");
    });

    it('reports efterfølgende that is not last', async () => {
        const [found] = await expectOnly(budget('brik "A" anlæg <|efterfølgende|>: 793_999, 2026: 209_500', THOUSANDS), IssueCodes.OuterPeriodOrder);
        expect(found.message).toBe("'efterfølgende' er årene efter budgetperioden og skal stå sidst i profilen, fx '2026: 209_500, efterfølgende: 793_999'. Flyt 'efterfølgende: 793_999' bagest.");
    });

    it('reports a second tidligere', async () => {
        await expectOnly(budget('brik "A" anlæg tidligere: 1, <|tidligere|>: 2', THOUSANDS), IssueCodes.OuterPeriodOrder);
    });

    it('reports efterfølgende together with permanent, at permanent', async () => {
        const [found] = await expectOnly(budget('brik "A" drift 2026: 5, efterfoelgende: 20 <|permanent|>', THOUSANDS), IssueCodes.AfterWithPermanent);
        expect(found.message).toBe("En linje kan ikke have både 'efterfoelgende' og 'permanent': 'efterfoelgende' er alle årene efter budgetperioden tilsammen, 'permanent' er et beløb i hvert af dem. Slet 'permanent', eller slet 'efterfoelgende: 20'.");
    });

    it('reports permanent after tidligere alone, which has no year to continue', async () => {
        const [found] = await expectOnly(budget('brik "A" drift tidligere: 3 <|permanent|>', THOUSANDS), IssueCodes.PermanentWithoutAmount);
        expect(found.message).toBe("'permanent' fortsætter det senest angivne års beløb, men der står intet år før det: 'tidligere' er årene før budgetperioden. Skriv fx 'drift tidligere: 3, 2024: 2.8 permanent'.");
    });

    it('accepts tidligere with permanent', async () => {
        await expectClean(budget('brik "A" drift tidligere: 3, 2023: 5 permanent', THOUSANDS));
    });
});

// Seed 003's investeringsoversigt, "Reservationspulje til større projekter" (1.000 kr.).
const RESERVATION = 'anlæg tidligere: 23_700, 2023: 1_870, 2024: 128_131, 2025: 198_500, 2026: 209_500, efterfølgende: 793_999';

describe('declared totals of the whole life, and in a brik (§4)', () => {
    it('holds the project\'s "Overslag i alt" 1.355.700 inside its brik, and its periods', async () => {
        await expectClean(budget(`brik "Reservationspulje til større projekter" {\n    ${RESERVATION}\n    total anlæg samlet: 1_355_700\n    total anlæg tidligere: 23_700\n    total anlæg efterfølgende: 793_999\n    total anlæg efterfoelgende: 793_999\n    total anlæg 2024: 128_131\n  }`, THOUSANDS));
    });

    it('reports a project total that does not hold, at the figure, about the brik alone', async () => {
        const [found] = await expectOnly(budget(`brik "A" anlæg 2023: 5\n  brik "Reservationspulje" {\n    ${RESERVATION}\n    total anlæg samlet: <|1_355_600|>\n  }`, THOUSANDS), IssueCodes.TotalMismatch);
        expect(found.message).toBe('Totalen holder ikke: angivet 1_355_600, beregnet 1.355.700 (anlæg, netto, samlet). Ret totalen til 1_355_700, eller ret de beløb, den summerer.');
    });

    it('checks samlet, tidligere and efterfølgende of a tema, with permanent left out of samlet', async () => {
        const source = budget('tema "T" {\n  brik "A" anlæg tidligere: 10, 2023: 1 permanent\n  brik "B" anlæg 2026: 2, efterfølgende: 100\n  total anlæg samlet: 116\n  total anlæg tidligere: 10\n  total anlæg efterfølgende: 100\n  total anlæg permanent: 1\n  total anlæg samlet: <|117|>\n}', THOUSANDS);
        const [found] = await expectOnly(source, IssueCodes.TotalMismatch);
        // 10 before, 1 in each of 2023–2026, 2 in 2026 and 100 after: 116; the permanent 1 is not part of it.
        expect(found.message).toContain('angivet 117, beregnet 116 (anlæg, netto, samlet)');
    });

    it('says when a drift total holds exactly as anlæg, and offers to insert anlæg', async () => {
        const [found] = await expectOnly(budget('brik "A" anlæg 2023: 90_000\n  total 2023: <|90_000|>', THOUSANDS), IssueCodes.TotalMismatch);
        expect(found.message).toBe("Totalen holder ikke i drift: angivet 90_000, beregnet 0 (drift, netto, 2023). I anlæg holder den præcis: skriv 'total anlæg 2023: 90_000', eller ret totalen til 0.");
    });

    it('says when an anlæg total holds exactly as drift', async () => {
        const [found] = await expectOnly(budget('brik "A" drift 2024: 2.8\n  total anlæg opdrift 2024: <|2.8|>'), IssueCodes.TotalMismatch);
        expect(found.message).toBe("Totalen holder ikke i anlæg: angivet 2.8, beregnet 0,0 (anlæg, opdrift, 2024). I drift holder den præcis: skriv 'total opdrift 2024: 2.8', eller ret totalen til 0.0.");
    });

    it('does not mention the other budget where the figure holds in neither', async () => {
        const [found] = await expectOnly(budget('brik "A" anlæg 2023: 90_000\n  total 2023: <|80_000|>', THOUSANDS), IssueCodes.TotalMismatch);
        expect(found.message).not.toContain('anlæg');
    });

    it('reads a total in a brik block without a knock-on error at the closing brace', async () => {
        const found = await diagnosticsOf(budget('brik "A" {\n    anlæg 2023: 5\n    total anlæg 2023: 5\n  }\n  brik "B" drift 1', THOUSANDS));
        expect(found).toEqual([]);
    });
});
