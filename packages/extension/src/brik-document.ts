import type { CancellationToken, Uri } from 'vscode';
import { window } from 'vscode';
import type { ReportFormat, ReportResult } from '@brik/language/protocol';
import { ReportRequest } from '@brik/language/protocol';
import type { BrikContext } from './brik-context.js';

/**
 * The `.brik` document a command is about: the resource it was invoked on (explorer, editor
 * title), else the active editor's document. Says so and returns undefined when there is none.
 */
export function brikDocumentUri(resource?: unknown): Uri | undefined {
    if (isUri(resource) && resource.path.endsWith('.brik')) {
        return resource;
    }
    const document = window.activeTextEditor?.document;
    if (document?.languageId === 'brik') {
        return document.uri;
    }
    void window.showInformationMessage('Åbn en .brik-fil først.');
    return undefined;
}

/**
 * The report of a document from the server, in the user's locale. A document with errors gets
 * none (`refused`) unless `allowErrors`, as `brik report` without `--allow-errors`.
 */
export function requestReport(brik: BrikContext, uri: Uri, format: ReportFormat, allowErrors = false, token?: CancellationToken): Promise<ReportResult> {
    return brik.client.sendRequest(ReportRequest, {
        uri: brik.client.code2ProtocolConverter.asUri(uri),
        format,
        locale: brik.configuration.locale,
        allowErrors
    }, token);
}

/** `budget.brik` for `file:///…/budget.brik`. */
export function fileName(uri: Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function isUri(value: unknown): value is Uri {
    return typeof value === 'object' && value !== null && 'scheme' in value && 'path' in value;
}
