import { Decimal } from 'decimal.js';

/** An amount read from a cell: exact decimal strings, `min === max` for a single figure. */
export interface CellAmount {
    readonly min: string;
    readonly max: string;
}

/** How a sheet writes numbers as text: Danish (`1.234,5`) or a program's (`1234.5`, Brik's own CSV). */
export type NumberStyle = 'da' | 'point';

/**
 * A spreadsheet's number cell as the exact decimal it stands for. exceljs gives a double; its
 * shortest round-tripping decimal (`String`) is the figure the analyst typed, because a typed
 * figure has at most 15 significant digits and every such decimal survives the trip through a
 * double unchanged. Digits past the 15th only appear in a formula's result (`=0,1+0,2` gives
 * 0.30000000000000004) and are binary noise, not money: they are rounded away.
 */
export function numberCellDecimal(value: number, shownDecimals = 0): string {
    const shortest = new Decimal(String(value));
    const exact = shortest.precision(true) > 15 ? shortest.toSignificantDigits(15, Decimal.ROUND_HALF_UP) : shortest;
    return exact.isZero() ? '0' : exact.toFixed(Math.max(exact.decimalPlaces(), shownDecimals));
}

const SIGN = String.raw`(?:\(\s*[-+\u2212\u2013]\s*\)|[-+\u2212])?`;
const DA_NUMBER = String.raw`(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?`;
const POINT_NUMBER = String.raw`[0-9]+(?:\.[0-9]+)?`;

function patterns(style: NumberStyle) {
    const unsigned = style === 'da' ? DA_NUMBER : POINT_NUMBER;
    const signed = `(${SIGN})\\s*(${unsigned})`;
    return {
        single: new RegExp(`^${signed}$`),
        range: new RegExp(`^${signed}\\s*(?:-|\u2013|\u2014|\\.\\.)\\s*${signed}$`)
    };
}

const STYLES = { da: patterns('da'), point: patterns('point') };

/** The decimal a printed figure stands for, with the decimals it is printed with (`15,0` → `15.0`). */
function decimalOf(sign: string, digits: string, style: NumberStyle): string {
    const plain = style === 'da' ? digits.replace(/\./g, '').replace(',', '.') : digits;
    const negative = /[-\u2212\u2013]/.test(sign);
    const value = new Decimal(plain);
    const decimals = plain.split('.')[1]?.length ?? 0;
    return value.isZero() ? '0' : (negative ? value.negated() : value).toFixed(decimals);
}

/**
 * A cell's text as an amount, the ways Danish catalogues print them: `1.234,5`, `0,0-10,0`,
 * `0–10`, `(-)11,4 – (+)35,6`, a Unicode minus, no-break or thin spaces between thousands, and
 * `-` or an empty cell for nothing. Undefined when the text is not an amount (the caller says so).
 */
export function parseCellAmount(text: string, style: NumberStyle): CellAmount | 'empty' | undefined {
    const cleaned = text.replace(/(?<=[0-9])[\u00A0\u202F\u2009 ](?=[0-9]{3}\b)/g, '').trim();
    if (cleaned === '' || /^[-\u2013\u2014\u2212]$/.test(cleaned)) {
        return 'empty';
    }
    const { single, range } = STYLES[style];
    const one = single.exec(cleaned);
    if (one) {
        const value = decimalOf(one[1], one[2], style);
        return { min: value, max: value };
    }
    const two = range.exec(cleaned);
    if (two) {
        const min = decimalOf(two[1], two[2], style);
        const max = decimalOf(two[3], two[4], style);
        return new Decimal(min).lessThanOrEqualTo(max) ? { min, max } : undefined;
    }
    return undefined;
}
