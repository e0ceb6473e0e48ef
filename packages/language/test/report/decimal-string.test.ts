import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../src/evaluation/exact-decimal.js';
import { decimalString } from '../../src/report/decimal-string.js';

describe('decimalString', () => {
    it.each([
        ['15', '15'], ['26.60', '26.6'], ['-0', '0'], ['0.0000001', '0.0000001'],
        ['123456789012345678901234567890', '123456789012345678901234567890']
    ])('writes %s as %s, never with an exponent', (value, expected) => {
        expect(decimalString(new ExactDecimal(value))).toBe(expected);
    });
});
