import type { Location, Position } from 'vscode-languageserver-protocol';
import { RequestType } from 'vscode-languageserver-protocol';
import type { ReportFormat } from '../report/report-formats.js';

export type { ReportFormat };
export { REPORT_FORMATS, reportFormatInfo } from '../report/report-formats.js';
export type { ReportFormatInfo } from '../report/report-formats.js';

/**
 * Brik's own requests beyond LSP, declared once for the server and every client (the VS Code
 * extension imports this file alone, through `@brik/language/protocol`).
 */

export interface BalanceParams {
    readonly uri: string;
}

export interface BalanceResult {
    /** The budget's name; undefined when the document holds no budget. */
    readonly budget?: string;
    /**
     * The budget the figure is of: `drift` (the balance), or `anlæg` for a budget where only anlæg
     * holds money (an investeringsoversigt), whose figure is then its anlæg netto. Undefined: drift.
     */
    readonly of?: 'drift' | 'anlæg';
    /** The balance (drift netto), or the anlæg netto, in the budget year, formatted for the user's locale: `48,9–121,5`. */
    readonly text?: string;
    readonly year?: number;
    readonly unit?: string;
    /** True when the range is entirely ≤ 0 (room left), false when it may be a deficit; undefined for anlæg, or when unknown. */
    readonly balanced?: boolean;
    /** True when the figure rests on an amount that cannot be read: `text` is then the word for unknown (`ukendt`). */
    readonly unknown?: boolean;
    readonly errors: number;
}

/** The balance of the budget in a document, for a status bar. */
export const BalanceRequest = new RequestType<BalanceParams, BalanceResult, void>('brik/balance');

export interface ReportParams {
    readonly uri: string;
    readonly format: ReportFormat;
    readonly locale?: 'da' | 'en';
    /**
     * Make the report though the budget or a file it includes has errors, marked as made from a
     * file with errors: `brik report --allow-errors`. Without it such a report is refused
     * (`refused`), as the CLI refuses it (reportRefused).
     */
    readonly allowErrors?: boolean;
}

export interface ReportResult {
    /** The report, or undefined with a message when none can be made; a binary format's bytes in base64. */
    readonly content?: string;
    /** How `content` is written: `base64` for a binary format (registry's `binary`), else text. */
    readonly encoding?: 'text' | 'base64';
    readonly message?: string;
    readonly basedOnErrors: boolean;
    /** Refused for errors (see ReportParams.allowErrors): how many, for the question whether to make it anyway. */
    readonly refused?: { readonly errors: number };
}

/** A report of the budget in a document, made by the same writers as `brik report`. */
export const ReportRequest = new RequestType<ReportParams, ReportResult, void>('brik/report');

/**
 * The client command a container's code lens runs: show the items it holds where the lens is
 * (VS Code: a peek list, `editor.action.showReferences`). Its arguments are LSP values: the
 * document's URI, the lens's position, the items' locations.
 */
export const SHOW_ITEMS_COMMAND = 'brik.showItems';
export type ShowItemsArguments = [uri: string, position: Position, locations: Location[]];
