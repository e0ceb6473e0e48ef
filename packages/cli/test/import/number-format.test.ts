import { describe, expect, it } from 'vitest';
import { numberCellDecimal, shownNumber } from '../../src/import/number-format.js';

describe('numberCellDecimal: an exceljs number cell as the decimal typed', () => {
    it.each([
        [2.8, 0, '2.8'],
        [0.1 + 0.2, 0, '0.3'],
        [1355700, 0, '1355700'],
        [-521793708778.652, 0, '-521793708778.652'],
        [1e-7, 0, '0.0000001'],
        [15, 1, '15.0'],
        [26.6, 1, '26.6'],
        [-0, 0, '0']
    ])('%d (shown with %d decimals) is %s', (value, shown, text) => {
        expect(numberCellDecimal(value, shown)).toBe(text);
    });
});

describe('shownNumber: a number cell as its format shows it (formats in the file\'s en-US notation)', () => {
    it.each([
        // `#.##0,` in Danish Excel: thousands shown in a sheet in 1.000 kr.
        [1234000, '#,##0,', '1234'],
        [1234567, '#,##0,', '1234.567'],
        [-2500000, '#,##0,,', '-2.5'],
        [2500000, '#,##0.0,,', '2.5'],
        [0.125, '0.0%', '12.5'],
        [0.5, '0%', '50'],
        [15, '#,##0.0', '15.0'],
        [15.25, '#,##0.0', '15.25'],
        [-3.4, '#,##0.0;[Red]\\-#,##0.0', '-3.4'],
        [-3.4, '#,##0.0_);(#,##0.0)', '-3.4'],
        [1250, '"kr. "#,##0', '1250'],
        [1250, 'General', '1250'],
        [1250, '@', '1250'],
        [0, '#,##0.0', '0']
    ])('%d with %s is %s', (value, format, decimal) => {
        expect(shownNumber(value, format).decimal).toBe(decimal);
    });
});
