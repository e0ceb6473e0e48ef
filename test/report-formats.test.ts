import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonNode, JsonYears } from './support/reports.js';
import { budgetsIn, hasMoneyJson, isItemJson, preorder, printedPeriodsOf, readJsonReport, shownBudgetsOf, writeReports } from './support/reports.js';

/**
 * The CSV and XLSX reports of every example, as `brik report examples/` writes them and as a
 * user's program would read them back (csv-parse, exceljs), hold exactly the figures of the
 * JSON report (brik-report/1) of the same run.
 */

const folders: Record<'json' | 'csv' | 'xlsx', string> = { json: '', csv: '', xlsx: '' };

beforeAll(() => {
    for (const format of ['json', 'csv', 'xlsx'] as const) {
        folders[format] = writeReports('examples', format);
    }
});

/** Items in catalogue order with their containers, as the JSON report nests them. */
function jsonItems(nodes: JsonNode[], path: JsonNode[] = []): Array<{ item: JsonNode; path: JsonNode[] }> {
    return nodes.flatMap(node => isItemJson(node) ? [{ item: node, path }] : jsonItems(node.children, [...path, node]));
}

/** min, max of every period, as the decimal strings of the JSON report. */
function ends(years: JsonYears, periods: string[]): string[] {
    return periods.flatMap(period => [years[period].min, years[period].max]);
}

const periodsOf = printedPeriodsOf;
const budgetsOf = shownBudgetsOf;

describe.each(budgetsIn('examples'))('examples/%s', name => {
    it('CSV: one row per item whose place and figures are the JSON report\'s, read back with csv-parse', () => {
        const json = readJsonReport(folders.json, name);
        const periods = periodsOf(json);
        const [header, ...rows] = parse(readFileSync(path.join(folders.csv, `${name}.csv`)), { bom: true }) as string[][];
        const items = jsonItems(json.children);
        expect(rows).toHaveLength(items.length);
        const budgets = budgetsOf(json);
        const figureStart = 10;
        expect(header[figureStart]).toMatch(budgets[0] === 'drift' ? /^[0-9]{4} min$/ : /^Anlæg /);
        const parts = items.some(({ item }) => item.unavoidablePart) ? 2 : 0;
        // Each brik's årsværk and own financing, when any brik has them (read back by `brik import`).
        const ownFinancing = (item: JsonNode) => item.kind !== 'finansiering' && hasMoneyJson(item.total.drift.finansiering);
        const staff = items.some(({ item }) => hasMoneyJson(item.total['årsværk'])) ? periods.length * 2 : 0;
        const own = items.some(({ item }) => ownFinancing(item)) ? periods.length * 2 : 0;
        const details = staff + own;
        expect(header.length).toBe(figureStart + periods.length * 2 * budgets.length + parts + details);
        items.forEach(({ item, path: place }, i) => {
            const row = rows[i];
            const theme = place.findLast(node => node.kind === 'tema');
            expect(row.slice(0, 3)).toEqual([place.find(node => node.kind === 'område')?.name ?? '', theme?.number ?? '', theme?.name ?? '']);
            expect(row[4].replace(/^'/, '')).toBe(item.name);
            const figures = row.slice(figureStart, row.length - parts - details);
            expect(figures).toEqual(budgets.flatMap(budget => ends(item.total[budget].netto, periods)));
            figures.forEach(figure => expect(figure).toMatch(/^-?[0-9]+(\.[0-9]+)?$/));
            if (parts) {
                const part = item.unavoidablePart;
                expect(row.slice(row.length - parts - details, row.length - details)).toEqual(part ? [part.min, part.max] : ['', '']);
            }
            if (staff) {
                expect(row.slice(row.length - details, row.length - own)).toEqual(ends(item.total['årsværk'], periods));
            }
            if (own) {
                expect(row.slice(row.length - own)).toEqual(ownFinancing(item) ? ends(item.total.drift.finansiering, periods) : periods.flatMap(() => ['0', '0']));
            }
        });
    });

    it('XLSX: numbers, SUM formulas cached with the JSON totals, formats, frozen header and outline, read back with exceljs', async () => {
        const json = readJsonReport(folders.json, name);
        const periods = periodsOf(json);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(path.join(folders.xlsx, `${name}.xlsx`)) as unknown as ExcelJS.Buffer);
        const sheet = workbook.getWorksheet('Katalog')!;
        const format = json.unit === 'mio. kr.' ? '#,##0.0' : '#,##0';
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        const budgets = budgetsOf(json);
        // §9: a period has a min and a max column in a budget's block only where some figure of it is a range.
        const nodes = [...preorder(json.children), { total: json.total } as JsonNode];
        const ranged = (budget: 'drift' | 'anlæg') => periods.map(period => nodes.some(node => node.total[budget].netto[period].min !== node.total[budget].netto[period].max));
        const layout = budgets.map(budget => ({ budget, ranged: ranged(budget) }));
        const width = layout.reduce((sum, block) => sum + block.ranged.reduce((n, pair) => n + (pair ? 2 : 1), 0), 0);
        const word = (period: string, alone: boolean) => /^[0-9]+$/.test(period) ? period
            : ({ permanent: 'Varigt', tidligere: 'Tidligere år', efterfølgende: 'Efterfølgende år', samlet: 'I alt' } as Record<string, string>)[period][alone ? 'toString' : 'toLowerCase']();
        expect((sheet.getRow(1).values as unknown[]).slice(5, 5 + width)).toEqual(layout.flatMap(({ budget, ranged }) => periods.flatMap((period, i) => {
            const prefix = budget === 'drift' ? '' : 'Anlæg ';
            return ranged[i] ? [`${prefix}${word(period, false)} min`, `${prefix}${word(period, false)} max`] : [`${prefix}${word(period, budget === 'drift')}`];
        })));
        /** A series's expected cells in a block: min and max of a ranged period, else its one figure. */
        const cellsOf = (years: JsonYears, pairs: readonly boolean[]) => periods.flatMap((period, i) => pairs[i] ? [years[period].min, years[period].max] : [years[period].min]);
        const samletAt = (pairs: readonly boolean[]) => periods.flatMap((period, i) => Array<boolean>(pairs[i] ? 2 : 1).fill(period === 'samlet'));

        const expectFigures = (row: ExcelJS.Row, total: JsonNode['total'], formulas: boolean) => {
            let column = 5;
            for (const { budget, ranged: pairs } of layout) {
                const samlet = samletAt(pairs);
                cellsOf(total[budget].netto, pairs).forEach((value, i) => {
                    const cell = row.getCell(column + i);
                    expect(cell.numFmt).toBe(format);
                    // An item's I alt (samlet) is a SUM across its row, cached with the JSON's samlet.
                    if (samlet[i]) {
                        expect(cell.formula).toMatch(/^SUM\(/);
                        expect(cell.result).toBe(Number(value));
                    } else if (formulas && cell.formula) {
                        expect(cell.formula).toMatch(/^SUM\(/);
                        expect(cell.result).toBe(Number(value));
                    } else {
                        // A plain number: an item, or a container with nothing to add up.
                        expect(cell.value).toBe(Number(value));
                    }
                });
                column += samlet.length;
            }
            expect(typeof row.getCell(5 + width).value).not.toBe('number');
        };
        /** The rows of an item's lines (§9), under its row: each kind it has, unless one kind of drift or anlæg, not all 0, says it all. */
        const lineRows = (item: JsonNode): Array<[string, JsonYears]> => {
            const lines = Object.entries(item.lines ?? {});
            const alone = lines.length === 1 && ['drift', 'anlæg'].includes(lines[0][0]) && hasMoneyJson(lines[0][1]);
            return alone ? [] : lines;
        };
        const LINE_WORDS: Record<string, string> = { drift: 'Drift', etablering: 'Etablering (engangs)', finansiering: 'Finansiering', 'anlæg': 'Anlæg', 'årsværk': 'Årsværk' };
        let rowNumber = 2;
        /** The rows the writer makes for a node, in order: its items and containers, then its subtotal. */
        const expectRows = (node: JsonNode, depth: number) => {
            if (!isItemJson(node)) {
                node.children.forEach(child => expectRows(child, depth + 1));
            }
            const row = sheet.getRow(rowNumber++);
            expect(row.outlineLevel).toBe(Math.min(depth, 7));
            const title = node.number ? `${node.number} ${node.name}` : node.name;
            expect(String(row.getCell(2).value).replace(/^'/, '')).toBe(isItemJson(node) ? node.name : `I alt – ${title}`);
            expectFigures(row, node.total, !isItemJson(node));
            if (!isItemJson(node)) {
                return;
            }
            for (const [kind, years] of lineRows(node)) {
                const line = sheet.getRow(rowNumber++);
                expect([line.outlineLevel, line.getCell(2).value, line.getCell(3).value]).toEqual([Math.min(depth + 1, 7), LINE_WORDS[kind], null]);
                const budget = kind === 'anlæg' ? 'anlæg' : kind === 'årsværk' ? undefined : 'drift';
                let column = 5;
                for (const block of layout) {
                    const cells = cellsOf(years, block.ranged);
                    const read = cells.map((_, i) => {
                        const cell = line.getCell(column + i);
                        return cell.formula ? cell.result : cell.value;
                    });
                    expect(read).toEqual(block.budget === budget ? cells.map(Number) : cells.map(() => null));
                    column += cells.length;
                }
            }
        };
        json.children.forEach(node => expectRows(node, 0));
        const total = sheet.getRow(rowNumber);
        expect(total.outlineLevel).toBe(0);
        expectFigures(total, json.total, true);
        expect(sheet.rowCount).toBe(rowNumber);

        const summary = workbook.getWorksheet('Sammenfatning')!;
        // The summary's columns: a min and a max where some row of it is a range in that period.
        const staff = hasMoneyJson(json.total['årsværk']);
        const isRange = (years: JsonYears, period: string) => years[period].min !== years[period].max;
        const summaryPairs = periods.map(period => budgets.some(budget => (['opdrift', 'omstilling', 'finansiering', 'netto'] as const).some(kind => isRange(json.total[budget][kind], period)))
            || (staff && isRange(json.total['årsværk'], period)));
        const rows = new Map<string, ExcelJS.Row>();
        summary.eachRow(row => {
            const label = String(row.getCell(1).value);
            if (!rows.has(label)) rows.set(label, row);
        });
        // The summary's first table is the leading budget's: its kinds, then its netto as SUMs of them.
        // Drift shows every kind; anlæg only those with money (an investeringsoversigt has no rows of zeros).
        const lead = budgets[0];
        const cellValue = (cell: ExcelJS.Cell) => cell.formula ? cell.result : cell.value;
        // Anlæg (§9): its kind row is *Anlæg* (opdrift and omstilling together), finansiering where used; never Opdrift.
        const kinds = (['opdrift', 'omstilling', 'finansiering'] as const).filter(kind => lead === 'drift' || (kind === 'finansiering' && cellsOf(json.total[lead][kind], summaryPairs).some(value => Number(value) !== 0)));
        if (lead === 'anlæg') {
            const figures: ExcelJS.Row[] = [];
            summary.eachRow(row => { if (row.getCell(1).value === 'Anlæg' && row.getCell(2).value !== null) figures.push(row); });
            const opdrift = cellsOf(json.total['anlæg'].opdrift, summaryPairs);
            const omstilling = cellsOf(json.total['anlæg'].omstilling, summaryPairs);
            opdrift.forEach((value, i) => expect(cellValue(figures[0].getCell(2 + i))).toBe(Number(value) + Number(omstilling[i])));
        }
        if (budgets.length === 1) {
            expect([...rows.keys()].filter(label => /^(Opdrift|Omstilling|Finansiering)$/.test(label))).toEqual(kinds.map(kind => kind[0].toUpperCase() + kind.slice(1)));
        }
        kinds.forEach(kind => {
            const row = rows.get(kind[0].toUpperCase() + kind.slice(1))!;
            cellsOf(json.total[lead][kind], summaryPairs).forEach((value, i) => expect(cellValue(row.getCell(2 + i))).toBe(Number(value)));
        });
        const balance = rows.get(lead === 'drift' ? 'Balance' : 'Netto')!;
        cellsOf(json.total[lead].netto, summaryPairs).forEach((value, i) => {
            expect(balance.getCell(2 + i).formula).toMatch(/^SUM\(/);
            expect(balance.getCell(2 + i).result).toBe(Number(value));
        });
        expect(rows.has('Anlæg')).toBe(budgets.includes('anlæg'));
        expect(rows.has('Drift')).toBe(budgets.includes('drift'));
    });
});

describe('a catalogue in several files', () => {
    it('reports every tema and brik of its fragments, in the budget\'s unit: the same catalogue as the one-file example', () => {
        // The money, the tree and every property, and the budget's årsværk (never scaled by a unit).
        const shape = (node: JsonNode): unknown => ({
            ...node, total: { drift: node.total.drift, 'anlæg': node.total['anlæg'] }, children: node.children.map(shape)
        });
        const one = readJsonReport(folders.json, 'region-nordjylland-2024');
        const several = readJsonReport(folders.json, 'region-nordjylland-2024-flere-filer/budget');
        expect(several.children.map(shape)).toEqual(one.children.map(shape));
        expect(several.total.drift).toEqual(one.total.drift);
        expect(several.total['årsværk']).toEqual(one.total['årsværk']);
    });
});
