import type { Disposable, TextDocument } from 'vscode';
import { languages, MarkdownString, StatusBarAlignment, window, workspace } from 'vscode';
import type { BalanceResult } from '@brik/language/protocol';
import { BalanceRequest } from '@brik/language/protocol';
import { statusText, tooltipLines } from './balance-text.js';
import type { BrikContext } from './brik-context.js';

/** How long typing must pause before the balance is asked for again. */
const EDIT_DELAY_MS = 400;

/**
 * The balance of the active `.brik` editor's budget in the budget year, in the status bar:
 * `Balance 2024: 48,9–121,5 mio. kr.`. Asked for on editor change and save, after a pause in
 * typing, and when the document's diagnostics change; hidden for other editors.
 */
export class BalanceStatus implements Disposable {
    private readonly item = window.createStatusBarItem('brik.balance', StatusBarAlignment.Left, 100);
    private readonly disposables: Disposable[] = [this.item];
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Counts requests, so that an answer overtaken by a newer request is dropped. */
    private generation = 0;

    constructor(private readonly brik: BrikContext) {
        this.item.name = 'Brik: balance';
        this.item.command = 'brik.showReport';
        this.disposables.push(
            window.onDidChangeActiveTextEditor(() => this.schedule(0)),
            workspace.onDidSaveTextDocument(document => this.isActive(document) && this.schedule(0)),
            workspace.onDidChangeTextDocument(event => this.isActive(event.document) && this.schedule(EDIT_DELAY_MS)),
            languages.onDidChangeDiagnostics(event => {
                const active = this.activeDocument();
                if (active && event.uris.some(uri => uri.toString() === active.uri.toString())) this.schedule(EDIT_DELAY_MS);
            }),
            workspace.onDidChangeConfiguration(event => brik.configuration.affects(event, 'locale') && this.schedule(EDIT_DELAY_MS))
        );
        this.schedule(0);
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.generation++;
        this.disposables.forEach(d => d.dispose());
    }

    private schedule(delay: number): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), delay);
    }

    private async update(): Promise<void> {
        const generation = ++this.generation;
        const document = this.activeDocument();
        if (!document) {
            this.item.hide();
            return;
        }
        let result: BalanceResult | undefined;
        try {
            result = await this.brik.client.sendRequest(BalanceRequest, { uri: this.brik.client.code2ProtocolConverter.asUri(document.uri) });
        } catch {
            result = undefined;
        }
        if (generation !== this.generation) return;
        if (result?.text === undefined) {
            this.item.hide();
            return;
        }
        const locale = this.brik.configuration.locale;
        this.item.text = statusText(result, locale);
        this.item.tooltip = new MarkdownString(tooltipLines(result, locale).join('\n\n'), true);
        this.item.show();
    }

    private activeDocument(): TextDocument | undefined {
        const document = window.activeTextEditor?.document;
        return document?.languageId === 'brik' ? document : undefined;
    }

    private isActive(document: TextDocument): boolean {
        return document === this.activeDocument();
    }
}
