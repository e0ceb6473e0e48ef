import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document, Interval, Item, Locale, PrintedPeriod, Series } from '@brik/language';
import {
    budgetsWithMoney, buildReportModel, createBrikServices, csvReport, htmlReport, isItem, jsonReport, markdownReport, periodOf,
    printedIntervals, rangeColumnNames, wordsOf, reportPeriods, xlsxReport, yearlyPeriods
} from '@brik/language';
import { AstUtils } from 'langium';
import { budgetText, catalogue, Exact } from './catalogue-arbitrary.js';

/**
 * Every figure a report prints, read back from the report as a reader's program would, is the
 * evaluator's: exactly where the format is exact (JSON, CSV, HTML's data attributes), the nearest
 * double in XLSX, and rounded half-up to the unit's decimals where it is printed (Markdown, HTML).
 */
const RUNS = Number(process.env.BRIK_PROPERTY_RUNS ?? 25);
const { Brik } = createBrikServices(EmptyFileSystem);
const parse = parseHelper<Document>(Brik);
const evaluator = Brik.evaluation.Evaluator;

type Ends = { min: string; max: string };

/** The exact ends of the years and permanent (the JSON's YEARS keys every budget has), as decimal strings without a sign on zero. */
function exact(series: Series): Ends[] {
    return yearlyPeriods(series).map(endsOf);
}

/** The exact ends of every period the reports print (§9: the years, and tidligere, efterfølgende, samlet and permanent as used). */
function shown(series: Series, periods: readonly PrintedPeriod[], years: readonly number[]): Ends[] {
    return printedIntervals(series, periods, years).map(endsOf);
}

function endsOf(i: Interval): Ends {
    return { min: plain(i.min.toString()), max: plain(i.max.toString()) };
}

function plain(text: string): string {
    const value = new Exact(text);
    return value.isZero() ? '0' : value.toFixed();
}

/** What a reader sees: each end rounded half-up to the unit's decimals, by decimal.js alone. */
function rounded(ends: readonly Ends[], decimals: number): Ends[] {
    return ends.map(e => ({ min: new Exact(e.min).toDecimalPlaces(decimals, Exact.ROUND_HALF_UP).toFixed(decimals), max: new Exact(e.max).toDecimalPlaces(decimals, Exact.ROUND_HALF_UP).toFixed(decimals) }));
}

/** `1.234,5`, `-3,4`, `15,0–26,6` (Danish) or `1,234.5` (English) back to decimals. */
function printed(text: string, locale: Locale, decimals: number): Ends {
    const number = (part: string) => {
        const normal = part.trim().replace(/\u2212/g, '-');
        const digits = locale === 'da' ? normal.replace(/\./g, '').replace(',', '.') : normal.replace(/,/g, '');
        return new Exact(digits).toFixed(decimals);
    };
    const [min, max] = text.replace(/\*\*/g, '').split('–');
    return { min: number(min), max: number(max ?? min) };
}

function itemsOf(root: Document): Item[] {
    return AstUtils.streamAllContents(root).filter(isItem).toArray() as Item[];
}

describe('report figures read back (fast-check)', () => {
    it('equal the evaluator\'s in JSON, CSV, XLSX, Markdown and HTML', async () => {
        await fc.assert(fc.asyncProperty(catalogue, fc.constantFrom<Locale>('da', 'en'), async (value, locale) => {
            const document = await parse(budgetText(value), { validation: true });
            const root = document.parseResult.value;
            const model = buildReportModel(evaluator, root);
            const decimals = value.unit === 'mio. kr.' ? 1 : 0;
            const budget = evaluator.totalsOf(root);
            const items = new Map(itemsOf(root).map(item => [item.name, evaluator.totalsOf(item)]));
            const labels = wordsOf(locale);
            // The reports show the budgets that hold money, the leading one first, at the periods the budget uses (§9).
            const lead = budgetsWithMoney(budget)[0];
            const columns = reportPeriods(model, labels);
            const years = model.header.years;
            const reported = (series: Series) => shown(series, columns, years);

            // JSON: every item and the budget, every column, exactly.
            const json = JSON.parse(jsonReport(model));
            const periods = [...value.years > 0 ? Array.from({ length: value.years }, (_, i) => String(value.firstYear + i)) : [], 'permanent'];
            const jsonEnds = (years: Record<string, Ends>) => periods.map(p => years[p]);
            expect(jsonEnds(json.total.drift.netto)).toEqual(exact(budget.drift.netto));
            expect(jsonEnds(json.total['anlæg'].netto)).toEqual(exact(budget.anlæg.netto));
            expect(jsonEnds(json.total['årsværk'])).toEqual(exact(budget.årsværk));
            // samlet always; tidligere and efterfølgende exactly where a line of the budget writes them.
            expect(json.total.drift.netto.samlet).toEqual(endsOf(periodOf(budget.drift.netto, 'samlet')));
            expect(json.total['anlæg'].netto.samlet).toEqual(endsOf(periodOf(budget.anlæg.netto, 'samlet')));
            expect(json.total['anlæg'].netto.tidligere).toEqual(budget.uses.tidligere ? endsOf(periodOf(budget.anlæg.netto, 'tidligere')) : undefined);
            expect(json.total.drift.netto['efterfølgende']).toEqual(budget.uses.efterfølgende ? endsOf(periodOf(budget.drift.netto, 'efterfølgende')) : undefined);
            const jsonItems: Array<{ name: string; total: { drift: { netto: Record<string, Ends> } } }> = [];
            const walk = (nodes: Array<{ kind: string; children: unknown[] }>) => nodes.forEach(n => n.kind === 'brik' || n.kind === 'finansiering' ? jsonItems.push(n as never) : walk(n.children as never));
            walk(json.children);
            expect(jsonItems.map(n => n.name).sort()).toEqual([...items.keys()].sort());
            jsonItems.forEach(n => expect(jsonEnds(n.total.drift.netto)).toEqual(exact(items.get(n.name)!.drift.netto)));

            // CSV: one row per item, the leading budget's netto min and max per printed period, exactly.
            const [header, ...rows] = parseCsv(csvReport(model, { locale }), { bom: true }) as string[][];
            const firstName = rangeColumnNames(labels, columns)[0];
            const first = header.indexOf(lead === 'drift' ? firstName : labels.anlægColumn(firstName));
            expect(first).toBe(10);
            expect(rows.map(r => r[4]).sort()).toEqual([...items.keys()].sort());
            rows.forEach(row => {
                const ends = reported(items.get(row[4])![lead].netto);
                expect(row.slice(first, first + columns.length * 2)).toEqual(ends.flatMap(e => [e.min, e.max]));
            });

            // XLSX: each item's cells are the doubles nearest its exact figures; the grand total's cached results too.
            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.load(Buffer.from(await xlsxReport(model, { locale })) as unknown as ExcelJS.Buffer);
            const sheet = workbook.worksheets[1];
            // A min and a max column for a period only where some figure in it is a range (§9), else one.
            const pairs = columns.map((_, i) => [budget, ...items.values()].some(totals => { const e = reported(totals[lead].netto)[i]; return e.min !== e.max; }));
            const expected = (series: Series) => reported(series).flatMap((e, i) => pairs[i] ? [Number(e.min), Number(e.max)] : [Number(e.min)]);
            const width = pairs.reduce((sum, pair) => sum + (pair ? 2 : 1), 0);
            const cells = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => {
                const cell = row.getCell(5 + i);
                return cell.formula ? cell.result : cell.value;
            });
            let rowsRead = 0;
            sheet.eachRow((row, number) => {
                const name = String(row.getCell(2).value);
                if (number > 1 && items.has(name)) {
                    rowsRead++;
                    expect(cells(row)).toEqual(expected(items.get(name)![lead].netto));
                }
            });
            expect(rowsRead).toBe(items.size);
            expect(cells(sheet.getRow(sheet.rowCount))).toEqual(expected(budget[lead].netto));

            // Markdown: the summary's rows of the leading budget, printed and rounded.
            const markdown = markdownReport(model, { locale });
            const summary = markdown.split(`## ${labels.summary}`)[1].split('\n\n')[1].split('\n');
            expect(summary[0]).toMatch(new RegExp(`^\\| ${labels[lead]} `));
            const netto = lead === 'drift' ? labels.balance : labels.netto;
            // Drift shows every kind. An investeringsoversigt (§9) shows Anlæg (what is not
            // financing, never "Opdrift") and Finansiering where it holds money.
            const allKinds = (['opdrift', 'omstilling', 'finansiering'] as const);
            const hasMoney = (series: Series) => series.some(i => !i.min.isZero() || !i.max.isZero());
            const plus = (a: Series, b: Series): Series => a.map((i, n) => ({ min: i.min.plus(b[n].min), max: i.max.plus(b[n].max) }));
            const shownRows: ReadonlyArray<readonly [string, Series]> = lead === 'drift'
                ? allKinds.map(kind => [labels[kind], budget[lead][kind]] as const)
                : [[labels.anlæg, plus(budget[lead].opdrift, budget[lead].omstilling)] as const,
                    ...(hasMoney(budget[lead].finansiering) ? [[labels.finansiering, budget[lead].finansiering] as const] : [])];
            if (lead === 'anlæg') {
                expect(summary.slice(2).some(line => line.startsWith(`| ${labels.opdrift} `) || line.startsWith(`| ${labels.omstilling} `))).toBe(false);
            }
            for (const [label, series] of [...shownRows, [`**${netto}**`, budget[lead].netto] as const]) {
                // Below the header row, which in an investeringsoversigt starts with the same word, Anlæg.
                const row = summary.slice(2).find(line => line.startsWith(`| ${label} `))!.split('|').slice(2, -1);
                expect(row.map(cell => printed(cell, locale, decimals))).toEqual(rounded(reported(series), decimals));
            }

            // HTML: every item's exact data attributes and its printed, rounded figures.
            const html = htmlReport(model, { locale });
            const htmlRows = [...html.matchAll(/<tr class="item"[^>]*><td><span class="item-name">([^<]*)<\/span>.*?<\/td>(.*?)<\/tr>/g)];
            expect(htmlRows.map(([, name]) => name).sort()).toEqual([...items.keys()].sort());
            for (const [, name, row] of htmlRows) {
                const tds = [...row.matchAll(/data-min="([^"]*)" data-max="([^"]*)">([^<]*)</g)];
                expect(tds.map(([, min, max]) => ({ min, max }))).toEqual(reported(items.get(name)![lead].netto));
                expect(tds.map(([, , , text]) => printed(text, locale, decimals))).toEqual(rounded(reported(items.get(name)![lead].netto), decimals));
            }
        }), { numRuns: RUNS });
    });
});
