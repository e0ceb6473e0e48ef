import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBrikAsync } from './support/run-brik.js';
import type { CorpusGroup, CorpusItem, CorpusMember, CorpusTable, SheetCell, SheetStyle, TextVariant } from './support/sheet-corpus.js';
import { brikSource, itemsOf, sheetRows, writeExcelJs, writeText } from './support/sheet-corpus.js';

/**
 * Generated catalogues, each written as a sheet in a random layout, sign style, number style and
 * file kind, with some amount cells made unreadable (text that is no amount; in a workbook also a
 * date, an error value, a formula without a saved result), then imported. The property: either no
 * cell was spoilt and the import's JSON report equals the source catalogue's, or the import exits 1
 * naming exactly the spoilt cells, no more and no fewer.
 */

const RUNS = Number(process.env.BRIK_IMPORT_PROPERTY_RUNS ?? 8);
let dir: string;

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-import-property-'));
});

const WORDS = ['Akutbil', 'Sengepladser', 'Neurorehabilitering', 'Rengøring', 'Tandpleje', 'Fødegang', 'Psykiatri', 'Hjemmepleje',
    'Ventetid', 'Ledelse', 'Indkøb', 'Digitalisering', 'Patienthotel', 'Laboratorium', 'Røntgen', 'Vagtplaner', 'Sygepleje', 'Flextrafik'];

/** A figure as the sheet holds it: a whole or one-decimal amount, sometimes negative, sometimes a range. */
const figure = fc.oneof(
    fc.integer({ min: -9999, max: 99_999 }).map(n => (n / 10).toFixed(1)),
    fc.integer({ min: -500, max: 5000 }).map(String),
    fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 80 })).map(([min, width]) => `${min}..${min + width}`)
);

interface Generated {
    readonly table: CorpusTable;
    readonly style: SheetStyle;
    readonly file: 'xlsx' | 'semikolon' | 'sep-cp1252' | 'utf-16';
    /** Which item figure cells to spoil, as fractions of the item and column, and with what. */
    readonly spoilt: ReadonlyArray<{ readonly item: number; readonly column: number; readonly how: number }>;
}

const generated: fc.Arbitrary<Generated> = fc.record({
    columns: fc.integer({ min: 1, max: 4 }),
    shape: fc.array(fc.record({ themed: fc.boolean(), numbered: fc.boolean(), items: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 }),
    area: fc.boolean(),
    figures: fc.array(fc.array(fc.option(figure, { nil: undefined, freq: 5 }), { minLength: 4, maxLength: 4 }), { minLength: 9, maxLength: 9 }),
    style: fc.record({
        layout: fc.constantFrom('group-rows' as const, 'grouping-columns' as const),
        sign: fc.constantFrom('minus' as const, 'en-dash' as const, 'parentheses' as const, 'trailing' as const, 'unicode-minus' as const),
        numbers: fc.constantFrom('number' as const, 'text' as const)
    }),
    file: fc.constantFrom('xlsx' as const, 'semikolon' as const, 'sep-cp1252' as const, 'utf-16' as const),
    spoilt: fc.array(fc.record({ item: fc.nat(), column: fc.nat(), how: fc.nat() }), { maxLength: 2 })
}).map(({ columns, shape, area, figures, style, file, spoilt }) => {
    let next = 0;
    const items = (count: number): CorpusItem[] => Array.from({ length: count }, () => {
        const i = next++;
        // A row with a name and no figure at all reads as a group row: an item shows at least one figure, if only 0.
        const own = figures[i].slice(0, columns);
        return { name: `${WORDS[i % WORDS.length]} ${i + 1}`, figures: own.every(figure => figure === undefined) ? ['0', ...own.slice(1)] : own };
    });
    const members: CorpusMember[] = shape.map((part, g): CorpusMember | CorpusMember[] => part.themed
        ? { kind: 'tema', number: part.numbered ? `${area ? '1.' : ''}${g + 1}` : undefined, name: `Tema ${['A', 'B', 'C'][g]}`, members: items(part.items) }
        : items(part.items)).flat();
    const top: CorpusMember[] = area ? [{ kind: 'område', number: '1', name: 'Sundhed', members } as CorpusGroup] : members;
    const table: CorpusTable = {
        file: 'genereret', title: ['Genereret katalog 2024, mio. kr., P/L 2024'], unit: 'mio. kr.', priceLevel: 2024, nameHeader: 'Budgetbrik',
        columns: Array.from({ length: columns }, (_, i) => ({ header: String(2024 + i), budget: 'drift' as const, column: 'netto' as const, period: String(2024 + i) })),
        members: top
    };
    // Windows-1252 has no U+2212.
    const sign = file === 'sep-cp1252' && style.sign === 'unicode-minus' ? 'en-dash' : style.sign;
    return { table, style: { ...style, sign }, file, spoilt };
});

/** What a spoilt cell holds: text that is no amount, and in a workbook a date, an error value or a formula without a saved result. */
function spoiltCell(how: number, workbook: boolean): SheetCell {
    const texts = ['ca. 2', 'se note', '#VÆRDI!', '2,5 mio.'];
    const raws = [{ raw: new Date(Date.UTC(2024, 4, 1)) }, { raw: { error: '#DIV/0!' } }, { raw: { formula: 'SUM(B2:B3)' } }] as SheetCell[];
    const choices = workbook ? [...texts, ...raws] : texts;
    return choices[how % choices.length];
}

const letters = (column: number) => String.fromCharCode(65 + column);

/** Writes the sheet with its spoilt cells; returns the file and the addresses of the cells that were spoilt. */
async function write(value: Generated, name: string): Promise<{ file: string; spoilt: string[] }> {
    const rows = sheetRows(value.table, value.style);
    const nameColumn = value.style.layout === 'group-rows' ? 0 : rows[value.table.title.length].indexOf(value.table.nameHeader);
    const items = itemsOf(value.table.members);
    const sheet = value.file === 'xlsx' ? 'Ark1' : name;
    const addresses = new Set<string>();
    for (const { item, column, how } of value.spoilt) {
        const target = items[item % items.length];
        const c = column % value.table.columns.length;
        const r = rows.findIndex(row => row[nameColumn] === target.name);
        rows[r][nameColumn + 1 + c] = spoiltCell(how, value.file === 'xlsx');
        // As Excel numbers the rows: a `sep=` line is not one of them.
        addresses.add(`${sheet}!${letters(nameColumn + 1 + c)}${r + 1}`);
    }
    const variants: Record<Exclude<Generated['file'], 'xlsx'>, TextVariant> = {
        semikolon: { delimiter: ';', sepLine: false, encoding: 'utf-8-bom' },
        'sep-cp1252': { delimiter: ';', sepLine: true, encoding: 'windows-1252' },
        'utf-16': { delimiter: '\t', sepLine: false, encoding: 'utf-16le' }
    };
    const file = path.join(dir, `${name}.${value.file === 'xlsx' ? 'xlsx' : value.file === 'utf-16' ? 'txt' : 'csv'}`);
    if (value.file === 'xlsx') {
        await writeExcelJs(file, rows);
    } else {
        writeText(file, rows, variants[value.file]);
    }
    return { file, spoilt: [...addresses].sort() };
}

async function json(file: string): Promise<Record<string, unknown>> {
    const { code, stdout, stderr } = await runBrikAsync(['report', file, '--format', 'json', '--allow-errors']);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    delete report.scenarios;
    delete report.budget;
    return report;
}

describe('brik import of generated catalogues in random layouts and styles', () => {
    it('gives the source\'s report, or exits 1 naming exactly the cells it could not read', async () => {
        let run = 0;
        await fc.assert(fc.asyncProperty(generated, async value => {
            const name = `katalog-${run++}`;
            const { file, spoilt } = await write(value, name);
            const out = path.join(dir, `${name}-importeret.brik`);
            const imported = await runBrikAsync(['import', file, '--out', out]);
            const named = [...imported.stderr.matchAll(/:([^:\s]+![A-Z]+[0-9]+): error: .*\[brik\/import-unread\]/g)].map(match => match[1]).sort();
            const context = `${JSON.stringify(value.style)} ${value.file}\n${imported.stderr}\n${readFileSync(out, 'utf8')}`;
            if (spoilt.length > 0) {
                expect(imported.code, context).toBe(1);
                expect(named, context).toEqual(spoilt);
                return;
            }
            expect(imported.code, context).toBe(0);
            expect(named, context).toEqual([]);
            const source = path.join(dir, `${name}-kilde.brik`);
            writeFileSync(source, brikSource(value.table));
            expect(await json(out), context).toEqual(await json(source));
        }), { numRuns: RUNS, seed: Number(process.env.BRIK_IMPORT_SEED ?? 20_261_207), endOnFailure: true });
    }, 900_000);
});
