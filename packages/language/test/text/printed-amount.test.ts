import { describe, expect, it } from 'vitest';
import { PASTED_GROUP_SPACES, PASTED_MINUS_SIGNS } from '../../src/text/pasted-text.js';
import { readPrintedAmount } from '../../src/text/printed-amount.js';

describe('readPrintedAmount: figures as Danish catalogues, spreadsheets and PDFs print them', () => {
    it.each([
        ['1.234,5', '1234.5', '1234.5'],
        ['62.000', '62000', '62000'],
        ['1.355.700', '1355700', '1355700'],
        ['-1.540', '-1540', '-1540'],
        ['15,0', '15.0', '15.0'],
        ['0,0-10,0', '0.0', '10.0'],
        ['-0,0', '0.0', '0.0'],
        ['0\u201310', '0', '10'],
        ['0 \u2013 10', '0', '10'],
        ['25-50', '25', '50'],
        ['(-)11,4 \u2013 (+)35,6', '-11.4', '35.6'],
        ['\u22125,0', '-5.0', '-5.0'],
        ['\u2013 1.250', '-1250', '-1250'],
        ['1\u00A0250', '1250', '1250'],
        ['1\u202F250,5', '1250.5', '1250.5'],
        ['-5--3', '-5', '-3'],
        ['\u22125\u2013\u22123', '-5', '-3'],
        // The accountants' negatives.
        ['(1.234)', '-1234', '-1234'],
        ['(1,5)', '-1.5', '-1.5'],
        ['1.234-', '-1234', '-1234'],
        ['1,5\u2212', '-1.5', '-1.5'],
        ['(2,5) \u2013 1,0', '-2.5', '1.0'],
        ['4- \u2013 64', '-4', '64'],
        ['6,0- \u2013 4,0-', '-6.0', '-4.0'],
        ['1.000..2.000', '1000', '2000']
    ])('%s is %s..%s', (text, min, max) => {
        expect(readPrintedAmount(text, 'da')).toEqual({ min, max });
    });

    it.each(PASTED_MINUS_SIGNS.map(sign => [sign.name, sign.character] as const))('%s before a figure is minus, and between two a range', (_, minus) => {
        expect(readPrintedAmount(`${minus}1.250`, 'da')).toEqual({ min: '-1250', max: '-1250' });
        expect(readPrintedAmount(`0${minus}10`, 'da')).toEqual({ min: '0', max: '10' });
        expect(readPrintedAmount(`1.250${minus}`, 'da')).toEqual({ min: '-1250', max: '-1250' });
    });

    it.each(PASTED_GROUP_SPACES.map(space => [space.name, space.character] as const))('%s between digit groups', (_, space) => {
        expect(readPrintedAmount(`1${space}355${space}700`, 'da')).toEqual({ min: '1355700', max: '1355700' });
    });

    it.each(['', '  ', '-', '\u2013', '\u2212'])('%j is an empty cell', text => {
        expect(readPrintedAmount(text, 'da')).toBe('empty');
    });

    it.each(['ca. 2', '2.8', '1.23', '10-5', 'x', '1,2,3', '(1.234', '01-05-2024', '#VÆRDI!'])('%j is not an amount in a Danish sheet', text => {
        expect(readPrintedAmount(text, 'da')).toBeUndefined();
    });

    it('reads a program\'s CSV (Brik\'s own export) with a decimal point and no grouping', () => {
        expect(readPrintedAmount('-3.4', 'point')).toEqual({ min: '-3.4', max: '-3.4' });
        expect(readPrintedAmount('1355700', 'point')).toEqual({ min: '1355700', max: '1355700' });
        expect(readPrintedAmount('1.234,5', 'point')).toBeUndefined();
    });
});
