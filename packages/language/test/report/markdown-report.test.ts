import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/markdown-escape.js';
import { markdownReport } from '../../src/report/markdown-report.js';
import { everywhere, XSS_CORPUS } from './injection-corpus.js';
import { INVESTERINGER, INVESTERINGER_HEADER, MEDICIN, modelOf } from './report-fixture.js';

const POOL = 'tema "Reservationspulje" { brik "Pulje" anlæg tidligere: 23_700, 2023: 1_870, 2024: 128_131, efterfølgende: 793_999 }';
const POOL_HEADER = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2023..2024';

describe('markdownReport', () => {
    it('prints the summary of opdrift, omstilling, finansiering and balance in Danish', async () => {
        const md = markdownReport(await modelOf(MEDICIN), { locale: 'da' });
        expect(md).toMatch(/^# Test\n\nEnhed: mio\. kr\. · P\/L-2023 · budgetår 2024, overslagsår 2025–2027 · 3 brikker\n/);
        expect(md).toMatch(/\| Opdrift +\| +20,8–36,8 \| +19,0–35,0 \|/);
        expect(md).toMatch(/\| Omstilling +\| +-3,4 \|/);
        expect(md).toMatch(/\| Finansiering +\| +-111,0 \|/);
        expect(md).toMatch(/\| \*\*Balance\*\* +\| \*\*-93,6\u00A0–\u00A0-77,6\*\* \|/);
    });

    it('prints område → tema → brik with marks, kinds, categories and subtotals', async () => {
        const md = markdownReport(await modelOf(MEDICIN), { locale: 'da' });
        expect(md).toContain('## Sundhedsområdet');
        expect(md).toContain('### 1.6 Medicin og lægelige artikler');
        expect(md).toMatch(/\| \(!\) Vækst i medicinudgifter +\| Opdrift +\|/);
        expect(md).toMatch(/\| Bedre indkøb +\| Omstilling \(eff\) +\|/);
        expect(md).toMatch(/\| \*\*I alt – 1\.6 Medicin og lægelige artikler\*\* .*\*\*17,4–33,4\*\*/);
        expect(md).toMatch(/\| – opdrift .*20,8–36,8/);
        expect(md).toContain('- **Fællesregional handleplan**: heraf uomgængeligt: 0,9');
        expect(md).toContain('(!) uomgængelig udgift · \\* politisk budgetforslag');
    });

    it('switches labels and figures with the English locale', async () => {
        const md = markdownReport(await modelOf(MEDICIN), { locale: 'en' });
        expect(md).toContain('## Summary');
        expect(md).toMatch(/\| New spending +\| +20\.8–36\.8 \|/);
        expect(md).toContain('Unit: mio. kr. · 2023 prices · budget year 2024, projection years 2025–2027 · 3 items');
    });

    it('prints 1.000 kr. without decimals and with Danish grouping', async () => {
        const md = markdownReport(await modelOf('brik "A" omstilling drift -12000 permanent', 'enhed 1.000 kr.\n  prisniveau 2024\n  år 2024..2027'), { locale: 'da' });
        expect(md).toMatch(/\| \*\*Balance\*\* +\| \*\*-12\.000\*\* \|/);
    });

    it('sums anlæg in its own table, whose last line is its netto (the balance is drift\'s)', async () => {
        const md = markdownReport(await modelOf('brik "Ny skanner" anlæg 2024: 12.5, 2025: 3\nfinansiering "Lån" anlæg 2024: -10'), { locale: 'da' });
        expect(md).toMatch(/\| Anlæg +\| +2024 \|/);
        expect(md).toMatch(/\| \*\*Netto\*\* +\| +\*\*2,5\*\* \| +\*\*3,0\*\* \|/);
    });

    it('reads an investeringsoversigt as one: anlæg rows and bold anlæg subtotals, no drift table or zeros', async () => {
        const md = markdownReport(await modelOf(INVESTERINGER, INVESTERINGER_HEADER), { locale: 'da' });
        expect(md).not.toMatch(/\| Drift +\|/);
        expect(md).not.toContain('Balance');
        expect(md).not.toContain('Anlæg i alt');
        expect(md).toMatch(/\| Anlæg +\| +2023 \| +2024 \| +2025 \| +2026 \|\n/);
        // §9: Anlæg and Netto, never Opdrift; no Type column and no Varigt of zeros.
        expect(md).toMatch(/\| Anlæg +\| +33\.500 \| +18\.500 \| +18\.500 \| +18\.500 \|\n/);
        expect(md).toMatch(/\| \*\*Netto\*\* +\| \*\*33\.500\*\* \| \*\*18\.500\*\* \| \*\*18\.500\*\* \| \*\*18\.500\*\* \|\n/);
        expect(md).not.toContain('Opdrift');
        // One row per brik, of anlæg: not a row of drift zeros above it.
        expect(md).toMatch(/\| Drift med engangskarakter +\| +15\.000 \| +0 \| +0 \| +0 \|\n/);
        expect(md).not.toContain('(anlæg)');
        expect(md).toMatch(/\| \*\*I alt – Fælles puljer\*\* +\| \*\*18\.500\*\* \| \*\*3\.500\*\* \| \*\*3\.500\*\* \| \*\*3\.500\*\* \|\n/);
        expect(md).toMatch(/\| \*\*I alt – Sundhedsområdet\*\* +\| \*\*33\.500\*\* \| \*\*18\.500\*\* \|/);
    });

    it('prints Tidligere år, Efterfølgende år and I alt where a line uses them, and no Varigt of zeros', async () => {
        const md = markdownReport(await modelOf(POOL, POOL_HEADER), { locale: 'da' });
        expect(md).toMatch(/\| Budgetbrik +\| Tidligere år \| +2023 \| +2024 \| Efterfølgende år \| +I alt \|\n/);
        expect(md).toMatch(/\| Pulje +\| +23\.700 \| +1\.870 \| +128\.131 \| +793\.999 \| +947\.700 \|/);
        expect(md).not.toContain('Varigt');
    });

    it('closes a tema\'s items with its subtotal only when no tema follows them, else the section', async () => {
        const md = markdownReport(await modelOf('tema "P" "Psykiatrien" { brik "Udstyr" drift 11\n tema "F" "Finanslovsmidler" { brik "Inventar" drift 9 } }'), { locale: 'da' });
        expect(md.indexOf('I alt – P Psykiatrien')).toBeGreaterThan(md.indexOf('I alt – F Finanslovsmidler'));
        expect(md.indexOf('Inventar')).toBeLessThan(md.indexOf('I alt – P Psykiatrien'));
    });

    it('keeps the written order: a sub-tema written before the brikker is printed before them', async () => {
        const md = markdownReport(await modelOf('tema "P" "Psykiatrien" {\n tema "F" "Finanslovsmidler" { brik "Inventar" drift 9 }\n brik "Udstyr" drift 11\n}'), { locale: 'da' });
        expect(md.indexOf('Inventar')).toBeLessThan(md.indexOf('Udstyr'));
        expect(md.indexOf('I alt – F Finanslovsmidler')).toBeLessThan(md.indexOf('Udstyr'));
    });

    it('heads brikker directly in a budget without temaer "Budgetbrikker", beside temaer "Øvrige poster", financing alone "Finansiering"', async () => {
        expect(markdownReport(await modelOf('brik "A" drift 1\nbrik "B" drift 2'), { locale: 'da' })).toContain('\n## Budgetbrikker\n');
        expect(markdownReport(await modelOf('tema "T" { brik "A" drift 1 }\nbrik "B" drift 2'), { locale: 'da' })).toContain('\n## Øvrige poster\n');
        expect(markdownReport(await modelOf('tema "T" { brik "A" drift 1 }\nfinansiering "F" drift -2'), { locale: 'da' })).toContain('\n## Finansiering\n');
    });

    it('shows a brik\'s etablering apart from its drift, never folded into it', async () => {
        const md = markdownReport(await modelOf('brik "Plasmaferese" {\n drift 2024: 2.4 permanent\n etablering 2024: 6.0\n}'), { locale: 'da' });
        expect(md).toMatch(/\| Plasmaferese +\| Opdrift \| +8,4 \| +2,4 \| +2,4 \| +2,4 \| +2,4 \|\n\| – drift +\| +\| +2,4 \| +2,4 \| +2,4 \| +2,4 \| +2,4 \|\n\| – etablering \(engangs\) +\| +\| +6,0 \| +0,0 \| +0,0 \| +0,0 \| +0,0 \|\n/);
    });

    it('keeps text from the file inert: no HTML, no emphasis, no broken table', async () => {
        expect(escapeMarkdown('<script>alert(1)</script> | *x* _y_ [l](u)')).toBe('\\<script\\>alert(1)\\</script\\> \\| \\*x\\* \\_y\\_ \\[l\\](u)');
        expect(escapeMarkdown('~~x~~ Drift #\nny linje')).toBe('\\~\\~x\\~\\~ Drift \\# ny linje');
        const md = markdownReport(await modelOf('brik "<img src=x onerror=alert(1)> | ok" drift 1'), { locale: 'da' });
        expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\| ok');
        expect(md).not.toMatch(/(^|[^\\])<img/);
    });
});

describe('markdownReport on hostile text', () => {
    it('escapes every text of the XSS corpus wherever it stands: no raw markup, link or table break from the file', async () => {
        const md = markdownReport(await modelOf(everywhere(XSS_CORPUS)), { locale: 'da' });
        // Every `<`, `[` and backtick from the file is escaped, and no line gains a table cell.
        expect(md).not.toMatch(/(^|[^\\])[<`[]/m);
        for (const text of XSS_CORPUS) {
            expect(md).toContain(escapeMarkdown(text));
        }
    });
});
