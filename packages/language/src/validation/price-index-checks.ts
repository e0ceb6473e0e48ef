import type { ValidationAcceptor } from 'langium';
import type { PriceIndex } from '../generated/ast.js';
import { isBudget, isPriceLevelSetting } from '../generated/ast.js';
import { parseYear } from '../evaluation/budget-header.js';
import { digitCount, MAX_AMOUNT_DIGITS, parseAmount } from '../evaluation/exact-decimal.js';
import { IssueCodes } from './brik-issue-codes.js';
import { quoteSource } from '../text/source-quote.js';

/** A price index has real years, in order, positive values, and the budget's own price level. */
export function checkPriceIndex(table: PriceIndex, accept: ValidationAcceptor): void {
    let previous: number | undefined;
    table.entries.forEach(entry => {
        const year = parseYear(entry.year);
        const value = parseAmount(entry.value);
        if (year === undefined) {
            accept('error', `'${quoteSource(entry.year)}' er ikke et årstal. Skriv fx 2024: 103.4.`, { node: entry, property: 'year', code: IssueCodes.InvalidYear });
        } else if (previous !== undefined && year <= previous) {
            accept('error', `Årene i prisindekset skal stå i stigende rækkefølge, hvert år én gang; ${year} kommer efter ${previous}.`, { node: entry, property: 'year', code: IssueCodes.YearsNotIncreasing });
        }
        if (entry.value !== undefined && digitCount(entry.value) > MAX_AMOUNT_DIGITS) {
            accept('error', `Indekstallet har ${digitCount(entry.value)} cifre; Brik regner med højst ${MAX_AMOUNT_DIGITS}. Skriv fx 103.4.`, { node: entry, property: 'value', code: IssueCodes.AmountTooLong });
        }
        if (value && !value.greaterThan(0)) {
            accept('error', `Et prisindeks er et positivt tal, fx 103.4.`, { node: entry, property: 'value', code: IssueCodes.PriceIndexInvalid });
        }
        previous = year ?? previous;
    });
    const budget = table.$container;
    const level = isBudget(budget) ? parseYear(budget.members.find(isPriceLevelSetting)?.year) : undefined;
    if (level !== undefined && !table.entries.some(entry => parseYear(entry.year) === level)) {
        accept('error', `Prisindekset mangler budgettets prisniveau ${level}, som beløbene er opgjort i; uden det kan intet omregnes. Tilføj fx '${level}: 100.0'.`,
            { node: table, code: IssueCodes.PriceIndexMissingLevel });
    }
}
