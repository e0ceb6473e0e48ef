import type { Locale } from '../format/format-amount.js';
import { csvReport } from './csv-report.js';
import { docxReport } from './docx-report.js';
import { htmlReport } from './html-report.js';
import { jsonReportChunks } from './json-report.js';
import { markdownReport } from './markdown-report.js';
import type { ReportFormat } from './report-formats.js';
import { reportFormatInfo } from './report-formats.js';
import type { ReportModel } from './report-model.js';
import { xlsxReport } from './xlsx-report.js';

/** A report: text, text in pieces (JSON, which may be larger than one string), or bytes. */
export type ReportOutput = string | Iterable<string> | Uint8Array;

export interface ReportWriterOptions {
    readonly locale: Locale;
    /** Told of what a format could not hold as it is (a text cut at a spreadsheet cell's limit). */
    readonly warn?: (message: string) => void;
}

/** A pure writer: (model, options) → the report. */
export type ReportWriter = (model: ReportModel, options: ReportWriterOptions) => ReportOutput | Promise<ReportOutput>;

/** The writers a host supplies for the formats this package does not write (`host` in the registry: pdf). */
export type HostWriters = Partial<Record<ReportFormat, ReportWriter>>;

/**
 * The writers of this package. The workbook's and the Word document's load their library only
 * when called, so that an editor's server never carries a spreadsheet library it is not asked for.
 */
const WRITERS: HostWriters = {
    json: model => jsonReportChunks(model),
    md: markdownReport,
    html: htmlReport,
    csv: csvReport,
    xlsx: xlsxReport,
    docx: docxReport
};

/**
 * A format that cannot be written here: the host supplied no writer for it, or its writer lacks
 * what it needs (pdf without a browser); the message says what to do instead.
 */
export class NoReportWriterError extends Error {
    constructor(readonly format: ReportFormat, message = `Formatet ${format} skrives ikke her; brug brik report --format ${format}.`) {
        super(message);
    }
}

/**
 * The report in one format, for the CLI and the language server alike. A format marked `host`
 * in the registry is written by the writer in `hostWriters`; throws NoReportWriterError without one.
 */
export async function renderReport(model: ReportModel, format: ReportFormat, options: ReportWriterOptions, hostWriters: HostWriters = {}): Promise<ReportOutput> {
    const writer = reportFormatInfo(format).host ? hostWriters[format] : WRITERS[format];
    if (!writer) {
        throw new NoReportWriterError(format);
    }
    return writer(model, options);
}

/** A text report as one string (JSON's pieces joined). */
export function reportText(output: Exclude<ReportOutput, Uint8Array>): string {
    return typeof output === 'string' ? output : [...output].join('');
}

/** Bytes as base64, without Node's Buffer: how a binary report crosses LSP. */
export function base64Of(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
}
