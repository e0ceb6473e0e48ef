import type { QuickPickItem, Uri } from 'vscode';
import { commands, env, window, workspace } from 'vscode';
import type { ReportFormat } from '@brik/language/protocol';
import { REPORT_FORMATS } from '@brik/language/protocol';
import { wordsOf } from '@brik/language/words';
import type { BrikContext } from '../brik-context.js';
import { brikDocumentUri, fileName, requestReport } from '../brik-document.js';

interface FormatItem extends QuickPickItem {
    readonly format: ReportFormat;
    readonly extension: string;
}

/** Every format of the registry, in its order, named in the user's locale. */
function formatItems(brik: BrikContext): FormatItem[] {
    const words = wordsOf(brik.configuration.locale).reportFormats;
    return REPORT_FORMATS.map(({ id, extension }) => ({ format: id, extension, label: words[id].label, description: words[id].help }));
}

/**
 * "Brik: Eksportér rapport…" (Export report…): asks for a format and a file (by default beside
 * the document, with its name) and writes the report there.
 */
export function exportReport(brik: BrikContext) {
    return async (resource?: unknown): Promise<void> => {
        const uri = brikDocumentUri(resource);
        if (!uri) return;
        const choice = await window.showQuickPick(formatItems(brik), { title: 'Eksportér rapport', placeHolder: 'Vælg et format' });
        if (!choice) return;
        let result = await requestReport(brik, uri, choice.format);
        if (result.refused) {
            // The CLI's policy (--allow-errors): a report of a file with errors only when asked for, and marked.
            const errors = result.refused.errors === 1 ? 'en fejl' : `${result.refused.errors} fejl`;
            const anyway = await window.showWarningMessage(`${fileName(uri)} har ${errors}. Eksportér alligevel? Rapporten bliver mærket som lavet af en fil med fejl.`,
                { modal: true }, 'Eksportér alligevel');
            if (!anyway) return;
            result = await requestReport(brik, uri, choice.format, true);
        }
        if (result.content === undefined) {
            void window.showErrorMessage(result.message ?? 'Filen indeholder intet budget, så der er ingen rapport.');
            return;
        }
        const target = await window.showSaveDialog({
            defaultUri: sibling(uri, choice.extension),
            filters: { [choice.label]: [choice.extension] },
            saveLabel: 'Eksportér',
            title: 'Eksportér rapport'
        });
        if (!target) return;
        // A binary format (xlsx, docx, pdf) comes as base64: its bytes, never its text.
        const bytes = result.encoding === 'base64' ? Buffer.from(result.content, 'base64') : new TextEncoder().encode(result.content);
        await workspace.fs.writeFile(target, bytes);
        const note = result.basedOnErrors ? ' Filen har fejl; rapporten er mærket med det.' : '';
        const open = await window.showInformationMessage(`Rapporten er gemt i ${fileName(target)}.${note}`, 'Åbn');
        if (open) await openReport(target, choice.format);
    };
}

/**
 * Opens an exported report as a reader would: an HTML page in the browser (the system's default
 * app for the file), not as its source; Markdown and JSON, which are read as text, in the editor.
 */
async function openReport(target: Uri, format: ReportFormat): Promise<void> {
    if (format === 'html') {
        await env.openExternal(target);
    } else {
        await commands.executeCommand('vscode.open', target);
    }
}

/** `budget.brik` → `budget.html` in the same folder. */
function sibling(uri: Uri, extension: string): Uri {
    return uri.with({ path: uri.path.replace(/\.brik$/i, '') + `.${extension}` });
}
