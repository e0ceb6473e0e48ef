import { describe, expect, it } from 'vitest';
import { ExactDecimal } from '../../src/evaluation/exact-decimal.js';
import { periodChart, rangeChart } from '../../src/report/svg-charts.js';
import { XSS_CORPUS } from './injection-corpus.js';

const d = (value: string) => new ExactDecimal(value);
const interval = (min: string, max = min) => ({ min: d(min), max: d(max) });
const da = { decimals: 1, locale: 'da' as const };
const text = (id: string) => ({ id, title: 'Titel', legendRange: 'spænd', legendOther: 'andet' });

/** The attributes of every element with the given tag, as objects. */
function elements(svg: string, tag: string): Array<Record<string, string>> {
    return [...svg.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, 'g'))].map(match =>
        Object.fromEntries([...match[1].matchAll(/([a-z0-9-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])));
}

describe('rangeChart (a): each tema\'s budget-year range on a shared axis', () => {
    const rows = [
        { label: '1.1 Kapacitet', depth: 0, interval: interval('15', '26.6') },
        { label: '1.7 Forskning', depth: 0, interval: interval('4.8') },
        { label: 'Finansiering', depth: 0, interval: interval('-119.6') }
    ];
    const svg = rangeChart(rows, text('a'), da);

    it('has a title and a description that lists every figure, as its text alternative', () => {
        expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="a-title a-desc">/);
        expect(svg).toContain('<title id="a-title">Titel</title>');
        expect(svg).toContain('<desc id="a-desc">1.1 Kapacitet: 15,0–26,6; 1.7 Forskning: 4,8; Finansiering: -119,6</desc>');
    });

    it('draws a range as a hatched, outlined bar from minimum to maximum, on the axis\'s scale', () => {
        // Axis -150..50 (step 50) drawn from x = 318 to x = 618: 1.5 px per unit, zero at 543.
        const bars = elements(svg, 'rect').filter(r => r.fill === 'url(#a-hatch)' && r.width !== '18');
        expect(bars).toEqual([{ x: '565.5', y: '9', width: '17.4', height: '12', fill: 'url(#a-hatch)', stroke: '#1f2933', 'stroke-width': '1' }]);
    });

    it('marks an exact amount with a dot, and zero with a line in ink', () => {
        const dots = elements(svg, 'circle').map(c => [c.cx, c.cy]);
        expect(dots).toContainEqual(['550.2', '37']);
        expect(dots).toContainEqual(['363.6', '59']);
        const zero = elements(svg, 'line').find(l => l.x1 === '543' && l.stroke === '#1f2933');
        expect(zero).toMatchObject({ x1: '543', x2: '543', 'stroke-width': '1.5' });
        expect(svg).toContain('>-150</text>');
    });

    it('uses ids of its own, so two charts in one page do not share a pattern', () => {
        expect(svg).toContain('<pattern id="a-hatch"');
        expect(rangeChart(rows, text('b'), da)).toContain('<pattern id="b-hatch"');
    });

    it('escapes every label in text, title and description', () => {
        const hostile = rangeChart(XSS_CORPUS.map((label, i) => ({ label, depth: 0, interval: interval(String(i)) })), text('x"><script>'), da);
        expect(hostile).not.toMatch(/<(script|img|a|iframe)[\s>]/);
        expect(hostile).not.toMatch(/<[a-z]+\s[^>]*\son[a-z]+=/i);
        expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(hostile).toContain('id="x&quot;&gt;&lt;script&gt;-hatch"');
    });

    it('lists in its legend only the marks it draws', () => {
        expect(rangeChart([rows[1]], text('c'), da)).not.toContain('spænd');
        expect(rangeChart([rows[0]], text('c'), da)).not.toContain('andet');
    });
});

describe('periodChart (b): the balance per period', () => {
    const bars = [
        { label: '2024', interval: interval('48.9', '121.5') },
        { label: '2025', interval: interval('-11.4', '35.6') },
        { label: 'Varigt', interval: interval('-50') }
    ];
    const svg = periodChart(bars, text('b'), da);

    it('draws the certain part solid and the range hatched, from zero up or down', () => {
        // Axis -50..150 (step 50) from y = 178 (bottom) to y = 10 (top): 0.84 px per unit, zero at 136.
        const rects = elements(svg, 'rect').filter(r => r.width !== '18' && r.width !== '5');
        expect(rects.map(r => [r.fill, r.y, r.height])).toEqual([
            ['#8d9aa7', '94.92', '41.08'], ['url(#b-hatch)', '33.94', '60.98'],
            ['url(#b-hatch)', '106.1', '39.48'],
            ['#8d9aa7', '136', '42']
        ]);
        const zero = elements(svg, 'line').find(l => l.y1 === '136' && l.y2 === '136');
        expect(zero).toMatchObject({ stroke: '#1f2933', 'stroke-width': '1.5' });
    });

    it('prints each period and its figure below its bar, and separates permanent with a dashed line', () => {
        expect(svg).toContain('>48,9–121,5</text>');
        expect(svg).toContain('>Varigt</text>');
        expect(svg).toContain('stroke-dasharray="3 3"');
        expect(svg).toContain('<desc id="b-desc">2024: 48,9–121,5; 2025: -11,4–35,6; Varigt: -50,0</desc>');
    });

    it('prints tick labels with formatAmount, in the locale', () => {
        const en = periodChart([{ label: '2024', interval: interval('-1250') }], text('e'), { decimals: 0, locale: 'en' });
        expect(en).toContain('>-1,500</text>');
        expect(periodChart([{ label: '2024', interval: interval('-1250') }], text('e'), { decimals: 0, locale: 'da' })).toContain('>-1.500</text>');
    });
});
