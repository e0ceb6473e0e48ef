import { Decimal } from 'decimal.js';
import fc from 'fast-check';

/**
 * Random catalogues for property tests, as a small model that prints itself as Brik text and
 * computes its own totals with decimal.js, straight from docs/language.md §2–§5: the oracle shares no
 * code with Brik's evaluator.
 */

/** decimal.js on its own, precise far beyond any sum these catalogues make. */
export const Exact = Decimal.clone({ precision: 500, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });
export type Exact = Decimal;

export type Unit = 'mio. kr.' | '1.000 kr.' | 'kr.';
export const KRONER: Record<Unit, number> = { 'mio. kr.': 1_000_000, '1.000 kr.': 1_000, 'kr.': 1 };

export interface Amount {
    readonly min: string;
    readonly max: string | undefined;
}

export interface Period {
    readonly first: number;
    readonly last: number | undefined;
    readonly amount: Amount;
}

export type LineKind = 'drift' | 'etablering' | 'finansiering' | 'anlæg' | 'årsværk';

export interface Line {
    readonly kind: LineKind;
    /** Either one amount for the budget year, or periods by year (as offsets into `år`). */
    readonly amount: Amount | undefined;
    readonly periods: readonly Period[];
    readonly permanent: boolean;
    /** With periods: `tidligere: A` first and `efterfølgende: A` last (never with permanent, §3). */
    readonly before?: Amount;
    readonly after?: Amount;
}

export interface Item {
    readonly kind: 'brik' | 'finansiering';
    readonly omstilling: boolean;
    readonly name: string;
    readonly lines: readonly Line[];
}

export interface Container {
    readonly kind: 'område' | 'tema';
    readonly name: string;
    readonly members: ReadonlyArray<Container | Item>;
}

export interface Catalogue {
    readonly unit: Unit;
    readonly firstYear: number;
    readonly years: number;
    readonly members: ReadonlyArray<Container | Item>;
}

export function isItem(member: Container | Item): member is Item {
    return member.kind === 'brik' || member.kind === 'finansiering';
}

/**
 * A decimal as an author writes it: sign, up to 12 digits, up to 6 decimals, sometimes grouped with `_`.
 * Never exactly three decimals: in `1.000 kr.` and `kr.` (the catalogue's or a fragment's unit)
 * `12.345` is a thousands-dot error (§2), and these catalogues have none.
 */
const whole = fc.oneof(fc.bigInt({ min: 0n, max: 100n }), fc.bigInt({ min: 0n, max: 99_999n }), fc.bigInt({ min: 0n, max: 999_999_999_999n }));
const decimalText = fc.tuple(fc.boolean(), whole, fc.constantFrom(0, 1, 2, 4, 5, 6), fc.nat({ max: 999_999 }), fc.boolean())
    .map(([negative, whole, places, fraction, grouped]) => {
        const integer = grouped ? whole.toString().replace(/\B(?=(?:[0-9]{3})+$)/g, '_') : whole.toString();
        const decimals = places === 0 ? '' : `.${String(fraction).padStart(6, '0').slice(0, places)}`;
        return `${negative && (whole > 0n || fraction > 0) ? '-' : ''}${integer}${decimals}`;
    });

const amount: fc.Arbitrary<Amount> = fc.oneof(
    decimalText.map(min => ({ min, max: undefined })),
    fc.tuple(decimalText, decimalText).map(([a, b]) => new Exact(a.replace(/_/g, '')).lessThanOrEqualTo(b.replace(/_/g, '')) ? { min: a, max: b } : { min: b, max: a })
);

function line(years: number): fc.Arbitrary<Line> {
    const kind = fc.constantFrom<LineKind>('drift', 'drift', 'etablering', 'finansiering', 'anlæg', 'årsværk');
    const single = fc.record({ kind, amount, periods: fc.constant([] as Period[]), permanent: fc.boolean() });
    // Increasing, non-overlapping periods inside `år`: a subset of the years, some joined into `a..b`.
    const periods = fc.subarray(Array.from({ length: years }, (_, i) => i), { minLength: 1 })
        .chain(offsets => fc.tuple(...offsets.map(first => fc.tuple(fc.constant(first), fc.boolean(), amount))))
        .map(entries => entries.flatMap(([first, join, value], i) => {
            const next = entries[i + 1]?.[0] ?? years;
            const last = join && next - 1 > first ? next - 1 : undefined;
            return [{ first, last, amount: value }];
        }));
    const byYear = fc.record({ kind, amount: fc.constant(undefined), periods, permanent: fc.boolean() });
    // An investeringsoversigt's project: tidligere, some years, efterfølgende (either may be left out).
    const lifetime = fc.record({ kind, amount: fc.constant(undefined), periods: fc.oneof(periods, fc.constant([] as Period[])), permanent: fc.constant(false), before: amount, after: amount })
        .chain(l => fc.constantFrom<Line>(l, { ...l, before: undefined }, { ...l, after: undefined, permanent: l.periods.length > 0 }));
    return fc.oneof(single, byYear, lifetime);
}

function item(years: number, name: fc.Arbitrary<string>): fc.Arbitrary<Item> {
    return fc.record({
        kind: fc.constantFrom<'brik' | 'finansiering'>('brik', 'brik', 'brik', 'finansiering'),
        omstilling: fc.boolean(),
        name,
        lines: fc.array(line(years), { minLength: 1, maxLength: 3 })
    }).map(it => it.kind === 'finansiering' ? { ...it, omstilling: false } : it);
}

let counter = 0;
/** Unique within a catalogue; the counter only makes names distinct, never decides a figure. */
const uniqueName = (prefix: string) => fc.constant(null).map(() => `${prefix} ${counter++}`);

function members(years: number, depth: number, areas: boolean): fc.Arbitrary<Array<Container | Item>> {
    const items = item(years, uniqueName('Brik'));
    if (depth === 0) {
        return fc.array(items, { maxLength: 4 });
    }
    const container: fc.Arbitrary<Container> = fc.record({
        kind: fc.constantFrom<'område' | 'tema'>(...(areas ? ['område', 'tema'] as const : ['tema'] as const)),
        name: uniqueName('Tema'),
        members: fc.constant(null)
    }).chain(c => members(years, depth - 1, false).map(inner => ({ ...c, name: c.kind === 'område' ? c.name.replace('Tema', 'Område') : c.name, members: inner })));
    return fc.array(fc.oneof({ weight: 3, arbitrary: items }, { weight: 2, arbitrary: container }), { maxLength: 4 });
}

/** A budget: a unit, 1–4 years, and områder, temaer (nested up to three deep) and items. */
export const catalogue: fc.Arbitrary<Catalogue> = fc.record({
    unit: fc.constantFrom<Unit>('mio. kr.', '1.000 kr.', 'kr.'),
    firstYear: fc.integer({ min: 2020, max: 2030 }),
    years: fc.integer({ min: 1, max: 4 })
}).chain(header => members(header.years, 3, true).map(inner => ({ ...header, members: inner })));

// ---- Brik text ----

function amountText(value: Amount): string {
    return value.max === undefined ? value.min : `${value.min}..${value.max}`;
}

function lineText(value: Line, firstYear: number): string {
    const profile = value.amount !== undefined
        ? amountText(value.amount)
        : [
            ...(value.before ? [`tidligere: ${amountText(value.before)}`] : []),
            ...value.periods.map(p => `${firstYear + p.first}${p.last === undefined ? '' : `..${firstYear + p.last}`}: ${amountText(p.amount)}`),
            ...(value.after ? [`efterfølgende: ${amountText(value.after)}`] : [])
        ].join(', ');
    return `${value.kind} ${profile}${value.permanent ? ' permanent' : ''}`;
}

function memberText(member: Container | Item, firstYear: number, indent: string): string {
    if (isItem(member)) {
        const marks = member.omstilling ? ' omstilling' : '';
        return `${indent}${member.kind} "${member.name}"${marks} {\n${member.lines.map(l => `${indent}  ${lineText(l, firstYear)}\n`).join('')}${indent}}\n`;
    }
    return `${indent}${member.kind} "${member.name}" {\n${member.members.map(m => memberText(m, firstYear, `${indent}  `)).join('')}${indent}}\n`;
}

export function budgetText(value: Catalogue, members: ReadonlyArray<Container | Item> = value.members, extra = ''): string {
    const last = value.firstYear + value.years - 1;
    return `budget "Egenskaber" {\n  enhed ${value.unit}\n  prisniveau ${value.firstYear}\n  år ${value.firstYear}..${last}\n${members.map(m => memberText(m, value.firstYear, '  ')).join('')}${extra}}\n`;
}

export function fragmentText(unit: Unit, members: ReadonlyArray<Container | Item>, firstYear: number): string {
    return `fragment {\n  enhed ${unit}\n${members.map(m => memberText(m, firstYear, '  ')).join('')}}\n`;
}

// ---- The oracle: §3 profiles, §5 columns, ranges end by end ----

export interface OracleInterval {
    min: Exact;
    max: Exact;
}

export type OracleSeries = OracleInterval[];

export interface OracleTotals {
    readonly drift: Record<'opdrift' | 'omstilling' | 'finansiering' | 'netto', OracleSeries>;
    readonly anlæg: Record<'opdrift' | 'omstilling' | 'finansiering' | 'netto', OracleSeries>;
    readonly årsværk: OracleSeries;
}

function zeros(periods: number): OracleSeries {
    return Array.from({ length: periods }, () => ({ min: new Exact(0), max: new Exact(0) }));
}

function value(text: Amount): OracleInterval {
    return { min: new Exact(text.min.replace(/_/g, '')), max: new Exact((text.max ?? text.min).replace(/_/g, '')) };
}

/**
 * What one line puts in each year and permanently (§3), then tidligere, efterfølgende and samlet
 * (§5: tidligere + the years + efterfølgende), its money scaled by `scale`.
 */
function lineSeries(l: Line, years: number, scale: Exact): OracleSeries {
    const series = zeros(years + 4);
    const money = l.kind === 'årsværk' ? new Exact(1) : scale;
    const set = (i: number, v: OracleInterval) => { series[i] = { min: v.min.times(money), max: v.max.times(money) }; };
    let lastYear = -1;
    let last: OracleInterval | undefined;
    if (l.amount !== undefined) {
        last = value(l.amount);
        lastYear = 0;
        set(0, last);
    }
    for (const p of l.periods) {
        last = value(p.amount);
        lastYear = p.last ?? p.first;
        for (let y = p.first; y <= lastYear; y++) set(y, last);
    }
    if (l.permanent && last) {
        for (let y = lastYear + 1; y < years; y++) set(y, last);
        set(years, last);
    }
    if (l.before) set(years + 1, value(l.before));
    if (l.after) set(years + 2, value(l.after));
    const parts = [...series.slice(0, years), series[years + 1], series[years + 2]];
    series[years + 3] = parts.reduce((sum, v) => ({ min: sum.min.plus(v.min), max: sum.max.plus(v.max) }), { min: new Exact(0), max: new Exact(0) });
    return series;
}

function add(target: OracleSeries, series: OracleSeries): void {
    series.forEach((v, i) => { target[i] = { min: target[i].min.plus(v.min), max: target[i].max.plus(v.max) }; });
}

/** The totals of members, in a unit `scale` times the one they are written in. */
export function oracleTotals(memberList: ReadonlyArray<Container | Item>, years: number, scale: Exact = new Exact(1)): OracleTotals {
    const periods = years + 4;
    const totals: OracleTotals = {
        drift: { opdrift: zeros(periods), omstilling: zeros(periods), finansiering: zeros(periods), netto: zeros(periods) },
        anlæg: { opdrift: zeros(periods), omstilling: zeros(periods), finansiering: zeros(periods), netto: zeros(periods) },
        årsværk: zeros(periods)
    };
    const visit = (member: Container | Item) => {
        if (!isItem(member)) {
            member.members.forEach(visit);
            return;
        }
        for (const l of member.lines) {
            const series = lineSeries(l, years, scale);
            if (l.kind === 'årsværk') {
                add(totals.årsværk, series);
                continue;
            }
            const budget = l.kind === 'anlæg' ? totals.anlæg : totals.drift;
            const column = member.kind === 'finansiering' || l.kind === 'finansiering' ? 'finansiering' : member.omstilling ? 'omstilling' : 'opdrift';
            add(budget[column], series);
            add(budget.netto, series);
        }
    };
    memberList.forEach(visit);
    return totals;
}
