import type { ValidationAcceptor } from 'langium';
import type { AmountLine } from '../generated/ast.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { parseYear } from '../evaluation/budget-header.js';
import { canonicalKeyword } from '../helpers/keywords.js';
import { outerPeriod } from '../evaluation/profile.js';
import { IssueCodes } from './brik-issue-codes.js';
import { quoteSource } from '../text/source-quote.js';

export function checkPermanentHasAmount(line: AmountLine, accept: ValidationAcceptor): void {
    if (line.permanent && !line.amount && line.periods.every(period => period.outer !== undefined)) {
        const kind = canonicalKeyword(line.kind);
        const message = line.periods.length === 0
            ? `'permanent' fortsætter det senest angivne beløb, men der står intet beløb før det. Skriv fx '${kind} 2.8 permanent'.`
            : `'permanent' fortsætter det senest angivne års beløb, men der står intet år før det: 'tidligere' er årene før budgetperioden. Skriv fx '${kind} tidligere: 3, 2024: 2.8 permanent'.`;
        accept('error', message, { node: line, property: 'permanent', code: IssueCodes.PermanentWithoutAmount });
    }
}

/**
 * `tidligere:` stands first and `efterfølgende:` last in a profile, each once (§3), and
 * `efterfølgende` (all the years after `år` together) cannot go with `permanent` (every year after).
 */
export function checkOuterPeriods(line: AmountLine, accept: ValidationAcceptor): void {
    const last = line.periods.length - 1;
    line.periods.forEach((period, index) => {
        const outer = outerPeriod(period.outer);
        if (outer === 'tidligere' && index > 0) {
            accept('error', `'tidligere' er årene før budgetperioden og skal stå først i profilen, fx 'tidligere: 23_700, 2023: 1_870'. Flyt '${quoteSource(period.$cstNode?.text ?? 'tidligere')}' forrest${line.periods.slice(0, index).some(p => p.outer === 'tidligere') ? ', og skriv den kun én gang' : ''}.`,
                { node: period, property: 'outer', code: IssueCodes.OuterPeriodOrder });
        } else if (outer === 'efterfølgende' && index < last) {
            accept('error', `'${period.outer}' er årene efter budgetperioden og skal stå sidst i profilen, fx '2026: 209_500, efterfølgende: 793_999'. Flyt '${quoteSource(period.$cstNode?.text ?? period.outer)}' bagest${line.periods.slice(index + 1).some(p => outerPeriod(p.outer) === 'efterfølgende') ? ', og skriv den kun én gang' : ''}.`,
                { node: period, property: 'outer', code: IssueCodes.OuterPeriodOrder });
        }
    });
    const after = line.periods.find(period => outerPeriod(period.outer) === 'efterfølgende');
    if (after && line.permanent) {
        accept('error', `En linje kan ikke have både '${after.outer}' og 'permanent': '${after.outer}' er alle årene efter budgetperioden tilsammen, 'permanent' er et beløb i hvert af dem. Slet 'permanent', eller slet '${quoteSource(after.$cstNode?.text ?? after.outer)}'.`,
            { node: line, property: 'permanent', code: IssueCodes.AfterWithPermanent });
    }
}

/** Years of a profile must be real, inside `år`, and increasing. */
export function checkProfileYears(evaluator: BrikEvaluator) {
    return (line: AmountLine, accept: ValidationAcceptor): void => {
        const years = evaluator.header(line).years;
        let previous: number | undefined;
        line.periods.forEach((period, index) => {
            const first = parseYear(period.first);
            const last = period.last === undefined ? first : parseYear(period.last);
            for (const [property, text, year] of [['first', period.first, first], ['last', period.last, last]] as const) {
                if (text !== undefined && year === undefined) {
                    accept('error', `'${quoteSource(text)}' er ikke et årstal. Skriv et firecifret år, fx ${years[0] ?? 2024}.`,
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
