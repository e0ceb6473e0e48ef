import type { Locale } from '../format/format-amount.js';
import { csvReport } from './csv-report.js';
import { htmlReport } from './html-report.js';
import { jsonReport } from './json-report.js';
import { markdownReport } from './markdown-report.js';
import type { TextReportFormat } from './report-formats.js';
import type { ReportModel } from './report-model.js';

/**
 * A report in one of the text formats, for the CLI and the language server alike. The
 * workbook (xlsx) is made apart, so that an editor's server never carries a spreadsheet library.
 */
export function renderTextReport(model: ReportModel, format: TextReportFormat, locale: Locale): string {
    switch (format) {
        case 'json': return jsonReport(model);
        case 'md': return markdownReport(model, { locale });
        case 'html': return htmlReport(model, { locale });
        case 'csv': return csvReport(model, { locale });
    }
}
