import { describe, expect, it } from 'vitest';
import type { Budget, Scenario } from '../../src/generated/ast.js';
import { isScenario } from '../../src/generated/ast.js';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { brik, budget, parse } from '../brik-test-services.js';
import { seriesText } from '../series-text.js';
import { diagnosticsOf, expectOnly } from '../validation/expect-diagnostics.js';

const YEARS = [2024, 2025, 2026, 2027];

/** A small catalogue in the shape of 003's theme 1.12, with financing. */
const CATALOGUE = `tema "1.12" "Tekniske udgiftsområder" {
  brik "Affaldssortering" drift 3.3
  brik "Reservepulje" uomgængelig drift 10 permanent
  brik "Flextrafik" uomgængelig drift 25..31 permanent
}
tema "1.8" "Det digitale sundhedsvæsen" {
  brik "Fællesregional handleplan" uomgængelig 0.9 drift 2024: 1.8
  brik "IT fra drift til anlæg" omstilling drift -15 permanent
}
brik "Neurorehabilitering" drift 2.8 permanent
finansiering "Råderum" drift -30 permanent`;

async function scenario(clauses: string) {
    const document = await parse(budget(`${CATALOGUE}\nscenarie "S" {\n${clauses}\n}`), { validation: true });
    const found = (document.parseResult.value as Budget).members.find(isScenario) as Scenario;
    const result = brik.evaluation.Evaluator.scenario(found);
    return { ...result, netto: seriesText(result.totals.drift.netto, YEARS), names: [...result.included.entries()].map(([item, how]) => `${item.name}${how === 'full' ? '' : ' (del)'}`) };
}

describe('scenarios (§6)', () => {
    it('always contains the unavoidable (a part only where marked), omstilling and financing', async () => {
        const { names, netto } = await scenario('');
        expect(names).toEqual(['Reservepulje', 'Flextrafik', 'Fællesregional handleplan (del)', 'IT fra drift til anlæg', 'Råderum']);
        // 2024: 10 + 25..31 + 0.9 − 15 − 30; later years without the handleplan.
        expect(netto).toEqual({ 2024: '-9.1..-3.1', 2025: '-10..-4', 2026: '-10..-4', 2027: '-10..-4', permanent: '-10..-4' });
    });

    it('adds brikker by name and whole temaer by number, at their full amount', async () => {
        const { names, netto } = await scenario('medtag "Neurorehabilitering"\nmedtag tema "1.8"');
        expect(names).toContain('Neurorehabilitering');
        expect(names).toContain('Fællesregional handleplan');
        expect(netto[2024]).toBe('-5.4..0.6');
    });

    it('takes everything with medtag alle, and fravælg wins over everything', async () => {
        const { names } = await scenario('medtag alle\nfravælg "Reservepulje", "Affaldssortering"');
        expect(names).toEqual(['Flextrafik', 'Fællesregional handleplan', 'IT fra drift til anlæg', 'Neurorehabilitering', 'Råderum']);
    });

    it.each([
        ['min', '-9.1'], ['max', '-3.1'], ['midt', '-6.1']
    ])('resolves ranges at niveau %s', async (level, expected) => {
        expect((await scenario(`niveau ${level}`)).netto[2024]).toBe(expected);
    });

    it('warns when the netto exceeds the ramme, naming each year and the excess', async () => {
        // 2024: 3.3 + 10 + 25..31 + 1.8 − 15 + 2.8 − 30 = −2.1..3.9, so 2.9..8.9 over −5; later −7.2..−1.2.
        const [found] = await expectOnly(budget(`${CATALOGUE}\nscenarie "Alt" {\n  medtag alle\n  <|ramme -5|>\n}`), IssueCodes.FrameExceeded, 'warning');
        expect(found.message).toBe('Scenariet "Alt" kan overskride rammen -5,0 mio. kr.: 2024 med 2,9–8,9; 2025 med op til 3,8; 2026 med op til 3,8; 2027 med op til 3,8. Fravælg brikker, vælg et andet niveau, eller hæv rammen.');
    });

    it('keeps quiet when the ramme holds in every year', async () => {
        expect(await diagnosticsOf(budget(`${CATALOGUE}\nscenarie "Stram" {\n  ramme 0\n}`))).toEqual([]);
    });

    it('reports a misspelt name with the name it most likely meant', async () => {
        const [found] = await expectOnly(budget(`${CATALOGUE}\nscenarie "S" {\n  medtag <|"Neurorehabiliteing"|>\n}`), IssueCodes.UnknownName);
        expect(found.message).toBe('Der er ikke en brik eller et finansieringspunkt med navnet "Neurorehabiliteing" i budgettet. Mente du "Neurorehabilitering"?');
        const [theme] = await expectOnly(budget(`${CATALOGUE}\nscenarie "S" {\n  medtag tema <|"1.13"|>\n}`), IssueCodes.UnknownName);
        // 1.12 and 1.18 are as close; the first in Danish order is suggested, whatever the scope's order.
        expect(theme.message).toBe('Der er ikke et tema med navnet "1.13" i budgettet. Mente du "1.12"?');
    });

    it('reports two scenarios with one name', async () => {
        await expectOnly(budget(`${CATALOGUE}\nscenarie "S" { }\nscenarie <|"S"|> { }`), IssueCodes.DuplicateScenario);
    });
});
