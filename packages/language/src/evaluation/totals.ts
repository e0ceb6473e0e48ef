import type { Interval } from './interval.js';
import { addIntervals, isZero, ZERO_INTERVAL } from './interval.js';

/**
 * One interval per period of a budget (§5). A budget of n years has n + 4 periods, in this order:
 *
 *   0 … n−1   the years of `år` (index 0 is the budget year)
 *   n         `permanent`, the yearly level after the period (not part of samlet)
 *   n + 1     `tidligere`, all the years before `år` together
 *   n + 2     `efterfølgende`, all the years after `år` together
 *   n + 3     `samlet`, tidligere + every year + efterfølgende (the catalogues' "Overslag i alt")
 *
 * so that indexing by year and `series[years.length]` for permanent read as they always did.
 * Read the periods after the years with `periodOf` (or `intervalAt` by name), and iterate the
 * printed periods with `yearlyPeriods`: a plain `series.map` also visits the three periods
 * outside the years. Periods without money hold the shared ZERO_INTERVAL, so that sparse series
 * (most brikker touch one budget and one column) cost no allocations.
 */
export type Series = readonly Interval[];

/** The periods of a Series that are not a year of `år`, by the names the language uses. */
export type OuterPeriod = 'permanent' | 'tidligere' | 'efterfølgende' | 'samlet';

/** A period of a budget: a year of `år`, or one of the periods outside them. */
export type Period = number | OuterPeriod;

/** A period as the language writes it: `2024`, `permanent`, `tidligere`, `efterfølgende`, `samlet`. */
export function periodKeyword(period: Period): string {
    return String(period);
}

/** How many periods a Series has beyond the years of `år`. */
export const OUTER_PERIODS = 4;

const OUTER_OFFSET: Readonly<Record<OuterPeriod, number>> = { permanent: 0, tidligere: 1, efterfølgende: 2, samlet: 3 };

/** The number of years of `år` a series covers. */
export function yearCount(series: Series): number {
    return series.length - OUTER_PERIODS;
}

/** A period outside the years: `periodOf(totals.anlæg.netto, 'samlet')`. */
export function periodOf(series: Series, period: OuterPeriod): Interval {
    return series[yearCount(series) + OUTER_OFFSET[period]] ?? ZERO_INTERVAL;
}

/**
 * The interval of a period by name: a year of `years` (the budget's `år`, from its header) or an
 * outer period. A year outside `år` is zero.
 */
export function intervalAt(series: Series, years: readonly number[], period: Period): Interval {
    if (typeof period === 'number') {
        const index = years.indexOf(period);
        return index < 0 || index >= yearCount(series) ? ZERO_INTERVAL : series[index];
    }
    return periodOf(series, period);
}

/** The years of `år` and `permanent`: the periods every report prints. */
export function yearlyPeriods(series: Series): readonly Interval[] {
    return series.slice(0, yearCount(series) + 1);
}

/**
 * A series from the amounts of its years and `permanent` (`yearly`, n + 1 of them) and of the
 * years before and after `år`; samlet is computed here, the one place it is.
 */
export function seriesOf(yearly: readonly Interval[], outside: { tidligere?: Interval; efterfølgende?: Interval } = {}): Series {
    const tidligere = outside.tidligere ?? ZERO_INTERVAL;
    const efterfølgende = outside.efterfølgende ?? ZERO_INTERVAL;
    let samlet = addIntervals(tidligere, efterfølgende);
    for (let i = 0; i < yearly.length - 1; i++) {
        samlet = addIntervals(samlet, yearly[i]);
    }
    const series = new Array<Interval>(yearly.length + OUTER_PERIODS - 1);
    for (let i = 0; i < yearly.length; i++) {
        series[i] = zeroShared(yearly[i]);
    }
    series[yearly.length] = zeroShared(tidligere);
    series[yearly.length + 1] = zeroShared(efterfølgende);
    series[yearly.length + 2] = zeroShared(samlet);
    return series;
}

/** A known zero as the shared ZERO_INTERVAL (which sums skip), any other interval as it is. */
function zeroShared(interval: Interval): Interval {
    return interval !== ZERO_INTERVAL && isZero(interval) ? ZERO_INTERVAL : interval;
}

/**
 * Which of the periods outside `år` a node's lines write (§9: the columns "Tidligere år" and
 * "Efterfølgende år" appear where a line of the budget uses them), also where the amount is 0.
 */
export interface OuterUse {
    readonly tidligere: boolean;
    readonly efterfølgende: boolean;
}

export const NO_OUTER_USE: OuterUse = Object.freeze({ tidligere: false, efterfølgende: false });

export type BudgetName = 'drift' | 'anlæg';
export type KindColumn = 'opdrift' | 'omstilling' | 'finansiering';
export type ColumnName = KindColumn | 'netto';

export const BUDGET_NAMES: readonly BudgetName[] = ['drift', 'anlæg'];

/** The four columns of one budget (§5). */
export type Columns = Readonly<Record<ColumnName, Series>>;

/** Everything §5 computes for a node: the drift and anlæg budgets, and årsværk. */
export interface Totals {
    /** The years of `år` and `permanent` (n + 1); every Series of these totals has n + 4 periods. */
    readonly periods: number;
    readonly drift: Columns;
    readonly anlæg: Columns;
    readonly årsværk: Series;
    /** Whether some line below this node writes `tidligere:` or `efterfølgende:` (any budget, årsværk too). */
    readonly uses: OuterUse;
}

const zeroSeriesByLength = new Map<number, Series>();

/** The shared all-zero series of a budget with `periods` years and permanent (n + 1). */
export function zeroSeries(periods: number): Series {
    let series = zeroSeriesByLength.get(periods);
    if (!series) {
        series = Object.freeze(new Array<Interval>(periods + OUTER_PERIODS - 1).fill(ZERO_INTERVAL));
        zeroSeriesByLength.set(periods, series);
    }
    return series;
}

/** Whether every period is a known zero (an unknown period is not). */
export function isZeroSeries(series: Series): boolean {
    return series === zeroSeriesByLength.get(series.length - OUTER_PERIODS + 1) || series.every(i => i === ZERO_INTERVAL || isZero(i));
}

export function addSeries(a: Series, b: Series): Series {
    if (isZeroSeries(b)) {
        return a;
    }
    if (isZeroSeries(a)) {
        return b;
    }
    const sum = new Array<Interval>(a.length);
    for (let i = 0; i < a.length; i++) {
        // Periods often hold the same intervals as the period before (an amount `permanent`): one addition serves them.
        sum[i] = i > 0 && a[i] === a[i - 1] && b[i] === b[i - 1] ? sum[i - 1] : addIntervals(a[i], b[i]);
    }
    return sum;
}

/** Adds a series into another, period by period; of another length, years by index and the outer periods by name. */
function accumulate(target: Interval[], series: Series): void {
    const targetYears = target.length - OUTER_PERIODS;
    const sourceYears = yearCount(series);
    // The sum of the pair added last: the periods of an amount `permanent` hold the same
    // intervals, in the target as in the series, and the addition is made once for all of them.
    let lastTarget: Interval | undefined;
    let lastValue: Interval | undefined;
    let lastSum: Interval = ZERO_INTERVAL;
    for (let i = 0; i < series.length; i++) {
        const value = series[i];
        const to = i < sourceYears ? (i < targetYears ? i : -1) : targetYears + i - sourceYears;
        if (value === ZERO_INTERVAL || value === undefined || to < 0) {
            continue;
        }
        const current = target[to];
        if (current === ZERO_INTERVAL) {
            target[to] = value;
        } else if (current === lastTarget && value === lastValue) {
            target[to] = lastSum;
        } else {
            lastTarget = current;
            lastValue = value;
            lastSum = target[to] = addIntervals(current, value);
        }
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

    private readonly length: number;

    constructor(private readonly periods: number) {
        this.length = periods + OUTER_PERIODS - 1;
    }

    add(series: Series): void {
        if (series === zeroSeriesByLength.get(this.periods)) {
            return;
        }
        if (!this.sum && !this.first && series.length === this.length) {
            this.first = series;
            return;
        }
        if (!this.sum) {
            // A series of another length (a fragment framed by another budget) is cut or padded with zeros.
            this.sum = new Array<Interval>(this.length).fill(ZERO_INTERVAL);
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

const KIND_COLUMNS: readonly KindColumn[] = ['opdrift', 'omstilling', 'finansiering'];

/** The slot of a budget's column among TotalsBuilder's sums: drift's three, then anlæg's. */
function slotOf(budget: BudgetName, column: KindColumn): number {
    return (budget === 'drift' ? 0 : 3) + (column === 'opdrift' ? 0 : column === 'omstilling' ? 1 : 2);
}

/**
 * Collects lines and child totals, and builds the node's Totals with the netto columns. A
 * builder is made for every node, and most nodes have money in one or two of its seven sums
 * (drift and anlæg by column, and årsværk), so a sum is made only when something is added to it.
 */
export class TotalsBuilder {
    /** drift opdrift, omstilling, finansiering; anlæg the same; årsværk (slot 6). */
    private readonly sums: Array<SeriesSum | undefined> = [undefined, undefined, undefined, undefined, undefined, undefined, undefined];
    private tidligere = false;
    private efterfølgende = false;

    /** `periods`: the years of `år` and permanent, as BudgetHeader.periods has them. */
    constructor(readonly periods: number) {}

    addLine(budget: BudgetName, column: KindColumn, series: Series): this {
        this.add(slotOf(budget, column), series);
        return this;
    }

    /** Records that a line writes `tidligere:` or `efterfølgende:` (see Totals.uses). */
    addUse(use: OuterUse): this {
        this.tidligere ||= use.tidligere;
        this.efterfølgende ||= use.efterfølgende;
        return this;
    }

    addStaff(series: Series): this {
        this.add(6, series);
        return this;
    }

    addTotals(totals: Totals): this {
        this.addColumns(0, totals.drift);
        this.addColumns(3, totals.anlæg);
        this.add(6, totals.årsværk);
        return this.addUse(totals.uses);
    }

    build(): Totals {
        return {
            periods: this.periods,
            drift: this.columnsAt(0),
            anlæg: this.columnsAt(3),
            årsværk: this.resultAt(6),
            uses: this.tidligere || this.efterfølgende ? { tidligere: this.tidligere, efterfølgende: this.efterfølgende } : NO_OUTER_USE
        };
    }

    private addColumns(first: number, columns: Columns): void {
        if (columns === zeroColumnsByLength.get(this.periods)) {
            return;
        }
        for (let i = 0; i < KIND_COLUMNS.length; i++) {
            this.add(first + i, columns[KIND_COLUMNS[i]]);
        }
    }

    private add(slot: number, series: Series): void {
        if (series === zeroSeriesByLength.get(this.periods)) {
            return;
        }
        (this.sums[slot] ??= new SeriesSum(this.periods)).add(series);
    }

    private resultAt(slot: number): Series {
        return this.sums[slot]?.result() ?? zeroSeries(this.periods);
    }

    private columnsAt(first: number): Columns {
        const opdrift = this.resultAt(first);
        const omstilling = this.resultAt(first + 1);
        const finansiering = this.resultAt(first + 2);
        const zero = zeroSeries(this.periods);
        return opdrift === zero && omstilling === zero && finansiering === zero
            ? zeroColumns(this.periods)
            : { opdrift, omstilling, finansiering, netto: nettoOf({ opdrift, omstilling, finansiering }) };
    }
}

/**
 * Every interval of every series of a Totals, mapped: all of them to resolve a scenario's
 * niveau, or (`moneyOnly`) not årsværk, which a change of unit or price level leaves alone.
 */
export function mapTotals(totals: Totals, map: (interval: Interval) => Interval, moneyOnly = false): Totals {
    const series = (s: Series): Series => isZeroSeries(s) ? s : mapSeries(s, map);
    const columns = (c: Columns): Columns => ({
        opdrift: series(c.opdrift), omstilling: series(c.omstilling), finansiering: series(c.finansiering), netto: series(c.netto)
    });
    return {
        periods: totals.periods, drift: columns(totals.drift), anlæg: columns(totals.anlæg),
        årsværk: moneyOnly ? totals.årsværk : series(totals.årsværk), uses: totals.uses
    };
}

/** `series.map(map)` for a map of the interval alone: a period that repeats the one before maps once. */
export function mapSeries(series: Series, map: (interval: Interval) => Interval): Series {
    const mapped = new Array<Interval>(series.length);
    for (let i = 0; i < series.length; i++) {
        mapped[i] = i > 0 && series[i] === series[i - 1] ? mapped[i - 1] : map(series[i]);
    }
    return mapped;
}
