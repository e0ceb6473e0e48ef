import type { ValidationAcceptor } from 'langium';
import type { AmountLine } from '../generated/ast.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { parseYear } from '../evaluation/budget-frame.js';
import { canonicalKeyword } from '../evaluation/item-kind.js';
import { IssueCodes } from './brik-issue-codes.js';

export function checkPermanentHasAmount(line: AmountLine, accept: ValidationAcceptor): void {
    if (line.permanent && !line.amount && line.periods.length === 0) {
        const kind = canonicalKeyword(line.kind);
        accept('error', `'permanent' fortsætter det senest angivne beløb, men der står intet beløb før det. Skriv fx '${kind} 2.8 permanent'.`,
            { node: line, property: 'permanent', code: IssueCodes.PermanentWithoutAmount });
    }
}

/** Years of a profile must be real, inside `år`, and increasing. */
export function checkProfileYears(evaluator: BrikEvaluator) {
    return (line: AmountLine, accept: ValidationAcceptor): void => {
        const years = evaluator.frame(line).years;
        let previous: number | undefined;
        line.periods.forEach((period, index) => {
            const first = parseYear(period.first);
            const last = period.last === undefined ? first : parseYear(period.last);
            for (const [property, text, year] of [['first', period.first, first], ['last', period.last, last]] as const) {
                if (text !== undefined && year === undefined) {
                    accept('error', `'${text}' er ikke et årstal. Skriv et firecifret år, fx ${years[0] ?? 2024}.`,
                        { node: period, property, code: IssueCodes.InvalidYear });
                }
            }
            if (first === undefined || last === undefined) {
                return;
            }
            if (years.length > 0 && (first < years[0] || last > years[years.length - 1])) {
                const firstOutside = first < years[0] || first > years[years.length - 1] || period.last === undefined;
                accept('error', `${firstOutside ? first : last} ligger uden for budgettets år ${years[0]}..${years[years.length - 1]}. Ret året, slet det, eller udvid 'år' i budgettets hoved.`,
                    { node: period, property: firstOutside ? 'first' : 'last', code: IssueCodes.YearOutside, data: { index } });
            }
            if (last < first) {
                accept('error', `Perioden ${first}..${last} er vendt om. Skriv ${last}..${first}.`,
                    { node: period, code: IssueCodes.YearsNotIncreasing });
            } else if (previous !== undefined && first <= previous) {
                accept('error', `Årene i en profil skal stå i stigende rækkefølge, men ${first} kommer efter ${previous}. Skriv årene i rækkefølge, hvert år én gang.`,
                    { node: period, property: 'first', code: IssueCodes.YearsNotIncreasing });
            }
            previous = Math.max(previous ?? last, last);
        });
    };
}
