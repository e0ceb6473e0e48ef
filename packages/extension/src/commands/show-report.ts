import type { Uri, WebviewPanel } from 'vscode';
import { CancellationTokenSource, ViewColumn, window, workspace } from 'vscode';
import type { BrikContext } from '../brik-context.js';
import { brikDocumentUri, fileName, requestReport } from '../brik-document.js';
import { messagePage, withContentSecurityPolicy } from '../report-html.js';

/**
 * How long the report waits after a keystroke before it asks for the report again: typing at
 * 25 ms a key makes one request, not one per key; the server itself answers a 1,000-brik
 * report in about 100 ms.
 */
const AFTER_TYPING_MS = 75;

interface Shown {
    readonly panel: WebviewPanel;
    readonly uri: Uri;
    /** The request under way, cancelled when a newer edit makes it stale. */
    request?: CancellationTokenSource;
    timer?: ReturnType<typeof setTimeout>;
    /** The page shown, so that an edit that changes no figure does not reload the webview. */
    html?: string;
}

/**
 * "Brik: Vis rapport" (Show report): the HTML report of a `.brik` document in a webview beside
 * it, one per document, made again as the document is edited (a moment after typing stops) and
 * when the locale changes. A document with errors gets its report marked as made from a file
 * with errors, as `brik report --allow-errors` makes it: the view follows the typing, and an
 * edit halfway through a line must not blank it.
 */
export function showReport(brik: BrikContext) {
    const panels = new Map<string, Shown>();

    const render = async (shown: Shown): Promise<void> => {
        shown.request?.cancel();
        const request = shown.request = new CancellationTokenSource();
        let html: string;
        try {
            const result = await requestReport(brik, shown.uri, 'html', true, request.token);
            html = result.content !== undefined
                ? withContentSecurityPolicy(result.content)
                : messagePage('Ingen rapport', result.message ?? 'Filen indeholder intet budget.');
        } catch (error) {
            if (request.token.isCancellationRequested) return;
            html = messagePage('Rapporten kunne ikke laves', error instanceof Error ? error.message : String(error));
        }
        if (request.token.isCancellationRequested || html === shown.html) return;
        shown.html = html;
        shown.panel.webview.html = html;
    };

    const renderSoon = (shown: Shown): void => {
        clearTimeout(shown.timer);
        shown.timer = setTimeout(() => void render(shown), AFTER_TYPING_MS);
    };

    brik.subscriptions.push(
        workspace.onDidChangeTextDocument(event => {
            const shown = panels.get(event.document.uri.toString());
            if (shown && event.contentChanges.length > 0) renderSoon(shown);
        }),
        workspace.onDidChangeConfiguration(event => {
            if (!brik.configuration.affects(event, 'locale')) return;
            for (const shown of panels.values()) void render(shown);
        }),
        { dispose: () => [...panels.values()].forEach(shown => shown.panel.dispose()) }
    );

    const open = (uri: Uri): Shown => {
        const key = uri.toString();
        const existing = panels.get(key);
        if (existing) {
            existing.panel.reveal(ViewColumn.Beside, true);
            return existing;
        }
        const panel = window.createWebviewPanel('brik.report', `Rapport: ${fileName(uri)}`,
            { viewColumn: ViewColumn.Beside, preserveFocus: true },
            { enableScripts: false, localResourceRoots: [], enableFindWidget: true });
        const shown: Shown = { panel, uri };
        panels.set(key, shown);
        panel.onDidDispose(() => {
            clearTimeout(shown.timer);
            shown.request?.cancel();
            panels.delete(key);
        });
        return shown;
    };

    return async (resource?: unknown): Promise<void> => {
        const uri = brikDocumentUri(resource);
        if (uri) await render(open(uri));
    };
}
