import { describe, expect, it } from 'vitest';
import { numberCellDecimal, parseCellAmount } from '../../src/import/cell-amount.js';

describe('parseCellAmount: cells as Danish catalogues print them', () => {
    it.each([
        ['1.234,5', '1234.5', '1234.5'],
        ['62.000', '62000', '62000'],
        ['1.355.700', '1355700', '1355700'],
        ['-1.540', '-1540', '-1540'],
        ['15,0', '15.0', '15.0'],
        ['0,0-10,0', '0', '10.0'],
        ['0\u201310', '0', '10'],
        ['25-50', '25', '50'],
        ['(-)11,4 \u2013 (+)35,6', '-11.4', '35.6'],
        ['\u22125,0', '-5.0', '-5.0'],
        ['1\u00A0250', '1250', '1250'],
        ['1\u202F250,5', '1250.5', '1250.5'],
        ['-5--3', '-5', '-3']
    ])('%s is %s..%s', (text, min, max) => {
        expect(parseCellAmount(text, 'da')).toEqual({ min, max });
    });

    it.each(['', '  ', '-', '\u2013', '\u2212'])('%j is an empty cell', text => {
        expect(parseCellAmount(text, 'da')).toBe('empty');
    });

    it.each(['ca. 2', '2.8', '1.23', '10-5', 'x', '1,2,3'])('%j is not an amount in a Danish sheet', text => {
        expect(parseCellAmount(text, 'da')).toBeUndefined();
    });

    it('reads a program\'s CSV (Brik\'s own export) with a decimal point and no grouping', () => {
        expect(parseCellAmount('-3.4', 'point')).toEqual({ min: '-3.4', max: '-3.4' });
        expect(parseCellAmount('1355700', 'point')).toEqual({ min: '1355700', max: '1355700' });
        expect(parseCellAmount('1.234,5', 'point')).toBeUndefined();
    });
});

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
