import type { ClientCapabilities, Diagnostic, ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import {
    ConfigurationRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, UnregistrationRequest,
    CodeLensRefreshRequest, InlayHintRefreshRequest, ShowMessageNotification, LogMessageNotification, WorkDoneProgressCreateRequest
} from 'vscode-languageserver-protocol';
import { BrowserMessageReader, BrowserMessageWriter, createProtocolConnection } from 'vscode-languageserver-protocol/browser';
import type { StartMessage } from '../protocol.js';

/** The settings the page gives the server, as the extension's `brik.*`. */
export interface BrikClientSettings {
    readonly locale: 'da' | 'en';
    readonly inlayHints: { readonly enabled: boolean };
}

/** What the page hears from the server. */
export interface BrikClientEvents {
    diagnostics(uri: string, diagnostics: Diagnostic[]): void;
    /** Inlay hints or code lenses must be asked for again (settings changed). */
    refresh(): void;
}

/**
 * A language client of Brik's server in a Web Worker, wired by hand over
 * vscode-languageserver-protocol (ARCHITECTURE.md, "The web page"): it starts the worker with
 * the catalogue's files, initialises with a workspace folder so that the server reads every file
 * of the catalogue, keeps open documents in sync, answers `workspace/configuration`, and passes
 * diagnostics on. Requests, Brik's own included, go through `connection`.
 */
export class BrikClient {
    readonly connection: ProtocolConnection;
    private readonly versions = new Map<string, number>();
    private readonly ready: Promise<void>;

    constructor(private readonly worker: Worker, files: StartMessage['files'], rootUri: string,
        private settings: BrikClientSettings, events: BrikClientEvents) {
        const start: StartMessage = { kind: 'brik-web/start', files };
        worker.postMessage(start);
        this.connection = createProtocolConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
        const connection = this.connection;
        connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => events.diagnostics(params.uri, params.diagnostics));
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => item.section === 'brik' ? this.settings : null));
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.onRequest(UnregistrationRequest.type, () => undefined);
        connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
        connection.onRequest(InlayHintRefreshRequest.type, () => events.refresh());
        connection.onRequest(CodeLensRefreshRequest.type, () => events.refresh());
        connection.onNotification(ShowMessageNotification.type, message => console.info(`Brik: ${message.message}`));
        connection.onNotification(LogMessageNotification.type, message => message.type === 1 ? console.error(message.message) : undefined);
        connection.listen();
        this.ready = this.initialize(rootUri);
    }

    private async initialize(rootUri: string): Promise<void> {
        await this.connection.sendRequest(InitializeRequest.type, {
            processId: null,
            rootUri,
            workspaceFolders: [{ uri: rootUri, name: 'katalog' }],
            capabilities: CAPABILITIES,
            locale: this.settings.locale
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
    }

    /** Resolves once the server has answered `initialize`. */
    whenReady(): Promise<void> {
        return this.ready;
    }

    async open(uri: string, text: string): Promise<void> {
        await this.ready;
        if (this.versions.has(uri)) return;
        this.versions.set(uri, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'brik', version: 1, text } });
    }

    isOpen(uri: string): boolean {
        return this.versions.has(uri);
    }

    /** The document's whole new text: Monaco's models are small enough, and a full change cannot go out of step. */
    async change(uri: string, text: string): Promise<void> {
        await this.ready;
        // A document not yet open is sent whole when it is opened.
        if (!this.versions.has(uri)) return;
        const version = (this.versions.get(uri) ?? 0) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    async changeSettings(settings: BrikClientSettings): Promise<void> {
        this.settings = settings;
        await this.ready;
        await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { brik: settings } });
    }

    dispose(): void {
        this.connection.dispose();
        this.worker.terminate();
    }
}

/** What this client can show; the server leaves out what a client does not say it supports. */
const CAPABILITIES: ClientCapabilities = {
    workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: false }, inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true } },
    textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, isPreferredSupport: true },
        rename: { prepareSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        inlayHint: {},
        codeLens: {},
        formatting: {},
        semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] }
    }
};
