import type { Uri, WebviewPanel } from 'vscode';
import { ViewColumn, window, workspace } from 'vscode';
import type { BrikContext } from '../brik-context.js';
import { brikDocumentUri, fileName, requestReport } from '../brik-document.js';
import { messagePage, withContentSecurityPolicy } from '../report-html.js';

/**
 * "Brik: Vis rapport" (Show report): the HTML report of a `.brik` document in a webview beside
 * it, one per document, made again when the document is saved or the locale changes.
 */
export function showReport(brik: BrikContext) {
    const panels = new Map<string, { panel: WebviewPanel; uri: Uri }>();

    const render = async (panel: WebviewPanel, uri: Uri): Promise<void> => {
        try {
            const result = await requestReport(brik, uri, 'html');
            panel.webview.html = result.content !== undefined
                ? withContentSecurityPolicy(result.content)
                : messagePage('Ingen rapport', result.message ?? 'Filen indeholder intet budget.');
        } catch (error) {
            panel.webview.html = messagePage('Rapporten kunne ikke laves', error instanceof Error ? error.message : String(error));
        }
    };

    brik.subscriptions.push(
        workspace.onDidSaveTextDocument(document => {
            const shown = panels.get(document.uri.toString());
            if (shown) void render(shown.panel, shown.uri);
        }),
        workspace.onDidChangeConfiguration(event => {
            if (!brik.configuration.affects(event, 'locale')) return;
            for (const shown of panels.values()) void render(shown.panel, shown.uri);
        }),
        { dispose: () => [...panels.values()].forEach(shown => shown.panel.dispose()) }
    );

    const open = (uri: Uri): WebviewPanel => {
        const key = uri.toString();
        const existing = panels.get(key);
        if (existing) {
            existing.panel.reveal(ViewColumn.Beside, true);
            return existing.panel;
        }
        const panel = window.createWebviewPanel('brik.report', `Rapport: ${fileName(uri)}`,
            { viewColumn: ViewColumn.Beside, preserveFocus: true },
            { enableScripts: false, localResourceRoots: [], enableFindWidget: true });
        panels.set(key, { panel, uri });
        panel.onDidDispose(() => panels.delete(key));
        return panel;
    };

    return async (resource?: unknown): Promise<void> => {
        const uri = brikDocumentUri(resource);
        if (uri) await render(open(uri), uri);
    };
}
