import { RequestType } from 'vscode-languageserver-protocol';

/**
 * What the page and its worker say to each other beyond LSP and Brik's own requests
 * (`@brik/language/protocol`): the files the worker starts with, and the workbook.
 */

/** The first message the page posts to a new worker, before any LSP message: the catalogue's files. */
export interface StartMessage {
    readonly kind: 'brik-web/start';
    /** Every file of the opened folder or files, by URI (`file:///katalog/budget.brik`), as text. */
    readonly files: Readonly<Record<string, string>>;
}

export function isStartMessage(data: unknown): data is StartMessage {
    return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'brik-web/start';
}

export interface WorkbookParams {
    readonly uri: string;
    readonly locale?: 'da' | 'en';
}

export interface WorkbookResult {
    /** The .xlsx file's bytes in base64, or undefined with a message when none can be made. */
    readonly base64?: string;
    readonly message?: string;
    readonly basedOnErrors: boolean;
}

/**
 * The report as an Excel workbook. `brik/report` leaves the workbook out (an editor's server
 * carries no spreadsheet library); the page's worker loads exceljs for it when first asked.
 */
export const WorkbookRequest = new RequestType<WorkbookParams, WorkbookResult, void>('brik-web/workbook');
