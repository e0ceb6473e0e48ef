import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Budget, Scenario, Theme } from '../../src/generated/ast.js';
import { isAmountLine, isRange, isScenario, isTheme } from '../../src/generated/ast.js';
import type { FigureView } from '../../src/evaluation/figure-view.js';
import { brik, budget, parse } from '../brik-test-services.js';
import { intervalText, seriesText } from '../series-text.js';

const evaluator = brik.evaluation.Evaluator;
const YEARS = [2024, 2025, 2026, 2027];
const NORDJYLLAND = readFileSync(path.resolve(__dirname, '../../../../examples/region-nordjylland-2024.brik'), 'utf8');
/** The prisindeks of docs/language.md §8, added to the example after its header. */
const WITH_INDEX = NORDJYLLAND.replace('år 2024..2027', 'år 2024..2027\n  prisindeks { 2023: 100.0  2024: 103.4  2025: 106.1 }');

async function nordjylland(text = NORDJYLLAND) {
    const root = (await parse(text, { validation: true })).parseResult.value as Budget;
    const tema = (number: string) => AstUtils.streamAllContents(root).filter(isTheme).find(theme => theme.number === number) as Theme;
    const scenario = (name: string) => root.members.filter(isScenario).find(s => s.name === name) as Scenario;
    return { root, tema, scenario };
}

function viewOf(result: ReturnType<typeof evaluator.view>): FigureView {
    if ('problem' in result) {
        throw new Error(result.problem);
    }
    return result;
}

describe('BrikEvaluator.view: the figures a report shows (examples/region-nordjylland-2024.brik)', () => {
    it('gives each tema of a scenario the sum of its brikker in it, at the scenario\'s niveau', async () => {
        const { root, tema, scenario } = await nordjylland();
        const view = viewOf(evaluator.view(root, { scenario: evaluator.scenario(scenario('Forlig, minimum')) }));
        // Tema 1.1 is taken in full at niveau min: 0 + 2.6 + 2.8 + 3.0 + 1.4 + 2.4 + 2.8 + 0 in 2024,
        // with the geriatric team's 2.6 from 2025: its own total's minimum.
        expect(seriesText(view.container(tema('1.1')).drift.netto, YEARS)).toEqual({ 2024: '15', 2025: '16.2', 2026: '16.2', 2027: '16.2', permanent: '16.2' });
        expect(intervalText(evaluator.totalsOf(tema('1.1')).drift.netto[0])).toBe('15..26.6');
        // Tema 1.6 only with what every scenario holds: the unavoidable growth in medicine at its
        // minimum, 19.0, and the two omstillinger, -5.0 and -3.4.
        expect(seriesText(view.container(tema('1.6')).drift.netto, YEARS)).toEqual({ 2024: '10.6', 2025: '10.6', 2026: '10.6', 2027: '10.6', permanent: '10.6' });
        expect(intervalText(view.totals.drift.netto[0])).toBe(intervalText(evaluator.scenario(scenario('Forlig, minimum')).totals.drift.netto[0]));
    });

    it('restates every figure in another price level: × index(to) / index(from), exactly', async () => {
        const { root, tema, scenario } = await nordjylland(WITH_INDEX);
        const view = viewOf(evaluator.view(root, { priceLevel: 2024 }));
        expect(view.restatedFrom).toBe(2023);
        // 15.0..26.6 × 103.4 / 100.0
        expect(intervalText(view.container(tema('1.1')).drift.netto[0])).toBe('15.51..27.5044');
        // The budget: 48.9..121.5 × 1.034
        expect(intervalText(view.totals.drift.netto[0])).toBe('50.5626..125.631');
        const restated = view.scenario(evaluator.scenario(scenario('Kun uomgængelige udgifter')));
        // The catalogue's -11.4..35.6 × 1.034
        expect(intervalText(restated.totals.drift.netto[0])).toBe('-11.7876..36.8104');
    });

    it('says why a view cannot be made: no price level, or no index for a year', async () => {
        const { root } = await nordjylland(WITH_INDEX);
        expect(evaluator.view(root, { priceLevel: 2026 })).toEqual({ problem: 'missing-index', missing: 2026, from: 2023, to: 2026 });
        const bare = (await parse(budget('brik "A" drift 1', 'år 2024'), { validation: true })).parseResult.value as Budget;
        expect(evaluator.view(bare, { priceLevel: 2024 })).toEqual({ problem: 'no-price-level', to: 2024 });
    });
});

describe('BrikEvaluator: one amount in other units and price levels', () => {
    async function amount(line: string, header?: string) {
        const root = (await parse(budget(`prisindeks { 2023: 100.0  2024: 103.4  2025: 106.1 }\n${line}`, header), { validation: true })).parseResult.value as Budget;
        return AstUtils.streamAllContents(root).filter(isAmountLine).map(l => l.amount).filter(isRange).head()!;
    }

    it('gives an amount in kroner', async () => {
        expect(intervalText(evaluator.amountInKroner(await amount('brik "A" drift 2.8'))!)).toBe('2800000');
        expect(intervalText(evaluator.amountInKroner(await amount('brik "A" drift 62.000..75_500', 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2024'))!)).toBe('62000000..75500000');
        expect(evaluator.amountInKroner(await amount('brik "A" årsværk 2'))).toBeUndefined();
    });

    it('restates an amount in every other year of the prisindeks', async () => {
        const others = evaluator.amountInOtherPriceLevels(await amount('brik "A" drift 2.8'));
        expect(others.map(o => [o.priceLevel, intervalText(o.value)])).toEqual([[2024, '2.8952'], [2025, '2.9708']]);
    });
});

describe('BrikEvaluator: the room under a ramme', () => {
    async function result(ramme: string) {
        const { root } = await nordjylland(NORDJYLLAND.replace('scenarie "Alt, maksimum" {', `scenarie "Alt, maksimum" {\n    ramme ${ramme}`));
        return evaluator.scenario(root.members.filter(isScenario).find(s => s.name === 'Alt, maksimum')!);
    }

    it('gives the tightest year\'s room when the ramme is kept, and the largest excess when not', async () => {
        // At niveau max the netto is 121.5, 306.05, 351 and 324.45 in 2024–2027.
        const kept = await result('400');
        expect(kept.largestExcess).toBeUndefined();
        expect([kept.room?.year, intervalText(kept.room!.by)]).toEqual([2026, '49']);
        const exceeded = await result('300');
        expect(exceeded.room).toBeUndefined();
        expect(exceeded.exceeded.map(e => [e.year, intervalText(e.by)])).toEqual([[2025, '6.05'], [2026, '51'], [2027, '24.45']]);
        expect([exceeded.largestExcess?.year, intervalText(exceeded.largestExcess!.by)]).toEqual([2026, '51']);
    });
});
