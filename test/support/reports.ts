import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT, runBrik } from './run-brik.js';

/** The budgets (not fragments) below a folder of the repository: paths relative to it, without `.brik`. */
export function budgetsIn(folder: string): string[] {
    return readdirSync(path.join(ROOT, folder), { recursive: true }).map(String)
        .filter(name => name.endsWith('.brik'))
        .filter(name => /^budget\s/m.test(readFileSync(path.join(ROOT, folder, name), 'utf8')))
        .map(name => name.slice(0, -'.brik'.length).split(path.sep).join('/'))
        .sort();
}

/** The reports of every budget below a folder, as `brik report FOLDER --format F --out DIR` writes them; returns DIR. */
export function writeReports(folder: string, format: string): string {
    const out = mkdtempSync(path.join(tmpdir(), `brik-${format}-`));
    const { code, stderr } = runBrik(['report', folder, '--format', format, '--out', out]);
    if (code !== 0) {
        throw new Error(`brik report ${folder} --format ${format} exited with ${code}: ${stderr}`);
    }
    return out;
}

/** The brik-report/1 document of docs/reports.md, as far as the tests read it. */
export type JsonInterval = { min: string; max: string };
export type JsonYears = Record<string, JsonInterval>;
export type JsonColumns = Record<'opdrift' | 'omstilling' | 'finansiering' | 'netto', JsonYears>;
export type JsonTotals = { drift: JsonColumns; 'anlæg': JsonColumns; 'årsværk': JsonYears };
export interface JsonNode {
    kind: string; name: string; number: string | null; total: JsonTotals; children: JsonNode[]; unavoidablePart?: { min: string; max: string } | null;
    /** An item's lines by kind (§9), in the order of the catalogues. */
    lines?: Record<string, JsonYears>;
}
export interface JsonReport { budget: string; unit: string | null; years: number[]; total: JsonTotals; children: JsonNode[] }

export function readJsonReport(folder: string, name: string): JsonReport {
    return JSON.parse(readFileSync(path.join(folder, `${name}.json`), 'utf8')) as JsonReport;
}

/** Every node of the tree, parents before their children, in catalogue order. */
export function preorder(nodes: readonly JsonNode[]): JsonNode[] {
    return nodes.flatMap(node => [node, ...preorder(node.children)]);
}

export function isItemJson(node: JsonNode): boolean {
    return node.kind === 'brik' || node.kind === 'finansiering';
}

export function hasMoneyJson(years: JsonYears): boolean {
    return Object.values(years).some(i => i.min !== '0' || i.max !== '0');
}

/** True when any column of a budget (drift or anlæg) holds money. */
export function budgetHasMoney(columns: JsonColumns): boolean {
    return (['opdrift', 'omstilling', 'finansiering'] as const).some(kind => hasMoneyJson(columns[kind]));
}

/**
 * The periods the reports print (LANGUAGE.md §9), read off the JSON report alone: the years and
 * permanent; where the budget uses them (the JSON then has the keys) tidligere before the years,
 * efterfølgende after them and samlet, and then permanent only if some item has a permanent amount.
 */
export function printedPeriodsOf(json: JsonReport): string[] {
    const years = json.total.drift.netto;
    const outer = 'tidligere' in years || 'efterfølgende' in years;
    const nonZero = (i: JsonInterval) => i.min !== '0' || i.max !== '0';
    const permanent = (totals: JsonTotals) => nonZero(totals['årsværk'].permanent)
        || [totals.drift, totals['anlæg']].some(columns => (['opdrift', 'omstilling', 'finansiering'] as const).some(kind => nonZero(columns[kind].permanent)));
    return [
        ...('tidligere' in years ? ['tidligere'] : []),
        ...json.years.map(String),
        ...('efterfølgende' in years ? ['efterfølgende'] : []),
        ...(outer ? ['samlet'] : []),
        // Varigt only where some line is permanent (§9): never a column of zeros.
        ...(preorder(json.children).filter(isItemJson).some(item => permanent(item.total)) ? ['permanent'] : [])
    ];
}

/** The budgets the reports show, the leading one first: those that hold money, drift when none does. */
export function shownBudgetsOf(json: JsonReport): Array<'drift' | 'anlæg'> {
    const holding = (['drift', 'anlæg'] as const).filter(budget => budgetHasMoney(json.total[budget]));
    return holding.length > 0 ? holding : ['drift'];
}

/** A YEARS object cut to the given periods, in their order. */
export function atPeriods(years: JsonYears, periods: readonly string[]): JsonYears {
    return Object.fromEntries(periods.map(period => [period, years[period]]));
}

/** Every YEARS object of a budget's columns cut to the given periods. */
export function columnsAt(columns: JsonColumns, periods: readonly string[]): JsonColumns {
    return {
        opdrift: atPeriods(columns.opdrift, periods), omstilling: atPeriods(columns.omstilling, periods),
        finansiering: atPeriods(columns.finansiering, periods), netto: atPeriods(columns.netto, periods)
    };
}
