import type { AstNode } from 'langium';
import type { Item } from '../generated/ast.js';
import { canonicalKeyword } from '../helpers/keywords.js';
import type { BrikEvaluator } from './brik-evaluator.js';
import type { Interval } from './interval.js';
import { scaleInterval } from './interval.js';
import type { Series } from './totals.js';
import { addSeries, isZeroSeries, mapSeries } from './totals.js';

/** The kinds of amount line a brik may have (§3), in the order the catalogues print them. */
export const LINE_KINDS = ['drift', 'etablering', 'finansiering', 'anlæg', 'årsværk'] as const;
export type LineKind = typeof LINE_KINDS[number];

/**
 * A brik's lines by kind (§9: "Økonomisk konsekvens"): each kind it has, the sum of its lines of
 * that kind; a kind it has no line of is absent. Etablering stays apart from drift here.
 */
export type ItemLines = Readonly<Partial<Record<LineKind, Series>>>;

/** An item's lines by kind, money in the unit of `host`'s document (årsværk is no money). */
export function itemLines(evaluator: BrikEvaluator, item: Item, host: AstNode): ItemLines {
    const factor = evaluator.unitFactor(item, host);
    const lines: Partial<Record<LineKind, Series>> = {};
    for (const element of item.elements) {
        if (element.$type !== 'AmountLine') {
            continue;
        }
        const kind = canonicalKeyword(element.kind) as LineKind;
        const series = evaluator.lineSeries(element);
        const scaled = factor && kind !== 'årsværk' ? mapSeries(series, interval => scaleInterval(interval, factor)) : series;
        lines[kind] = lines[kind] ? addSeries(lines[kind], scaled) : scaled;
    }
    return lines;
}

/** Every line's figures mapped (a scenario's niveau, a restatement); årsværk too unless `moneyOnly`. */
export function mapItemLines(lines: ItemLines, map: (interval: Interval) => Interval, moneyOnly = false): ItemLines {
    const mapped: Partial<Record<LineKind, Series>> = {};
    for (const kind of LINE_KINDS) {
        const series = lines[kind];
        if (series) {
            mapped[kind] = (moneyOnly && kind === 'årsværk') || isZeroSeries(series) ? series : mapSeries(series, map);
        }
    }
    return mapped;
}
