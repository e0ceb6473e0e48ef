import { describe, expect, it } from 'vitest';
import type { Budget, Scenario, Theme } from '../../src/generated/ast.js';
import { isScenario, isTheme } from '../../src/generated/ast.js';
import { ExactDecimal } from '../../src/evaluation/exact-decimal.js';
import { FigureComparison } from '../../src/evaluation/figure-changes.js';
import { unitNamed } from '../../src/evaluation/budget-header.js';
import type { Totals } from '../../src/evaluation/totals.js';
import { TotalsBuilder } from '../../src/evaluation/totals.js';
import { seriesOf } from '../../src/evaluation/totals.js';
import { UNKNOWN_INTERVAL } from '../../src/evaluation/interval.js';
import { brik, budget, parse } from '../brik-test-services.js';
import { intervalText, seriesText } from '../series-text.js';
import { diagnosticsOf } from '../validation/expect-diagnostics.js';

const evaluator = brik.evaluation.Evaluator;
const YEARS = [2024, 2025, 2026, 2027];

async function tema(line: string) {
    const root = (await parse(budget(`tema "T" {\n  brik "Læsbar" drift 1.5 permanent\n  brik "B" ${line}\n}`), { validation: true })).parseResult.value as Budget;
    return evaluator.totalsOf(root.members.find(isTheme) as Theme).drift.netto;
}

describe('an amount that cannot be read is unknown, never 0', () => {
    it.each([
        ['drift 1.2.3', { 2024: 'unknown', 2025: '1.5', 2026: '1.5', 2027: '1.5', permanent: '1.5' }],
        ['drift x', { 2024: 'unknown', 2025: '1.5', 2026: '1.5', 2027: '1.5', permanent: '1.5' }],
        ['drift 2..', { 2024: 'unknown', 2025: '1.5', 2026: '1.5', 2027: '1.5', permanent: '1.5' }],
        [`drift 1${'0'.repeat(100)}`, { 2024: 'unknown', 2025: '1.5', 2026: '1.5', 2027: '1.5', permanent: '1.5' }],
        ['drift permanent', { 2024: 'unknown', 2025: 'unknown', 2026: 'unknown', 2027: 'unknown', permanent: 'unknown' }],
        ['drift 1.2.3 permanent', { 2024: 'unknown', 2025: 'unknown', 2026: 'unknown', 2027: 'unknown', permanent: 'unknown' }],
        ['drift 2024: 1.2.3, 2025: 2', { 2024: 'unknown', 2025: '3.5', 2026: '1.5', 2027: '1.5', permanent: '1.5' }],
        // A Danish decimal comma is still read (and reported), so is an amount before a stray comma.
        ['drift 2,8', { 2024: '4.3', 2025: '1.5', 2026: '1.5', 2027: '1.5', permanent: '1.5' }],
        ['drift 2,8,', { 2024: '4.3', 2025: '1.5', 2026: '1.5', 2027: '1.5', permanent: '1.5' }]
    ])('`%s` beside a brik of 1.5 permanent gives the tema %j', async (line, expected) => {
        expect(seriesText(await tema(line), YEARS)).toEqual(expected);
    });

    it('keeps unknown through a sum, whatever else is added', () => {
        const builder = new TotalsBuilder(2);
        builder.addLine('drift', 'opdrift', seriesOf([UNKNOWN_INTERVAL, { min: new ExactDecimal(2), max: new ExactDecimal(2) }]));
        builder.addLine('drift', 'omstilling', seriesOf([{ min: new ExactDecimal(-1), max: new ExactDecimal(-1) }, { min: new ExactDecimal(-1), max: new ExactDecimal(-1) }]));
        const totals = builder.build();
        expect(seriesText(totals.drift.netto, [2024])).toEqual({ 2024: 'unknown', permanent: '1' });
    });

    it('reports no total mismatch for a figure that is unknown: the amount has its own error', async () => {
        const diagnostics = await diagnosticsOf(budget('tema "T" {\n  brik "B" drift 1.2.3\n  total 5\n}'));
        expect(diagnostics.map(d => d.code)).toEqual(['brik/thousands-dots']);
    });

    it('neither exceeds a ramme nor keeps it in a year whose netto is unknown', async () => {
        const root = (await parse(budget('brik "A" drift 2024: 1.2.3, 2025: 5\nscenarie "S" { medtag alle  ramme 4 }'), { validation: true })).parseResult.value as Budget;
        const result = evaluator.scenario(root.members.find(isScenario) as Scenario);
        expect(result.exceeded.map(e => [e.year, intervalText(e.by)])).toEqual([[2025, '1']]);
        const kept = evaluator.scenario(((await parse(budget('brik "A" drift 2024: 1.2.3, 2025: 3\nscenarie "S" { medtag alle  ramme 4 }'))).parseResult.value as Budget).members.find(isScenario) as Scenario);
        expect(kept.exceeded).toEqual([]);
        expect([kept.room?.year, intervalText(kept.room!.by)]).toEqual([2024, 'unknown']);
    });
});

describe('FigureComparison (brik diff)', () => {
    const header = (unit: 'mio. kr.' | '1.000 kr.') => ({ years: [2024], periods: 2, unit: unitNamed(unit), priceLevel: undefined });
    const totals = (first: string | undefined): Totals => new TotalsBuilder(2)
        .addLine('drift', 'opdrift', seriesOf([first === undefined ? UNKNOWN_INTERVAL : { min: new ExactDecimal(first), max: new ExactDecimal(first) }, { min: new ExactDecimal(0), max: new ExactDecimal(0) }]))
        .build();

    it('restates the old figures in the new unit and gives the change', () => {
        const before = { header: header('mio. kr.'), totals: totals('2.5') };
        const after = { header: header('1.000 kr.'), totals: totals('2600') };
        const changes = new FigureComparison(before, after).changes(before.totals, after.totals, (_, column) => column === 'netto');
        expect(changes.map(c => [c.period, intervalText(c.before), intervalText(c.after), intervalText(c.change)])).toEqual([[2024, '2500', '2600', '100']]);
    });

    it('counts a figure unknown in either version as changed, by an unknown amount', () => {
        const before = { header: header('mio. kr.'), totals: totals(undefined) };
        const after = { header: header('mio. kr.'), totals: totals(undefined) };
        const changes = new FigureComparison(before, after).changes(before.totals, after.totals, (_, column) => column === 'netto');
        expect(changes.map(c => [c.period, intervalText(c.before), intervalText(c.after), intervalText(c.change)])).toEqual([[2024, 'unknown', 'unknown', 'unknown']]);
    });
});
