import { markdownTable } from 'markdown-table';
import type { AmountFormat, Locale } from '../format/format-amount.js';
import { formatInterval } from '../format/format-amount.js';
import type { BudgetName, Series } from '../evaluation/totals.js';
import { isZeroSeries } from '../evaluation/totals.js';
import type { Words } from '../words/words.js';
import { wordsOf } from '../words/words.js';
import { escapeMarkdown } from './markdown-escape.js';
import type { ReportModel, ReportNode } from './report-model.js';
import type { PrintedPeriod } from './report-structure.js';
import { amountFormatOf, budgetsWithMoney, hasKindColumn, isContainerNode, isItemNode, itemBudgets, itemKindWord, itemLineRows, looseItemsHeading, memberRuns, nodeTitle, printedIntervals, rammeVerdict, reportPeriods, subtotalLines, summaryRows } from './report-structure.js';

export interface MarkdownReportOptions {
    readonly locale: Locale;
}

class MarkdownWriter {
    private readonly lines: string[] = [];
    private readonly labels: Words;
    private readonly format: AmountFormat;
    private readonly years: readonly number[];
    /** The budgets that hold money (§9), the leading one first. */
    private readonly budgets: readonly BudgetName[];
    /** The columns of figures (§9). */
    private readonly periods: readonly PrintedPeriod[];

    constructor(private readonly model: ReportModel, options: MarkdownReportOptions) {
        this.labels = wordsOf(options.locale);
        this.format = amountFormatOf(model, options.locale);
        this.years = model.header.years;
        this.budgets = budgetsWithMoney(model.totals);
        this.periods = reportPeriods(model, this.labels);
    }

    write(): string {
        const { model, labels } = this;
        this.add(`# ${escapeMarkdown(model.name)}`);
        const unit = model.header.unit ? `${labels.unit}: ${model.header.unit.label}` : undefined;
        const priceLevel = model.header.priceLevel !== undefined ? labels.priceLevel(model.header.priceLevel) : undefined;
        const restated = model.restatedFrom !== undefined ? labels.restatedFrom(model.restatedFrom) : undefined;
        const shown = model.scenario !== undefined ? escapeMarkdown(labels.scenarioShown(model.scenario)) : undefined;
        this.add([shown, unit, priceLevel, restated, labels.period(this.years), labels.brikker(model.brikCount)].filter(Boolean).join(' · '));
        if (model.basedOnErrors) {
            this.add(`> **${labels.basedOnErrors}**`);
        }
        this.summary();
        for (const node of model.children.filter(isContainerNode)) {
            this.container(node, 2);
        }
        const loose = model.children.filter(isItemNode);
        if (loose.length > 0) {
            this.add(`## ${escapeMarkdown(looseItemsHeading(model, labels))}`);
            this.itemTable(loose);
        }
        this.scenarios();
        this.legend();
        return this.lines.join('\n\n') + '\n';
    }

    private add(block: string): void {
        this.lines.push(block);
    }

    private header(first: string, ...more: string[]): string[] {
        return [first, ...more, ...this.periods.map(period => period.label)];
    }

    private figures(series: Series): string[] {
        return printedIntervals(series, this.periods, this.years).map(interval => formatInterval(interval, this.format));
    }

    private table(rows: string[][], textColumns: number): void {
        const align = rows[0].map((_, i) => i < textColumns ? 'l' : 'r');
        this.add(markdownTable(rows, { align }));
    }

    private summary(): void {
        const { labels, model } = this;
        this.add(`## ${labels.summary}`);
        // As in the HTML and XLSX reports: the balance is drift's; anlæg has a netto.
        for (const budget of this.budgets) {
            const columns = model.totals[budget];
            const last = budget === 'drift' ? labels.balance : labels.netto;
            this.table([
                this.header(labels[budget]),
                ...summaryRows(budget, columns, labels).map(row => [row.label, ...this.figures(row.series)]),
                [`**${last}**`, ...this.figures(columns.netto).map(f => `**${f}**`)]
            ], 1);
        }
        if (!isZeroSeries(model.totals.årsværk)) {
            this.table([this.header(labels.staff), [labels.staff, ...this.figures(model.totals.årsværk)]], 1);
        }
    }

    private container(node: ReportNode, level: number): void {
        this.add(`${'#'.repeat(Math.min(level, 6))} ${escapeMarkdown(nodeTitle(node))}`);
        const containers = node.children.filter(isContainerNode);
        const runs = memberRuns(node.children);
        // As in the HTML: members in written order; the subtotal closes the items' table when nothing else is in the container.
        for (const run of runs) {
            if ('items' in run) {
                this.itemTable(run.items, runs.length === 1 ? node : undefined);
            } else {
                this.container(run.container, level + 1);
            }
        }
        if (runs.length !== 1 || containers.length > 0) {
            this.table([this.header(''), ...this.subtotalRows(node)], 1);
        }
    }

    private itemTable(items: readonly ReportNode[], container?: ReportNode): void {
        const { labels } = this;
        const withOwner = items.some(item => item.owner);
        const withKind = hasKindColumn(this.budgets);
        const rows = [this.header(labels.item, ...(withKind ? [labels.kind] : []), ...(withOwner ? [labels.owner] : []))];
        for (const item of items) {
            const owner = withOwner ? [escapeMarkdown(item.owner ?? '')] : [];
            const [lead, ...others] = itemBudgets(item, this.budgets);
            const kind = withKind ? [this.itemColumn(item)] : [];
            rows.push([this.itemName(item), ...kind, ...owner, ...this.figures(item.totals[lead].netto)]);
            // Etablering is never folded into drift (§9): a brik with more than one kind of drift line shows each.
            const driftLines = itemLineRows(item, labels).filter(line => line.budget === 'drift');
            if (lead === 'drift' && driftLines.length > 1) {
                for (const line of driftLines) {
                    rows.push([`– ${line.label.toLowerCase()}`, ...kind.map(() => ''), ...owner.map(() => ''), ...this.figures(line.series)]);
                }
            }
            for (const budget of others) {
                rows.push([`${this.itemName(item)} (${labels[budget].toLowerCase()})`, ...kind.map(() => ''), ...owner.map(() => ''), ...this.figures(item.totals[budget].netto)]);
            }
        }
        if (container) {
            const blanks = new Array<string>((withKind ? 1 : 0) + (withOwner ? 1 : 0)).fill('');
            rows.push(...this.subtotalRows(container).map(([label, ...figures]) => [label, ...blanks, ...figures]));
        }
        this.table(rows, 1 + (withKind ? 1 : 0) + (withOwner ? 1 : 0));
        const notes = items.flatMap(item => [
            ...(item.unavoidablePart ? [`**${escapeMarkdown(item.name)}**: ${labels.unavoidablePart(formatInterval(item.unavoidablePart, this.format))}`] : []),
            ...item.notes.map(note => `**${escapeMarkdown(item.name)}**: ${escapeMarkdown(note)}`)
        ]);
        if (notes.length > 0) {
            this.add(notes.map(note => `- ${note}`).join('\n'));
        }
    }

    /** The container's netto, its split by kind when more than one kind has money, and its anlæg beside it. */
    private subtotalRows(node: ReportNode): string[][] {
        const { labels } = this;
        return subtotalLines(node, this.budgets).map(line => {
            if (line.budget !== this.budgets[0]) {
                return [labels.anlaegTotal, ...this.figures(line.series)];
            }
            return line.column === 'netto'
                ? [`**${escapeMarkdown(labels.total(nodeTitle(node)))}**`, ...this.figures(line.series).map(f => `**${f}**`)]
                : [`– ${labels[line.column].toLowerCase()}`, ...this.figures(line.series)];
        });
    }

    private itemName(item: ReportNode): string {
        const unavoidable = item.marks.includes('uomgængelig') ? '(!) ' : '';
        const political = item.marks.includes('politisk') ? ' \\*' : '';
        return `${unavoidable}${escapeMarkdown(item.name)}${political}`;
    }

    private itemColumn(item: ReportNode): string {
        const kind = itemKindWord(item, this.budgets, this.labels);
        return item.categories.length > 0 ? `${kind} (${item.categories.map(escapeMarkdown).join(', ')})` : kind;
    }

    /** All the budget's scenarios side by side: the balance per year, from minimum to maximum. */
    private scenarios(): void {
        const { labels, model } = this;
        if (model.scenarios.length === 0) {
            return;
        }
        this.add(`## ${labels.scenarios}`);
        this.add(labels.scenarioNote);
        const rows = model.scenarios.map(scenario => {
            const verdict = rammeVerdict(scenario, labels, this.format);
            return [escapeMarkdown(scenario.name), [labels.scenarioLevel(scenario.level), verdict].filter(Boolean).join('; '), ...this.figures(scenario.totals.drift.netto)];
        });
        this.table([this.header(labels.scenarios, ''), ...rows], 2);
    }

    private legend(): void {
        const { labels } = this;
        this.add(`## ${labels.legend}\n\n(!) ${labels.unavoidable} · \\* ${labels.political} · ${labels.sign} ${labels.rounding}`);
    }
}

/** The catalogue as Markdown tables: område → tema → brik, with subtotals and a summary. */
export function markdownReport(model: ReportModel, options: MarkdownReportOptions): string {
    return new MarkdownWriter(model, options).write();
}
