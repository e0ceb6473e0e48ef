import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../src/evaluation/exact-decimal.js';
import { priceFactor } from '../../src/evaluation/price-index.js';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { budget } from '../brik-test-services.js';
import { expectClean, expectOnly } from '../validation/expect-diagnostics.js';

const INDEX = new Map([[2023, new ExactDecimal('100.0')], [2024, new ExactDecimal('103.4')], [2025, new ExactDecimal('106.1')]]);

describe('price levels (§8)', () => {
    it('multiplies by index(to) / index(from), exactly', () => {
        const result = priceFactor(INDEX, 2023, 2024);
        expect('factor' in result && result.factor.toFixed()).toBe('1.034');
        const back = priceFactor(INDEX, 2024, 2023);
        const there = 'factor' in result ? result.factor : undefined;
        expect('factor' in back && there && new ExactDecimal('2.8').times(there).times(back.factor).toDecimalPlaces(100).toFixed()).toBe('2.8');
    });

    it('names the year whose index is missing', () => {
        expect(priceFactor(INDEX, 2023, 2026)).toEqual({ missing: 2026 });
    });

    it('accepts the example of docs/language.md §8', async () => {
        await expectClean(`budget "Budget 2024" {
  enhed mio. kr.  prisniveau 2023  år 2024..2025
  prisindeks { 2023: 100.0  2024: 103.4  2025: 106.1 }
  brik "Neurorehabilitering" drift 2.8 permanent
}`);
    });

    it('requires the budget\'s own price level in the index, increasing years and positive values', async () => {
        await expectOnly(budget('<|prisindeks { 2024: 103.4 }|>'), IssueCodes.PriceIndexMissingLevel);
        await expectOnly(budget('prisindeks { 2023: 100 2025: 106.1 <|2024|>: 103.4 }'), IssueCodes.YearsNotIncreasing);
        await expectOnly(budget('prisindeks { 2023: 100 2024: <|-1|> }'), IssueCodes.PriceIndexInvalid);
    });
});
