import type { Interval } from '../evaluation/interval.js';
import type { Columns, OuterUse, Series, Totals } from '../evaluation/totals.js';
import { periodOf } from '../evaluation/totals.js';
import { decimalString } from './decimal-string.js';
import type { ItemLines } from '../evaluation/item-lines.js';
import { LINE_KINDS } from '../evaluation/item-lines.js';
import type { ReportModel, ReportNode } from './report-model.js';

type JsonInterval = { min: string; max: string; unknown?: true };
type JsonYears = Record<string, JsonInterval>;

/**
 * An interval as `brik-report/1` and `brik-diff/1` write it: exact decimal strings, and
 * `"unknown": true` where the figure rests on an amount that cannot be read (its min and max
 * are then only the sum of what could be read).
 */
export function intervalJson(interval: Interval): JsonInterval {
    const json: JsonInterval = { min: decimalString(interval.min), max: decimalString(interval.max) };
    if (interval.unknown) {
        json.unknown = true;
    }
    return json;
}

/** The periods of every YEARS object: the years, permanent, and (since issue 12) the outer ones. */
interface JsonPeriods {
    readonly years: readonly number[];
    /** Whether the budget writes `tidligere:` / `efterfølgende:` anywhere: then every YEARS object has the key. */
    readonly uses: OuterUse;
}

function yearsJson(series: Series, periods: JsonPeriods): JsonYears {
    const result: JsonYears = {};
    periods.years.forEach((year, i) => result[String(year)] = intervalJson(series[i]));
    result.permanent = intervalJson(periodOf(series, 'permanent'));
    if (periods.uses.tidligere) {
        result.tidligere = intervalJson(periodOf(series, 'tidligere'));
    }
    if (periods.uses.efterfølgende) {
        result['efterfølgende'] = intervalJson(periodOf(series, 'efterfølgende'));
    }
    result.samlet = intervalJson(periodOf(series, 'samlet'));
    return result;
}

function columnsJson(columns: Columns, periods: JsonPeriods) {
    return {
        opdrift: yearsJson(columns.opdrift, periods),
        omstilling: yearsJson(columns.omstilling, periods),
        finansiering: yearsJson(columns.finansiering, periods),
        netto: yearsJson(columns.netto, periods)
    };
}

function totalsJson(totals: Totals, periods: JsonPeriods) {
    return {
        drift: columnsJson(totals.drift, periods),
        'anlæg': columnsJson(totals.anlæg, periods),
        'årsværk': yearsJson(totals.årsværk, periods)
    };
}

/** An item's lines by kind, in the order of LINE_KINDS: only the kinds it has. */
function linesJson(lines: ItemLines, periods: JsonPeriods): Record<string, JsonYears> {
    const result: Record<string, JsonYears> = {};
    for (const kind of LINE_KINDS) {
        const series = lines[kind];
        if (series) {
            result[kind] = yearsJson(series, periods);
        }
    }
    return result;
}

function nodeJson(node: ReportNode, years: JsonPeriods): unknown {
    const item = node.kind === 'brik' || node.kind === 'finansiering';
    return {
        kind: node.kind,
        name: node.name,
        number: node.number ?? null,
        marks: node.marks,
        ...(item ? {
            // Keys only added (brik-report/1): where the brik stands, which with its name identifies it.
            path: node.path,
            owner: node.owner ?? null,
            categories: node.categories,
            notes: node.notes,
            unavoidablePart: node.unavoidablePart ? intervalJson(node.unavoidablePart) : null,
            // Added after the schema's first version, as the keys above: each kind of line the item has.
            ...(node.lines ? { lines: linesJson(node.lines, years) } : {})
        } : { brikCount: node.brikCount }),
        total: totalsJson(node.totals, years),
        children: node.children.map(child => nodeJson(child, years))
    };
}

/** The `brik-report/1` document of docs/reports.md: every amount a decimal string. */
export function jsonReport(model: ReportModel): string {
    return [...jsonReportChunks(model)].join('');
}

const CHILDREN = '\u0000children\u0000';

/**
 * The text of `jsonReport`, in pieces: the document around its children, then one top-level
 * child at a time, indented as `JSON.stringify(report, null, 2)` indents them. A catalogue of
 * 100,000 brikker gives some 700 MB of JSON, more than one JavaScript string can hold, so
 * the CLI writes these pieces as they come.
 */
export function* jsonReportChunks(model: ReportModel): Generator<string> {
    const years: JsonPeriods = { years: model.header.years, uses: model.uses };
    const report = {
        schema: 'brik-report/1',
        budget: model.name,
        unit: model.header.unit?.label ?? null,
        priceLevel: model.header.priceLevel ?? null,
        years: model.header.years,
        basedOnErrors: model.basedOnErrors,
        scenario: model.scenario ?? null,
        restatedFrom: model.restatedFrom ?? null,
        total: totalsJson(model.totals, years),
        children: CHILDREN,
        scenarios: model.scenarios.map(scenario => ({
            name: scenario.name,
            total: totalsJson(scenario.totals, years),
            ramme: scenario.ramme ? decimalString(scenario.ramme.max) : null,
            exceeded: scenario.exceeded.map(({ year, by }) => ({ year: String(year), by: intervalJson(by) })),
            level: scenario.level ?? null,
            items: scenario.items.map(({ name, path, inclusion }) => ({ name, path, inclusion }))
        }))
    };
    const text = JSON.stringify(report, null, 2) + '\n';
    // A name may hold the same characters, but never a raw line break: only the key's line matches.
    const mark = JSON.stringify(CHILDREN);
    const at = text.indexOf(`\n  "children": ${mark}`) + `\n  "children": `.length;
    yield text.slice(0, at);
    if (model.children.length === 0) {
        yield '[]';
    } else {
        yield '[\n';
        for (const [index, child] of model.children.entries()) {
            // JSON strings hold no raw line breaks, so every line break is one to indent.
            const json = JSON.stringify(nodeJson(child, years), null, 2).replace(/\n/g, '\n    ');
            yield `    ${json}${index < model.children.length - 1 ? ',' : ''}\n`;
        }
        yield '  ]';
    }
    yield text.slice(at + mark.length);
}
