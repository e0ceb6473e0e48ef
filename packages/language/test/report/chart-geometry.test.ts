import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../src/evaluation/exact-decimal.js';
import { barParts, extentOf, linearScale, niceAxis, truncateLabel } from '../../src/report/chart-geometry.js';

const d = (value: string | number) => new ExactDecimal(value);
const texts = (values: readonly ExactDecimal[]) => values.map(value => value.toFixed());
const interval = (min: string, max = min) => ({ min: d(min), max: d(max) });

describe('niceAxis', () => {
    it.each([
        // values, expected ticks, decimals
        [['15', '26.6', '-8.4'], ['-10', '0', '10', '20', '30'], 0],
        [['48.9', '121.5', '350.7'], ['0', '100', '200', '300', '400'], 0],
        [['-119.6', '62.8'], ['-150', '-100', '-50', '0', '50', '100'], 0],
        [['-12000'], ['-15000', '-10000', '-5000', '0'], 0],
        [['0.9', '1.8'], ['0', '0.5', '1', '1.5', '2'], 1],
        [['0.03'], ['0', '0.01', '0.02', '0.03'], 2]
    ])('puts %j on ticks %j with %i decimals, zero always among them', (values, ticks, decimals) => {
        const axis = niceAxis(values.map(d));
        expect(texts(axis.ticks)).toEqual(ticks);
        expect(axis.decimals).toBe(decimals);
        expect(axis.ticks.some(tick => tick.isZero())).toBe(true);
        expect(axis.min.lessThanOrEqualTo(ExactDecimal.min(...values.map(d)))).toBe(true);
        expect(axis.max.greaterThanOrEqualTo(ExactDecimal.max(...values.map(d)))).toBe(true);
    });

    it('gives an all-zero chart a unit axis instead of dividing by zero', () => {
        expect(texts(niceAxis([d(0), d(0)]).ticks)).toEqual(['0', '1']);
        expect(texts(niceAxis([]).ticks)).toEqual(['0', '1']);
    });

    it('computes ticks exactly, with no binary-float residue', () => {
        const axis = niceAxis([d('0.3')], 3);
        expect(texts(axis.ticks)).toEqual(['0', '0.1', '0.2', '0.3']);
    });
});

describe('linearScale', () => {
    const axis = niceAxis([d(-50), d(100)]);

    it('maps the axis ends onto the drawing range, and zero in between', () => {
        const scale = linearScale(axis, 300, 600);
        expect(scale(axis.min)).toBe(300);
        expect(scale(axis.max)).toBe(600);
        expect(scale(d(0))).toBe(400);
        expect(scale(d(25))).toBe(450);
    });

    it('runs upward for a y axis (from the bottom to the top)', () => {
        const scale = linearScale(axis, 178, 10);
        expect(scale(axis.min)).toBe(178);
        expect(scale(axis.max)).toBe(10);
        expect(scale(d(0))).toBe(122);
    });

    it('rounds coordinates to 1/100 px', () => {
        const scale = linearScale(niceAxis([d(3)]), 0, 100);
        expect(scale(d(1))).toBe(33.33);
    });

    it('orders the ends of an extent whichever way the axis runs', () => {
        const scale = linearScale(axis, 178, 10);
        expect(extentOf(d(0), d(50), scale)).toEqual({ start: 66, end: 122 });
    });
});

describe('barParts', () => {
    it.each([
        ['an exact positive amount is all certain', interval('2.8'), interval('0', '2.8'), undefined],
        ['an exact negative amount is all certain', interval('-3.4'), interval('-3.4', '0'), undefined],
        ['a positive range is certain up to its minimum', interval('15', '26.6'), interval('0', '15'), interval('15', '26.6')],
        ['a negative range is certain down to its maximum', interval('-8', '-2'), interval('-2', '0'), interval('-8', '-2')],
        ['a range from zero has no certain part', interval('0', '10'), undefined, interval('0', '10')],
        ['a range across zero has no certain part', interval('-11.4', '35.6'), undefined, interval('-11.4', '35.6')],
        ['zero has nothing to draw', interval('0'), undefined, undefined]
    ])('%s', (_, value, certain, range) => {
        const parts = barParts(value);
        const plain = (i: { min: ExactDecimal; max: ExactDecimal } | undefined) => i && [i.min.toFixed(), i.max.toFixed()];
        expect(plain(parts.certain)).toEqual(plain(certain));
        expect(plain(parts.range)).toEqual(plain(range));
    });
});

describe('truncateLabel', () => {
    it('keeps a short label and cuts a long one with an ellipsis, counting characters, not bytes', () => {
        expect(truncateLabel('1.6 Medicin', 20)).toBe('1.6 Medicin');
        expect(truncateLabel('Besparelser på administration i Budget 2024 og frem', 20)).toBe('Besparelser på…');
        expect([...truncateLabel('æøå'.repeat(10), 7)]).toHaveLength(7);
    });
});
