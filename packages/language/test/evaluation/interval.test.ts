import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../src/evaluation/exact-decimal.js';
import type { Interval } from '../../src/evaluation/interval.js';
import { addIntervals, exactInterval, scaleInterval, UNKNOWN_INTERVAL, ZERO_INTERVAL } from '../../src/evaluation/interval.js';

const d = (text: string) => new ExactDecimal(text);
const range = (min: string, max: string): Interval => ({ min: d(min), max: d(max) });
/** Each end as decimal.js writes it, the sign of a zero included. */
const ends = (i: Interval) => [i.min.isNegative() ? `-${i.min.abs().toFixed()}` : i.min.toFixed(), i.max.isNegative() ? `-${i.max.abs().toFixed()}` : i.max.toFixed(), i.unknown === true];

describe('addIntervals skips only the additions that change nothing', () => {
    const cases: Array<[string, Interval]> = [
        ['the shared zero', ZERO_INTERVAL], ['unknown', UNKNOWN_INTERVAL], ['2.8', exactInterval(d('2.8'))],
        ['0..10', range('0', '10')], ['-0', exactInterval(d('-0'))], ['-0..3', range('-0', '3')], ['0', exactInterval(d('0'))],
        ['-1.5..-0.25', range('-1.5', '-0.25')], ['1.5 (two Decimals)', range('1.5', '1.5')]
    ];
    for (const [aName, a] of cases) {
        for (const [bName, b] of cases) {
            it(`${aName} + ${bName} is decimal.js's sum, end by end`, () => {
                const expected = { min: a.min.plus(b.min), max: a.max.plus(b.max), ...(a.unknown || b.unknown ? { unknown: true as const } : {}) };
                expect(ends(addIntervals(a, b))).toEqual(ends(expected));
            });
        }
    }

    it('adds two exact amounts once, and keeps one Decimal for both ends', () => {
        const sum = addIntervals(exactInterval(d('2.8')), exactInterval(d('0.35')));
        expect(sum.min).toBe(sum.max);
        expect(sum.min.toFixed()).toBe('3.15');
    });

    it('scales an exact amount once', () => {
        const scaled = scaleInterval(exactInterval(d('2.8')), d('0.001'));
        expect(scaled.min).toBe(scaled.max);
        expect(scaled.min.toFixed()).toBe('0.0028');
    });
});
