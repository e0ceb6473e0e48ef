import { markdownTable } from 'markdown-table';
import type { Locale } from '../format/format-amount.js';
import { formatInterval, joinRange, RANGE_DASH } from '../format/format-amount.js';
import type { Interval } from '../evaluation/interval.js';
import { periodKeyword } from '../evaluation/totals.js';
import { wordsOf } from '../words/words.js';
import type { BudgetDiff, FigureChange, ItemDiff } from './budget-diff.js';
import { intervalJson } from './json-report.js';
import { escapeMarkdown } from './markdown-escape.js';

export interface DiffReportOptions {
    readonly locale: Locale;
    /** Decimals of the unit (§9): one for mio. kr. */
    readonly decimals: number;
}

const MARKERS: Record<ItemDiff['kind'], string> = { added: '+', removed: '-', renamed: '~', moved: '>', changed: '*' };

function counts(diff: BudgetDiff): Record<ItemDiff['kind'], number> {
    const n = { added: 0, removed: 0, renamed: 0, moved: 0, changed: 0 };
    diff.items.forEach(item => n[item.kind]++);
    return n;
}

function signed(text: string): string {
    return text.startsWith('-') ? text : `+${text}`;
}

class DiffWriter {
    private readonly words;
    private readonly nouns;

    constructor(private readonly diff: BudgetDiff, private readonly options: DiffReportOptions) {
        this.nouns = wordsOf(options.locale);
        this.words = this.nouns.diff;
    }

    figure(interval: Interval): string {
        return formatInterval(interval, { decimals: this.options.decimals, locale: this.options.locale });
    }

    /** `+1,0`; an unknown change as the word for unknown, unsigned. */
    changeFigure(change: FigureChange): string {
        const text = this.figure(change.change);
        return change.change.unknown ? text : intervalSigned(text);
    }

    what(change: FigureChange): string {
        const period = change.period === 'permanent' ? this.nouns.permanent.toLowerCase() : periodKeyword(change.period);
        return [change.budget, change.column, period].filter(Boolean).join(' ');
    }

    changeText(change: FigureChange): string {
        const by = this.changeFigure(change);
        return `${this.what(change)}: ${this.figure(change.before)} → ${this.figure(change.after)} (${by})`;
    }

    text(): string {
        const { diff, words } = this;
        const lines = [`${diff.after}${diff.before !== diff.after ? ` (${words.formerly}: ${diff.before})` : ''}${diff.unit ? `, ${diff.unit}` : ''}: ${words.summary(counts(diff))}`];
        for (const item of diff.items) {
            const name = item.kind === 'renamed' ? `"${item.from}" → "${item.name}"` : `"${item.name}"`;
            const place = item.kind === 'moved' ? `${item.fromPlace || '–'} → ${item.place || '–'} › ` : item.place ? `${item.place} › ` : '';
            lines.push(`${MARKERS[item.kind]} ${words[item.kind]}: ${place}${name}`);
            lines.push(...item.changes.filter(c => item.kind === 'changed' || c.column === 'netto' || c.budget === 'årsværk').map(c => `    ${this.changeText(c)}`));
        }
        if (diff.subtotals.length > 0) {
            lines.push(`${words.subtotals}:`);
            diff.subtotals.forEach(s => lines.push(`  ${s.place}`, ...s.changes.map(c => `    ${this.changeText(c)}`)));
        }
        if (diff.balance.length > 0) {
            lines.push(`${words.balance}:`, ...diff.balance.map(c => `  ${this.changeText(c)}`));
        }
        if (diff.capital.length > 0) {
            lines.push(`${words.capital}:`, ...diff.capital.map(c => `  ${this.changeText(c)}`));
        }
        if (diff.items.length === 0 && diff.subtotals.length === 0 && diff.balance.length === 0 && diff.capital.length === 0) {
            lines.push(words.none);
        }
        return lines.join('\n') + '\n';
    }

    markdown(): string {
        const { diff, words } = this;
        const blocks = [`### ${escapeMarkdown(diff.after)}`, `${words.summary(counts(diff))}${diff.unit ? ` (${diff.unit})` : ''}.`];
        const rows = diff.items.flatMap(item => {
            const name = item.kind === 'renamed' ? `${escapeMarkdown(item.from ?? '')} → ${escapeMarkdown(item.name)}` : escapeMarkdown(item.name);
            const shown = item.changes.filter(c => item.kind === 'changed' || c.column === 'netto' || c.budget === 'årsværk');
            const place = item.kind === 'moved' ? `${escapeMarkdown(item.fromPlace ?? '')} → ${escapeMarkdown(item.place)}` : escapeMarkdown(item.place);
            const head = [`${MARKERS[item.kind]} ${name}`, place, words[item.kind]];
            return shown.length === 0 ? [[...head, '', '', '', '']]
                : shown.map((c, i) => [...(i === 0 ? head : ['', '', '']), this.what(c), this.figure(c.before), this.figure(c.after), this.changeFigure(c)]);
        });
        if (rows.length > 0) {
            blocks.push(markdownTable([[this.nouns.brik, words.place, '', words.what, words.before, words.after, words.change], ...rows], { align: ['l', 'l', 'l', 'l', 'r', 'r', 'r'] }));
        }
        const totals = [
            ...diff.subtotals.flatMap(s => s.changes.map(c => [escapeMarkdown(s.place), this.what(c), this.figure(c.before), this.figure(c.after), this.changeFigure(c)])),
            ...diff.balance.map(c => [`**${words.balance}**`, this.what(c), this.figure(c.before), this.figure(c.after), this.changeFigure(c)]),
            ...diff.capital.map(c => [`**${words.capital}**`, this.what(c), this.figure(c.before), this.figure(c.after), this.changeFigure(c)])
        ];
        if (totals.length > 0) {
            blocks.push(`#### ${words.subtotals}`, markdownTable([[words.place, words.what, words.before, words.after, words.change], ...totals], { align: ['l', 'l', 'r', 'r', 'r'] }));
        }
        if (rows.length === 0 && totals.length === 0) {
            blocks.push(words.none);
        }
        return blocks.join('\n\n') + '\n';
    }
}

/** `+1,0` for a change, `-3,4–+1,0` for a range whose ends moved differently. */
function intervalSigned(text: string): string {
    const [min, max] = text.split(RANGE_DASH);
    return max === undefined ? signed(min) : joinRange(signed(min), signed(max));
}

export function diffText(diff: BudgetDiff, options: DiffReportOptions): string {
    return new DiffWriter(diff, options).text();
}

export function diffMarkdown(diff: BudgetDiff, options: DiffReportOptions): string {
    return new DiffWriter(diff, options).markdown();
}

/** `brik-diff/1`: every figure a decimal string, as in the JSON report. */
export function diffJson(diff: BudgetDiff): string {
    const change = (c: FigureChange) => ({
        budget: c.budget, column: c.column ?? null, period: periodKeyword(c.period),
        before: intervalJson(c.before), after: intervalJson(c.after), change: intervalJson(c.change)
    });
    return JSON.stringify({
        schema: 'brik-diff/1',
        before: diff.before,
        after: diff.after,
        unit: diff.unit ?? null,
        items: diff.items.map(item => ({ kind: item.kind, name: item.name, from: item.from ?? null, place: item.place, fromPlace: item.fromPlace ?? null, changes: item.changes.map(change) })),
        subtotals: diff.subtotals.map(s => ({ place: s.place, changes: s.changes.map(change) })),
        balance: diff.balance.map(change),
        capital: diff.capital.map(change)
    }, null, 2) + '\n';
}
