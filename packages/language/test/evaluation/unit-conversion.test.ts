import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../src/evaluation/exact-decimal.js';
import { unitNamed } from '../../src/evaluation/budget-header.js';
import { convertAmount, inKroner, unitFactor } from '../../src/evaluation/unit-conversion.js';
import { intervalText } from '../series-text.js';

describe('unit conversion', () => {
    it.each([
        ['2455000', 'kr.', 'mio. kr.', '2.455'],
        ['62000', '1.000 kr.', 'mio. kr.', '62'],
        ['12500000', 'kr.', '1.000 kr.', '12500'],
        ['2.5', 'mio. kr.', '1.000 kr.', '2500'],
        ['7', 'kr.', 'kr.', '7']
    ] as const)('%s %s in %s is %s', (value, from, to, expected) => {
        expect(convertAmount(new ExactDecimal(value), from, to).toFixed()).toBe(expected);
    });

    it('has no factor between equal or unknown units, and gives kroner exactly', () => {
        expect(unitFactor(unitNamed('mio. kr.'), unitNamed('mio. kr.'))).toBeUndefined();
        expect(unitFactor(undefined, unitNamed('kr.'))).toBeUndefined();
        expect(unitFactor(unitNamed('1.000 kr.'), unitNamed('mio. kr.'))?.toFixed()).toBe('0.001');
        expect(intervalText(inKroner({ min: new ExactDecimal('0.735'), max: new ExactDecimal('2.1') }, unitNamed('mio. kr.')))).toBe('735000..2100000');
    });
});
