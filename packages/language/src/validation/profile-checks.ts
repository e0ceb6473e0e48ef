import type { ValidationAcceptor } from 'langium';
import type { AmountLine, PeriodAmount } from '../generated/ast.js';
import type { UnitFacts } from './replayed-checks.js';
import { parseYear } from '../evaluation/budget-header.js';
import { canonicalKeyword } from '../helpers/keywords.js';
import { outerPeriod } from '../evaluation/profile.js';
import { IssueCodes } from './brik-issue-codes.js';
import { quoteSource } from '../text/source-quote.js';

export function checkPermanentHasAmount(line: AmountLine, accept: ValidationAcceptor): void {
    const kind = canonicalKeyword(line.kind);
    const level = line.periods.find(period => period.permanent);
    if (level && line.periods.every(period => period.first === undefined)) {
        accept('error', `'permanent:' er niveauet fra året efter det senest angivne år, men der står intet år før det. Skriv årene først, fx '${kind} 2024: 3.8, 2025: 5.0, permanent: 6.3', eller skriv '${kind} ${level.amount?.$cstNode?.text ?? '6.3'} permanent'.`,
            { node: level, property: 'permanent', code: IssueCodes.PermanentWithoutAmount });
    }
    if (line.permanent && !line.amount && line.periods.every(period => period.outer !== undefined)) {
        const message = line.periods.length === 0
            ? `'permanent' fortsætter det senest angivne beløb, men der står intet beløb før det. Skriv fx '${kind} 2.8 permanent'.`
            : `'permanent' fortsætter det senest angivne års beløb, men der står intet år før det: 'tidligere' er årene før budgetperioden. Skriv fx '${kind} tidligere: 3, 2024: 2.8 permanent'.`;
        accept('error', message, { node: line, property: 'permanent', code: IssueCodes.PermanentWithoutAmount });
    }
}

/** What a period of a profile is: years, or one of the periods the validator orders. */
function periodKind(period: PeriodAmount): 'tidligere' | 'efterfølgende' | 'permanent' | undefined {
    return period.permanent ? 'permanent' : outerPeriod(period.outer);
}

/** Whether a period is one of those that stand after the years: `efterfølgende:`, `permanent:`. */
function isAfterTheYears(period: PeriodAmount): boolean {
    const kind = periodKind(period);
    return kind === 'efterfølgende' || kind === 'permanent';
}

/** How a period is written, for a message: `efterfoelgende` as typed, `permanent:`. */
function periodWord(period: PeriodAmount): string {
    return period.permanent ? 'permanent:' : period.outer ?? '';
}

/**
 * `tidligere:` stands first and `efterfølgende:` or `permanent:` last in a profile, each once
 * (§3); `efterfølgende` (all the years after `år` together) cannot go with `permanent` or
 * `permanent:` (every year after); and a bare `permanent` after `permanent: X` says nothing more.
 */
export function checkOuterPeriods(line: AmountLine, accept: ValidationAcceptor): void {
    line.periods.forEach((period, index) => {
        const kind = periodKind(period);
        const property = period.permanent ? 'permanent' : 'outer';
        if (kind === 'tidligere' && index > 0) {
            accept('error', `'tidligere' er årene før budgetperioden og skal stå først i profilen, fx 'tidligere: 23_700, 2023: 1_870'. Flyt '${quoteSource(period.$cstNode?.text ?? 'tidligere')}' forrest${line.periods.slice(0, index).some(p => p.outer === 'tidligere') ? ', og skriv den kun én gang' : ''}.`,
                { node: period, property, code: IssueCodes.OuterPeriodOrder });
        } else if ((kind === 'efterfølgende' || kind === 'permanent') && line.periods.slice(index + 1).some(after => !isAfterTheYears(after) || periodKind(after) === kind)) {
            // (`efterfølgende:` and `permanent:` side by side are one error, below.)
            const example = kind === 'permanent' ? '2024: 3.8, 2025: 5.0, permanent: 6.3' : '2026: 209_500, efterfølgende: 793_999';
            const what = kind === 'permanent' ? 'det permanente niveau efter de angivne år' : 'årene efter budgetperioden';
            accept('error', `'${periodWord(period)}' er ${what} og skal stå sidst i profilen, fx '${example}'. Flyt '${quoteSource(period.$cstNode?.text ?? periodWord(period))}' bagest${line.periods.slice(index + 1).some(p => periodKind(p) === kind) ? ', og skriv den kun én gang' : ''}.`,
                { node: period, property, code: IssueCodes.OuterPeriodOrder });
        }
    });
    const after = line.periods.find(period => periodKind(period) === 'efterfølgende');
    const level = line.periods.find(period => period.permanent);
    if (after && line.permanent) {
        accept('error', `En linje kan ikke have både '${after.outer}' og 'permanent': '${after.outer}' er alle årene efter budgetperioden tilsammen, 'permanent' er et beløb i hvert af dem. Slet 'permanent', eller slet '${quoteSource(after.$cstNode?.text ?? after.outer)}'.`,
            { node: line, property: 'permanent', code: IssueCodes.AfterWithPermanent });
    }
    if (after && level) {
        accept('error', `En linje kan ikke have både '${after.outer}' og 'permanent:': '${after.outer}' er alle årene efter budgetperioden tilsammen, 'permanent:' er et beløb i hvert af dem. Slet '${quoteSource(level.$cstNode?.text ?? 'permanent:')}', eller slet '${quoteSource(after.$cstNode?.text ?? after.outer)}'.`,
            { node: level, property: 'permanent', code: IssueCodes.AfterWithPermanent });
    }
    if (level && line.permanent) {
        accept('error', `'permanent' efter '${quoteSource(level.$cstNode?.text ?? 'permanent:')}' siger intet nyt: 'permanent:' angiver allerede det permanente niveau. Slet 'permanent'.`,
            { node: line, property: 'permanent', code: IssueCodes.PermanentTwice });
    }
}

/** Years of a profile must be real, inside `år`, and increasing. */
export function checkProfileYears(line: AmountLine, accept: ValidationAcceptor, facts: UnitFacts): void {
    const years = facts.header.years;
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
}
