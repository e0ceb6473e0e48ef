import type { ExactDecimal } from '../evaluation/exact-decimal.js';
import type { Interval } from '../evaluation/interval.js';
import type { Columns, Series, Totals } from '../evaluation/totals.js';
import type { ReportModel, ReportNode } from './report-model.js';

/** An exact decimal as the JSON interface writes it: plain digits, no exponent, no `-0`. */
export function decimalString(value: ExactDecimal): string {
    return value.isZero() ? '0' : value.toFixed();
}

type JsonInterval = { min: string; max: string };
type JsonYears = Record<string, JsonInterval>;

function intervalJson(interval: Interval): JsonInterval {
    return { min: decimalString(interval.min), max: decimalString(interval.max) };
}

function yearsJson(series: Series, years: readonly number[]): JsonYears {
    const result: JsonYears = {};
    years.forEach((year, i) => result[String(year)] = intervalJson(series[i]));
    result.permanent = intervalJson(series[years.length]);
    return result;
}

function columnsJson(columns: Columns, years: readonly number[]) {
    return {
        opdrift: yearsJson(columns.opdrift, years),
        omstilling: yearsJson(columns.omstilling, years),
        finansiering: yearsJson(columns.finansiering, years),
        netto: yearsJson(columns.netto, years)
    };
}

function totalsJson(totals: Totals, years: readonly number[]) {
    return {
        drift: columnsJson(totals.drift, years),
        'anlæg': columnsJson(totals.anlaeg, years),
        'årsværk': yearsJson(totals.aarsvaerk, years)
    };
}

function nodeJson(node: ReportNode, years: readonly number[]): unknown {
    const item = node.kind === 'brik' || node.kind === 'finansiering';
    return {
        kind: node.kind,
        name: node.name,
        number: node.number ?? null,
        marks: node.marks,
        ...(item ? {
            owner: node.owner ?? null,
            categories: node.categories,
            notes: node.notes,
            unavoidablePart: node.unavoidablePart ? intervalJson(node.unavoidablePart) : null
        } : { brikCount: node.brikCount }),
        total: totalsJson(node.totals, years),
        children: node.children.map(child => nodeJson(child, years))
    };
}

/** The `brik-report/1` document of LANGUAGE.md §10: every amount a decimal string. */
export function jsonReport(model: ReportModel): string {
    const years = model.frame.years;
    const report = {
        schema: 'brik-report/1',
        budget: model.name,
        unit: model.frame.unit?.label ?? null,
        priceLevel: model.frame.priceLevel ?? null,
        years,
        basedOnErrors: model.basedOnErrors,
        scenario: model.scenario ?? null,
        restatedFrom: model.restatedFrom ?? null,
        total: totalsJson(model.totals, years),
        children: model.children.map(child => nodeJson(child, years)),
        scenarios: model.scenarios.map(scenario => ({
            name: scenario.name,
            total: totalsJson(scenario.totals, years),
            ramme: scenario.frame ? decimalString(scenario.frame.max) : null,
            exceeded: scenario.exceeded.map(({ year, by }) => ({ year: String(year), by: intervalJson(by) })),
            level: scenario.level ?? null,
            items: scenario.items.map(({ name, inclusion }) => ({ name, inclusion }))
        }))
    };
    return JSON.stringify(report, null, 2) + '\n';
}
