import type { Locale, ReportModel } from '@brik/language';
import { jsonReportChunks, renderTextReport, TEXT_REPORT_FORMATS, xlsxReport } from '@brik/language';

/** The text formats the language package renders, then the workbook. */
export const REPORT_FORMATS = [...TEXT_REPORT_FORMATS, 'xlsx'] as const;
export type ReportFormat = typeof REPORT_FORMATS[number];

/** The file extension of a report written into a folder: `out/<name>.html`. */
export function reportExtension(format: ReportFormat): string {
    return `.${format}`;
}

/** Binary formats are never written to a terminal. */
export function isBinaryFormat(format: ReportFormat): boolean {
    return format === 'xlsx';
}

/** The report in one format: text (JSON in pieces, as it may be larger than one string), or the bytes of a workbook. */
export async function renderReport(model: ReportModel, format: ReportFormat, locale: Locale): Promise<string | Uint8Array | Iterable<string>> {
    if (format === 'json') {
        return jsonReportChunks(model);
    }
    return format === 'xlsx' ? xlsxReport(model, { locale }) : renderTextReport(model, format, locale);
}
