import type { BudgetHeader } from './budget-header.js';
import type { Interval } from './interval.js';
import { intervalChange, intervalsEqual, ZERO_INTERVAL } from './interval.js';
import type { Period, Series, Totals } from './totals.js';
import { intervalAt } from './totals.js';
import { convertInterval } from './unit-conversion.js';

/** One figure that moved between two versions of a budget: where, from what, to what, and by how much. */
export interface FigureChange {
    readonly budget: 'drift' | 'anlæg' | 'årsværk';
    readonly column: 'opdrift' | 'omstilling' | 'finansiering' | 'netto' | undefined;
    readonly period: Period;
    readonly before: Interval;
    readonly after: Interval;
    /** `after` less `before`, end by end; unknown when either is. */
    readonly change: Interval;
}

/** One version of a budget, as `brik diff` compares it: its header and its totals. */
export interface ComparedVersion {
    readonly header: BudgetHeader;
    readonly totals: Totals;
}

const COMPARED: ReadonlyArray<[FigureChange['budget'], FigureChange['column'], (t: Totals) => Series]> = [
    ['drift', 'opdrift', t => t.drift.opdrift], ['drift', 'omstilling', t => t.drift.omstilling],
    ['drift', 'finansiering', t => t.drift.finansiering], ['drift', 'netto', t => t.drift.netto],
    ['anlæg', 'opdrift', t => t.anlæg.opdrift], ['anlæg', 'omstilling', t => t.anlæg.omstilling],
    ['anlæg', 'finansiering', t => t.anlæg.finansiering], ['anlæg', 'netto', t => t.anlæg.netto],
    ['årsværk', undefined, t => t.årsværk]
];

/**
 * The periods compared: the years, permanent, and the years before and after `år` (zero where
 * unused); and samlet, a project's "Overslag i alt", where either version uses those, so that a
 * changed project total is named (elsewhere it would only repeat every change of a year).
 */
function comparedPeriods(before: ComparedVersion, after: ComparedVersion): Period[] {
    const years = [...new Set([...after.header.years, ...before.header.years])];
    const outer = [before, after].some(version => version.totals.uses.tidligere || version.totals.uses.efterfølgende);
    return [...years, 'permanent', 'tidligere', 'efterfølgende', ...(outer ? ['samlet' as const] : [])];
}

/**
 * The figures of two versions of a budget side by side (`brik diff`): the old ones restated in
 * the new version's unit when the unit changed, and what moved. A figure unknown in either
 * version (an amount that cannot be read) is always a change, of an unknown size.
 */
export class FigureComparison {
    readonly periods: readonly Period[];

    constructor(private readonly before: ComparedVersion, private readonly after: ComparedVersion) {
        this.periods = comparedPeriods(before, after);
    }

    /** Every figure that differs between two nodes' totals (undefined for a node one version lacks). */
    changes(before: Totals | undefined, after: Totals | undefined, only?: (budget: FigureChange['budget'], column: FigureChange['column']) => boolean): FigureChange[] {
        const changes: FigureChange[] = [];
        for (const [budget, column, series] of COMPARED) {
            if (only && !only(budget, column)) {
                continue;
            }
            for (const period of this.periods) {
                const old = before ? this.restated(intervalAt(series(before), this.before.header.years, period), budget) : ZERO_INTERVAL;
                const now = after ? intervalAt(series(after), this.after.header.years, period) : ZERO_INTERVAL;
                if (!intervalsEqual(old, now)) {
                    changes.push({ budget, column, period, before: old, after: now, change: intervalChange(old, now) });
                }
            }
        }
        return changes;
    }

    private restated(interval: Interval, budget: FigureChange['budget']): Interval {
        return budget === 'årsværk' ? interval : convertInterval(interval, this.before.header.unit, this.after.header.unit);
    }
}
