import type { PrintedAmount, PrintedNumberStyle } from '@brik/language';
import { readPrintedAmount } from '@brik/language';
import type { TableCell } from './read-table.js';

/** An amount read from a cell: exact decimal strings, `min === max` for a single figure. */
export type CellAmount = PrintedAmount;

/**
 * A cell's figure: a number cell's decimal as its format shows it, or its text read by the
 * language's reader of printed amounts (every minus and dash, digit-group spaces, `(1.234)`,
 * `1.234-`, ranges). `'empty'` for a blank or a lone dash; undefined when the cell holds no
 * amount (text, a date, an error value, a formula without a saved result): the caller names it.
 */
export function cellAmount(cell: TableCell | undefined, style: PrintedNumberStyle): CellAmount | 'empty' | undefined {
    if (cell === undefined) {
        return 'empty';
    }
    if (cell.unreadable !== undefined) {
        return undefined;
    }
    if (cell.number !== undefined) {
        return { min: cell.number, max: cell.number };
    }
    return readPrintedAmount(cell.text, style);
}
