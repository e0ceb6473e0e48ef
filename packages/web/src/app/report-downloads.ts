import type { ReportFormat } from '@brik/language/protocol';

/**
 * The report formats the page offers as downloads, in the order of the menu: the one list the
 * download menu is built from. Text formats come from the server's `brik/report`; the workbook
 * from the worker's `brik-web/workbook`, which loads exceljs on the first download. When
 * `@brik/language` has a report-format registry, this list is to be derived from it.
 */
export interface DownloadFormat {
    /** The file's extension, and the menu's label. */
    readonly extension: string;
    readonly mime: string;
    readonly made: { readonly by: 'report'; readonly format: ReportFormat } | { readonly by: 'workbook' };
}

export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [
    { extension: 'html', mime: 'text/html;charset=utf-8', made: { by: 'report', format: 'html' } },
    { extension: 'md', mime: 'text/markdown;charset=utf-8', made: { by: 'report', format: 'md' } },
    { extension: 'csv', mime: 'text/csv;charset=utf-8', made: { by: 'report', format: 'csv' } },
    { extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', made: { by: 'workbook' } },
    { extension: 'json', mime: 'application/json;charset=utf-8', made: { by: 'report', format: 'json' } }
];
