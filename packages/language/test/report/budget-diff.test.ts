import { describe, expect, it } from 'vitest';
import { diffBudgets, hasChanges } from '../../src/report/budget-diff.js';
import { diffJson, diffMarkdown, diffText } from '../../src/report/diff-report.js';
import { modelOf } from './report-fixture.js';

const BEFORE = `tema "1.6" "Medicin og lægelige artikler" {
  brik "Vækst i medicinudgifter" uomgængelig drift 19..35 permanent
  brik "Bedre indkøb" omstilling drift -3.4 permanent
  brik "Styrkelse af vederlagsfri udlevering" drift 0.7 permanent
}
finansiering "Råderum" drift -20`;

const AFTER = `tema "1.6" "Medicin og lægelige artikler" {
  brik "Vækst i medicinudgifter" uomgængelig drift 2024: 20..35, 2025: 22..38 permanent
  brik "Bedre indkøb og logistik" omstilling drift -3.4 permanent
  brik "Sensorbaserede glukosemålere" drift 5 permanent
}
finansiering "Råderum" drift -20`;

const format = { locale: 'da' as const, decimals: 1 };

describe('diffBudgets (brik diff)', () => {
    it('finds changed, renamed, added and removed brikker, and the subtotals and balance that moved', async () => {
        const diff = diffBudgets(await modelOf(BEFORE), await modelOf(AFTER));
        expect(diff.items.map(item => [item.kind, item.name, item.from ?? ''])).toEqual([
            ['changed', 'Vækst i medicinudgifter', ''],
            ['renamed', 'Bedre indkøb og logistik', 'Bedre indkøb'],
            ['added', 'Sensorbaserede glukosemålere', ''],
            ['removed', 'Styrkelse af vederlagsfri udlevering', '']
        ]);
        expect(diffText(diff, format)).toBe([
            'Test, mio. kr.: 1 ændrede, 1 nye, 1 fjernede og 1 omdøbte brikker',
            '* ændret: 1.6 Medicin og lægelige artikler › "Vækst i medicinudgifter"',
            '    drift opdrift 2024: 19,0–35,0 → 20,0–35,0 (+1,0–+0,0)',
            '    drift opdrift 2025: 19,0–35,0 → 22,0–38,0 (+3,0)',
            '    drift opdrift 2026: 19,0–35,0 → 22,0–38,0 (+3,0)',
            '    drift opdrift 2027: 19,0–35,0 → 22,0–38,0 (+3,0)',
            '    drift opdrift varigt: 19,0–35,0 → 22,0–38,0 (+3,0)',
            '    drift netto 2024: 19,0–35,0 → 20,0–35,0 (+1,0–+0,0)',
            '    drift netto 2025: 19,0–35,0 → 22,0–38,0 (+3,0)',
            '    drift netto 2026: 19,0–35,0 → 22,0–38,0 (+3,0)',
            '    drift netto 2027: 19,0–35,0 → 22,0–38,0 (+3,0)',
            '    drift netto varigt: 19,0–35,0 → 22,0–38,0 (+3,0)',
            '~ omdøbt: 1.6 Medicin og lægelige artikler › "Bedre indkøb" → "Bedre indkøb og logistik"',
            '+ ny: 1.6 Medicin og lægelige artikler › "Sensorbaserede glukosemålere"',
            '    drift netto 2024: 0,0 → 5,0 (+5,0)',
            '    drift netto 2025: 0,0 → 5,0 (+5,0)',
            '    drift netto 2026: 0,0 → 5,0 (+5,0)',
            '    drift netto 2027: 0,0 → 5,0 (+5,0)',
            '    drift netto varigt: 0,0 → 5,0 (+5,0)',
            '- fjernet: 1.6 Medicin og lægelige artikler › "Styrkelse af vederlagsfri udlevering"',
            '    drift netto 2024: 0,7 → 0,0 (-0,7)',
            '    drift netto 2025: 0,7 → 0,0 (-0,7)',
            '    drift netto 2026: 0,7 → 0,0 (-0,7)',
            '    drift netto 2027: 0,7 → 0,0 (-0,7)',
            '    drift netto varigt: 0,7 → 0,0 (-0,7)',
            'Subtotaler:',
            '  1.6 Medicin og lægelige artikler',
            '    drift netto 2024: 16,3–32,3 → 21,6–36,6 (+5,3–+4,3)',
            '    drift netto 2025: 16,3–32,3 → 23,6–39,6 (+7,3)',
            '    drift netto 2026: 16,3–32,3 → 23,6–39,6 (+7,3)',
            '    drift netto 2027: 16,3–32,3 → 23,6–39,6 (+7,3)',
            '    drift netto varigt: 16,3–32,3 → 23,6–39,6 (+7,3)',
            'Balance (drift netto):',
            '  drift netto 2024: -3,7–12,3 → 1,6–16,6 (+5,3–+4,3)',
            '  drift netto 2025: 16,3–32,3 → 23,6–39,6 (+7,3)',
            '  drift netto 2026: 16,3–32,3 → 23,6–39,6 (+7,3)',
            '  drift netto 2027: 16,3–32,3 → 23,6–39,6 (+7,3)',
            '  drift netto varigt: 16,3–32,3 → 23,6–39,6 (+7,3)',
            ''
        ].join('\n'));
        expect(hasChanges(diff)).toBe(true);
    });

    it('sets off the dash of a range of savings, before, after and in the change', async () => {
        const diff = diffBudgets(await modelOf('brik "Akutlægebiler" omstilling drift -35..-30'), await modelOf('brik "Akutlægebiler" omstilling drift -38..-31'));
        expect(diffText(diff, format).split('\n')[2]).toBe('    drift omstilling 2024: -35,0\u00A0–\u00A0-30,0 → -38,0\u00A0–\u00A0-31,0 (-3,0\u00A0–\u00A0-1,0)');
    });

    it('says so when nothing changed', async () => {
        const diff = diffBudgets(await modelOf(BEFORE), await modelOf(BEFORE));
        expect(hasChanges(diff)).toBe(false);
        expect(diffText(diff, format)).toBe('Test, mio. kr.: 0 ændrede, 0 nye, 0 fjernede og 0 omdøbte brikker\nIngen ændringer.\n');
    });

    it('restates the old version in the new unit', async () => {
        const before = await modelOf('brik "A" drift 2.8 permanent');
        const after = await modelOf('brik "A" drift 2800 permanent', 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2024..2027');
        expect(hasChanges(diffBudgets(before, after))).toBe(false);
    });

    it('writes Markdown for a pull request and JSON with decimal strings', async () => {
        const diff = diffBudgets(await modelOf(BEFORE), await modelOf(AFTER));
        const md = diffMarkdown(diff, format);
        expect(md).toContain('### Test');
        expect(md).toMatch(/\| ~ Bedre indkøb → Bedre indkøb og logistik +\| 1\.6 Medicin og lægelige artikler +\| omdøbt +\|/);
        expect(md).toMatch(/\| \*\*Balance \(drift netto\)\*\* +\| drift netto 2024 +\| +-3,7–12,3 \| +1,6–16,6 \| +\+5,3–\+4,3 \|/);
        const json = JSON.parse(diffJson(diff));
        expect(json.schema).toBe('brik-diff/1');
        expect(json.balance[0]).toEqual({ budget: 'drift', column: 'netto', period: '2024', before: { min: '-3.7', max: '12.3' }, after: { min: '1.6', max: '16.6' }, change: { min: '5.3', max: '4.3' } });
    });

    it('names a changed project total (samlet) where the catalogue states a project\'s whole life', async () => {
        const header = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2024';
        const before = await modelOf('brik "Pulje" anlæg tidligere: 23_700, 2023: 1_870, efterfølgende: 793_999', header);
        const after = await modelOf('brik "Pulje" anlæg tidligere: 23_700, 2023: 1_870, efterfølgende: 800_000', header);
        const text = diffText(diffBudgets(before, after), { locale: 'da', decimals: 0 });
        expect(text).toContain('    anlæg netto efterfølgende: 793.999 → 800.000 (+6.001)\n    anlæg netto samlet: 819.569 → 825.570 (+6.001)\n');
        expect(JSON.parse(diffJson(diffBudgets(before, after))).capital.map((c: { period: string }) => c.period)).toEqual(['efterfølgende', 'samlet']);
        // Where no line uses the periods outside år, samlet would only repeat every year's change.
        expect(diffText(diffBudgets(await modelOf(BEFORE), await modelOf(AFTER)), format)).not.toContain('samlet');
    });

    it('names a changed project of an investeringsoversigt, its tema and the anlæg total', async () => {
        const header = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2024';
        const before = await modelOf('tema "IT og digitalisering" { brik "IT-investeringer" anlæg 2023..2024: 15_000 }', header);
        const after = await modelOf('tema "IT og digitalisering" { brik "IT-investeringer" anlæg 2023: 15_000, 2024: 20_000 }', header);
        const diff = diffBudgets(before, after);
        const text = diffText(diff, { locale: 'da', decimals: 0 });
        expect(text).toContain('* ændret: IT og digitalisering › "IT-investeringer"\n    anlæg opdrift 2024: 15.000 → 20.000 (+5.000)\n    anlæg netto 2024: 15.000 → 20.000 (+5.000)\n');
        expect(text).toContain('Subtotaler:\n  IT og digitalisering\n    anlæg netto 2024: 15.000 → 20.000 (+5.000)\n');
        expect(text).toContain('Anlæg i alt (anlæg netto):\n  anlæg netto 2024: 15.000 → 20.000 (+5.000)\n');
        expect(text).not.toContain('Balance');
        expect(diffMarkdown(diff, { locale: 'da', decimals: 0 })).toMatch(/\| \*\*Anlæg i alt \(anlæg netto\)\*\* +\| anlæg netto 2024 +\| +15\.000 \| +20\.000 \| +\+5\.000 \|/);
        expect(JSON.parse(diffJson(diff)).capital).toEqual([
            { budget: 'anlæg', column: 'netto', period: '2024', before: { min: '15000', max: '15000' }, after: { min: '20000', max: '20000' }, change: { min: '5000', max: '5000' } }
        ]);
        expect(JSON.parse(diffJson(diffBudgets(await modelOf(BEFORE), await modelOf(AFTER)))).capital).toEqual([]);
    });
});

describe('diffBudgets by container and name (§3)', () => {
    const FRAMES = `tema "Uddannelse" {
  brik "Tilskud" drift 20.0
}
tema "Kultur" {
  brik "Tilskud" drift 10.0
  brik "Udviklingsmidler" drift 0.3
}`;

    it('tells two brikker of one name apart by their tema', async () => {
        const diff = diffBudgets(await modelOf(FRAMES), await modelOf(FRAMES.replace('drift 10.0', 'drift 12.0')));
        expect(diff.items.map(item => [item.kind, item.place, item.name])).toEqual([['changed', 'Kultur', 'Tilskud']]);
    });

    it('reports a brik moved to another tema as moved, with its old place', async () => {
        const moved = `tema "Uddannelse" {
  brik "Tilskud" drift 20.0
  brik "Udviklingsmidler" drift 0.3
}
tema "Kultur" {
  brik "Tilskud" drift 10.0
}`;
        const diff = diffBudgets(await modelOf(FRAMES), await modelOf(moved));
        expect(diff.items.map(item => [item.kind, item.fromPlace, item.place, item.name, item.changes.length])).toEqual([['moved', 'Kultur', 'Uddannelse', 'Udviklingsmidler', 0]]);
        expect(diffText(diff, format).split('\n').slice(0, 2)).toEqual([
            'Test, mio. kr.: 0 ændrede, 0 nye, 0 fjernede, 0 omdøbte og 1 flyttede brikker',
            '> flyttet: Kultur → Uddannelse › "Udviklingsmidler"'
        ]);
        expect(JSON.parse(diffJson(diff)).items[0]).toMatchObject({ kind: 'moved', name: 'Udviklingsmidler', place: 'Uddannelse', fromPlace: 'Kultur' });
    });
});
