import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document, Series, Totals } from '@brik/language';
import { createBrikServices } from '@brik/language';
import type { Catalogue, Container, Item, OracleSeries, OracleTotals, Unit } from './catalogue-arbitrary.js';
import { budgetText, catalogue, Exact, fragmentText, isItem, KRONER, oracleTotals } from './catalogue-arbitrary.js';

/**
 * The evaluator's totals are exactly what docs/language.md §2–§5 say, for random catalogues: equal to
 * an independent decimal.js sum, unchanged when items are reordered, and unchanged when amounts
 * move into a fragment in another unit.
 */
const RUNS = Number(process.env.BRIK_PROPERTY_RUNS ?? 60);
const files = new VirtualFileSystemProvider();
const { shared, Brik } = createBrikServices({ fileSystemProvider: () => files });
const evaluator = Brik.evaluation.Evaluator;
let folders = 0;

/** Builds a workspace of files and returns its documents, validated; with no error among them. */
async function build(texts: Record<string, string>): Promise<Record<string, LangiumDocument<Document>>> {
    const folder = `file:///egenskaber/${folders++}`;
    shared.workspace.Includes.setRoots([URI.parse(folder)]);
    const documents: Record<string, LangiumDocument<Document>> = {};
    for (const [name, text] of Object.entries(texts)) {
        files.insert(URI.parse(`${folder}/${name}`), text);
        documents[name] = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.parse(`${folder}/${name}`)) as LangiumDocument<Document>;
    }
    await shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
    for (const document of Object.values(documents)) {
        expect((document.diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
    }
    return documents;
}

async function totalsOf(text: string): Promise<Totals> {
    const documents = await build({ 'budget.brik': text });
    return evaluator.totalsOf(documents['budget.brik'].parseResult.value);
}

function same(actual: Series, expected: OracleSeries): boolean {
    return actual.length === expected.length && actual.every((interval, i) =>
        interval.min.toString() === expected[i].min.toString() && interval.max.toString() === expected[i].max.toString());
}

function text(series: Series | OracleSeries): string {
    return series.map(i => `${i.min.toString()}..${i.max.toString()}`).join(' ');
}

function expectTotals(actual: Totals, expected: OracleTotals): void {
    for (const budget of ['drift', 'anlæg'] as const) {
        for (const column of ['opdrift', 'omstilling', 'finansiering', 'netto'] as const) {
            expect(text(actual[budget][column]), `${budget} ${column}`).toBe(text(expected[budget][column]));
            expect(same(actual[budget][column], expected[budget][column])).toBe(true);
        }
    }
    expect(text(actual.årsværk), 'årsværk').toBe(text(expected.årsværk));
}

function shuffled<T>(list: readonly T[], order: readonly number[]): T[] {
    const keyed = list.map((item, i) => ({ item, key: order[i % order.length] ?? 0, i }));
    return keyed.sort((a, b) => a.key - b.key || b.i - a.i).map(k => k.item);
}

function permuted(members: ReadonlyArray<Container | Item>, order: readonly number[]): Array<Container | Item> {
    return shuffled(members, order).map(member => isItem(member) ? member : { ...member, members: permuted(member.members, [...order].reverse()) });
}

describe('exactness (fast-check)', () => {
    it('gives every column, year, permanent, tidligere, efterfølgende and samlet the exact sum an independent decimal.js oracle computes', async () => {
        await fc.assert(fc.asyncProperty(catalogue, async value => {
            expectTotals(await totalsOf(budgetText(value)), oracleTotals(value.members, value.years));
        }), { numRuns: RUNS });
    });

    it('changes no total when items and containers are reordered', async () => {
        await fc.assert(fc.asyncProperty(catalogue, fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1 }), async (value, order) => {
            const before = await totalsOf(budgetText(value));
            const after = await totalsOf(budgetText(value, permuted(value.members, order)));
            expectTotals(after, oracleTotals(value.members, value.years));
            for (const budget of ['drift', 'anlæg'] as const) {
                expect(text(after[budget].netto)).toBe(text(before[budget].netto));
            }
            expect(text(after.årsværk)).toBe(text(before.årsværk));
        }), { numRuns: RUNS });
    });

    it('converts a fragment in another unit exactly: the same totals as its amounts written in the budget\'s unit', async () => {
        const units = fc.constantFrom<Unit>('mio. kr.', '1.000 kr.', 'kr.');
        await fc.assert(fc.asyncProperty(catalogue, units, async (value, fragmentUnit) => {
            // The fragment holds the catalogue's members in its own unit; the budget includes it.
            const scale = new Exact(KRONER[fragmentUnit]).dividedBy(KRONER[value.unit]);
            const documents = await build({
                'budget.brik': budgetText(value, [], '  inkluder "del.brik"\n'),
                'del.brik': fragmentText(fragmentUnit, value.members, value.firstYear)
            });
            const included = evaluator.totalsOf(documents['budget.brik'].parseResult.value);
            // The same members written in the budget's unit: every amount × scale (årsværk are people, never scaled).
            expectTotals(included, oracleTotals(value.members, value.years, scale));
            const inline = await totalsOf(budgetText(value, scaledMembers(value, scale)));
            expect(text(inline.drift.netto)).toBe(text(included.drift.netto));
            expect(text(inline.anlæg.netto)).toBe(text(included.anlæg.netto));
            expect(text(inline.årsværk)).toBe(text(included.årsværk));
        }), { numRuns: RUNS });
    });
});

/** The members with every money amount multiplied by `scale`, written as exact decimals. */
function scaledMembers(value: Catalogue, scale: Exact): Array<Container | Item> {
    // 12.345 would be a thousands-dot error in 1.000 kr. and kr. (§2); 12.3450 is the same decimal.
    const times = (text: string) => new Exact(text.replace(/_/g, '')).times(scale).toFixed().replace(/(\.[0-9]{3})$/, '$10');
    const amount = (a: { min: string; max: string | undefined }) => ({ min: times(a.min), max: a.max === undefined ? undefined : times(a.max) });
    const member = (m: Container | Item): Container | Item => isItem(m)
        ? { ...m, lines: m.lines.map(l => l.kind === 'årsværk' ? l : {
            ...l, amount: l.amount && amount(l.amount), periods: l.periods.map(p => ({ ...p, amount: amount(p.amount) })),
            before: l.before && amount(l.before), after: l.after && amount(l.after)
        }) }
        : { ...m, members: m.members.map(member) };
    return value.members.map(member);
}
