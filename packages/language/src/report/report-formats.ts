/**
 * The report formats that are text, in the order the CLI offers them: what the language server
 * renders on request (BrikReportRequest) and `brik report --format` besides the workbook.
 */
export const TEXT_REPORT_FORMATS = ['json', 'md', 'html', 'csv'] as const;
export type TextReportFormat = typeof TEXT_REPORT_FORMATS[number];
