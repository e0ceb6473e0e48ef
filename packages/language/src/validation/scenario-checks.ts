import type { ValidationAcceptor } from 'langium';
import type { Scenario } from '../generated/ast.js';
import { isScenarioRamme } from '../generated/ast.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { amountFormat, formatInterval } from '../format/format-amount.js';
import { IssueCodes } from './brik-issue-codes.js';
import { quoteSource } from '../text/source-quote.js';

/** A scenario whose netto may exceed its ramme in some year: which years, and by how much. */
export function checkScenarioRamme(evaluator: BrikEvaluator) {
    return (scenario: Scenario, accept: ValidationAcceptor): void => {
        const result = evaluator.scenario(scenario);
        const clause = scenario.clauses.find(isScenarioRamme);
        if (!clause || !result.ramme || result.exceeded.length === 0) {
            return;
        }
        const unit = evaluator.header(scenario).unit;
        const format = amountFormat({ unit }, 'da');
        const years = result.exceeded.map(({ year, by }) =>
            `${year} med ${by.min.isZero() ? 'op til ' : ''}${formatInterval(by.min.isZero() ? { min: by.max, max: by.max } : by, format)}`);
        accept('warning', `Scenariet "${quoteSource(scenario.name)}" kan overskride rammen ${formatInterval(result.ramme, format)}${unit ? ` ${unit.label}` : ''}: ${years.join('; ')}. Fravælg brikker, vælg et andet niveau, eller hæv rammen.`,
            { node: clause, code: IssueCodes.FrameExceeded });
    };
}
