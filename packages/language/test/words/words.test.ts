import { describe, expect, it } from 'vitest';
import type { Words } from '../../src/words/words.js';
import { WORDS, wordsOf } from '../../src/words/words.js';

/** The arguments each phrase is tried with: a new phrase needs a line here. */
const SAMPLES: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
    brikker: [[1], [8]],
    itemCount: [[0, 0], [8, 0], [0, 3], [8, 1]],
    priceLevel: [[2023]],
    period: [[[2024]], [[2024, 2025]], [[2024, 2025, 2026, 2027]], [[]]],
    total: [['Sundhedsområdet']],
    unavoidablePart: [['1,5']],
    amountsIn: [['mio. kr.']],
    periodEnd: [['2024', 'min'], ['Varigt', 'max']],
    unavoidableColumn: [['2024 min'], ['2024']],
    staffColumn: [['2024'], ['varigt max']],
    anlægColumn: [['2024 min']],
    ownFinancingColumn: [['2024 min']],
    themeChart: [['2024', 'drift'], ['2023', 'anlæg']],
    periodChart: [['drift', true], ['anlæg', false]],
    scenarioShown: [['Basis']],
    restatedFrom: [[2023]],
    scenarioLevel: [['min'], ['max'], ['midt'], [undefined]],
    rammeFigure: [['120,0']],
    exceededIn: [['2025, 2026']],
    'hover.exceededIn': [['2025: 1,0']],
    'hints.exceeded': [[2025, '1,0']],
    'hints.room': [[2025, '1,0']],
    'hover.inScenarios': [['Basis · Udvidet']],
    'diff.summary': [[{ added: 1, removed: 2, renamed: 0, moved: 0, changed: 3 }], [{ added: 0, removed: 0, renamed: 0, moved: 1, changed: 0 }]],
    'status.inBudgetYear': [[2024]],
    errorsListed: [[1], [3]],
    errorAt: [['budget.brik', 6, 'Totalen holder ikke']],
    'status.errors': [[1, 'drift'], [3, 'anlæg']]
};

/** Every word of a table, by its path (`hover.holds`); a phrase once for each of its samples. */
function entries(value: unknown, path = ''): Array<[string, unknown]> {
    if (typeof value === 'function') {
        const samples = SAMPLES[path];
        if (!samples) {
            return [[`${path}: a phrase without samples in SAMPLES`, undefined]];
        }
        return samples.map((args, i) => [`${path} #${i}`, (value as (...a: unknown[]) => unknown)(...args)]);
    }
    if (typeof value === 'object' && value !== null) {
        return Object.entries(value).flatMap(([key, inner]) => entries(inner, path ? `${path}.${key}` : key));
    }
    return [[path, value]];
}

/** The shape of a table: every key, and whether it holds a word, a phrase (a function) or a group. */
function shape(value: unknown): unknown {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
    }
    return Array.isArray(value) ? value.map(shape) : typeof value;
}

describe('the words of every locale', () => {
    const locales = Object.keys(WORDS) as Array<keyof typeof WORDS>;

    it('are Danish and English, Danish unless English is asked for', () => {
        expect(locales).toEqual(['da', 'en']);
        expect(wordsOf('da')).toBe(WORDS.da);
        expect(wordsOf('en')).toBe(WORDS.en);
    });

    it.each(locales.slice(1))('has the same keys in %s as in Danish, at every level', locale => {
        expect(shape(WORDS[locale])).toEqual(shape(WORDS.da));
    });

    it.each(locales)('has no empty word in %s, and no phrase that prints undefined or NaN', locale => {
        const words: Words = WORDS[locale];
        for (const [path, word] of entries(words)) {
            expect(typeof word, path).toBe('string');
            expect((word as string).trim(), path).not.toBe('');
            expect(word, path).not.toMatch(/undefined|NaN|\[object/);
        }
    });

    it('differs between the languages where a word is a language\'s own', () => {
        expect(WORDS.en.hints.computedTotal).not.toBe(WORDS.da.hints.computedTotal);
        expect(WORDS.en.diff.summary({ added: 1, removed: 0, renamed: 0, moved: 0, changed: 0 })).toBe('0 changed, 1 added, 0 removed and 0 renamed items');
        expect(WORDS.da.diff.balance).toBe('Balance (drift netto)');
        expect(WORDS.en.diff.capital).toBe('Capital total (capital net)');
    });
});
