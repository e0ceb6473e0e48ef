import type { Interval } from '../src/evaluation/interval.js';
import type { Series } from '../src/evaluation/totals.js';

/** An interval as Brik source text: `2.8`, `16.3..32.3`. Exact: no rounding. `unknown` for an unknown figure. */
export function intervalText(interval: Interval): string {
    if (interval.unknown) {
        return 'unknown';
    }
    const min = interval.min.toFixed();
    const max = interval.max.toFixed();
    return min === max ? min : `${min}..${max}`;
}

/** A series as `{ 2024: '2.8', …, permanent: '2.8' }`, for readable expectations. */
export function seriesText(series: Series, years: readonly number[]): Record<string, string> {
    const result: Record<string, string> = {};
    years.forEach((year, i) => result[year] = intervalText(series[i]));
    result.permanent = intervalText(series[years.length]);
    return result;
}
