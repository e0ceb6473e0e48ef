import type { AstNode } from 'langium';
import type { Item, Scenario } from '../generated/ast.js';
import { isScenarioRamme, isScenarioLevel, isScenarioSelection, isUnavoidable } from '../generated/ast.js';
import type { BrikEvaluator } from './brik-evaluator.js';
import { ZERO } from './exact-decimal.js';
import type { Interval } from './interval.js';
import { exactInterval, resolveInterval, UNKNOWN_INTERVAL, ZERO_INTERVAL } from './interval.js';
import { itemColumn } from './item-column.js';
import type { Totals } from './totals.js';
import { mapTotals, seriesOf, TotalsBuilder } from './totals.js';

/** How a scenario resolves ranges (§6): one end, the middle, or both ends (no niveau). */
export type ResolutionLevel = 'min' | 'max' | 'midt' | undefined;

/** An item is in a scenario in full, or with just its unavoidable part (`uomgængelig 0.9`). */
export type Inclusion = 'full' | 'unavoidable-part';

export interface ScenarioExcess {
    readonly year: number;
    /** By how much the netto exceeds the ramme: from at least 0 to at most this. */
    readonly by: Interval;
}

/** The room left under a ramme in its tightest year: the ramme less that year's highest netto. */
export interface ScenarioRoom {
    readonly year: number;
    /** Unknown when the netto of some year rests on an amount that cannot be read. */
    readonly by: Interval;
}

export interface ScenarioResult {
    readonly name: string;
    readonly level: ResolutionLevel;
    readonly included: ReadonlyMap<Item, Inclusion>;
    /** The scenario's totals, with ranges resolved by its niveau. */
    readonly totals: Totals;
    readonly ramme: Interval | undefined;
    /** The years whose netto may exceed the ramme (a year whose netto is unknown is not among them). */
    readonly exceeded: readonly ScenarioExcess[];
    /** The excess with the highest maximum, the first such year; undefined when no year exceeds the ramme. */
    readonly largestExcess: ScenarioExcess | undefined;
    /** When no year exceeds the ramme: the room left in the tightest year (unknown if a netto is). */
    readonly room: ScenarioRoom | undefined;
}

export function resolveLevel(level: ResolutionLevel): (interval: Interval) => Interval {
    switch (level) {
        case 'min': return i => resolveInterval(i, i.min);
        case 'max': return i => resolveInterval(i, i.max);
        case 'midt': return i => resolveInterval(i, i.min.plus(i.max).dividedBy(2));
        default: return i => i;
    }
}

/** What every scenario contains without being asked: the unavoidable, omstilling and financing (§6). */
export function defaultInclusion(item: Item): Inclusion | undefined {
    if (itemColumn(item) !== 'opdrift') {
        return 'full';
    }
    const unavoidable = item.elements.find(isUnavoidable);
    if (!unavoidable) {
        return undefined;
    }
    return unavoidable.amount ? 'unavoidable-part' : 'full';
}

/**
 * What an item puts into a scenario, in the unit of `host` (the budget), ranges resolved by
 * the scenario's niveau: its totals, or just its unavoidable part in the budget year.
 */
export function scenarioItemTotals(evaluator: BrikEvaluator, item: Item, inclusion: Inclusion, level: ResolutionLevel, host: AstNode): Totals {
    const totals = unresolvedItemTotals(evaluator, item, inclusion, host);
    return level === undefined ? totals : mapTotals(totals, resolveLevel(level));
}

/** An item's part of a scenario with its ranges kept. */
export function unresolvedItemTotals(evaluator: BrikEvaluator, item: Item, inclusion: Inclusion, host: AstNode): Totals {
    if (inclusion === 'full') {
        return evaluator.totalsIn(item, host);
    }
    const header = evaluator.header(host);
    const builder = new TotalsBuilder(header.periods);
    if (header.years.length > 0) {
        // "enters with just that 0.9, in the budget year"
        const part = evaluator.unavoidablePart(item, host) ?? ZERO_INTERVAL;
        builder.addLine('drift', 'opdrift', seriesOf([part, ...new Array<Interval>(header.periods - 1).fill(ZERO_INTERVAL)]));
    }
    return builder.build();
}

/**
 * A scenario's sum of what it includes, ranges kept (ScenarioSums keeps it per container): of
 * `items`, each as `inclusions` says at the same index (undefined: not included).
 */
export type ScenarioSum = (items: readonly Item[], inclusions: ReadonlyArray<Inclusion | undefined>) => Totals;

/** `medtag alle`: every item in full is the budget itself, whose total is already computed. */
function includesAllInFull(inclusions: ReadonlyArray<Inclusion | undefined>): boolean {
    return inclusions.every(inclusion => inclusion === 'full');
}

/** The items included, in order, each with how. */
function includedMap(items: readonly Item[], inclusions: ReadonlyArray<Inclusion | undefined>): Map<Item, Inclusion> {
    const included = new Map<Item, Inclusion>();
    items.forEach((item, i) => inclusions[i] && included.set(item, inclusions[i]!));
    return included;
}

/**
 * Evaluates a scenario: which items it contains, at what amounts, and whether it keeps its
 * ramme. `items` are all items of the budget, included files counted, and `unasked` what each of
 * them is in a scenario without being asked (`defaultInclusion`); `sumOf` adds up what it includes.
 */
export function evaluateScenario(evaluator: BrikEvaluator, scenario: Scenario, items: readonly Item[], unasked: ReadonlyArray<Inclusion | undefined>, sumOf: ScenarioSum): ScenarioResult {
    // `medtag alle` and `fravælg alle` are flags, not sets of every item: a scenario is evaluated again after each edit.
    const selected = new Set<Item>();
    const removed = new Set<Item>();
    let allSelected = false;
    let allRemoved = false;
    for (const selection of scenario.clauses.filter(isScenarioSelection)) {
        if (selection.all) {
            allRemoved ||= selection.exclude;
            allSelected ||= !selection.exclude;
            continue;
        }
        const target = selection.exclude ? removed : selected;
        selection.items.forEach(ref => ref.item.ref && target.add(ref.item.ref));
        selection.themes.forEach(ref => ref.ref && evaluator.itemsOf(ref.ref).forEach(item => target.add(item)));
    }
    // An array beside the items, not a map: 100,000 brikker are hashed into none after each edit.
    // The list is the evaluator's, which no edit changes (it makes a new one): it is kept as it is.
    const inclusions = items.map((item, i) => allRemoved || removed.has(item) ? undefined : allSelected || selected.has(item) ? 'full' : unasked[i]);
    const level = scenario.clauses.find(isScenarioLevel)?.level as ResolutionLevel;
    // Ranges add up end by end and every niveau is linear (min, max, the middle), so resolving
    // the sum once gives exactly the sum of the resolved amounts, without a copy per item.
    const sum = includesAllInFull(inclusions) ? evaluator.totalsOf(scenario.$container) : sumOf(items, inclusions);
    const totals = level === undefined ? sum : mapTotals(sum, resolveLevel(level));
    const header = evaluator.header(scenario);
    const ramme = evaluator.rangeValue(scenario.clauses.find(isScenarioRamme)?.value);
    const exceeded = ramme ? excesses(header.years, totals, ramme) : [];
    const largestExcess = exceeded.reduce<ScenarioExcess | undefined>((a, b) => !a || b.by.max.greaterThan(a.by.max) ? b : a, undefined);
    const room = ramme && !largestExcess ? tightestYear(header.years, totals, ramme) : undefined;
    let included: Map<Item, Inclusion> | undefined;
    return {
        // A half-typed `scenarie {` has no name yet.
        name: scenario.name ?? '', level, totals, ramme, exceeded, largestExcess, room,
        // Made when first asked (a report, a hover, a code lens), not after every edit.
        get included() {
            return included ??= includedMap(items, inclusions);
        }
    };
}

/** The years whose netto may exceed the ramme, and by how much: from at least 0 to at most. */
function excesses(years: readonly number[], totals: Totals, ramme: Interval): ScenarioExcess[] {
    const exceeded: ScenarioExcess[] = [];
    years.forEach((year, i) => {
        const netto = totals.drift.netto[i];
        if (!netto.unknown && netto.max.greaterThan(ramme.max)) {
            const least = netto.min.minus(ramme.max);
            exceeded.push({ year, by: { min: least.isNegative() ? ZERO : least, max: netto.max.minus(ramme.max) } });
        }
    });
    return exceeded;
}

/** The year with the least room under the ramme (ramme − highest netto); the first unknown year, if any. */
function tightestYear(years: readonly number[], totals: Totals, ramme: Interval): ScenarioRoom | undefined {
    const unknown = years.findIndex((_, i) => totals.drift.netto[i].unknown);
    if (unknown >= 0) {
        return { year: years[unknown], by: UNKNOWN_INTERVAL };
    }
    return years.map((year, i) => ({ year, by: exactInterval(ramme.max.minus(totals.drift.netto[i].max)) }))
        .reduce<ScenarioRoom | undefined>((a, b) => !a || b.by.max.lessThan(a.by.max) ? b : a, undefined);
}
