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
        if (value === ZERO_INTERVAL || value === undefined) {
            continue;
        }
        target[i] = target[i] === ZERO_INTERVAL ? value : addIntervals(target[i], value);
    }
}

function nettoOf(columns: Record<KindColumn, Series>): Series {
    return addSeries(addSeries(columns.opdrift, columns.omstilling), columns.finansiering);
}

/**
 * The sum of the series added to it. Most sums have one term (a brik with one amount line, a
 * column only one child has money in), so the first term is kept as it is, and copied only
 * when a second one comes: a brik's totals then share its line's series instead of copying it.
 */
class SeriesSum {
    private first: Series | undefined;
    private sum: Interval[] | undefined;

    constructor(private readonly periods: number) {}

    add(series: Series): void {
        if (series === zeroSeriesByLength.get(this.periods)) {
            return;
        }
        if (!this.sum && !this.first && series.length === this.periods) {
            this.first = series;
            return;
        }
        if (!this.sum) {
            // A series of another length (a fragment framed by another budget) is cut or padded with zeros.
            this.sum = new Array<Interval>(this.periods).fill(ZERO_INTERVAL);
            if (this.first) {
                accumulate(this.sum, this.first);
                this.first = undefined;
            }
        }
        accumulate(this.sum, series);
    }

    result(): Series {
        const series = this.sum ?? this.first;
        return series && series.some(i => i !== ZERO_INTERVAL) ? series : zeroSeries(this.periods);
    }
}

const zeroColumnsByLength = new Map<number, Columns>();

/** The shared columns of a budget without money (most brikker have no anlæg), one per number of periods. */
function zeroColumns(periods: number): Columns {
    let columns = zeroColumnsByLength.get(periods);
    if (!columns) {
        const zero = zeroSeries(periods);
        columns = Object.freeze({ opdrift: zero, omstilling: zero, finansiering: zero, netto: zero });
        zeroColumnsByLength.set(periods, columns);
    }
    return columns;
}

/** Collects lines and child totals, and builds the node's Totals with the netto columns. */
export class TotalsBuilder {
    private readonly columns: Record<BudgetName, Record<KindColumn, SeriesSum>>;
    private readonly staff: SeriesSum;

    constructor(readonly periods: number) {
        const fresh = () => new SeriesSum(periods);
        this.columns = {
            drift: { opdrift: fresh(), omstilling: fresh(), finansiering: fresh() },
            anlaeg: { opdrift: fresh(), omstilling: fresh(), finansiering: fresh() }
        };
        this.staff = fresh();
    }

    addLine(budget: BudgetName, column: KindColumn, series: Series): this {
        this.columns[budget][column].add(series);
        return this;
    }

    addStaff(series: Series): this {
        this.staff.add(series);
        return this;
    }

    addTotals(totals: Totals): this {
        for (const budget of BUDGET_NAMES) {
            for (const column of ['opdrift', 'omstilling', 'finansiering'] as const) {
                this.columns[budget][column].add(totals[budget][column]);
            }
        }
        this.staff.add(totals.aarsvaerk);
        return this;
    }

    build(): Totals {
        const columnsOf = (budget: BudgetName): Columns => {
            const kinds = {
                opdrift: this.columns[budget].opdrift.result(),
                omstilling: this.columns[budget].omstilling.result(),
                finansiering: this.columns[budget].finansiering.result()
            };
            const zero = zeroSeries(this.periods);
            return kinds.opdrift === zero && kinds.omstilling === zero && kinds.finansiering === zero
                ? zeroColumns(this.periods)
                : { ...kinds, netto: nettoOf(kinds) };
        };
        return {
            periods: this.periods,
            drift: columnsOf('drift'),
            anlaeg: columnsOf('anlaeg'),
            aarsvaerk: this.staff.result()
        };
    }
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
