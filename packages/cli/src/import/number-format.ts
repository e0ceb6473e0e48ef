import { Decimal } from 'decimal.js';

/**
 * A number cell as Excel shows it, from its double and its number format. Excel stores formats
 * in en-US notation whatever the user's language: `#,##0,` is what Danish Excel shows as
 * `#.##0,`. The figure is what the sheet shows: scaled by the commas after the last digit
 * (`#,##0,` shows 1234000 as 1.234, `#,##0,,` as 1), by 100 for each `%`, with the decimals
 * the format shows (a figure with more decimals than shown keeps them: they are in the sheet's sums). The double itself becomes a decimal once, as its shortest round-tripping
 * text (numberCellDecimal), never through arithmetic on doubles.
 */
export interface ShownNumber {
    /**
     * The exact decimal, scaled as shown, with at least the decimals the format shows (`15.0`):
     * never rounded to them, since the cell's whole figure is what the sheet's own sums add.
     */
    readonly decimal: string;
    /** What scaled it: `tusinder`, `millioner`, `procent`; undefined when nothing did. */
    readonly scaled?: string;
}

/**
 * A spreadsheet's double as the exact decimal it stands for. Its shortest round-tripping decimal
 * (`String`) is the figure the analyst typed, because a typed figure has at most 15 significant
 * digits and every such decimal survives the trip through a double unchanged. Digits past the
 * 15th only appear in a formula's result (`=0,1+0,2` gives 0.30000000000000004) and are binary
 * noise, not money: they are rounded away.
 */
export function numberCellDecimal(value: number, shownDecimals = 0): string {
    const shortest = new Decimal(String(value));
    const exact = shortest.precision(true) > 15 ? shortest.toSignificantDigits(15, Decimal.ROUND_HALF_UP) : shortest;
    return exact.isZero() ? '0' : exact.toFixed(Math.max(exact.decimalPlaces(), shownDecimals));
}

/** The section of a format that applies to the value: `positive;negative;zero;text`. */
function section(format: string, value: number): string {
    const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    if (value < 0 && sections.length > 1) return sections[1];
    if (value === 0 && sections.length > 2) return sections[2];
    return sections[0];
}

/** The format's code with its literal text, escapes, colours and locale tags taken out. */
function code(format: string): string {
    return format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').replace(/_.|\*./g, '');
}

/** Whether the format shows a number at all (General, or digit placeholders); text (`@`) and dates do not count. */
function numeric(format: string): boolean {
    return /^general$/i.test(format.trim()) || /[0#?]/.test(format);
}

export function shownNumber(value: number, format: string | undefined): ShownNumber {
    const plain = code(format === undefined ? 'General' : section(format, value));
    if (!numeric(plain) || /^general$/i.test(plain.trim())) {
        return { decimal: numberCellDecimal(value) };
    }
    const percents = (plain.match(/%/g) ?? []).length;
    // Scaling commas stand right after the last digit placeholder, before the decimal point or the end.
    const scaling = /[0#?](,+)(?:\.|[^0#?,.]*$)/.exec(plain)?.[1].length ?? 0;
    const fraction = /\.([0#?]+)/.exec(plain)?.[1] ?? '';
    const least = (fraction.match(/0/g) ?? []).length;
    let exact = new Decimal(numberCellDecimal(value));
    exact = exact.times(new Decimal(100).pow(percents)).dividedBy(new Decimal(1000).pow(scaling));
    const scaled = percents > 0 ? 'procent' : scaling === 1 ? 'tusinder' : scaling === 2 ? 'millioner' : scaling > 2 ? `1.000^${scaling}` : undefined;
    return { decimal: exact.isZero() ? '0' : exact.toFixed(Math.max(least, exact.decimalPlaces())), scaled };
}
