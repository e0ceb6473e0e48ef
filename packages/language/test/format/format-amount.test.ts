import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../src/evaluation/exact-decimal.js';
import { formatAmount, formatInterval, sourceAmount, sourceInterval, withUnit } from '../../src/format/format-amount.js';

const d = (text: string) => new ExactDecimal(text);

describe('formatAmount (§9)', () => {
    it.each([
        ['1234.5', 1, 'da', '1.234,5'],
        ['1234.5', 1, 'en', '1,234.5'],
        ['-3.4', 1, 'da', '-3,4'],
        ['26.6', 1, 'da', '26,6'],
        ['15', 1, 'da', '15,0'],
        ['12000', 0, 'da', '12.000'],
        ['-1540', 0, 'da', '-1.540'],
        ['2.45', 1, 'da', '2,5'],
        ['-2.45', 1, 'da', '-2,5'],
        ['0.5', 0, 'da', '1'],
        ['-0.04', 1, 'da', '0,0'],
        ['12345678901234567890.25', 1, 'da', '12.345.678.901.234.567.890,3']
    ] as const)('%s with %i decimals in %s is %s', (value, decimals, locale, expected) => {
        expect(formatAmount(d(value), { decimals, locale })).toBe(expected);
    });
});

describe('formatInterval', () => {
    it('prints a range with an en dash and an exact amount once', () => {
        expect(formatInterval({ min: d('15'), max: d('26.6') }, { decimals: 1, locale: 'da' })).toBe('15,0–26,6');
        expect(formatInterval({ min: d('2.8'), max: d('2.8') }, { decimals: 1, locale: 'da' })).toBe('2,8');
        expect(formatInterval({ min: d('-11.4'), max: d('35.6') }, { decimals: 1, locale: 'en' })).toBe('-11.4–35.6');
    });

    it('prints a range once when both ends round to the same figure', () => {
        expect(formatInterval({ min: d('2.81'), max: d('2.84') }, { decimals: 1, locale: 'da' })).toBe('2,8');
    });
});

describe('sourceInterval', () => {
    it('writes Brik notation for messages and quick fixes', () => {
        expect(sourceInterval({ min: d('16.4'), max: d('16.4') }, 1)).toBe('16.4');
        expect(sourceInterval({ min: d('48.9'), max: d('121.5') }, 1)).toBe('48.9..121.5');
        expect(sourceInterval({ min: d('-0.01'), max: d('-0.01') }, 1)).toBe('0.0');
    });
});

describe('figures with more decimals than Intl prints', () => {
    it('prints 41 decimals exactly, grouped and signed as in the locale (found by the fuzz suite)', () => {
        const tiny = new ExactDecimal('-1234.00000000000000000000000000000000000000001');
        expect(formatAmount(tiny, { decimals: 41, locale: 'da' })).toBe('-1.234,00000000000000000000000000000000000000001');
        expect(formatAmount(tiny, { decimals: 41, locale: 'en' })).toBe('-1,234.00000000000000000000000000000000000000001');
        expect(formatAmount(new ExactDecimal('0.5'), { decimals: 25, locale: 'da' })).toBe('0,5000000000000000000000000');
    });
});

describe('formatAmount against Intl.NumberFormat', () => {
    it('prints every figure as Intl prints the same decimal string, in both locales', () => {
        const intl = (locale: string, decimals: number, text: string) => new Intl.NumberFormat(locale, {
            minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'negative', useGrouping: true
        }).format(text as `${number}`);
        const values = ['0', '-0.04', '7', '-12', '999', '1000', '-1234.56', '12345.05', '-999999.95', '1234567.891', '164129900', '-0.5', '0.05'];
        for (const value of values) {
            for (const decimals of [0, 1, 2, 3]) {
                for (const [locale, tag] of [['da', 'da-DK'], ['en', 'en-GB']] as const) {
                    const rounded = d(value).toDecimalPlaces(decimals);
                    const text = rounded.isZero() ? rounded.abs().toFixed(decimals) : rounded.toFixed(decimals);
                    expect(formatAmount(d(value), { decimals, locale }), `${value} ${decimals} ${locale}`).toBe(intl(tag, decimals, text));
                }
            }
        }
    });

    it('prints a brik\'s own amount with every decimal written, and at least the unit\'s', () => {
        expect(formatAmount(d('1.59'), { decimals: 1, locale: 'da', exact: true })).toBe('1,59');
        expect(formatAmount(d('2.8'), { decimals: 1, locale: 'da', exact: true })).toBe('2,8');
        expect(formatAmount(d('3'), { decimals: 1, locale: 'da', exact: true })).toBe('3,0');
        expect(formatAmount(d('1.59'), { decimals: 1, locale: 'da' })).toBe('1,6');
    });
});

describe('withUnit and sourceAmount', () => {
    it('sets a unit that begins with a figure apart, and writes figures back with _ groups', () => {
        expect([withUnit('315.800', '1.000 kr.'), withUnit('2,8', 'mio. kr.'), withUnit('500', 'kr.'), withUnit('2,8', undefined)])
            .toEqual(['315.800 (1.000 kr.)', '2,8 mio. kr.', '500 kr.', '2,8']);
        expect([sourceAmount(d('-3600'), 0), sourceAmount(d('164129900'), 0), sourceAmount(d('1234.54'), 1), sourceAmount(d('999'), 0)])
            .toEqual(['-3_600', '164_129_900', '1_234.5', '999']);
    });
});
