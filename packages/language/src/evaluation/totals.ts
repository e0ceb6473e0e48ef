import type { Interval } from './interval.js';
import { addIntervals, ZERO_INTERVAL } from './interval.js';

/**
 * One interval per period of a budget: index i is the i-th year of `år`, the last index is
 * `permanent`. Periods without money hold the shared ZERO_INTERVAL, so that sparse series
 * (most brikker touch one budget and one column) cost no allocations.
 */
export type Series = readonly Interval[];

export type BudgetName = 'drift' | 'anlaeg';
export type KindColumn = 'opdrift' | 'omstilling' | 'finansiering';
export type ColumnName = KindColumn | 'netto';

export const BUDGET_NAMES: readonly BudgetName[] = ['drift', 'anlaeg'];
export const COLUMN_NAMES: readonly ColumnName[] = ['opdrift', 'omstilling', 'finansiering', 'netto'];

/** The four columns of one budget (§5). */
export type Columns = Readonly<Record<ColumnName, Series>>;

/** Everything §5 computes for a node: the drift and anlæg budgets, and årsværk. */
export interface Totals {
    readonly periods: number;
    readonly drift: Columns;
    readonly anlaeg: Columns;
    readonly aarsvaerk: Series;
}

const zeroSeriesByLength = new Map<number, Series>();

/** The shared all-zero series of a given number of periods. */
export function zeroSeries(periods: number): Series {
    let series = zeroSeriesByLength.get(periods);
    if (!series) {
        series = Object.freeze(new Array<Interval>(periods).fill(ZERO_INTERVAL));
        zeroSeriesByLength.set(periods, series);
    }
    return series;
}

export function isZeroSeries(series: Series): boolean {
    return series === zeroSeriesByLength.get(series.length) || series.every(i => i === ZERO_INTERVAL || (i.min.isZero() && i.max.isZero()));
}

export function addSeries(a: Series, b: Series): Series {
    if (isZeroSeries(b)) {
        return a;
    }
    if (isZeroSeries(a)) {
        return b;
    }
    return a.map((x, i) => addIntervals(x, b[i]));
}

function accumulate(target: Interval[], series: Series): void {
    for (let i = 0; i < target.length; i++) {
        const value = series[i];
        if (value === ZERO_INTERVAL) {
            continue;
        }
        target[i] = target[i] === ZERO_INTERVAL ? value : addIntervals(target[i], value);
    }
}

function nettoOf(columns: Record<KindColumn, Series>): Series {
    return addSeries(addSeries(columns.opdrift, columns.omstilling), columns.finansiering);
}

/** Collects lines and child totals, and builds the node's Totals with the netto columns. */
export class TotalsBuilder {
    private readonly columns: Record<BudgetName, Record<KindColumn, Interval[]>>;
    private readonly staff: Interval[];

    constructor(readonly periods: number) {
        const fresh = () => new Array<Interval>(periods).fill(ZERO_INTERVAL);
        this.columns = {
            drift: { opdrift: fresh(), omstilling: fresh(), finansiering: fresh() },
            anlaeg: { opdrift: fresh(), omstilling: fresh(), finansiering: fresh() }
        };
        this.staff = fresh();
    }

    addLine(budget: BudgetName, column: KindColumn, series: Series): this {
        accumulate(this.columns[budget][column], series);
        return this;
    }

    addStaff(series: Series): this {
        accumulate(this.staff, series);
        return this;
    }

    addTotals(totals: Totals): this {
        for (const budget of BUDGET_NAMES) {
            for (const column of ['opdrift', 'omstilling', 'finansiering'] as const) {
                accumulate(this.columns[budget][column], totals[budget][column]);
            }
        }
        accumulate(this.staff, totals.aarsvaerk);
        return this;
    }

    build(): Totals {
        const columnsOf = (budget: BudgetName): Columns => {
            const kinds = {
                opdrift: this.shared(this.columns[budget].opdrift),
                omstilling: this.shared(this.columns[budget].omstilling),
                finansiering: this.shared(this.columns[budget].finansiering)
            };
            return { ...kinds, netto: nettoOf(kinds) };
        };
        return {
            periods: this.periods,
            drift: columnsOf('drift'),
            anlaeg: columnsOf('anlaeg'),
            aarsvaerk: this.shared(this.staff)
        };
    }

    private shared(series: Interval[]): Series {
        return series.every(i => i === ZERO_INTERVAL) ? zeroSeries(this.periods) : series;
    }
}

export function emptyTotals(periods: number): Totals {
    return new TotalsBuilder(periods).build();
}

/**
 * Every interval of every series of a Totals, mapped: all of them to resolve a scenario's
 * niveau, or (`moneyOnly`) not årsværk, which a change of unit or price level leaves alone.
 */
export function mapTotals(totals: Totals, map: (interval: Interval) => Interval, moneyOnly = false): Totals {
    const series = (s: Series): Series => isZeroSeries(s) ? s : s.map(map);
    const columns = (c: Columns): Columns => ({
        opdrift: series(c.opdrift), omstilling: series(c.omstilling), finansiering: series(c.finansiering), netto: series(c.netto)
    });
    return { periods: totals.periods, drift: columns(totals.drift), anlaeg: columns(totals.anlaeg), aarsvaerk: moneyOnly ? totals.aarsvaerk : series(totals.aarsvaerk) };
}
