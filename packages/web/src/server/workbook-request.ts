import type { Connection } from 'vscode-languageserver';
import type { BrikServices } from '@brik/language';
import { xlsxReport } from '@brik/language';
import type { WorkbookParams, WorkbookResult } from '../protocol.js';
import { WorkbookRequest } from '../protocol.js';

/**
 * Answers `brik-web/workbook` with the report model `brik/report` renders, written by the
 * CLI's own workbook writer. `xlsxReport` imports exceljs itself when first called, so the
 * bundle keeps exceljs in a chunk of its own, fetched on the first download.
 */
export function registerWorkbookRequest(connection: Connection, Brik: BrikServices): void {
    connection.onRequest(WorkbookRequest, params => workbook(Brik, params));
}

async function workbook(Brik: BrikServices, params: WorkbookParams): Promise<WorkbookResult> {
    const made = await Brik.lsp.BrikRequestHandler.reportModel(params.uri);
    if (!made) {
        return { basedOnErrors: false, message: 'Filen indeholder ikke et budget.' };
    }
    const locale = params.locale ?? Brik.lsp.BrikSettings.locale;
    const bytes = await xlsxReport(made.model, { locale });
    return { basedOnErrors: made.basedOnErrors, base64: toBase64(bytes) };
}

function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
}
