// Loaded when a Word document is written: the docx library is large, and most runs never write one.
import type * as Docx from 'docx';
import type { AmountFormat, Locale } from '../format/format-amount.js';
import { formatInterval } from '../format/format-amount.js';
import type { Interval } from '../evaluation/interval.js';
import type { BudgetName, Series } from '../evaluation/totals.js';
import { isZeroSeries } from '../evaluation/totals.js';
import type { Words } from '../words/words.js';
import { wordsOf } from '../words/words.js';
import type { ReportModel, ReportNode } from './report-model.js';
import type { ItemLineRow, PrintedPeriod } from './report-structure.js';
import {
    amountFormatOf, budgetsWithMoney, isContainerNode, isItemNode, itemBudgets, itemKindWord, itemLineRows, looseItemsHeading,
    nodeTitle, placedItems, printedIntervals, rammeVerdict, reportPeriods, subtotalLines, summaryRows
} from './report-structure.js';

export interface DocxReportOptions {
    readonly locale: Locale;
}

/** The one table style every table takes, so that an analyst's own template can restyle them all. */
export const TABLE_STYLE = 'BrikTabel';

/** A4 in twips (1/20 pt), with 2 cm margins. */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134 };
/** Table text is 9 pt: about 100 twips a digit, and room for the cell's margins. */
const DIGIT = 118;
const CELL_PADDING = 320;
const FONT_SIZE = 18;
const NAME_WIDTH = 2_835;

/**
 * The table style, in WordprocessingML: thin rules, a bold header row repeated on each page, 9 pt.
 * Named, so that Word's "Table Design" and a template can change every table at once.
 */
const TABLE_STYLE_XML = `<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE}">`
    + `<w:name w:val="Brik tabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>`
    + '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
    + '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:color="1F2933"/><w:bottom w:val="single" w:sz="8" w:color="1F2933"/>'
    + '<w:insideH w:val="single" w:sz="4" w:color="C5CDD5"/></w:tblBorders>'
    + '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    + '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="56616C"/></w:rPr><w:tblPr/><w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="8" w:color="1F2933"/></w:tcBorders></w:tcPr></w:tblStylePr>'
    + '</w:style>';

/**
 * Word's built-in Title and Heading 1–6, by their built-in ids and names, so that Word's navigation
 * pane, its table of contents and an analyst's template know them; given a look here for programs
 * (LibreOffice) that have no built-in one.
 */
const HEADING_STYLES: Docx.IParagraphStyleOptions[] = [
    { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 40, bold: true, color: '1F2933' }, paragraph: { spacing: { after: 120 } } },
    ...[32, 26, 23, 21, 21, 21].map((size, i): Docx.IParagraphStyleOptions => ({
        id: `Heading${i + 1}`, name: `heading ${i + 1}`, basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { size, bold: true, color: i < 2 ? '23476A' : '1F2933' },
        paragraph: { keepNext: true, outlineLevel: i, spacing: { before: i === 0 ? 360 : 240, after: 80 } }
    }))
];

class DocxWriter {
    private readonly labels: Words;
    private readonly format: AmountFormat;
    private readonly periods: readonly PrintedPeriod[];
    private readonly budgets: readonly BudgetName[];
    private readonly landscape: boolean;
    private readonly figureWidth: number;
    private readonly blocks: Array<Docx.Paragraph | Docx.Table> = [];

    constructor(private readonly docx: typeof Docx, private readonly model: ReportModel, options: DocxReportOptions) {
        this.labels = wordsOf(options.locale);
        this.format = amountFormatOf(model, options.locale);
        this.periods = reportPeriods(model, this.labels);
        this.budgets = budgetsWithMoney(model.totals);
        const widest = Math.max(4, ...this.periods.map(period => period.label.length), ...this.widestFigures());
        // Names keep at least 5 cm (2835 twips) beside the figures, else the page turns; on a
        // landscape page too narrow still, the figures share what is left.
        const wanted = widest * DIGIT + CELL_PADDING;
        this.landscape = this.periods.length * wanted + NAME_WIDTH > PAGE.width - 2 * PAGE.margin;
        this.figureWidth = Math.min(wanted, Math.floor((this.textWidth - NAME_WIDTH) / Math.max(this.periods.length, 1)));
    }

    /** The widest printed figure of the budget's totals and items: every figure column gets that width. */
    private widestFigures(): number[] {
        const series = [
            ...this.budgets.flatMap(budget => [this.model.totals[budget].netto, this.model.totals[budget].opdrift, this.model.totals[budget].finansiering]),
            ...placedItems(this.model).flatMap(({ item }) => [item.totals.drift.netto, item.totals.anlæg.netto, ...Object.values(item.lines ?? {})])
        ];
        return series.flatMap(s => printedIntervals(s, this.periods, this.model.header.years).map(interval => formatInterval(interval, this.format).length));
    }

    async write(): Promise<Uint8Array> {
        const { docx, model, labels } = this;
        this.title();
        if (model.basedOnErrors) {
            this.errors();
        }
        this.summary();
        model.children.filter(isContainerNode).forEach(node => this.container(node, 1));
        const loose = model.children.filter(isItemNode);
        if (loose.length > 0) {
            this.heading(looseItemsHeading(model, labels), 1);
            loose.forEach(item => this.item(item, 2));
        }
        this.scenarios();
        this.paragraph(`(!) ${labels.unavoidable} · * ${labels.political} · ${labels.sign} ${labels.rounding}`, { size: FONT_SIZE, color: '56616C' });
        // docx turns the page itself for a landscape orientation: the size is given upright.
        const pageSize = { width: PAGE.width, height: PAGE.height, orientation: this.landscape ? docx.PageOrientation.LANDSCAPE : docx.PageOrientation.PORTRAIT };
        const document = new docx.Document({
            creator: 'Brik',
            title: model.name,
            description: model.basedOnErrors ? labels.basedOnErrors : labels.ofBrik,
            styles: {
                default: { document: { run: { font: 'Calibri', size: 21 } } },
                paragraphStyles: HEADING_STYLES,
                importedStyles: [docx.ImportedXmlComponent.fromXmlString(TABLE_STYLE_XML)]
            },
            sections: [{
                properties: { page: { size: pageSize, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
                headers: { default: new docx.Header({ children: [new docx.Paragraph({ children: [new docx.TextRun({ text: model.name, size: 16, color: '56616C' })] })] }) },
                footers: {
                    default: new docx.Footer({
                        children: [new docx.Paragraph({
                            alignment: docx.AlignmentType.RIGHT,
                            children: [new docx.TextRun({ size: 16, color: '56616C', children: [`${labels.page[0]} `, docx.PageNumber.CURRENT, ` ${labels.page[1]} `, docx.PageNumber.TOTAL_PAGES] })]
                        })]
                    })
                },
                children: this.blocks
            }]
        });
        return new Uint8Array(await docx.Packer.toArrayBuffer(document));
    }

    private paragraph(text: string, run: Partial<Docx.IRunOptions> = {}, keepNext = false): void {
        this.blocks.push(new this.docx.Paragraph({ keepNext, children: [new this.docx.TextRun({ text, ...run })] }));
    }

    /** A heading in Word's own heading styles (Heading 1 to 6), which a template and the navigation pane know. */
    private heading(text: string, level: number): void {
        const levels = [this.docx.HeadingLevel.HEADING_1, this.docx.HeadingLevel.HEADING_2, this.docx.HeadingLevel.HEADING_3,
            this.docx.HeadingLevel.HEADING_4, this.docx.HeadingLevel.HEADING_5, this.docx.HeadingLevel.HEADING_6];
        this.blocks.push(new this.docx.Paragraph({ heading: levels[Math.min(level, 6) - 1], keepNext: true, children: [new this.docx.TextRun(text)] }));
    }

    private title(): void {
        const { model, labels } = this;
        this.blocks.push(new this.docx.Paragraph({ heading: this.docx.HeadingLevel.TITLE, children: [new this.docx.TextRun(model.name)] }));
        const unit = model.header.unit ? labels.amountsIn(model.header.unit.label) : undefined;
        const priceLevel = model.header.priceLevel !== undefined ? labels.priceLevel(model.header.priceLevel) : undefined;
        const restated = model.restatedFrom !== undefined ? labels.restatedFrom(model.restatedFrom) : undefined;
        const shown = model.scenario !== undefined ? labels.scenarioShown(model.scenario) : undefined;
        this.paragraph([shown, unit, priceLevel, restated, labels.period(model.header.years), labels.brikker(model.brikCount)].filter(Boolean).join(' · '), { color: '56616C' });
    }

    /** At the top: that the report rests on errors, and which (file, line, message). */
    private errors(): void {
        const { model, labels } = this;
        this.paragraph(labels.basedOnErrors, { bold: true, color: '7D1B1B' });
        if (model.errors.length > 0) {
            this.paragraph(labels.errorsListed(model.errors.length), { color: '7D1B1B' });
            for (const error of model.errors) {
                this.blocks.push(new this.docx.Paragraph({ bullet: { level: 0 }, children: [new this.docx.TextRun({ text: labels.errorAt(error.file, error.line, error.message), color: '7D1B1B' })] }));
            }
        }
    }

    /**
     * A figure's runs: a minus sign as Word's non-breaking hyphen and the dash of a range joined to
     * its ends (word joiners), so that a range and a negative figure never break across lines.
     */
    private figureRuns(interval: Interval, bold: boolean): Docx.ParagraphChild[] {
        const text = formatInterval(interval, this.format).replace(/–/g, '\u2060–\u2060').replace(/ /g, '\u00A0');
        const children: Array<string | Docx.NoBreakHyphen> = [];
        text.split('-').forEach((part, i) => {
            if (i > 0) {
                children.push(new this.docx.NoBreakHyphen());
            }
            if (part) {
                children.push(part);
            }
        });
        return [new this.docx.TextRun({ bold, size: FONT_SIZE, children })];
    }

    /** `keepNext`: the row stays on the page of the row after it (Word's "keep with next"). */
    private cell(children: Docx.ParagraphChild[], right: boolean, width: number, span = 1, keepNext = false): Docx.TableCell {
        return new this.docx.TableCell({
            columnSpan: span,
            width: { size: width, type: this.docx.WidthType.DXA },
            children: [new this.docx.Paragraph({ alignment: right ? this.docx.AlignmentType.RIGHT : this.docx.AlignmentType.LEFT, keepNext, children })]
        });
    }

    private text(text: string, bold = false): Docx.ParagraphChild[] {
        return [new this.docx.TextRun({ text, bold, size: FONT_SIZE })];
    }

    private get textWidth(): number {
        return (this.landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
    }

    private get labelWidth(): number {
        return this.textWidth - this.periods.length * this.figureWidth;
    }

    /**
     * A table of figures: a header row repeated on each page, rows never split, in the named style.
     * Each row but the last keeps with the next, so that a table shorter than a page is never
     * parted from its Samlet or I alt row.
     */
    private table(first: string, rows: ReadonlyArray<{ readonly label: string; readonly series: Series; readonly bold?: boolean }>): void {
        const { docx } = this;
        const header = new docx.TableRow({
            tableHeader: true,
            cantSplit: true,
            children: [this.cell(this.text(first, true), false, this.labelWidth, 1, true), ...this.periods.map(period => this.cell(this.text(period.label, true), true, this.figureWidth, 1, true))]
        });
        const body = rows.map((row, i) => {
            const keepNext = i < rows.length - 1;
            return new docx.TableRow({
                cantSplit: true,
                children: [
                    this.cell(this.text(row.label, row.bold), false, this.labelWidth, 1, keepNext),
                    ...printedIntervals(row.series, this.periods, this.model.header.years).map(interval => this.cell(this.figureRuns(interval, row.bold ?? false), true, this.figureWidth, 1, keepNext))
                ]
            });
        });
        this.blocks.push(new docx.Table({
            style: TABLE_STYLE,
            width: { size: this.textWidth, type: docx.WidthType.DXA },
            columnWidths: [this.labelWidth, ...this.periods.map(() => this.figureWidth)],
            layout: docx.TableLayoutType.FIXED,
            rows: [header, ...body]
        }));
        this.blocks.push(new docx.Paragraph({ children: [] }));
    }

    /** The summary with every subtotal: each budget's kinds and its netto (the balance), and årsværk. */
    private summary(): void {
        const { labels, model } = this;
        this.heading(labels.summary, 1);
        for (const budget of this.budgets) {
            const columns = model.totals[budget];
            this.table(labels[budget], [
                ...summaryRows(budget, columns, labels).map(row => ({ label: row.label, series: row.series })),
                { label: budget === 'drift' ? labels.balance : labels.netto, series: columns.netto, bold: true }
            ]);
        }
        if (!isZeroSeries(model.totals.årsværk)) {
            this.table(labels.staff, [{ label: labels.staff, series: model.totals.årsværk }]);
        }
    }

    /** An område or tema: its heading with the tema's number, its members in written order, its I alt. */
    private container(node: ReportNode, level: number): void {
        this.heading(nodeTitle(node), level);
        for (const child of node.children) {
            if (isItemNode(child)) {
                this.item(child, level + 1);
            } else {
                this.container(child, level + 1);
            }
        }
        this.table('', subtotalLines(node, this.budgets).map(line => ({
            label: line.budget !== this.budgets[0] ? this.labels.anlaegTotal
                : line.column === 'netto' ? this.labels.total(nodeTitle(node)) : `– ${this.labels[line.column].toLowerCase()}`,
            series: line.series,
            bold: line.budget === this.budgets[0] && line.column === 'netto'
        })));
    }

    /**
     * A brik as the catalogues print it: its name and marks, virksomhed, kategori, each note a
     * paragraph, and its own table "Økonomisk konsekvens": a row per kind of line, and Samlet.
     */
    private item(item: ReportNode, level: number): void {
        const { labels } = this;
        const marks = `${item.marks.includes('uomgængelig') ? '(!) ' : ''}${item.name}${item.marks.includes('politisk') ? ' *' : ''}`;
        this.heading(marks, level);
        const facts = [
            [labels.kind, itemKindWord(item, this.budgets, labels)],
            [labels.owner, item.owner],
            [labels.category, item.categories.map(code => labels.categories[code] ?? code).join(', ')]
        ].filter((fact): fact is [string, string] => Boolean(fact[1]));
        for (const [what, value] of facts) {
            this.blocks.push(new this.docx.Paragraph({ keepNext: true, children: [new this.docx.TextRun({ text: `${what}: `, bold: true }), new this.docx.TextRun(value)] }));
        }
        if (item.unavoidablePart) {
            this.paragraph(labels.unavoidablePart(formatInterval(item.unavoidablePart, this.format)), {}, true);
        }
        for (const note of item.notes) {
            this.paragraph(note, {}, true);
        }
        // Samlet adds up the lines above it, those of the brik's leading budget; its anlæg (beside a
        // drift brik) and årsværk, which Samlet does not count, stand below it.
        const [lead] = itemBudgets(item, this.budgets);
        const lines = itemLineRows(item, labels);
        const row = (line: ItemLineRow) => ({ label: line.label, series: line.series });
        this.table(labels.consequence, [
            ...lines.filter(line => line.budget === lead).map(row),
            { label: labels.lineTotal, series: item.totals[lead].netto, bold: true },
            ...lines.filter(line => line.budget !== lead).map(row)
        ]);
    }

    /** Each scenario with its balance per year, its niveau and the ramme it keeps or exceeds. */
    private scenarios(): void {
        const { labels, model } = this;
        if (model.scenarios.length === 0) {
            return;
        }
        this.heading(labels.scenarios, 1);
        this.paragraph(labels.scenarioNote);
        for (const scenario of model.scenarios) {
            this.heading(scenario.name, 2);
            this.paragraph([labels.scenarioLevel(scenario.level), rammeVerdict(scenario, labels, this.format)].filter(Boolean).join('; '), {}, true);
            this.table(labels.balance, [{ label: labels.balance, series: scenario.totals.drift.netto, bold: true }]);
        }
    }
}

/**
 * The catalogue as a Word document, laid out as the catalogues are (§9): the title, unit, price
 * level and years; the summary with every subtotal; a heading per område and tema; per brik its
 * name and marks, virksomhed, kategori, notes and its own table; each container's I alt; the
 * scenarios. Word's built-in heading styles and one named table style (`BrikTabel`), a header
 * with the catalogue's name and a footer "Side X af Y". A pure writer: (model, options) → bytes.
 */
export async function docxReport(model: ReportModel, options: DocxReportOptions): Promise<Uint8Array> {
    const docx = await import('docx');
    return new DocxWriter(docx, model, options).write();
}
