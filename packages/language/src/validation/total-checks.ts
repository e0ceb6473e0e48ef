import type { ValidationAcceptor } from 'langium';
import type { Total } from '../generated/ast.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { evaluateDeclaredTotal, isDeclaredTotal } from '../evaluation/declared-total.js';
import { sourceInterval } from '../format/format-amount.js';
import { IssueCodes } from './brik-issue-codes.js';

/** `164129900..1234.5` → `164_129_900..1_234.5`: thousands grouped in the integer parts. */
function groupDigits(source: string): string {
    return source.split('..').map(end => {
        const [integer, decimals] = end.split('.');
        const grouped = integer.replace(/\B(?=(?:[0-9]{3})+$)/g, '_');
        return decimals === undefined ? grouped : `${grouped}.${decimals}`;
    }).join('..');
}

/** A declared total that does not hold is an error showing both figures, with the fix (§4). */
export function checkDeclaredTotal(evaluator: BrikEvaluator) {
    return (total: Total, accept: ValidationAcceptor): void => {
        const result = evaluateDeclaredTotal(evaluator, total);
        // A figure with a decimal comma already has its own error; fix that first.
        if (result === undefined || (isDeclaredTotal(result) && (result.holds || result.declaredText.includes(',')))) {
            return;
        }
        if (!isDeclaredTotal(result)) {
            if (result.problem === 'year-outside') {
                const years = evaluator.frame(total).years;
                accept('error', `${result.year} ligger uden for budgettets år ${years[0]}..${years[years.length - 1]}. Ret totalens år.`,
                    { node: total, property: 'year', code: IssueCodes.YearOutside });
            }
            return;
        }
        const unitDecimals = evaluator.frame(total).unit?.printDecimals ?? 0;
        const decimals = Math.max(result.decimals.min, result.decimals.max, unitDecimals);
        const computed = sourceInterval(result.computed, decimals);
        // Write the fix the way the author writes figures: `164_129_900` if they group digits.
        const replacement = result.declaredText.includes('_') ? groupDigits(computed) : computed;
        const what = [result.budget, result.column, result.period].filter(part => part !== undefined).join(', ');
        accept('error', `Totalen holder ikke: angivet ${result.declaredText}, beregnet ${replacement} (${what}). Ret totalen til ${replacement}, eller ret de beløb, den summerer.`,
            { node: total, property: 'value', code: IssueCodes.TotalMismatch, data: { replacement } });
    };
}
