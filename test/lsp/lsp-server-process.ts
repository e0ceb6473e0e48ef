import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
    CodeAction, Command, CompletionItem, CompletionList, Diagnostic, FormattingOptions, Hover, InlayHint,
    MessageConnection, Position, PublishDiagnosticsParams, Range, TextEdit
} from 'vscode-languageserver-protocol/node';
import {
    CodeActionRequest, CompletionRequest, ConfigurationRequest, createMessageConnection, DidChangeConfigurationNotification,
    DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
    DocumentFormattingRequest, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest, InlayHintRequest,
    PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    UnregistrationRequest
} from 'vscode-languageserver-protocol/node';
import { NODE, ROOT } from '../support/run-brik.js';

/** The language server as the VS Code extension ships it. */
export const SERVER_BUNDLE = path.join(ROOT, 'packages/extension/out/language-server.cjs');

/** The `brik.*` settings, as VS Code sends them for the section `brik`. */
export interface BrikSettings {
    inlayHints?: { enabled?: boolean };
    locale?: 'da' | 'en';
    trace?: { server?: 'off' | 'messages' | 'verbose' };
}

export const DEFAULT_SETTINGS: BrikSettings = { inlayHints: { enabled: true }, locale: 'da', trace: { server: 'off' } };

export interface StartOptions {
    /** A folder the server is told is the workspace (it then reads the .brik files in it). */
    readonly workspaceFolder?: string;
    readonly settings?: BrikSettings;
    /** How long a wait for the server may take before the test fails. */
    readonly timeoutMs?: number;
    /** Flags after `--stdio`, as an editor's configuration may give them. */
    readonly serverArgs?: readonly string[];
}

interface Waiter {
    readonly check: () => boolean;
    readonly reject: (error: Error) => void;
}

export function fileUri(file: string): string {
    return pathToFileURL(file).href;
}

/**
 * The bundled Brik language server as a separate process (`node language-server.cjs --stdio`),
 * driven by a real JSON-RPC/LSP connection over its standard input and output. Waits are on
 * conditions (a notification that satisfies a predicate), bounded by a timeout that fails the
 * test; there are no fixed sleeps.
 */
export class LspServerProcess {
    private readonly published = new Map<string, PublishDiagnosticsParams[]>();
    private readonly versions = new Map<string, number>();
    private readonly waiters = new Set<Waiter>();
    private stderr = '';
    private exited: string | undefined;

    private constructor(
        private readonly child: ChildProcessWithoutNullStreams,
        readonly connection: MessageConnection,
        private settings: BrikSettings,
        private readonly timeoutMs: number
    ) {
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => { this.stderr = (this.stderr + chunk).slice(-10_000); });
        child.on('exit', (code, signal) => {
            this.exited = `the server exited (code ${code}, signal ${signal})`;
            this.fail(new Error(`${this.exited}${this.stderrTail()}`));
        });
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            const list = this.published.get(params.uri) ?? [];
            list.push(params);
            this.published.set(params.uri, list);
            this.notify();
        });
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => this.setting(item.section)));
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.onRequest(UnregistrationRequest.type, () => undefined);
        // window/workDoneProgress/create and anything else a server may ask an editor.
        connection.onRequest(() => null);
        connection.onNotification(() => undefined);
        connection.listen();
    }

    /** Starts the server and completes the initialize handshake; kills it if that fails. */
    static async start(options: StartOptions = {}): Promise<LspServerProcess> {
        if (!existsSync(SERVER_BUNDLE)) {
            throw new Error(`${path.relative(ROOT, SERVER_BUNDLE)} is missing: run \`npm run build\` first`);
        }
        const child = spawn(NODE, [SERVER_BUNDLE, '--stdio', ...options.serverArgs ?? []], { cwd: ROOT, stdio: 'pipe' });
        const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        const server = new LspServerProcess(child, connection, options.settings ?? DEFAULT_SETTINGS, options.timeoutMs ?? 20_000);
        try {
            const folder = options.workspaceFolder;
            await server.within(connection.sendRequest(InitializeRequest.type, {
                processId: process.pid,
                rootUri: folder ? fileUri(folder) : null,
                workspaceFolders: folder ? [{ uri: fileUri(folder), name: path.basename(folder) }] : null,
                capabilities: {
                    workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
                    textDocument: {
                        synchronization: { didSave: true },
                        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
                        hover: { contentFormat: ['markdown', 'plaintext'] },
                        completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true } },
                        codeAction: {
                            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } },
                            isPreferredSupport: true, dataSupport: true
                        },
                        inlayHint: {},
                        formatting: {},
                        rename: { prepareSupport: true },
                        documentSymbol: { hierarchicalDocumentSymbolSupport: true }
                    }
                }
            }), 'initialize');
            await connection.sendNotification(InitializedNotification.type, {});
            return server;
        } catch (error) {
            server.kill();
            throw error;
        }
    }

    open(uri: string, text: string): void {
        this.versions.set(uri, 1);
        void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'brik', version: 1, text } });
    }

    /** Changes one range of the document, as an editor with incremental sync sends a keystroke. */
    edit(uri: string, range: Range, text: string): void {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    }

    /** The server's process id, to read its memory from /proc. */
    get pid(): number {
        return this.child.pid!;
    }

    /** Replaces the document's whole text, as an editor with full sync does. */
    change(uri: string, text: string): void {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    close(uri: string): void {
        this.versions.delete(uri);
        void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }

    /** Changes `brik.*` as VS Code does when the user edits the settings. */
    configure(settings: BrikSettings): void {
        this.settings = settings;
        void this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { brik: settings } });
    }

    /** How many times diagnostics have been published for a document: a mark for `diagnostics`. */
    publications(uri: string): number {
        return this.published.get(uri)?.length ?? 0;
    }

    /**
     * The diagnostics of the first publication for `uri` after the `since`-th one that satisfies
     * `until` (any publication, by default).
     */
    diagnostics(uri: string, options: { since?: number; until?: (diagnostics: Diagnostic[]) => boolean; what?: string } = {}): Promise<Diagnostic[]> {
        const since = options.since ?? 0;
        const until = options.until ?? (() => true);
        const find = () => this.published.get(uri)?.slice(since).find(p => until(p.diagnostics))?.diagnostics;
        return this.waitFor(find, options.what ?? `diagnostics for ${uri}`);
    }

    request<R>(method: string, params: unknown): Promise<R> {
        return this.within(this.connection.sendRequest<R>(method, params), method);
    }

    hover(uri: string, position: Position): Promise<Hover | null> {
        return this.within(this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), 'textDocument/hover');
    }

    inlayHints(uri: string, range: Range): Promise<InlayHint[] | null> {
        return this.within(this.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range }), 'textDocument/inlayHint');
    }

    completion(uri: string, position: Position): Promise<CompletionItem[] | CompletionList | null> {
        return this.within(this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }), 'textDocument/completion');
    }

    codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<Array<Command | CodeAction> | null> {
        return this.within(this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } }), 'textDocument/codeAction');
    }

    formatting(uri: string, options: FormattingOptions = { tabSize: 2, insertSpaces: true }): Promise<TextEdit[] | null> {
        return this.within(this.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options }), 'textDocument/formatting');
    }

    /** shutdown and exit, as an editor closes a server; kills it if it does not exit in time. */
    async stop(): Promise<void> {
        if (this.exited) return;
        const exit = new Promise<void>(resolve => this.child.once('exit', () => resolve()));
        try {
            await this.within(this.connection.sendRequest(ShutdownRequest.type), 'shutdown');
            await this.connection.sendNotification(ExitNotification.type);
            await this.within(exit, 'exit after the exit notification');
        } finally {
            this.kill();
        }
    }

    kill(): void {
        this.connection.dispose();
        if (this.child.exitCode === null && this.child.signalCode === null) {
            this.child.kill('SIGKILL');
        }
    }

    private setting(section: string | undefined): unknown {
        if (section === 'brik') return this.settings;
        if (section?.startsWith('brik.')) {
            return section.slice('brik.'.length).split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], this.settings);
        }
        return null;
    }

    private waitFor<T>(find: () => T | undefined, what: string): Promise<T> {
        return new Promise<T>((resolve, reject) => {
            const waiter: Waiter = {
                check: () => {
                    const result = find();
                    if (result === undefined) return false;
                    done();
                    resolve(result);
                    return true;
                },
                reject: error => {
                    done();
                    reject(error);
                }
            };
            const timer = setTimeout(() => waiter.reject(new Error(`timed out after ${this.timeoutMs} ms waiting for ${what}${this.stderrTail()}`)), this.timeoutMs);
            const done = () => {
                clearTimeout(timer);
                this.waiters.delete(waiter);
            };
            if (this.exited) {
                waiter.reject(new Error(`${this.exited}${this.stderrTail()}`));
            } else if (!waiter.check()) {
                this.waiters.add(waiter);
            }
        });
    }

    private within<T>(promise: Promise<T>, what: string): Promise<T> {
        return new Promise<T>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`timed out after ${this.timeoutMs} ms waiting for ${what}${this.stderrTail()}`)), this.timeoutMs);
            promise.then(resolve, reject).finally(() => clearTimeout(timer));
        });
    }

    private notify(): void {
        for (const waiter of [...this.waiters]) waiter.check();
    }

    private fail(error: Error): void {
        for (const waiter of [...this.waiters]) waiter.reject(error);
    }

    private stderrTail(): string {
        return this.stderr ? `\nserver stderr:\n${this.stderr.slice(-2000)}` : '';
    }
}

/** The position of `needle` in `text` (its `occurrence`-th match), `offset` characters into it. */
export function positionOf(text: string, needle: string, offset = 0, occurrence = 1): Position {
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence} times`);
    }
    const before = text.slice(0, index + offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The text covered by an LSP range. */
export function textAt(text: string, range: Range): string {
    const lines = text.split('\n');
    const offset = (p: Position) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
    return text.slice(offset(range.start), offset(range.end));
}

/** A text with LSP edits applied (edits must not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const lines = text.split('\n');
    const offset = (p: Position) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
    return [...edits]
        .sort((a, b) => offset(b.range.start) - offset(a.range.start))
        .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}
