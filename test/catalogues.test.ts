import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { isTotal, periodOf } from '@brik/language';
import type { Series } from '@brik/language';
import { runBrik } from './support/run-brik.js';
import { brikFiles, budgetYear, evaluator, formattingEdits, loadCatalogue, printed } from './support/catalogue.js';

/**
 * The printed figures of the real catalogues in ../shared/seeds must come out of the evaluator,
 * and the printed figures that are wrong must be reported, exactly those and nothing else.
 */
describe('examples/: transcribed catalogues', () => {
    it.each(brikFiles('examples'))('%s passes brik check without a single diagnostic', async file => {
        const { document } = await loadCatalogue(file);
        expect(document.diagnostics).toEqual([]);
    });

    it.each(brikFiles('examples', true))('%s is laid out as the formatter lays it out', async file => {
        expect(await formattingEdits(file)).toEqual([]);
    });
});

describe('Region Nordjylland, budgetkatalog 2024 (seed 003), health area overview', () => {
    const file = 'examples/region-nordjylland-2024.brik';

    it.each([
        ['1.1', '15.0..26.6', '0.0'],
        ['1.2', '10.8..17.9', '0.0'],
        ['1.3', '27.0', '0.0'],
        ['1.4', '8.5..13.4', '0.0'],
        ['1.5', '27.3..52.3', '0.0'],
        ['1.6', '24.7..40.7', '-8.4'],
        ['1.7', '4.8', '0.0'],
        ['1.8', '21.0', '-15.0'],
        ['1.9', '1.5', '-0.9'],
        ['1.10', '19.4', '0.0'],
        ['1.11', '3.0..5.0', '0.0'],
        ['1.12', '56.8..62.8', '0.0']
    ])('theme %s: opdrift %s, omstilling %s in 2024, as printed', async (theme, opdrift, omstilling) => {
        const totals = (await loadCatalogue(file)).theme(theme);
        expect(printed(budgetYear(totals.drift.opdrift))).toBe(opdrift);
        expect(printed(budgetYear(totals.drift.omstilling))).toBe(omstilling);
    });

    it('gives the area its printed "192,8-265,4" opdrift once theme 1.3 (kræftmidler) is left out, and -24,3 omstilling', async () => {
        const catalogue = await loadCatalogue(file);
        const area = budgetYear(catalogue.area('Sundhedsområdet').drift.opdrift);
        const cancer = budgetYear(catalogue.theme('1.3').drift.opdrift);
        const withoutCancer = { min: area.min.minus(cancer.min), max: area.max.minus(cancer.max) };
        expect(printed(withoutCancer)).toBe('192.8..265.4');
        expect(printed(budgetYear(catalogue.area('Sundhedsområdet').drift.omstilling))).toBe('-24.3');
    });

    it('balances at the printed "TOTAL 48,9-121,5" after financing of -119,6', async () => {
        const { root, theme } = await loadCatalogue(file);
        const budget = evaluator.totalsOf(root);
        expect(printed(budgetYear(theme('Finansiering').drift.finansiering))).toBe('-119.6');
        expect(printed(budgetYear(budget.drift.netto))).toBe('48.9..121.5');
        expect(printed(budgetYear(budget.drift.omstilling))).toBe('-24.3');
    });
});

describe('Region Nordjylland, each brik\'s own table "2024 2025 Permanent" (seed 003)', () => {
    // The permanent figure where it is not the 2025 one, stated with `permanent:` (§3).
    it.each([
        ['ForskningsKUBER', ['3.8', '5.0', '6.3', '6.3', '6.3'], 'l. 4452–4456: Drift 3,8 5,00 6,3'],
        ['Udflytning til NAU og PNAU', ['19.4', '28.4', '79.2', '55.2', '55.2'], 'l. 6466: Drift 19,4 28,4 55,2; table 3, l. 6480: 79,2 in 2026'],
        ['Elektronisk kvalitetssystem på Sygehusapoteket', ['3.7', '4.6', '2.2', '2.2', '2.2'], 'drift 0,0/0,7/0,7 + licens 1,0/1,2/1,5, etablering 2,7 in 2024 and 2025'],
        ['Behandlingsrådets anbefalinger vedr. sensorbaserede glukosemålere', ['5.0', '5.0', '10.0', '10.0', '10.0'], 'Drift 5,00 5,00 10,00']
    ])('%s: 2024, 2025, 2026, 2027 and permanent are %j', async (name, expected) => {
        for (const report of reports()) {
            const brik = findNode(report.children, name)!;
            const netto = brik.total.drift.netto;
            expect(['2024', '2025', '2026', '2027', 'permanent'].map(period => printed({ min: new Decimal(netto[period].min), max: new Decimal(netto[period].max) }))).toEqual(expected);
        }
    });
});

/** The JSON reports of the example in one file and in many, made once. */
let made: Array<{ children: ReportJsonNode[] }> | undefined;
function reports(): Array<{ children: ReportJsonNode[] }> {
    return made ??= ['examples/region-nordjylland-2024.brik', 'examples/region-nordjylland-2024-flere-filer/budget.brik']
        .map(file => JSON.parse(runBrik(['report', file, '--format', 'json']).stdout) as { children: ReportJsonNode[] });
}

interface ReportJsonNode {
    readonly name: string;
    readonly total: { drift: { netto: Record<string, { min: string; max: string }> } };
    readonly children: ReportJsonNode[];
}

function findNode(nodes: readonly ReportJsonNode[], name: string): ReportJsonNode | undefined {
    for (const node of nodes) {
        const found = node.name === name ? node : findNode(node.children, name);
        if (found) return found;
    }
    return undefined;
}

describe('Region Nordjylland\'s scenarios (seed 003, "Uomgængelige udgifter i 2024")', () => {
    it('gives the scenario of only the unavoidable the catalogue\'s "TOTAL (-)11,4 – (+)35,6", in one file and split in many', () => {
        for (const file of ['examples/region-nordjylland-2024.brik', 'examples/region-nordjylland-2024-flere-filer/budget.brik']) {
            const report = JSON.parse(runBrik(['report', file]).stdout);
            const only = report.scenarios.find((s: { name: string }) => s.name === 'Kun uomgængelige udgifter');
            expect(only.total.drift.netto['2024']).toEqual({ min: '-11.4', max: '35.6' });
        }
    });
});

describe('Region Midtjylland, rammer for regional udvikling 2020 (seed 002): "Tilskud" in every tema', () => {
    const file = 'examples/midtjylland-regional-udvikling-2020.brik';

    it('adds the frames up to the printed 65,5 and 337,6, with one name in many temaer', async () => {
        const catalogue = await loadCatalogue(file);
        expect(printed(budgetYear(catalogue.area('Udviklingsaktiviteter').drift.netto))).toBe('65.5');
        expect(printed(budgetYear(catalogue.theme('Projektpulje til regionale udviklingsaktiviteter').drift.netto))).toBe('29.0');
        expect(printed(budgetYear(catalogue.area('Kollektiv trafik').drift.netto))).toBe('337.6');
        expect(catalogue.text.match(/^\s*brik "Tilskud"/gm)).toHaveLength(10);
    });

    it('gives the scenario that names one "Tilskud" by its tema exactly that one: 20,0; and the pool without the climate grant 27,0', () => {
        const report = JSON.parse(runBrik(['report', file, '--format', 'json']).stdout) as {
            scenarios: Array<{ name: string; total: { drift: { netto: Record<string, { min: string; max: string }> } }; items: Array<{ name: string; path: string[] }> }>;
        };
        const [education, pool] = report.scenarios;
        expect(education.total.drift.netto['2020']).toEqual({ min: '20', max: '20' });
        expect(education.items).toEqual([{ name: 'Tilskud', path: ['Udviklingsaktiviteter', 'Uddannelse'], inclusion: 'full' }]);
        expect(pool.total.drift.netto['2020']).toEqual({ min: '27', max: '27' });
        expect(pool.items.filter(item => item.name === 'Tilskud').map(item => item.path.at(-1))).not.toContain('Klima');
    });
});

describe('Aarhus Kommune, spareforslag 2024–2027 (seed 004)', () => {
    it('saves the printed net 12.000 (1.000 kr.) in every year', async () => {
        const { root } = await loadCatalogue('examples/aarhus-mso-spareforslag-2024.brik');
        const netto = evaluator.totalsOf(root).drift.netto;
        expect(netto.slice(0, 4).map(i => printed(i, 0))).toEqual(['-12000', '-12000', '-12000', '-12000']);
    });
});

describe('Region Midtjylland, prioriteringer i budgetforliget 2024 (seed 000)', () => {
    const file = 'examples/midtjylland-budgetforlig-2024.brik';

    it.each([
        ['1', '-62.0..-36.0', 'the four topics (5-10, 1-2, 5-10, 25–40) add up to the printed ramme "36-62"'],
        ['2', '-43.0..-36.0', 'the three topics (30-35, 5-6, 1-2) add up to the printed ramme "36-43"'],
        ['4', '-64.8', 'sundhed 60,2 and Regional Udvikling 4,6 add up to the printed "64,8"']
    ])('theme %s saves %s in 2024: %s', async (theme, saving) => {
        const totals = (await loadCatalogue(file)).theme(theme);
        expect(printed(budgetYear(totals.drift.omstilling))).toBe(saving);
        expect(printed(budgetYear(totals.drift.netto))).toBe(saving);
    });

    it('saves the seven headers together, 211,8 to 274,8, and spends 2 on culture as health promotion', async () => {
        const { root } = await loadCatalogue(file);
        const budget = evaluator.totalsOf(root).drift;
        expect(printed(budgetYear(budget.omstilling))).toBe('-274.8..-211.8');
        expect(printed(budgetYear(budget.opdrift))).toBe('2.0');
        expect(printed(budgetYear(budget.netto))).toBe('-272.8..-209.8');
    });
});

describe('Region Nordjylland, Investeringsoversigt for Sundhedsområdet 2023 til 2026 (seed 003)', () => {
    const file = 'examples/nordjylland-investeringsoversigt-2023.brik';
    /** A series of anlæg as the table prints it: the four years, then tidligere, efterfølgende and samlet. */
    const row = (series: Series) => [
        ...series.slice(0, 4).map(i => printed(i, 0)),
        ...(['tidligere', 'efterfølgende', 'samlet'] as const).map(period => printed(periodOf(series, period), 0))
    ];

    it.each([
        ['Aalborg Universitetshospital', ['164500', '81369', '0', '0', '50739', '0', '296608']],
        ['Psykiatrien', ['10130', '0', '11000', '0', '3670', '0', '24800']],
        ['Regionshospital Nordjylland', ['90000', '0', '0', '0', '30000', '0', '120000']],
        ['Reservationspulje til større projekter', ['1870', '128131', '198500', '209500', '23700', '793999', '1355700']],
        ['IT og digitalisering', ['15000', '15000', '15000', '15000', '0', '0', '60000']],
        ['Fælles puljer', ['33500', '18500', '18500', '18500', '0', '0', '89000']],
        ['Disponible puljemidler', ['800', '15000', '15000', '15000', '16440', '0', '62240']]
    ])('"I alt %s" is printed for its years, and adds up with its projects\' earlier and later years', async (theme, figures) => {
        const totals = (await loadCatalogue(file)).theme(theme);
        expect(row(totals.anlæg.netto)).toEqual(figures);
        expect(row(totals.drift.netto)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    });

    it('gives the reservation pool its printed row, 23.700 · 1.870 · 128.131 · 198.500 · 209.500 · 793.999 = 1.355.700', async () => {
        const totals = (await loadCatalogue(file)).theme('Reservationspulje til større projekter');
        expect(row(totals.anlæg.opdrift)).toEqual(['1870', '128131', '198500', '209500', '23700', '793999', '1355700']);
    });

    it('declares every project\'s "Overslag i alt" in its block, 16 of them, and checks them all', async () => {
        const { document, root } = await loadCatalogue(file);
        const items = evaluator.itemsOf(root);
        expect(items).toHaveLength(16);
        expect(items.filter(item => item.elements.some(e => isTotal(e) && e.outer === 'samlet' && e.budget === 'anlæg'))).toHaveLength(16);
        expect(document.diagnostics).toEqual([]);
    });

    it('adds up to the printed "Total Sundhedsområdet 315.800 258.000 258.000 258.000", with no drift at all', async () => {
        const { root, area } = await loadCatalogue(file);
        const budget = evaluator.totalsOf(root);
        expect(row(area('Sundhedsområdet').anlæg.netto)).toEqual(['315800', '258000', '258000', '258000', '124549', '793999', '2008348']);
        expect(row(budget.anlæg.netto)).toEqual(row(area('Sundhedsområdet').anlæg.netto));
        expect(budget.uses).toEqual({ tidligere: true, efterfølgende: true });
        expect(budget.drift.netto.every(i => i.min.isZero() && i.max.isZero())).toBe(true);
    });
});

/**
 * Fixtures mark each expected diagnostic on its line: `// forventer: total-mismatch`.
 * A fixture must report exactly its marked problems: no fewer, no more.
 */
describe('test/fixtures/: printed tables with their real mistakes', () => {
    it.each(brikFiles('test/fixtures'))('%s reports exactly its marked problems', async file => {
        const { document, text } = await loadCatalogue(file);
        const expected = text.split('\n').flatMap((line, i) =>
            [...line.matchAll(/\/\/ forventer: ([a-z-]+)/g)].map(match => `${i + 1}: brik/${match[1]}`));
        const found = document.diagnostics!.map(d => `${d.range.start.line + 1}: ${d.code}`);
        expect(found.sort()).toEqual(expected.sort());
        expect(expected.length).toBeGreaterThan(0);
    });

    it('catches 003\'s "Tekniske udgifter 16,5", whose parts add up to 16,4, and nothing else', async () => {
        const { document } = await loadCatalogue('test/fixtures/nordjylland-uomgaengelige-2024.brik');
        expect(document.diagnostics!.map(d => d.message)).toEqual([
            'Totalen holder ikke: angivet 16.5, beregnet 16,4 (drift, opdrift, 2024). Ret totalen til 16.4, eller ret de beløb, den summerer.'
        ]);
    });
});
