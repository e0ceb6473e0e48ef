import { describe, expect, it } from 'vitest';
import { statusText, tooltipLines } from '../src/balance-text.js';

const NORDJYLLAND = { budget: 'Budget 2024 – Region Nordjylland', text: '48,9–121,5', year: 2024, unit: 'mio. kr.', balanced: false, errors: 0 };

describe('the balance in the status bar', () => {
    it('shows the budget year, the figure and the unit', () => {
        expect(statusText(NORDJYLLAND)).toBe('Balance 2024: 48,9–121,5 mio. kr.');
    });

    it('puts a warning icon first when the document has errors', () => {
        expect(statusText({ ...NORDJYLLAND, errors: 2 })).toBe('$(warning) Balance 2024: 48,9–121,5 mio. kr.');
    });

    it('leaves out what the server does not know', () => {
        expect(statusText({ text: '0,0', errors: 0 })).toBe('Balance: 0,0');
    });

    it('explains in the tooltip that the balance is drift netto, and what its sign means', () => {
        const lines = tooltipLines(NORDJYLLAND);
        expect(lines[0]).toBe('**Balance i budgetåret 2024** — Budget 2024 – Region Nordjylland');
        expect(lines[1]).toBe('Driftsbudgettets netto (drift netto) i budgetåret 2024: 48,9–121,5 mio. kr.');
        expect(lines[2]).toBe('Positiv er ubalance, negativ er råderum. Anlæg og årsværk indgår ikke.');
        expect(lines).toContain('Budgettet kan være i ubalance.');
        expect(lines.at(-1)).toBe('Klik for at vise rapporten.');
    });

    it('escapes Markdown in the budget name and counts errors in Danish', () => {
        const lines = tooltipLines({ ...NORDJYLLAND, budget: 'Budget *2024*', errors: 1, balanced: true });
        expect(lines[0]).toBe('**Balance i budgetåret 2024** — Budget \\*2024\\*');
        expect(lines).toContain('Budgettet balancerer.');
        expect(lines).toContain('$(warning) Filen har én fejl; balancen tæller kun det, der kan læses.');
        expect(tooltipLines({ ...NORDJYLLAND, errors: 3 })).toContain('$(warning) Filen har 3 fejl; balancen tæller kun det, der kan læses.');
    });

    it('shows an investeringsoversigt\'s anlæg netto, never a drift balance of 0', () => {
        const result = { budget: 'Investeringsoversigt', of: 'anlæg', text: '315.800', year: 2023, unit: '1.000 kr.', errors: 1 } as const;
        expect(statusText(result)).toBe('$(warning) Anlæg 2023: 315.800 (1.000 kr.)');
        const lines = tooltipLines(result);
        expect(lines[0]).toBe('**Anlæg i budgetåret 2023** — Investeringsoversigt');
        expect(lines[1]).toBe('Anlægsbudgettets netto (anlæg netto) i budgetåret 2023: 315.800 (1.000 kr.)');
        expect(lines[2]).toBe('Budgettet har kun anlæg (en investeringsoversigt), så der er ingen driftsbalance. Årsværk indgår ikke.');
        expect(lines.some(line => line.includes('balancerer') || line.includes('ubalance'))).toBe(false);
        expect(lines).toContain('$(warning) Filen har én fejl; tallet tæller kun det, der kan læses.');
    });

    it('speaks English when brik.locale is en, from the same words as the reports', () => {
        const english = { ...NORDJYLLAND, text: '48.9–121.5', errors: 1 };
        expect(statusText(english, 'en')).toBe('$(warning) Balance 2024: 48.9–121.5 mio. kr.');
        expect(statusText({ ...english, of: 'anlæg' }, 'en')).toBe('$(warning) Capital 2024: 48.9–121.5 mio. kr.');
        const lines = tooltipLines(english, 'en');
        expect(lines[0]).toBe('**Balance in budget year 2024** — Budget 2024 – Region Nordjylland');
        expect(lines[1]).toBe('The operating budget\'s net (operating net) in budget year 2024: 48.9–121.5 mio. kr.');
        expect(lines).toContain('The budget may be out of balance.');
        expect(lines).toContain('$(warning) The file has one error; the balance counts only what can be read.');
        expect(lines.at(-1)).toBe('Click to show the report.');
    });
});
