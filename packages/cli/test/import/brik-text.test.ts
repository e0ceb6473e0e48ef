import { describe, expect, it } from 'vitest';
import { amountText, profiles, quoted } from '../../src/import/brik-text.js';
import type { ImportedLine } from '../../src/import/imported-catalogue.js';

const YEARS = [2024, 2025, 2026, 2027];
const line = (periods: Record<string, string | [string, string]>): ImportedLine => ({
    kind: 'drift',
    periods: new Map(Object.entries(periods).map(([period, value]) => [period, typeof value === 'string' ? { min: value, max: value } : { min: value[0], max: value[1] }]))
});

describe('profiles: the sheet\'s figures as §3 profiles that give exactly them', () => {
    it.each([
        [{ 2024: '2.8', 2025: '2.8', 2026: '2.8', 2027: '2.8', permanent: '2.8' }, ['2.8 permanent']],
        [{ 2024: '-1100', 2025: '-4500', 2026: '-4500', 2027: '-4500', permanent: '-4500' }, ['2024: -1100, 2025: -4500 permanent']],
        [{ 2024: '1.2', 2025: '1.2' }, ['2024..2025: 1.2']],
        [{ 2025: ['0', '5'] }, ['2025: 0..5']],
        [{ 2024: '6040', 2025: '0', 2026: '0', 2027: '0' }, ['2024: 6040']],
        // A permanent level other than the last year's: `permanent: P` (seed 003's ForskningsKUBER),
        // after the last year, written even where it is 0.
        [{ 2024: '1', 2025: '1', 2026: '1', 2027: '4', permanent: '1' }, ['2024..2026: 1, 2027: 4, permanent: 1']],
        [{ 2024: '3.8', 2025: '5.00', permanent: '6.3' }, ['2024: 3.8, 2025: 5.00, 2027: 0, permanent: 6.3']],
        [{ 2024: '19.4', 2025: '28.4', 2026: '55.2', 2027: '55.2', permanent: ['50', '60'] }, ['2024: 19.4, 2025: 28.4, 2026..2027: 55.2, permanent: 50..60']],
        [{ tidligere: '30739', 2024: '96500', 2025: '81369' }, ['tidligere: 30_739, 2024: 96_500, 2025: 81_369']],
        [{ 2027: '209500', efterfølgende: '793999' }, ['2027: 209_500, efterfølgende: 793_999']],
        [{}, []]
    ])('%j → %j', (periods, expected) => {
        expect(profiles(line(periods as Record<string, string>), YEARS, 'mio. kr.')).toEqual(expected);
    });

    // A line cannot hold both `efterfølgende` and `permanent` (§3): a brik whose drift lines hold
    // them apart is exported as one row, so the profile that ends in `permanent` leaves
    // `efterfølgende` to a profile of its own.
    it.each([
        [{ 2024: '2', 2025: '2', 2026: '2', 2027: '2', permanent: '2', efterfølgende: '5' }, ['2 permanent', 'efterfølgende: 5']],
        [{ tidligere: '-1', 2024: '1.5', 2025: ['0.5', '1'], 2026: ['0.5', '1'], 2027: ['0.5', '1'], permanent: ['0.5', '1'], efterfølgende: ['-1', '-0.5'] },
            ['tidligere: -1, 2024: 1.5, 2025: 0.5..1 permanent', 'efterfølgende: -1..-0.5']],
        // The permanent level on a line of its own: efterfølgende stays with the years.
        [{ 2024: '1', 2025: '1', 2026: '1', 2027: '4', permanent: '1', efterfølgende: '3' }, ['2024..2026: 1, 2027: 3, efterfølgende: 3', '2027: 1 permanent']]
    ])('%j → %j, never efterfølgende and permanent in one profile', (periods, expected) => {
        expect(profiles(line(periods as Record<string, string>), YEARS, 'mio. kr.')).toEqual(expected);
    });

    it('writes the periods it is given even where they are 0', () => {
        const both = new Set(['tidligere', 'efterfølgende'] as const);
        expect(profiles(line({ 2024: '5' }), YEARS, '1.000 kr.', both)).toEqual(['tidligere: 0, 2024: 5, efterfølgende: 0']);
        expect(profiles(line({ 2024: '5', 2025: '5', 2026: '5', 2027: '5', permanent: '5' }), YEARS, '1.000 kr.', both))
            .toEqual(['tidligere: 0, 2024: 5 permanent', 'efterfølgende: 0']);
        expect(profiles(line({}), YEARS, '1.000 kr.', new Set(['efterfølgende'] as const))).toEqual(['efterfølgende: 0']);
    });

    it('refuses a permanent range beside efterfølgende that would turn the last year\'s round', () => {
        expect(profiles(line({ 2027: '5', permanent: ['0', '10'] }), YEARS, 'mio. kr.')).toEqual(['2027: 5, permanent: 0..10']);
        expect(profiles(line({ 2027: '5', permanent: ['0', '10'], efterfølgende: '1' }), YEARS, 'mio. kr.')).toBeUndefined();
    });
});

describe('amountText and quoted', () => {
    it.each([
        ['30739', '1.000 kr.', '30_739'],
        ['1355700', '1.000 kr.', '1_355_700'],
        ['4500', '1.000 kr.', '4500'],
        ['1.234', '1.000 kr.', '1.2340'],
        ['0.735', 'mio. kr.', '0.735'],
        ['-521793708778.652', 'mio. kr.', '-521_793_708_778.652']
    ])('%s in %s is written %s', (value, unit, text) => {
        expect(amountText(value, unit)).toBe(text);
    });

    it('escapes quotes and backslashes and joins lines', () => {
        expect(quoted('G:\\Fælles "budget"\nnotat')).toBe('"G:\\Fælles \\"budget\\" notat"');
    });
});
