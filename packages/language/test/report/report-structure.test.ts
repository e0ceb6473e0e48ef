import { describe, expect, it } from 'vitest';
import { budgetsWithMoney, hasMoney, itemBudgets, nodeTitle, placedItems, printedIntervals, rangeColumnNames, reportPeriods, splitKinds, subtotalLines } from '../../src/report/report-structure.js';
import { wordsOf } from '../../src/words/words.js';
import { INVESTERINGER, INVESTERINGER_HEADER, MEDICIN, modelOf } from './report-fixture.js';

const NESTED = `område "A" {
  brik "Løs i området" drift 1
  tema "1" "Ydre" {
    brik "I ydre" drift 2
    tema "1.1" "Indre" {
      brik "I indre" omstilling drift -1 { anlæg 4 }
    }
  }
}
finansiering "Ramme" drift -3`;

describe('placedItems', () => {
    it('lists every brik and financing item in catalogue order with its område and innermost tema', async () => {
        const placed = placedItems(await modelOf(NESTED));
        expect(placed.map(p => [p.item.name, p.area?.name, p.theme?.number, p.path.map(nodeTitle)])).toEqual([
            ['Løs i området', 'A', undefined, ['A']],
            ['I ydre', 'A', '1', ['A', '1 Ydre']],
            ['I indre', 'A', '1.1', ['A', '1 Ydre', '1.1 Indre']],
            ['Ramme', undefined, undefined, []]
        ]);
    });
});

describe('subtotalLines', () => {
    it('gives the netto, the split when more than one kind has money, and the anlæg beside it', async () => {
        const [area] = (await modelOf(NESTED)).children;
        const lines = subtotalLines(area, ['drift', 'anlæg']).map(line => [line.budget, line.column, line.series[0].min.toFixed()]);
        expect(lines).toEqual([
            ['drift', 'netto', '2'], ['drift', 'opdrift', '3'], ['drift', 'omstilling', '-1'], ['anlæg', 'netto', '4']
        ]);
    });

    it('gives only the netto when one kind has all the money', async () => {
        const theme = (await modelOf('tema "1" "T" { brik "A" drift 1 }')).children[0];
        expect(subtotalLines(theme, ['drift']).map(line => line.column)).toEqual(['netto']);
        expect(splitKinds(theme.totals.drift)).toEqual([]);
        expect(hasMoney(theme.totals.anlæg)).toBe(false);
    });
});

describe('budgetsWithMoney', () => {
    it('is drift for an operating catalogue, both for one with anlæg beside it, and drift for an empty one', async () => {
        expect(budgetsWithMoney((await modelOf(MEDICIN)).totals)).toEqual(['drift']);
        expect(budgetsWithMoney((await modelOf(NESTED)).totals)).toEqual(['drift', 'anlæg']);
        expect(budgetsWithMoney((await modelOf('tema "1" "Tom" { brik "Nul" drift 0 }')).totals)).toEqual(['drift']);
    });

    it('is anlæg alone for an investeringsoversigt, whose subtotals are then of anlæg', async () => {
        const model = await modelOf(INVESTERINGER, INVESTERINGER_HEADER);
        const budgets = budgetsWithMoney(model.totals);
        expect(budgets).toEqual(['anlæg']);
        const [, puljer] = model.children[0].children;
        expect(subtotalLines(puljer, budgets).map(line => [line.budget, line.column, line.series[0].min.toFixed(), line.series[1].min.toFixed()]))
            .toEqual([['anlæg', 'netto', '18500', '3500']]);
        expect(itemBudgets(puljer.children[1], budgets)).toEqual(['anlæg']);
    });

    it('gives an item the leading budget, and the other one only where it has money', async () => {
        const [area] = (await modelOf(NESTED)).children;
        const items = placedItems({ children: [area] } as never).map(p => p.item);
        expect(items.map(item => itemBudgets(item, ['drift', 'anlæg']))).toEqual([['drift'], ['drift'], ['drift', 'anlæg']]);
    });
});

describe('rangeColumnNames', () => {
    it('names min and max of every year and of permanent, in Danish and English', async () => {
        const model = await modelOf(MEDICIN);
        const da = reportPeriods(model, wordsOf('da'));
        expect(rangeColumnNames(wordsOf('da'), da).slice(-4)).toEqual(['2027 min', '2027 max', 'varigt min', 'varigt max']);
        const en = reportPeriods(model, wordsOf('en'));
        expect(rangeColumnNames(wordsOf('en'), en).slice(0, 2)).toEqual(['2024 min', '2024 max']);
        expect(rangeColumnNames(wordsOf('en'), en).at(-1)).toBe('permanent max');
    });
});

describe('reportPeriods (§9)', () => {
    const labels = wordsOf('da');
    const names = (periods: ReturnType<typeof reportPeriods>) => periods.map(period => period.label);

    it('is the years and Varigt where no line uses tidligere or efterfølgende', async () => {
        expect(names(reportPeriods(await modelOf(MEDICIN), labels))).toEqual(['2024', '2025', '2026', '2027', 'Varigt']);
    });

    it('adds Tidligere år before the years, Efterfølgende år after them and I alt, and drops a Varigt of zeros', async () => {
        const model = await modelOf('brik "Pulje" anlæg tidligere: 23_700, 2024: 1_870, efterfølgende: 793_999', 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2024..2025');
        const periods = reportPeriods(model, labels);
        expect(names(periods)).toEqual(['Tidligere år', '2024', '2025', 'Efterfølgende år', 'I alt']);
        expect(periods.map(period => period.key)).toEqual(['tidligere', '2024', '2025', 'efterfølgende', 'samlet']);
        expect(printedIntervals(model.totals.anlæg.netto, periods, model.header.years).map(i => i.min.toFixed())).toEqual(['23700', '1870', '0', '793999', '819569']);
        expect(rangeColumnNames(labels, periods).slice(-4)).toEqual(['efterfølgende år min', 'efterfølgende år max', 'i alt min', 'i alt max']);
    });

    it('keeps the budget\'s columns in a --scenario view that leaves out the brik writing tidligere', async () => {
        const source = 'brik "Projekt" anlæg tidligere: 23_700, 2023: 1_870\n  brik "Drift" uomgængelig drift 2023: 5\n  scenarie "Kun drift" { }';
        const model = await modelOf(source, 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2024', { scenario: 'Kun drift' });
        expect(names(reportPeriods(model, labels))).toEqual(['Tidligere år', '2023', '2024', 'I alt']);
        expect(printedIntervals(model.totals.drift.netto, reportPeriods(model, labels), model.header.years).map(i => i.min.toFixed())).toEqual(['0', '5', '0', '5']);
    });

    it('keeps Varigt where a line has a permanent amount, and shows only the outer period a line uses', async () => {
        const model = await modelOf('brik "Drift" drift 1 permanent\nbrik "Byggeri" anlæg tidligere: 5, 2024: 2');
        expect(names(reportPeriods(model, labels))).toEqual(['Tidligere år', '2024', '2025', '2026', '2027', 'I alt', 'Varigt']);
        expect(names(reportPeriods(model, wordsOf('en')))).toEqual(['Earlier years', '2024', '2025', '2026', '2027', 'Total', 'Permanent']);
    });
});
