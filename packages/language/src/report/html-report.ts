import type { AmountFormat, Locale } from '../format/format-amount.js';
import { formatInterval } from '../format/format-amount.js';
import type { Interval } from '../evaluation/interval.js';
import { isZero } from '../evaluation/interval.js';
import type { BudgetName, Series } from '../evaluation/totals.js';
import { isZeroSeries } from '../evaluation/totals.js';
import { escapeHtml, REPORT_CONTENT_SECURITY_POLICY } from './html-escape.js';
import { decimalString } from './decimal-string.js';
import type { Words } from '../words/words.js';
import { wordsOf } from '../words/words.js';
import type { ReportModel, ReportNode } from './report-model.js';
import type { PrintedPeriod } from './report-structure.js';
import { amountFormatOf, budgetsWithMoney, hasKindColumn, isContainerNode, isItemNode, itemBudgets, itemKindWord, itemLineRows, looseItemsHeading, memberRuns, nodeTitle, placedItems, printedIntervals, rammeVerdict, reportPeriods, subtotalLines, summaryRows } from './report-structure.js';
import { reportStyles } from './report-styles.js';
import type { RangeRow } from './svg-charts.js';
import { periodChart, rangeChart } from './svg-charts.js';

export interface HtmlReportOptions {
    readonly locale: Locale;
}

/** What a row's `data-budget` and `data-column` say it holds. */
type RowData = { readonly budget: string; readonly column: string };

class HtmlWriter {
    private readonly labels: Words;
    private readonly format: AmountFormat;
    /** The columns of figures (§9): the years, and tidligere, efterfølgende, samlet and permanent as used. */
    private readonly columns: readonly PrintedPeriod[];
    private readonly periods: readonly string[];
    /** The budgets that hold money (§9), the leading one first. */
    private readonly budgets: readonly BudgetName[];
    private widest = 0;

    constructor(private readonly model: ReportModel, private readonly options: HtmlReportOptions) {
        this.labels = wordsOf(options.locale);
        this.budgets = budgetsWithMoney(model.totals);
        this.format = amountFormatOf(model, options.locale);
        this.columns = reportPeriods(model, this.labels);
        this.periods = this.columns.map(period => period.period === 'efterfølgende' ? this.labels.laterYearsHeading : period.label);
        // A heading breaks between its words and at a soft hyphen (`Efter-følgende år`).
        this.widest = Math.max(...this.periods.flatMap(period => period.split(/[ \u00AD]/).map(word => word.length)));
    }

    write(): string {
        const { model, labels } = this;
        const body = [
            this.titleBlock(),
            model.basedOnErrors ? this.errorBanner() : '',
            this.summary(),
            ...model.children.filter(isContainerNode).map(node => this.container(node, 0)),
            this.looseItems(),
            this.scenarios(),
            this.legend()
        ].join('\n');
        // A4 portrait holds about 113 table digits across; names and kinds keep 40 of them.
        const landscape = this.periods.length * (this.widest + 3.4) > 73;
        return `<!DOCTYPE html>
<html lang="${this.options.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Brik">
<title>${escapeHtml(model.name)}</title>
<style>
${reportStyles({ figureChars: this.widest, figureColumns: this.periods.length, landscape, pageWords: labels.page })}</style>
</head>
<body>
<main>
${body}
</main>
<footer><p>${escapeHtml(labels.madeWith)}</p></footer>
</body>
</html>
`;
    }

    /** That the report rests on errors, and which: file, line, message. */
    private errorBanner(): string {
        const { labels, model } = this;
        const list = model.errors.length > 0
            ? `<p>${escapeHtml(labels.errorsListed(model.errors.length))}</p><ul class="errors">${model.errors.map(error => `<li>${escapeHtml(labels.errorAt(error.file, error.line, error.message))}</li>`).join('')}</ul>`
            : '';
        return `<div class="banner" role="alert" data-based-on-errors="true">${escapeHtml(labels.basedOnErrors)}${list}</div>`;
    }

    private titleBlock(): string {
        const { model, labels } = this;
        const unit = model.header.unit ? labels.amountsIn(model.header.unit.label) : undefined;
        const priceLevel = model.header.priceLevel !== undefined ? labels.priceLevel(model.header.priceLevel) : undefined;
        const restated = model.restatedFrom !== undefined ? labels.restatedFrom(model.restatedFrom) : undefined;
        const meta = [unit, priceLevel, restated, labels.period(model.header.years), labels.brikker(model.brikCount)].filter(Boolean).join(' · ');
        const shown = model.scenario !== undefined ? `\n<p class="scenario" data-scenario="${escapeHtml(model.scenario)}">${escapeHtml(labels.scenarioShown(model.scenario))}</p>` : '';
        return `<header class="title">${shown}\n<h1>${escapeHtml(model.name)}</h1>\n<p class="meta">${escapeHtml(meta)}</p>\n</header>`;
    }

    private colgroup(): string {
        return `<colgroup><col class="name"><col class="kind">${this.periods.map(() => '<col class="figure">').join('')}</colgroup>`;
    }

    private head(first: string, second: string): string {
        const periods = this.columns.map((period, i) => `<th scope="col" class="num" data-period="${escapeHtml(period.key)}">${escapeHtml(this.periods[i])}</th>`).join('');
        return `<thead><tr><th scope="col">${escapeHtml(first)}</th><th scope="col">${escapeHtml(second)}</th>${periods}</tr></thead>`;
    }

    private table(content: string, caption?: string): string {
        const captionHtml = caption ? `<caption class="sr">${escapeHtml(caption)}</caption>` : '';
        return `<div class="scroll"><table class="figures">${captionHtml}${this.colgroup()}${content}</table></div>`;
    }

    /** One cell per period, each with its exact ends in `data-min` and `data-max` (`data-unknown` for an unknown figure). */
    private figures(series: Series): string {
        return printedIntervals(series, this.columns, this.model.header.years).map((interval, i) => this.figure(interval, this.columns[i].key)).join('');
    }

    private figure(interval: Interval, period: string): string {
        const text = formatInterval(interval, this.format);
        this.widest = Math.max(this.widest, text.length);
        const zero = isZero(interval) ? ' zero' : '';
        // An unknown figure has no exact ends to give.
        const ends = interval.unknown ? 'data-unknown="true"' : `data-min="${decimalString(interval.min)}" data-max="${decimalString(interval.max)}"`;
        return `<td class="num${zero}" data-period="${escapeHtml(period)}" ${ends}>${escapeHtml(text)}</td>`;
    }

    private row(data: RowData, className: string, labelCells: string, series: Series): string {
        return `<tr class="${className}" data-budget="${escapeHtml(data.budget)}" data-column="${escapeHtml(data.column)}">${labelCells}${this.figures(series)}</tr>`;
    }

    private summary(): string {
        const { labels, model } = this;
        const groups: string[] = [];
        for (const budget of this.budgets) {
            const columns = model.totals[budget];
            const title = labels[budget];
            const nettoLabel = budget === 'drift' ? labels.balance : labels.netto;
            const key = budget;
            const rows = summaryRows(budget, columns, labels).map(row =>
                this.row({ budget: key, column: row.column }, 'kind', `<th scope="row" colspan="2">${escapeHtml(row.label)}</th>`, row.series));
            rows.push(this.row({ budget: key, column: 'netto' }, 'balance', `<th scope="row" colspan="2">${escapeHtml(nettoLabel)}</th>`, columns.netto));
            groups.push(`<tbody class="group" data-budget="${key}"><tr class="heading"><th colspan="${2 + this.periods.length}" scope="rowgroup">${escapeHtml(title)}</th></tr>${rows.join('')}</tbody>`);
        }
        if (!isZeroSeries(model.totals.årsværk)) {
            const key = 'årsværk';
            const row = this.row({ budget: key, column: key }, 'kind', `<th scope="row" colspan="2">${escapeHtml(labels.staff)}</th>`, model.totals.årsværk);
            groups.push(`<tbody class="group" data-budget="${key}"><tr class="heading"><th colspan="${2 + this.periods.length}" scope="rowgroup">${escapeHtml(labels.staff)}</th></tr>${row}</tbody>`);
        }
        return `<section class="summary" data-kind="budget">\n<h2>${escapeHtml(labels.summary)}</h2>\n`
            + this.table(this.head('', '') + groups.join(''), labels.summary) + '\n'
            + this.charts() + '\n</section>';
    }

    /** The leading budget's netto per period, and per tema in the budget year: the balance, or an investeringsoversigt's anlæg. */
    private charts(): string {
        const { labels, model } = this;
        const lead = this.budgets[0];
        // Every printed period but samlet, which is the sum of the others.
        const charted = this.columns.filter(column => column.period !== 'samlet');
        const periodTitle = labels.periodChart(lead, charted.some(column => column.period === 'permanent'));
        const balance = periodChart(
            printedIntervals(model.totals[lead].netto, charted, model.header.years).map((interval, i) => ({ label: charted[i].label, interval })),
            { id: 'chart-balance', title: periodTitle, legendRange: labels.chartRange, legendOther: labels.chartCertain },
            this.format, typeof charted.at(-1)?.period !== 'number');
        const parts = [`<figure class="chart-balance" data-budget="${lead}">\n<figcaption>${escapeHtml(periodTitle)}</figcaption>\n${balance}\n</figure>`];
        const rows = themeRows(model.children, 0, lead);
        if (rows.length > 0 && model.header.years.length > 0) {
            const title = labels.themeChart(String(model.header.years[0]), lead);
            const chart = rangeChart(rows, { id: 'chart-themes', title, legendRange: labels.chartRange, legendOther: labels.chartExact }, this.format);
            parts.push(`<figure class="chart-themes" data-budget="${lead}">\n<figcaption>${escapeHtml(title)}</figcaption>\n${chart}\n</figure>`);
        }
        return parts.join('\n');
    }

    private container(node: ReportNode, depth: number): string {
        const level = Math.min(depth + 2, 6);
        const number = node.number ? `<span class="number">${escapeHtml(node.number)}</span> ` : '';
        const containers = node.children.filter(isContainerNode);
        const runs = memberRuns(node.children);
        const parts = [
            `<section class="${node.kind === 'område' ? 'area' : 'theme'}" data-kind="${node.kind}">`,
            `<h${level}>${number}${escapeHtml(node.name)}</h${level}>`
        ];
        if (containers.length > 0) {
            parts.push(`<p class="count">${escapeHtml(this.labels.brikker(node.brikCount))}</p>`);
        }
        // Members in written order; the subtotal closes the items' table when nothing else is in the container, else the section.
        for (const run of runs) {
            parts.push('items' in run
                ? this.table(this.itemsHead() + this.itemRows(run.items) + (runs.length === 1 ? this.totals(node) : ''))
                : this.container(run.container, depth + 1));
        }
        if (runs.length !== 1 || containers.length > 0) {
            parts.push(this.table(this.head('', '') + this.totals(node)));
        }
        parts.push('</section>');
        return parts.join('\n');
    }

    private itemsHead(): string {
        return this.head(this.labels.item, hasKindColumn(this.budgets) ? this.labels.kind : '');
    }

    private itemRows(items: readonly ReportNode[]): string {
        const rows = items.map(item => {
            const kind = item.itemColumn ?? 'opdrift';
            const cells = `<td>${this.itemName(item)}</td><td>${this.kindCell(item)}</td>`;
            const [lead, ...others] = itemBudgets(item, this.budgets);
            const rows = [`<tr class="item" data-kind="${item.kind}" data-item-kind="${kind}" data-budget="${lead}" data-column="netto">${cells}${this.figures(item.totals[lead].netto)}</tr>`];
            // Etablering is never folded into drift (§9): a brik with more than one kind of drift line shows each.
            const driftLines = itemLineRows(item, this.labels).filter(line => line.budget === 'drift');
            if (lead === 'drift' && driftLines.length > 1) {
                for (const line of driftLines) {
                    rows.push(`<tr class="line" data-line="${line.kind}"><td></td><td>${escapeHtml(line.label)}</td>${this.figures(line.series)}</tr>`);
                }
            }
            for (const budget of others) {
                rows.push(this.row({ budget: budget, column: 'netto' }, 'capital', `<td></td><td>${escapeHtml(this.labels[budget])}</td>`, item.totals[budget].netto));
            }
            return rows.join('');
        });
        return `<tbody class="items">${rows.join('')}</tbody>`;
    }

    private itemName(item: ReportNode): string {
        const { labels } = this;
        const unavoidable = item.marks.includes('uomgængelig') ? `<span class="mark" title="${escapeHtml(labels.unavoidable)}">(!)</span> ` : '';
        const political = item.marks.includes('politisk') ? ` <span class="mark" title="${escapeHtml(labels.political)}">*</span>` : '';
        const owner = item.owner ? `<div class="owner">${escapeHtml(item.owner)}</div>` : '';
        const notes = [
            ...(item.unavoidablePart ? [labels.unavoidablePart(formatInterval(item.unavoidablePart, this.format))] : []),
            ...item.notes
        ].map(note => `<p class="note">${escapeHtml(note)}</p>`).join('');
        return `${unavoidable}<span class="item-name">${escapeHtml(item.name)}</span>${political}${owner}${notes}`;
    }

    private kindCell(item: ReportNode): string {
        const kind = hasKindColumn(this.budgets) ? escapeHtml(itemKindWord(item, this.budgets, this.labels)) : '';
        const categories = item.categories.length > 0 ? `<span class="category">${item.categories.map(escapeHtml).join(' · ')}</span>` : '';
        return kind + categories;
    }

    /** The container's subtotal lines, set apart in their own row group. */
    private totals(node: ReportNode): string {
        const { labels } = this;
        const rows = subtotalLines(node, this.budgets).map(line => {
            const data = { budget: line.budget, column: line.column };
            if (line.budget !== this.budgets[0]) {
                return this.row(data, 'part capital', `<th scope="row" colspan="2">${escapeHtml(labels.anlaegTotal)}</th>`, line.series);
            }
            return line.column === 'netto'
                ? this.row(data, 'subtotal', `<th scope="row" colspan="2">${escapeHtml(labels.total(nodeTitle(node)))}</th>`, line.series)
                : this.row(data, 'part', `<th scope="row" colspan="2">– ${escapeHtml(labels[line.column].toLowerCase())}</th>`, line.series);
        });
        return `<tbody class="totals">${rows.join('')}</tbody>`;
    }

    private looseItems(): string {
        const loose = this.model.children.filter(isItemNode);
        if (loose.length === 0) {
            return '';
        }
        const title = looseItemsHeading(this.model, this.labels);
        return `<section class="loose" data-kind="budget-items">\n<h2>${escapeHtml(title)}</h2>\n${this.table(this.itemsHead() + this.itemRows(loose))}\n</section>`;
    }

    /** All the budget's scenarios side by side: the balance per year, from minimum to maximum. */
    private scenarios(): string {
        const { labels, model } = this;
        if (model.scenarios.length === 0) {
            return '';
        }
        const rows = model.scenarios.map(scenario => {
            const verdict = rammeVerdict(scenario, labels, this.format);
            const detail = [labels.scenarioLevel(scenario.level), verdict].filter(Boolean).join('; ');
            return `<tr class="scenario" data-scenario="${escapeHtml(scenario.name)}" data-budget="drift" data-column="netto"><th scope="row" colspan="2"><span class="item-name">${escapeHtml(scenario.name)}</span><div class="owner">${escapeHtml(detail)}</div></th>${this.figures(scenario.totals.drift.netto)}</tr>`;
        });
        return `<section class="scenarios" data-kind="scenarios">\n<h2>${escapeHtml(labels.scenarios)}</h2>\n<p class="meta">${escapeHtml(labels.scenarioNote)}</p>\n`
            + this.table(this.head(labels.scenarios, '') + `<tbody>${rows.join('')}</tbody>`, labels.scenarios) + '\n</section>';
    }

    private legend(): string {
        const { labels, model } = this;
        const used = new Set(placedItems(model).flatMap(placed => placed.item.categories));
        const categories = Object.entries(labels.categories).filter(([code]) => used.has(code))
            .map(([code, text]) => `${code}: ${text}`).join(' · ');
        return `<aside class="legend">\n<p><strong>${escapeHtml(labels.legend)}.</strong> <span class="mark">(!)</span>${escapeHtml(labels.unavoidable)} &nbsp;·&nbsp; <span class="mark">*</span>${escapeHtml(labels.political)}</p>\n`
            + `<p>${escapeHtml(labels.sign)} ${escapeHtml(labels.rounding)}</p>\n`
            + (categories ? `<p>${escapeHtml(`${labels.category}: ${categories}`)}</p>\n` : '')
            + '</aside>';
    }
}

/**
 * Every outermost tema in catalogue order with its budget-year netto of the given budget. A nested
 * tema is part of its parent's figure, so beside it on the same axis it would count that money twice.
 */
function themeRows(nodes: readonly ReportNode[], depth: number, budget: BudgetName): RangeRow[] {
    return nodes.filter(isContainerNode).flatMap(node => node.kind === 'tema'
        ? [{ label: nodeTitle(node), depth, interval: node.totals[budget].netto[0] }]
        : themeRows(node.children, depth, budget));
}

/**
 * The catalogue as one self-contained HTML page: inline CSS and SVG, no script, nothing
 * fetched, printable on A4. Every text from the file is escaped. Figure cells carry their
 * exact ends (`data-period`, `data-min`, `data-max`) beside the printed figure.
 */
export function htmlReport(model: ReportModel, options: HtmlReportOptions): string {
    return new HtmlWriter(model, options).write();
}
