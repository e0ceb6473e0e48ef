import { describe, expect, it } from 'vitest';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { budget } from '../brik-test-services.js';
import { diagnosticsOf, expectClean, expectOnly } from './expect-diagnostics.js';

const THOUSANDS = 'enhed 1.000 kr.\n  prisniveau 2024\n  år 2024..2027';

describe('amounts', () => {
    it('reports a Danish decimal comma and offers the point', async () => {
        const [found] = await expectOnly(budget('brik "A" drift <|2,8|> permanent'), IssueCodes.CommaDecimal);
        expect(found.message).toBe('Brik skriver decimaltal med punktum: skriv 2.8 i stedet for 2,8.');
    });

    it('reads periods separated by a comma without a space as periods, not as a decimal comma', async () => {
        await expectClean(budget('brik "A" drift 2024: 3,2025: 4 permanent'));
    });

    it.each([
        ['drift <|10..0|>', 'Intervallet 10..0 er vendt om: minimum er større end maksimum. Skriv 0..10.'],
        ['drift <|-2..-5|>', 'Intervallet -2..-5 er vendt om: minimum er større end maksimum. Skriv -5..-2.']
    ])('reports the reversed range in %s', async (line, message) => {
        const [found] = await expectOnly(budget(`brik "A" ${line}`), IssueCodes.RangeReversed);
        expect(found.message).toBe(message);
    });

    it.each(['drift 0..10', 'drift -5..-2', 'drift 2..2'])('accepts the range in %s', async line => {
        await expectClean(budget(`brik "A" ${line}`));
    });

    it.each([
        ['<|0-10|>', '0..10'],
        ['<|0,0-10,0|>', '0.0..10.0'],
        ['<|25–50|>', '25..50'],
        ['<|0 – 1.6|>', '0..1.6']
    ])('rewrites the printed range %s as %s', async (range, replacement) => {
        const [found] = await expectOnly(budget(`brik "A" drift ${range} permanent`), IssueCodes.RangeNotation);
        expect(found.message).toBe(`Intervaller skrives med '..' i Brik: skriv ${replacement}.`);
    });

    it('warns about an amount in kroner in a mio. kr. budget, suggesting 2.455', async () => {
        const [found] = await expectOnly(budget('brik "A" drift <|2455000|>'), IssueCodes.SuspiciousMagnitude, 'warning');
        expect(found.message).toContain('mente du 2.455?');
    });

    it('warns about a mio. kr. figure in a 1.000 kr. budget', async () => {
        const [found] = await expectOnly(budget('brik "A" drift <|2.8|>', THOUSANDS), IssueCodes.SuspiciousMagnitude, 'warning');
        expect(found.message).toContain('mente du 2800?');
    });

    it.each([
        ['brik "A" drift 2.455', undefined],
        ['brik "A" drift 2455', THOUSANDS],
        ['brik "A" årsværk 12000', undefined],
        ['brik "A" drift 9999', undefined]
    ])('accepts the plausible amount in %s', async (line, header) => {
        await expectClean(budget(line, header));
    });
});

describe('profiles', () => {
    it('reports a year outside år', async () => {
        const [found] = await expectOnly(budget('brik "A" drift 2024: 1, <|2028|>: 2'), IssueCodes.YearOutside);
        expect(found.message).toBe("2028 ligger uden for budgettets år 2024..2027. Ret året, slet det, eller udvid 'år' i budgettets hoved.");
    });

    it('reports a year that is not a year', async () => {
        await expectOnly(budget('brik "A" drift <|20245|>: 2'), IssueCodes.InvalidYear);
    });

    it('reports years that do not increase', async () => {
        const [found] = await expectOnly(budget('brik "A" drift 2025: 1, <|2024|>: 2'), IssueCodes.YearsNotIncreasing);
        expect(found.message).toBe('Årene i en profil skal stå i stigende rækkefølge, men 2024 kommer efter 2025. Skriv årene i rækkefølge, hvert år én gang.');
    });

    it('reports a reversed period and a repeated year', async () => {
        await expectOnly(budget('brik "A" drift <|2025..2024: 1|>'), IssueCodes.YearsNotIncreasing);
        await expectOnly(budget('brik "A" drift 2024..2025: 1, <|2025|>: 2'), IssueCodes.YearsNotIncreasing);
    });

    it('accepts increasing years and periods', async () => {
        await expectClean(budget('brik "A" drift 2024: 1, 2025..2026: 2, 2027: 3 permanent'));
    });

    it('reports permanent without an amount before it', async () => {
        const [found] = await expectOnly(budget('brik "A" drift <|permanent|>'), IssueCodes.PermanentWithoutAmount);
        expect(found.message).toBe("'permanent' fortsætter det senest angivne beløb, men der står intet beløb før det. Skriv fx 'drift 2.8 permanent'.");
    });
});

describe('the budget header', () => {
    it.each([
        ['enhed', 'prisniveau 2023\n  år 2024..2027', "Budgettet mangler 'enhed'. Skriv fx 'enhed mio. kr.' øverst i budgettet."],
        ['prisniveau', 'enhed mio. kr.\n  år 2024..2027', "Budgettet mangler 'prisniveau'. Skriv fx 'prisniveau 2023' øverst i budgettet."],
        ['år', 'enhed mio. kr.\n  prisniveau 2023', "Budgettet mangler 'år'. Skriv fx 'år 2024..2027' øverst i budgettet."]
    ])('reports a missing %s at the budget name', async (_, header, message) => {
        const found = await diagnosticsOf(budget('brik "A" drift 1', header));
        expect(found).toEqual([{ code: IssueCodes.SettingMissing, severity: 'error', text: '"Test"', message }]);
    });

    it('reports a repeated setting', async () => {
        await expectOnly(budget('', 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n  <|enhed kr.|>'), IssueCodes.SettingRepeated);
    });

    it('reports more than 10 years, and accepts 10', async () => {
        const [found] = await expectOnly(budget('', 'enhed mio. kr.\n  prisniveau 2023\n  <|år 2024..2034|>'), IssueCodes.TooManyYears);
        expect(found.message).toBe("Et budget har højst 10 år, men 'år 2024..2034' giver 11. Skriv fx 'år 2024..2033'.");
        await expectClean(budget('', 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2033'));
    });

    it('reports years written backwards', async () => {
        await expectOnly(budget('', 'enhed mio. kr.\n  prisniveau 2023\n  <|år 2027..2024|>'), IssueCodes.YearsReversed);
    });

    it('reports a price level that is not a year', async () => {
        await expectOnly(budget('', 'enhed mio. kr.\n  prisniveau <|23|>\n  år 2024'), IssueCodes.InvalidYear);
    });

    it.each(['mio. kr.', '1.000 kr.', '1000 kr.', 'kr.'])('accepts the unit %s', async unit => {
        await expectClean(budget('', `enhed ${unit}\n  prisniveau 2023\n  år 2024`));
    });

    it('reports an unknown unit', async () => {
        await expectOnly(budget('', 'enhed <|10 kr.|>\n  prisniveau 2023\n  år 2024'), IssueCodes.UnknownUnit);
    });
});

describe('names', () => {
    it('reports a second item with the same name in its container, pointing at the first', async () => {
        const [found] = await expectOnly(budget('tema "T" {\n  brik "A" drift 1\n  finansiering <|"A"|> drift -1\n}'), IssueCodes.DuplicateName);
        expect(found.message).toMatch(/^Navnet "A" bruges allerede i linje 6, i samme tema\./);
        // In another container the name is another brik's (§3).
        await expectClean(budget('brik "A" drift 1\ntema "T" { finansiering "A" drift -1 }'));
    });

    it('reports a repeated theme number', async () => {
        await expectOnly(budget('tema "1.1" "A" { brik "X" drift 1 }\ntema <|"1.1"|> "B" { brik "Y" drift 1 }'), IssueCodes.DuplicateThemeNumber);
    });

    it.each([
        ['brik <|""|> drift 1', 'Brikken har intet navn.'],
        ['finansiering <|"  "|> drift -1', 'Finansieringspunktet har intet navn.'],
        ['tema "1.1" <|""|> { brik "A" drift 1 }', 'Temaet har intet navn.'],
        ['område <|""|> { brik "A" drift 1 }', 'Området har intet navn.']
    ])('reports the blank name in %s', async (line, start) => {
        const [found] = await expectOnly(budget(line), IssueCodes.EmptyName);
        expect(found.message).toBe(`${start} Skriv navnet mellem anførselstegnene, fx "Neurorehabilitering".`);
    });

    it('accepts distinct names and themes without numbers', async () => {
        await expectClean(budget('tema "A" { brik "X" drift 1 }\ntema "B" { brik "Y" drift 1 }'));
    });
});

describe('declared totals', () => {
    const parts = 'brik "Helårsvirkninger" drift 9.4\nbrik "Barsel" drift 3.0\nbrik "Tjenestemænd" drift 4.0\nbrik "Forsikring" drift 0.0';

    it('prints a computed årsværk with its tenth in a 1.000 kr. catalogue, so that the fix holds', async () => {
        const text = `tema "T" {\n  brik "A" {\n    drift 100\n    årsværk 2024: 3.5\n  }\n  total årsværk 2024: <|3|>\n}`;
        const [found] = await expectOnly(budget(text, THOUSANDS), IssueCodes.TotalMismatch);
        expect(found.message).toBe('Totalen holder ikke: angivet 3, beregnet 3,5 (årsværk, 2024). Ret totalen til 3.5, eller ret de beløb, den summerer.');
        await expectClean(budget(text.replace('<|3|>', '3.5'), THOUSANDS));
    });

    it('reports a printed total whose parts do not add up, with both figures (003: 16,5 vs 16,4)', async () => {
        const [found] = await expectOnly(budget(`tema "T" {\n${parts}\ntotal opdrift <|16.5|>\n}`), IssueCodes.TotalMismatch);
        expect(found.message).toBe('Totalen holder ikke: angivet 16.5, beregnet 16,4 (drift, opdrift, 2024). Ret totalen til 16.4, eller ret de beløb, den summerer.');
    });

    it.each([
        ['16.4', '9.4 + 3.0 + 4.0 + 0.0'],
        ['16', 'rounded to no decimals'],
        ['16.40', 'two decimals']
    ])('accepts %s (%s)', async total => {
        await expectClean(budget(`tema "T" {\n${parts}\ntotal ${total}\n}`));
    });

    it.each([
        ['drift 16.45', '16.5', true],
        ['drift 16.45', '16.4', false],
        ['omstilling drift -8.45', '-8.5', true],
        ['omstilling drift -8.45', '-8.4', false]
    ])('rounds half-up, away from zero: %s declared %s holds: %s', async (line, declared, holds) => {
        const found = await diagnosticsOf(budget(`brik "A" ${line}\ntotal ${declared}`));
        expect(found.length === 0).toBe(holds);
    });

    it('compares both ends of a range', async () => {
        await expectClean(budget('brik "A" drift 0..10\nbrik "B" drift 5\ntotal 5.0..15.0'));
        const [found] = await expectOnly(budget('brik "A" drift 0..10\nbrik "B" drift 5\ntotal <|5.0..14.9|>'), IssueCodes.TotalMismatch);
        expect(found.message).toContain('beregnet 5,0–15,0');
    });

    it('reports a single declared figure for a computed range', async () => {
        const [found] = await expectOnly(budget('brik "A" drift 0..10\ntotal <|5|>'), IssueCodes.TotalMismatch);
        expect(found.message).toContain('Ret totalen til 0.0..10.0');
    });

    it('checks a year, permanent, anlæg and årsværk', async () => {
        const lines = 'brik "A" { drift 2024: 1, 2025: 2 permanent  anlæg 2026: 7  årsværk 2024: 10.7, 2025: 18.1 permanent }';
        await expectClean(budget(`${lines}\ntotal 2025: 2\ntotal permanent: 2\ntotal anlæg 2026: 7\ntotal anlæg opdrift 2024: 0\ntotal årsværk 2027: 18.1`));
        await expectOnly(budget(`${lines}\ntotal anlæg 2025: <|7|>`), IssueCodes.TotalMismatch);
    });

    it('reports a total for a year outside år', async () => {
        await expectOnly(budget('brik "A" drift 1\ntotal <|2030|>: 1'), IssueCodes.YearOutside);
    });

    it('sums nested themes and areas', async () => {
        await expectClean(budget('område "O" {\n tema "1" "T" { brik "A" drift 1.5\n tema "1.1" "U" { brik "B" drift 2\n total 2 }\n total 3.5 }\n brik "C" drift 1\n total 4.5\n}\ntotal 4.5'));
    });
});

describe('items', () => {
    it('warns about an omstilling with a positive budget-year net', async () => {
        const [found] = await expectOnly(budget('brik <|"Digitalisering"|> omstilling drift 2024: 1.54, 2025: -1.1 permanent'), IssueCodes.OmstillingPositive, 'warning');
        expect(found.message).toBe("Omstillingen \"Digitalisering\" giver en merudgift på 1.54 i budgetåret 2024; en omstilling skal spare (negativt beløb). Tjek fortegnet, eller fjern 'omstilling', hvis det er en opdrift.");
    });

    it('accepts an omstilling that saves, and one that costs only later', async () => {
        await expectClean(budget('brik "A" omstilling drift -3.4 permanent\nbrik "B" omstilling drift 2024: -1, 2025: 0.5'));
    });

    it('reports an unknown category and suggests the lowercase one', async () => {
        const [found] = await expectOnly(budget('brik "A" omstilling drift -1 { kategori <|Eff|> }'), IssueCodes.UnknownCategory);
        expect(found.message).toContain("Skriv 'eff'.");
        await expectOnly(budget('brik "A" omstilling drift -1 { kategori bao, <|effektiv|> }'), IssueCodes.UnknownCategory);
        await expectClean(budget('brik "A" omstilling drift -1 { kategori eff, bao am }'));
    });

    it('reports virksomhed given twice', async () => {
        await expectOnly(budget('brik "A" drift 1 { virksomhed "X"\n <|virksomhed "Y"|> }'), IssueCodes.PropertyRepeated);
    });

    it('reports a mark on a financing item', async () => {
        await expectOnly(budget('finansiering "Bloktilskud" <|omstilling|> drift 20'), IssueCodes.MarkOnFinancing);
    });

    it('warns when the unavoidable part exceeds the budget-year amount', async () => {
        await expectOnly(budget('brik "A" uomgængelig <|2|> drift 1.8'), IssueCodes.UnavoidableExceeds, 'warning');
        await expectClean(budget('brik "A" uomgængelig 0.9 drift 2024: 1.8'));
    });

    it('reports an område inside a tema', async () => {
        await expectOnly(budget('tema "T" { område <|"O"|> { brik "A" drift 1 } }'), IssueCodes.MisplacedArea);
    });
});

describe('robustness', () => {
    it('reports an amount too long to compute exactly, and counts it as nothing', async () => {
        const [found] = await expectOnly(budget(`brik "A" drift <|${'9'.repeat(101)}|>`), IssueCodes.AmountTooLong);
        expect(found.message).toMatch(/^Beløbet har 101 cifre; Brik regner eksakt med beløb på højst 100 cifre/);
        // 100 digits are still computed (and, in mio. kr., look like kroner).
        await expectOnly(budget(`brik "A" drift <|${'1234567890'.repeat(10)}|>`), IssueCodes.SuspiciousMagnitude, 'warning');
    });

    it.each(['', 'hello', '{', '\0\0\0'])('validates a file that is neither budget nor fragment (%j) without an exception in any check', async text => {
        const found = await diagnosticsOf(text);
        expect(found.map(d => d.message).filter(m => /error occurred/i.test(m))).toEqual([]);
        expect(found.length).toBeGreaterThan(0);
    });

    it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('takes kategori %s for what it is: an unknown category', async word => {
        await expectOnly(budget(`brik "A" {\n  drift 1\n  kategori <|${word}|>\n}`), IssueCodes.UnknownCategory);
    });
});
