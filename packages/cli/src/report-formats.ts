import type { HostWriters, ReportFormat, ReportModel, ReportOutput, ReportWriterOptions } from '@brik/language';
import { NoReportWriterError, REPORT_FORMATS, renderReport, reportFormatInfo, wordsOf } from '@brik/language';
import { pdfWriter } from '@brik/language/pdf';
import { UsageError } from './exit-codes.js';

export type { ReportFormat } from '@brik/language';

/** The writers the CLI supplies for the formats the language package leaves to its host: pdf, with the browser of --browser. */
function hostWriters(browser: string | undefined): HostWriters {
    return {
        pdf: pdfWriter({
            browser, nameBrowser: ', eller angiv browseren med --browser STI',
            withoutBrowser: 'Uden browser: brug --format docx (Word) eller --format html, og udskriv den som PDF.'
        })
    };
}

/** The file extension of a report written into a folder: `out/<name>.html`. */
export function reportExtension(format: ReportFormat): string {
    return `.${reportFormatInfo(format).extension}`;
}

/** Binary formats are never written to a terminal. */
export function isBinaryFormat(format: ReportFormat): boolean {
    return reportFormatInfo(format).binary;
}

/** The report in one format, written by the language package's writer or the CLI's own; exit 2 when it cannot be written (pdf without a browser). */
export async function renderCliReport(model: ReportModel, format: ReportFormat, options: ReportWriterOptions, browser?: string): Promise<ReportOutput> {
    try {
        return await renderReport(model, format, options, hostWriters(browser));
    } catch (error) {
        throw error instanceof NoReportWriterError ? new UsageError(error.message) : error;
    }
}

/** `brik report --help`'s list of formats, from the registry: `  json  brik-report/1, …`. */
export function formatsHelp(): string {
    const words = wordsOf('da').reportFormats;
    const width = Math.max(...REPORT_FORMATS.map(format => format.id.length));
    const binary = REPORT_FORMATS.filter(format => format.binary).map(format => format.id);
    return [
        ...REPORT_FORMATS.map(format => `  ${format.id.padEnd(width)}  ${words[format.id].help}`),
        `Binære formater (${binary.join(', ')}) skrives med --out eller videre i et rør, aldrig til terminalen.`
    ].join('\n');
}
