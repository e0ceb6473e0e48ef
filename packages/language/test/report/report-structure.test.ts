import { describe, expect, it } from 'vitest';
import { hasMoney, nodeTitle, placedItems, rangeColumnNames, splitKinds, subtotalLines } from '../../src/report/report-structure.js';
import { reportLabels } from '../../src/report/report-labels.js';
import { MEDICIN, modelOf } from './report-fixture.js';

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
        const lines = subtotalLines(area).map(line => [line.budget, line.column, line.series[0].min.toFixed()]);
        expect(lines).toEqual([
            ['drift', 'netto', '2'], ['drift', 'opdrift', '3'], ['drift', 'omstilling', '-1'], ['anlaeg', 'netto', '4']
        ]);
    });

    it('gives only the netto when one kind has all the money', async () => {
        const theme = (await modelOf('tema "1" "T" { brik "A" drift 1 }')).children[0];
        expect(subtotalLines(theme).map(line => line.column)).toEqual(['netto']);
        expect(splitKinds(theme.totals.drift)).toEqual([]);
        expect(hasMoney(theme.totals.anlaeg)).toBe(false);
    });
});

describe('rangeColumnNames', () => {
    it('names min and max of every year and of permanent, in Danish and English', async () => {
        const years = (await modelOf(MEDICIN)).frame.years;
        expect(rangeColumnNames(reportLabels('da'), years).slice(-4)).toEqual(['2027 min', '2027 max', 'varigt min', 'varigt max']);
        expect(rangeColumnNames(reportLabels('en'), years).slice(0, 2)).toEqual(['2024 min', '2024 max']);
        expect(rangeColumnNames(reportLabels('en'), years).at(-1)).toBe('permanent max');
    });
});
