import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBrik } from './support/run-brik.js';

/**
 * Seed 003 prints each brik's table under "2024 2025 Permanent"; where the permanent figure is
 * not the 2025 one (ForskningsKUBER: "Drift 3,8 5,00 6,3"), `brik import` writes `permanent: X`
 * (§3), and the catalogue it writes reports the sheet's figures.
 */
describe('brik import of a Varigt column that differs from the last year', () => {
    it('writes permanent: X, and the figures come out as the sheet has them', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'brik-permanent-'));
        const sheet = path.join(dir, 'forskning.csv');
        const out = path.join(dir, 'forskning.brik');
        writeFileSync(sheet, 'Navn;2024;2025;Varigt\nForskningsKUBER;3,8;5,00;6,3\nPersonlig Medicin;1,0;3,0;3,0\n');
        const imported = runBrik(['import', sheet, '--out', out, '--enhed', 'mio. kr.', '--prisniveau', '2023']);
        expect(imported.code, imported.stderr).toBe(0);
        const text = readFileSync(out, 'utf8');
        expect(text).toContain('brik "ForskningsKUBER"   drift 2024: 3.8, 2025: 5, permanent: 6.3\n');
        expect(text).toContain('brik "Personlig Medicin" drift 2024: 1, 2025: 3 permanent\n');
        const report = JSON.parse(runBrik(['report', out, '--format', 'json']).stdout) as { children: Array<{ name: string; total: { drift: { netto: Record<string, { min: string }> } } }> };
        const kuber = report.children.find(child => child.name === 'ForskningsKUBER')!.total.drift.netto;
        expect([kuber['2024'].min, kuber['2025'].min, kuber.permanent.min]).toEqual(['3.8', '5', '6.3']);
    });
});
