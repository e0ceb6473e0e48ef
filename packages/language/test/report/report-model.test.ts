import { describe, expect, it } from 'vitest';
import type { Budget } from '../../src/generated/ast.js';
import { buildReportModel } from '../../src/report/report-model.js';
import { placedItems } from '../../src/report/report-structure.js';
import type { OuterPeriod } from '../../src/evaluation/totals.js';
import { periodOf, yearlyPeriods } from '../../src/evaluation/totals.js';
import { intervalText } from '../series-text.js';
import { VirtualWorkspace } from '../workspace/virtual-workspace.js';

const BUDGET = `budget "Budget 2024" {
  enhed mio. kr.
  prisniveau 2023
  år 2024..2025
  område "Sundhedsområdet" {
    inkluder "sundhed/1-1.brik"
    inkluder "sundhed/1-2.brik"
    brik "Egen brik" drift 1
  }
}`;

const CAPACITY = `fragment {
  tema "1.1" "Kapacitetspres" {
    brik "Neurorehabilitering" drift 2.8 permanent
  }
}`;

const ACUTE_IN_THOUSANDS = `fragment {
  enhed 1.000 kr.
  tema "1.2" "Akutområdet" {
    brik "Styrkelse af akutområdet" uomgængelig 1_500 drift 0..5_000 permanent
  }
}`;

describe('buildReportModel of a budget in several files (§7)', () => {
    it('puts each included fragment\'s temaer and brikker where its inkluder stands, in the budget\'s unit', async () => {
        const workspace = new VirtualWorkspace();
        const documents = await workspace.build({ 'budget.brik': BUDGET, 'sundhed/1-1.brik': CAPACITY, 'sundhed/1-2.brik': ACUTE_IN_THOUSANDS });
        const model = buildReportModel(workspace.brik.evaluation.Evaluator, documents['budget.brik'].parseResult.value as Budget);
        const [area] = model.children;
        expect(area.children.map(node => [node.kind, node.number ?? node.name])).toEqual([['tema', '1.1'], ['tema', '1.2'], ['brik', 'Egen brik']]);
        expect(model.brikCount).toBe(3);
        const acute = placedItems(model).find(placed => placed.theme?.number === '1.2')!.item;
        expect(yearlyPeriods(acute.totals.drift.netto).map(i => [i.min.toFixed(), i.max.toFixed()])).toEqual([['0', '5'], ['0', '5'], ['0', '5']]);
        // samlet is the two years' 0..5 000 (1.000 kr.) each, converted like every other period.
        expect(['tidligere', 'efterfølgende', 'samlet'].map(p => intervalText(periodOf(acute.totals.drift.netto, p as OuterPeriod)))).toEqual(['0', '0', '0..10']);
        expect(acute.unavoidablePart && [acute.unavoidablePart.min.toFixed(), acute.unavoidablePart.max.toFixed()]).toEqual(['1.5', '1.5']);
        expect(area.children[1].totals.drift.netto[0].max.toFixed()).toBe('5');
        expect(area.totals.drift.netto[0].max.toFixed()).toBe('8.8');
    });
});
