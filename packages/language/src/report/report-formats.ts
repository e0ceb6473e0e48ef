/**
 * Every report format, in the order the CLI's help and the editor's export offer them: the one
 * list that commander's choices, the help text, the editor's picker, the protocol and the tests
 * derive from. A format's label and help are words (`reportFormats` in `words/`), in each locale.
 *
 * This file names the formats only, so that a client (the VS Code extension) can import it without
 * any writer; the writers are registered in `render-report.ts`.
 */
export const REPORT_FORMATS = [
    { id: 'json', extension: 'json', binary: false, host: false, mediaType: 'application/json' },
    { id: 'md', extension: 'md', binary: false, host: false, mediaType: 'text/markdown' },
    { id: 'html', extension: 'html', binary: false, host: false, mediaType: 'text/html' },
    { id: 'csv', extension: 'csv', binary: false, host: false, mediaType: 'text/csv' },
    { id: 'xlsx', extension: 'xlsx', binary: true, host: false, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    { id: 'docx', extension: 'docx', binary: true, host: false, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    // Printed by a browser on the machine: the host (the CLI) supplies its writer, so that this
    // package, which a web app bundles for the browser, loads nothing of Node's.
    { id: 'pdf', extension: 'pdf', binary: true, host: true, mediaType: 'application/pdf' }
] as const satisfies readonly ReportFormatInfo[];

export interface ReportFormatInfo {
    readonly id: string;
    /** The file extension, without its dot: `out/<name>.<extension>`. */
    readonly extension: string;
    /** Bytes, never written to a terminal and sent over LSP in base64. */
    readonly binary: boolean;
    /** Written by a writer the host supplies (`renderReport`'s `hostWriters`), not by this package. */
    readonly host: boolean;
    /** The IANA media type of a file of the format (a text format's is UTF-8), for a download. */
    readonly mediaType: string;
}

export type ReportFormat = typeof REPORT_FORMATS[number]['id'];

export const REPORT_FORMAT_IDS: readonly ReportFormat[] = REPORT_FORMATS.map(format => format.id);

/** The registry's entry of a format. */
export function reportFormatInfo(format: ReportFormat): ReportFormatInfo {
    return REPORT_FORMATS.find(entry => entry.id === format)!;
}

/** Whether a text is the id of a report format. */
export function isReportFormat(text: string): text is ReportFormat {
    return REPORT_FORMATS.some(format => format.id === text);
}
