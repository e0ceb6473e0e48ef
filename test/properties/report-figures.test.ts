import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document, Interval, Item, Locale, Series } from '@brik/language';
import {
    buildReportModel, createBrikServices, csvReport, htmlReport, isItem, jsonReport, markdownReport, periodOf, reportLabels, xlsxReport, yearlyPeriods
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

/** The exact ends of every period the reports print (the years and permanent), as decimal strings without a sign on zero. */
function exact(series: Series): Ends[] {
    return yearlyPeriods(series).map(endsOf);
}

function endsOf(i: Interval): Ends {
    return { min: plain(i.min.toString()), max: plain(i.max.toString()) };
}

function plain(text: string): string {
    const value = new Exact(text);
    return value.isZero() ? '0' : value.toFixed();
}

/** What a reader sees: each end rounded half-up to the unit's decimals, by decimal.js alone. */
function rounded(series: Series, decimals: number): Ends[] {
    return exact(series).map(e => ({ min: new Exact(e.min).toDecimalPlaces(decimals, Exact.ROUND_HALF_UP).toFixed(decimals), max: new Exact(e.max).toDecimalPlaces(decimals, Exact.ROUND_HALF_UP).toFixed(decimals) }));
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
            const labels = reportLabels(locale);

            // JSON: every item and the budget, every column, exactly.
            const json = JSON.parse(jsonReport(model));
            const periods = [...value.years > 0 ? Array.from({ length: value.years }, (_, i) => String(value.firstYear + i)) : [], 'permanent'];
            const jsonEnds = (years: Record<string, Ends>) => periods.map(p => years[p]);
            expect(jsonEnds(json.total.drift.netto)).toEqual(exact(budget.drift.netto));
            expect(jsonEnds(json.total['anlæg'].netto)).toEqual(exact(budget.anlaeg.netto));
            expect(jsonEnds(json.total['årsværk'])).toEqual(exact(budget.aarsvaerk));
            // samlet always; tidligere and efterfølgende exactly where a line of the budget writes them.
            expect(json.total.drift.netto.samlet).toEqual(endsOf(periodOf(budget.drift.netto, 'samlet')));
            expect(json.total['anlæg'].netto.samlet).toEqual(endsOf(periodOf(budget.anlaeg.netto, 'samlet')));
            expect(json.total['anlæg'].netto.tidligere).toEqual(budget.uses.tidligere ? endsOf(periodOf(budget.anlaeg.netto, 'tidligere')) : undefined);
            expect(json.total.drift.netto['efterfølgende']).toEqual(budget.uses.efterfoelgende ? endsOf(periodOf(budget.drift.netto, 'efterfoelgende')) : undefined);
            const jsonItems: Array<{ name: string; total: { drift: { netto: Record<string, Ends> } } }> = [];
            const walk = (nodes: Array<{ kind: string; children: unknown[] }>) => nodes.forEach(n => n.kind === 'brik' || n.kind === 'finansiering' ? jsonItems.push(n as never) : walk(n.children as never));
            walk(json.children);
            expect(jsonItems.map(n => n.name).sort()).toEqual([...items.keys()].sort());
            jsonItems.forEach(n => expect(jsonEnds(n.total.drift.netto)).toEqual(exact(items.get(n.name)!.drift.netto)));

            // CSV: one row per item, drift netto min and max per period, exactly.
            const [header, ...rows] = parseCsv(csvReport(model, { locale }), { bom: true }) as string[][];
            const first = header.indexOf(labels.periodEnd(String(value.firstYear), 'min'));
            expect(rows.map(r => r[4]).sort()).toEqual([...items.keys()].sort());
            rows.forEach(row => {
                const ends = exact(items.get(row[4])!.drift.netto);
                expect(row.slice(first, first + periods.length * 2)).toEqual(ends.flatMap(e => [e.min, e.max]));
            });

            // XLSX: each item's cells are the doubles nearest its exact figures; the grand total's cached results too.
            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.load(Buffer.from(await xlsxReport(model, { locale })) as unknown as ExcelJS.Buffer);
            const sheet = workbook.worksheets[1];
            const cells = (row: ExcelJS.Row) => Array.from({ length: periods.length * 2 }, (_, i) => {
                const cell = row.getCell(5 + i);
                return cell.formula ? cell.result : cell.value;
            });
            let rowsRead = 0;
            sheet.eachRow((row, number) => {
                const name = String(row.getCell(2).value);
                if (number > 1 && items.has(name)) {
                    rowsRead++;
                    expect(cells(row)).toEqual(exact(items.get(name)!.drift.netto).flatMap(e => [Number(e.min), Number(e.max)]));
                }
            });
            expect(rowsRead).toBe(items.size);
            expect(cells(sheet.getRow(sheet.rowCount))).toEqual(exact(budget.drift.netto).flatMap(e => [Number(e.min), Number(e.max)]));

            // Markdown: the summary's drift rows, printed and rounded.
            const markdown = markdownReport(model, { locale });
            const summary = markdown.split(`## ${labels.summary}`)[1].split('\n\n')[1].split('\n');
            for (const [label, series] of [[labels.opdrift, budget.drift.opdrift], [labels.omstilling, budget.drift.omstilling], [labels.finansiering, budget.drift.finansiering], [`**${labels.balance}**`, budget.drift.netto]] as const) {
                const row = summary.find(line => line.startsWith(`| ${label} `))!.split('|').slice(2, -1);
                expect(row.map(cell => printed(cell, locale, decimals))).toEqual(rounded(series, decimals));
            }

            // HTML: every item's exact data attributes and its printed, rounded figures.
            const html = htmlReport(model, { locale });
            const htmlRows = [...html.matchAll(/<tr class="item"[^>]*><td><span class="item-name">([^<]*)<\/span>.*?<\/td>(.*?)<\/tr>/g)];
            expect(htmlRows.map(([, name]) => name).sort()).toEqual([...items.keys()].sort());
            for (const [, name, row] of htmlRows) {
                const tds = [...row.matchAll(/data-min="([^"]*)" data-max="([^"]*)">([^<]*)</g)];
                expect(tds.map(([, min, max]) => ({ min, max }))).toEqual(exact(items.get(name)!.drift.netto));
                expect(tds.map(([, , , shown]) => printed(shown, locale, decimals))).toEqual(rounded(items.get(name)!.drift.netto, decimals));
            }
        }), { numRuns: RUNS });
    });
});
