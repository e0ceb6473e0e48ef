import { describe, expect, it } from 'vitest';
import type { OuterPeriod } from '../../src/evaluation/totals.js';
import type { FigureBlock, RangeEnd } from '../../src/report/sheet-headings.js';
import { figureHeading, rangeEndOf, readFigureHeading, readItemKind, readLineKind, readMarkWord } from '../../src/report/sheet-headings.js';
import { linesApart, placedItems } from '../../src/report/report-structure.js';
import { WORDS, wordsOf } from '../../src/words/words.js';
import { modelOf } from './report-fixture.js';

const da = wordsOf('da');

describe('figureHeading', () => {
    it.each<[FigureBlock, number | OuterPeriod, RangeEnd | undefined, string]>([
        ['drift', 2024, undefined, '2024'],
        ['drift', 2024, 'min', '2024 min'],
        ['drift', 'permanent', undefined, 'Varigt'],
        ['drift', 'permanent', 'max', 'varigt max'],
        ['drift', 'samlet', undefined, 'I alt'],
        ['drift', 'tidligere', 'min', 'tidligere år min'],
        ['anlæg', 'efterfølgende', undefined, 'Anlæg efterfølgende år'],
        ['anlæg', 2025, 'max', 'Anlæg 2025 max'],
        ['årsværk', 'permanent', undefined, 'Årsværk varigt'],
        ['egenfinansiering', 'samlet', 'min', 'heraf finansiering i alt min'],
        ['uomgængelig', 2024, undefined, 'heraf uomgængeligt 2024']
    ])('%s %s %s: %s', (block, period, end, heading) => {
        expect(figureHeading(da, block, period, end)).toBe(heading);
    });
});

describe('readFigureHeading reads back every heading the export writes, in either locale', () => {
    const blocks: FigureBlock[] = ['drift', 'anlæg', 'årsværk', 'egenfinansiering', 'uomgængelig'];
    const periods: Array<number | OuterPeriod> = [2024, 'permanent', 'tidligere', 'efterfølgende', 'samlet'];
    const cases = Object.entries(WORDS).flatMap(([locale, labels]) => blocks.flatMap(block => periods.flatMap(period =>
        ([undefined, 'min', 'max'] as const).map(end => [locale, figureHeading(labels, block, period, end), { block, period: String(period), end: end ?? 'both' }] as const))));

    it.each(cases)('%s: %s', (_, heading, read) => {
        expect(readFigureHeading(heading)).toEqual(read);
        expect(readFigureHeading(heading.toUpperCase())).toEqual(read);
    });

    it.each(['Opdrift', 'Drift 2024', 'Telefon 2024', '2024 maks', 'min', 'Anlæg', ''])('is not %j', heading => {
        expect(readFigureHeading(heading)).toBeUndefined();
    });

    it('takes an end of a range off a heading of other words', () => {
        expect(rangeEndOf('drift 2024 min')).toEqual({ end: 'min', rest: 'drift 2024' });
        expect(rangeEndOf('drift 2024')).toBeUndefined();
    });
});

describe('the words of Type, Markering and a line row, read back', () => {
    it.each([
        ['Opdrift', 'opdrift'], ['omstilling', 'omstilling'], ['Finansiering', 'finansiering'], ['Anlæg', 'opdrift'],
        ['New spending', 'opdrift'], ['Reallocation', 'omstilling'], ['Financing', 'finansiering'], ['Capital', 'opdrift'], ['Etablering', undefined]
    ])('Type %s: %s', (word, kind) => {
        expect(readItemKind(word)).toBe(kind);
    });

    it('reads the marks and the line kinds of both locales', () => {
        expect(['uomgængelig', 'Politisk', 'unavoidable', 'political', 'omstilling'].map(readMarkWord)).toEqual(['uomgængelig', 'politisk', 'uomgængelig', 'politisk', undefined]);
        expect(['Drift', 'Etablering (engangs)', 'Finansiering', 'Anlæg', 'Årsværk', 'Establishment (one-off)', 'Full-time equivalents', 'Samlet'].map(readLineKind))
            .toEqual(['drift', 'etablering', 'finansiering', 'anlæg', 'årsværk', 'etablering', 'årsværk', undefined]);
    });
});

describe('linesApart', () => {
    it('gives the rows of a brik\'s lines where its netto would fold them together, or would not say they are there', async () => {
        const model = await modelOf(`brik "Drift" drift 1
brik "Anlæg" anlæg 2
brik "Nul" drift 0
brik "Ingen"
brik "Etablering" etablering 3
brik "Begge" { drift 1  etablering 2 }
brik "Med årsværk" { drift 1  årsværk 2 }
finansiering "Ramme" { drift -1  anlæg -2 }`);
        expect(placedItems(model).map(({ item }) => [item.name, linesApart(item, da).map(row => row.label)])).toEqual([
            ['Drift', []],
            ['Anlæg', []],
            ['Nul', ['Drift']],
            ['Ingen', []],
            ['Etablering', ['Etablering (engangs)']],
            ['Begge', ['Drift', 'Etablering (engangs)']],
            ['Med årsværk', ['Drift', 'Årsværk']],
            ['Ramme', ['Drift', 'Anlæg']]
        ]);
    });
});
