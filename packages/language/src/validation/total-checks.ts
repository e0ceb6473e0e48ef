import type { ValidationAcceptor } from 'langium';
import type { Total } from '../generated/ast.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { evaluateDeclaredTotal, isDeclaredTotal } from '../evaluation/declared-total.js';
import { sourceInterval } from '../format/format-amount.js';
import { IssueCodes } from './brik-issue-codes.js';

/** A declared total that does not hold is an error showing both figures, with the fix (§4). */
export function checkDeclaredTotal(evaluator: BrikEvaluator) {
    return (total: Total, accept: ValidationAcceptor): void => {
        const result = evaluateDeclaredTotal(evaluator, total);
        if (result === undefined || (isDeclaredTotal(result) && result.holds)) {
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
        const replacement = sourceInterval(result.computed, decimals);
        const what = [result.budget, result.column, result.period].filter(part => part !== undefined).join(', ');
        accept('error', `Totalen holder ikke: angivet ${result.declaredText}, beregnet ${replacement} (${what}). Ret totalen til ${replacement}, eller ret de beløb, den summerer.`,
            { node: total, property: 'value', code: IssueCodes.TotalMismatch, data: { replacement } });
    };
}
