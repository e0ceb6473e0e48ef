import type { ReportFormatInfo } from '@brik/language/protocol';
import { REPORT_FORMATS } from '@brik/language/protocol';

/**
 * The report formats the page offers as downloads, in the registry's order: every format the
 * language server writes itself (`brik/report`; a binary one comes in base64). A format whose
 * writer the host supplies (pdf, printed by a browser) is left out: the page prints the report
 * through the browser's own print.
 */
export const DOWNLOAD_FORMATS: readonly ReportFormatInfo[] = REPORT_FORMATS.filter(format => !format.host);

/** The bytes or text of a report as `brik/report` sends it, as a file to download. */
export function reportBlob(format: ReportFormatInfo, content: string, encoding: 'text' | 'base64' | undefined): Blob {
    return encoding === 'base64'
        ? new Blob([Uint8Array.from(atob(content), c => c.charCodeAt(0))], { type: format.mediaType })
        : new Blob([content], { type: `${format.mediaType};charset=utf-8` });
}
