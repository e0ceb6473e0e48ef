import { describe, expect, it } from 'vitest';
import type { Budget, Item } from '../../src/generated/ast.js';
import { isItem } from '../../src/generated/ast.js';
import { AstUtils } from 'langium';
import type { Totals } from '../../src/evaluation/totals.js';
import { intervalAt, periodOf } from '../../src/evaluation/totals.js';
import { brik, budget, parse } from '../brik-test-services.js';
import { intervalText } from '../series-text.js';
import { diagnosticsOf } from '../validation/expect-diagnostics.js';

const CAPITAL = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2026';

// Seed 003, "Investeringsoversigt for Sundhedsområdet 2023 til 2026" (1.000 kr.):
// Finansieret tidligere år 23.700 · 1.870 · 128.131 · 198.500 · 209.500 · Efterfølgende år 793.999 · Overslag i alt 1.355.700.
const RESERVATION = `brik "Reservationspulje til større projekter" {
    anlæg tidligere: 23_700, 2023: 1_870, 2024: 128_131, 2025: 198_500, 2026: 209_500, efterfølgende: 793_999
    total anlæg samlet: 1_355_700
  }`;

async function evaluated(source: string): Promise<{ root: Budget; items: Item[]; totalsOf: (node: Budget | Item) => Totals }> {
    const document = await parse(source);
    const root = document.parseResult.value as Budget;
    const evaluator = brik.evaluation.Evaluator;
    return { root, items: AstUtils.streamAllContents(root).filter(isItem).toArray(), totalsOf: node => evaluator.totalsOf(node) };
}

describe('tidligere, efterfølgende and samlet (§3, §5)', () => {
    it('computes a project\'s whole life from seed 003: samlet 1.355.700 = 23.700 + the four years + 793.999', async () => {
        const { root, items, totalsOf } = await evaluated(budget(`  ${RESERVATION}`, CAPITAL));
        const anlaeg = totalsOf(items[0]).anlæg.netto;
        const years = [2023, 2024, 2025, 2026];
        expect(years.map(year => intervalText(intervalAt(anlaeg, years, year)))).toEqual(['1870', '128131', '198500', '209500']);
        expect(intervalText(periodOf(anlaeg, 'tidligere'))).toBe('23700');
        expect(intervalText(periodOf(anlaeg, 'efterfølgende'))).toBe('793999');
        expect(intervalText(periodOf(anlaeg, 'samlet'))).toBe('1355700');
        expect(intervalText(periodOf(anlaeg, 'permanent'))).toBe('0');
        expect(intervalText(periodOf(totalsOf(root).anlæg.netto, 'samlet'))).toBe('1355700');
        expect(intervalText(periodOf(totalsOf(root).drift.netto, 'samlet'))).toBe('0');
        expect(totalsOf(root).uses).toEqual({ tidligere: true, efterfølgende: true });
        expect(await diagnosticsOf(budget(`  ${RESERVATION}`, CAPITAL))).toEqual([]);
    });

    it('leaves permanent out of samlet, and adds ranges end by end', async () => {
        const { items, totalsOf } = await evaluated(budget('  brik "A" drift tidligere: 1..2, 2024: 0.5, 2025: 3 permanent\n  brik "B" drift 2026..2027: 0..1, efterfoelgende: 4'));
        const [a, b] = items.map(item => totalsOf(item).drift.netto);
        // 1..2 + 0.5 + 3 + 3 + 3 (2025–2027); permanent 3 is not part of it.
        expect(intervalText(periodOf(a, 'samlet'))).toBe('10.5..11.5');
        expect(intervalText(periodOf(a, 'permanent'))).toBe('3');
        // 0..1 in 2026 and 2027, and 4 after the period.
        expect(intervalText(periodOf(b, 'samlet'))).toBe('4..6');
        expect(totalsOf(items[0]).uses).toEqual({ tidligere: true, efterfølgende: false });
        expect(totalsOf(items[1]).uses).toEqual({ tidligere: false, efterfølgende: true });
    });

    it('has samlet but uses no outer period in a budget without tidligere or efterfølgende', async () => {
        const { root, totalsOf } = await evaluated(budget('  brik "A" drift 2.8 permanent'));
        expect(intervalText(periodOf(totalsOf(root).drift.netto, 'samlet'))).toBe('11.2');
        expect(totalsOf(root).uses).toEqual({ tidligere: false, efterfølgende: false });
    });
});
