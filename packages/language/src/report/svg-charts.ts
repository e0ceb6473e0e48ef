import type { AmountFormat } from '../format/format-amount.js';
import { formatAmount, formatInterval } from '../format/format-amount.js';
import type { Interval } from '../evaluation/interval.js';
import { isExact } from '../evaluation/interval.js';
import type { Axis, Scale } from './chart-geometry.js';
import type { BarParts } from './chart-geometry.js';
import { barParts, extentOf, linearScale, niceAxis, truncateLabel } from './chart-geometry.js';
import { escapeHtml } from './html-escape.js';

// The report's two charts as inline SVG: no script, no font or file fetched, legible in
// black and white (a hatch for a range, solid for what is certain, an outline on every bar).
// Every text is escaped; each chart has a <title> and a <desc> that lists every figure.

export interface ChartText {
    /** Unique in the page: the prefix of the chart's ids. */
    readonly id: string;
    readonly title: string;
    readonly legendRange: string;
    /** The legend of the second mark: an exact amount (range chart) or a certain part (bar chart). */
    readonly legendOther: string;
}

export interface RangeRow {
    readonly label: string;
    /** Nesting depth of the tema: 0 for a tema in an område. */
    readonly depth: number;
    readonly interval: Interval;
}

export interface PeriodBar {
    readonly label: string;
    readonly interval: Interval;
}

const WIDTH = 720;
const INK = '#1f2933';
const GRID = '#cdd4db';
const CERTAIN = '#8d9aa7';
const ROW_SHADE = '#f2f4f6';

const attribute = (value: string | number) => `"${escapeHtml(String(value))}"`;

function svgOpen(text: ChartText, height: number, description: string): string {
    const { id } = text;
    return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}"`
        + ` role="img" aria-labelledby=${attribute(`${id}-title ${id}-desc`)}>`
        + `<title id=${attribute(`${id}-title`)}>${escapeHtml(text.title)}</title>`
        + `<desc id=${attribute(`${id}-desc`)}>${escapeHtml(description)}</desc>`
        + `<defs><pattern id=${attribute(`${id}-hatch`)} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">`
        + `<rect width="5" height="5" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="5" stroke="${INK}" stroke-width="1.6"/></pattern></defs>`;
}

function hatch(text: ChartText): string {
    return `url(#${escapeHtml(text.id)}-hatch)`;
}

function rect(x: number, y: number, width: number, height: number, fill: string): string {
    return `<rect x="${x}" y="${y}" width="${round(Math.max(width, 1))}" height="${round(Math.max(height, 1))}" fill="${fill}" stroke="${INK}" stroke-width="1"/>`;
}

function label(x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end', className?: string): string {
    const cls = className ? ` class="${className}"` : '';
    return `<text x="${x}" y="${y}" text-anchor="${anchor}"${cls}>${escapeHtml(content)}</text>`;
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}

function tickLabel(axis: Axis, index: number, format: AmountFormat): string {
    return formatAmount(axis.ticks[index], { decimals: axis.decimals, locale: format.locale });
}

/** The legend of the marks the chart uses, side by side: a swatch (drawn at x = 0) and its text. */
function legend(y: number, entries: ReadonlyArray<readonly [swatch: string, text: string] | false>): string {
    const shown = entries.filter((entry): entry is readonly [string, string] => entry !== false);
    return `<g class="legend">${shown.map(([swatch, text], i) =>
        `<g transform="translate(${i * 260} 0)">${swatch}${label(24, y, text, 'start')}</g>`).join('')}</g>`;
}

const RANGE = { labelWidthChars: 50, plotLeft: 318, plotRight: 618, top: 4, row: 22 } as const;

/** Chart (a): one row per tema, its budget-year range as a bar from minimum to maximum. */
export function rangeChart(rows: readonly RangeRow[], text: ChartText, format: AmountFormat): string {
    // An unknown figure is named, but neither drawn nor on the axis.
    const axis = niceAxis(rows.filter(row => !row.interval.unknown).flatMap(row => [row.interval.min, row.interval.max]));
    const scale = linearScale(axis, RANGE.plotLeft, RANGE.plotRight);
    const bottom = RANGE.top + rows.length * RANGE.row;
    const height = bottom + 52;
    const description = rows.map(row => `${row.label}: ${formatInterval(row.interval, format)}`).join('; ');
    const parts = [svgOpen(text, height, description)];
    rows.forEach((row, i) => {
        const y = RANGE.top + i * RANGE.row;
        const middle = y + RANGE.row / 2;
        const figure = formatInterval(row.interval, format);
        parts.push(`<g class="row"><title>${escapeHtml(`${row.label}: ${figure}`)}</title>`);
        if (i % 2 === 1) {
            parts.push(`<rect x="0" y="${y}" width="${WIDTH}" height="${RANGE.row}" fill="${ROW_SHADE}"/>`);
        }
        parts.push(label(row.depth * 12, middle + 4, truncateLabel(row.label, RANGE.labelWidthChars - row.depth * 2), 'start'));
        parts.push(label(WIDTH - 2, middle + 4, figure, 'end', 'figure'));
        parts.push('</g>');
    });
    parts.push(valueGridX(axis, scale, RANGE.top, bottom, format));
    rows.forEach((row, i) => {
        const middle = RANGE.top + i * RANGE.row + RANGE.row / 2;
        if (!row.interval.unknown) {
            parts.push(rangeMark(row.interval, scale, middle, text));
        }
    });
    parts.push(legend(height - 8, [
        rows.some(row => !row.interval.unknown && !isExact(row.interval)) && [rect(0, height - 17, 18, 11, hatch(text)), text.legendRange],
        rows.some(row => !row.interval.unknown && isExact(row.interval)) && [exactMark(8, height - 12), text.legendOther]
    ]));
    parts.push('</svg>');
    return parts.join('');
}

/** The vertical grid of a horizontal value axis, zero drawn in ink, tick labels below. */
function valueGridX(axis: Axis, scale: Scale, top: number, bottom: number, format: AmountFormat): string {
    return axis.ticks.map((tick, i) => {
        const x = scale(tick);
        const zero = tick.isZero();
        return `<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="${zero ? INK : GRID}" stroke-width="${zero ? 1.5 : 1}"/>`
            + label(x, bottom + 15, tickLabel(axis, i, format), 'middle', 'tick');
    }).join('');
}

function rangeMark(interval: Interval, scale: Scale, middle: number, text: ChartText): string {
    if (isExact(interval)) {
        return exactMark(scale(interval.min), middle);
    }
    const { start, end } = extentOf(interval.min, interval.max, scale);
    return rect(start, middle - 6, end - start, 12, hatch(text));
}

/** An exact amount: a tick across the row with a dot on it. */
function exactMark(x: number, middle: number): string {
    return `<line x1="${x}" y1="${middle - 7}" x2="${x}" y2="${middle + 7}" stroke="${INK}" stroke-width="2"/>`
        + `<circle cx="${x}" cy="${middle}" r="3.5" fill="${INK}"/>`;
}

const BARS = { plotLeft: 70, plotRight: 714, plotTop: 10, plotBottom: 178 } as const;

/**
 * Chart (b): the balance per period as bars from zero, the certain part solid, the range hatched.
 * A dashed line sets the last bar apart when it is not a year (permanent, or the later years together).
 */
export function periodChart(bars: readonly PeriodBar[], text: ChartText, format: AmountFormat, separateLast = true): string {
    const axis = niceAxis(bars.filter(bar => !bar.interval.unknown).flatMap(bar => [bar.interval.min, bar.interval.max]));
    const scale = linearScale(axis, BARS.plotBottom, BARS.plotTop);
    const height = BARS.plotBottom + 76;
    const slot = (BARS.plotRight - BARS.plotLeft) / Math.max(bars.length, 1);
    const barWidth = round(Math.min(56, slot * 0.55));
    const small = slot < 90 ? 'figure small' : 'figure';
    const description = bars.map(bar => `${bar.label}: ${formatInterval(bar.interval, format)}`).join('; ');
    const shapes = bars.map((bar): BarParts => bar.interval.unknown ? { certain: undefined, range: undefined } : barParts(bar.interval));
    const parts = [svgOpen(text, height, description)];
    axis.ticks.forEach((tick, i) => {
        const y = scale(tick);
        if (!tick.isZero()) {
            parts.push(`<line x1="${BARS.plotLeft}" y1="${y}" x2="${BARS.plotRight}" y2="${y}" stroke="${GRID}" stroke-width="1"/>`);
        }
        parts.push(label(BARS.plotLeft - 8, y + 4, tickLabel(axis, i, format), 'end', 'tick'));
    });
    if (bars.length > 1 && separateLast) {
        const x = round(BARS.plotLeft + slot * (bars.length - 1));
        parts.push(`<line x1="${x}" y1="${BARS.plotTop}" x2="${x}" y2="${BARS.plotBottom + 36}" stroke="${INK}" stroke-width="1" stroke-dasharray="3 3"/>`);
    }
    bars.forEach((bar, i) => {
        const centre = round(BARS.plotLeft + slot * (i + 0.5));
        const left = round(centre - barWidth / 2);
        const figure = formatInterval(bar.interval, format);
        parts.push(`<g class="bar"><title>${escapeHtml(`${bar.label}: ${figure}`)}</title>`);
        const { certain, range } = shapes[i];
        if (certain) {
            const { start, end } = extentOf(certain.min, certain.max, scale);
            parts.push(rect(left, start, barWidth, end - start, CERTAIN));
        }
        if (range) {
            const { start, end } = extentOf(range.min, range.max, scale);
            parts.push(rect(left, start, barWidth, end - start, hatch(text)));
        }
        parts.push(label(centre, BARS.plotBottom + 18, bar.label, 'middle', 'period'));
        parts.push(label(centre, BARS.plotBottom + 33, figure, 'middle', small));
        parts.push('</g>');
    });
    const zero = scale(axis.ticks.find(tick => tick.isZero()) ?? axis.min);
    parts.push(`<line x1="${BARS.plotLeft}" y1="${zero}" x2="${BARS.plotRight}" y2="${zero}" stroke="${INK}" stroke-width="1.5"/>`);
    parts.push(legend(height - 8, [
        shapes.some(shape => shape.certain) && [rect(0, height - 17, 18, 11, CERTAIN), text.legendOther],
        shapes.some(shape => shape.range) && [rect(0, height - 17, 18, 11, hatch(text)), text.legendRange]
    ]));
    parts.push('</svg>');
    return parts.join('');
}
