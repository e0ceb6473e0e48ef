import type { ValidationAcceptor } from 'langium';
import { CstUtils, GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { Total } from '../generated/ast.js';
import { declaredTotal, isDeclaredTotal } from '../evaluation/declared-total.js';
import { periodKeyword } from '../evaluation/totals.js';
import { formatInterval, sourceInterval } from '../format/format-amount.js';
import { IssueCodes } from './brik-issue-codes.js';
import type { UnitFacts } from './replayed-checks.js';

/**
 * The edit that makes a total name the other budget, where it holds: `total 2023: 90_000` →
 * `total anlæg 2023: 90_000`, or `total anlæg …` → `total …`.
 */
function otherBudgetFix(total: Total, budget: 'drift' | 'anlæg'): { edit: TextEdit; title: string; wording: string } | undefined {
    const keyword = GrammarUtils.findNodeForKeyword(total.$cstNode, 'total');
    if (!keyword) {
        return undefined;
    }
    const rest = total.$cstNode!.text.slice(keyword.end - total.$cstNode!.offset).trim();
    if (budget === 'anlæg') {
        return {
            edit: { range: { start: keyword.range.end, end: keyword.range.end }, newText: ' anlæg' },
            title: "Indsæt 'anlæg': totalen holder i anlægsbudgettet",
            wording: `total anlæg ${rest}`
        };
    }
    const named = GrammarUtils.findNodeForProperty(total.$cstNode, 'budget');
    const next = named && CstUtils.getNextNode(named);
    if (!named || !next) {
        return undefined;
    }
    return {
        edit: { range: { start: named.range.start, end: next.range.start }, newText: '' },
        title: `Slet '${named.text}': totalen holder i driftsbudgettet`,
        wording: `total ${total.$cstNode!.text.slice(next.offset - total.$cstNode!.offset)}`
    };
}

/** A declared total that does not hold is an error showing both figures, with the fix (§4). */
export function checkDeclaredTotal(total: Total, accept: ValidationAcceptor, facts: UnitFacts): void {
    const result = declaredTotal(total, facts);
    // A figure with a decimal comma already has its own error; fix that first.
    // A computed figure that rests on an amount that cannot be read is unknown: that amount has its own error.
    if (result === undefined || (isDeclaredTotal(result) && (result.holds || result.computed.unknown || result.declaredText.includes(',')))) {
        return;
    }
    if (!isDeclaredTotal(result)) {
        if (result.problem === 'year-outside') {
            const years = facts.header.years;
            accept('error', `${result.year} ligger uden for budgettets år ${years[0]}..${years[years.length - 1]}. Ret totalens år.`,
                { node: total, property: 'year', code: IssueCodes.YearOutside });
        }
        return;
    }
    // The figure as the inlay hint prints it (`-3.600`); the fix writes it as source (`-3_600`).
    const computed = formatInterval(result.computed, { decimals: result.printDecimals, locale: 'da' });
    const replacement = sourceInterval(result.computed, result.printDecimals);
    const what = [result.budget, result.column, periodKeyword(result.period)].filter(part => part !== undefined).join(', ');
    const other = result.holdsIn && otherBudgetFix(total, result.holdsIn);
    const message = other
        ? `Totalen holder ikke i ${result.budget}: angivet ${result.declaredText}, beregnet ${computed} (${what}). I ${result.holdsIn} holder den præcis: skriv '${other.wording}', eller ret totalen til ${replacement}.`
        : `Totalen holder ikke: angivet ${result.declaredText}, beregnet ${computed} (${what}). Ret totalen til ${replacement}, eller ret de beløb, den summerer.`;
    accept('error', message,
        { node: total, property: 'value', code: IssueCodes.TotalMismatch, data: { replacement, ...(other ? { budgetEdit: other.edit, budgetTitle: other.title } : {}) } });
}
