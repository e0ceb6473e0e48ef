import { describe, expect, it } from 'vitest';
import { decimalPlacesAsWritten, parseAmount } from '../../src/evaluation/exact-decimal.js';
import { suspectWrongUnit } from '../../src/validation/amount-checks.js';
import { unitInfo } from '../../src/evaluation/budget-header.js';

describe('parseAmount', () => {
    it.each([
        ['2.8', '2.8'], ['-3.4', '-3.4'], ['+20', '20'], ['1_250.5', '1250.5'], ['2,8', '2.8'],
        ['1234567890123456789012345678901234567890.5', '1234567890123456789012345678901234567890.5']
    ])('reads %s as %s, exactly', (text, expected) => {
        expect(parseAmount(text)?.toFixed()).toBe(expected);
    });

    it.each(['', 'abc', '1..2', '2.'])('refuses %j', text => {
        expect(parseAmount(text)).toBeUndefined();
    });

    it('reads at most 100 digits, however the amount is written', () => {
        const hundred = '9'.repeat(100);
        for (const text of [hundred, `-${hundred}`, `${'9'.repeat(50)}.${'9'.repeat(50)}`, `+${'9'.repeat(99)}.9`]) {
            expect(parseAmount(text)?.toFixed()).toBe(text.replace('+', ''));
        }
        for (const text of [`${hundred}9`, `-${hundred}9`, `${'9'.repeat(50)}.${'9'.repeat(51)}`, `${hundred}_9`, `${hundred},9`]) {
            expect(parseAmount(text)).toBeUndefined();
        }
    });

    it('adds 40-digit amounts without losing a digit', () => {
        const a = parseAmount('9999999999999999999999999999999999999999')!;
        expect(a.plus(parseAmount('0.0000000001')!).toFixed()).toBe('9999999999999999999999999999999999999999.0000000001');
    });
});

describe('decimalPlacesAsWritten', () => {
    it.each([['15.0', 1], ['16', 0], ['2,45', 2], ['1_000.000_5', 4]] as const)('%s has %i', (text, places) => {
        expect(decimalPlacesAsWritten(text)).toBe(places);
    });
});

describe('suspectWrongUnit', () => {
    const mio = unitInfo({ million: true, thousands: undefined } as never)!;
    const thousands = unitInfo({ million: false, thousands: '1.000' } as never)!;
    it.each([
        [mio, '2455000', '2.455'],
        [mio, '45000', '45'],
        [thousands, '24550000', '24550'],
        [thousands, '2.8', '2800']
    ])('suspects %#: %s → %s', (unit, value, suggestion) => {
        expect(suspectWrongUnit(parseAmount(value)!, unit)?.suggestion.toFixed()).toBe(suggestion);
    });

    it.each([[mio, '9999'], [mio, '2.455'], [thousands, '2455'], [thousands, '120']])('accepts %#: %s', (unit, value) => {
        expect(suspectWrongUnit(parseAmount(value)!, unit)).toBeUndefined();
    });
});
