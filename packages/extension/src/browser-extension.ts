import type { ExtensionContext } from 'vscode';
import { Uri, workspace } from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient/browser';
import { LanguageClient } from 'vscode-languageclient/browser';
import type { StartMessage } from '../../web/src/protocol.js';
import { CONFIGURATION_SECTION } from './configuration.js';
import { startBrik } from './start-brik.js';

let client: LanguageClient | undefined;

/** The extension host's Web Worker constructor (this package compiles against Node's types, not the DOM's). */
declare const Worker: new (url: string) => { postMessage(message: unknown): void; terminate(): void };

/** At most this many .brik files of the workspace are given to the server at start. */
const MAX_FILES = 2_000;

/**
 * The extension in VS Code for the Web (vscode.dev, github.dev): the same client wiring as on
 * the desktop, with the web page's server in a Web Worker (packages/web/src/server). The worker
 * has no file system: it starts with the workspace's .brik files, read through
 * `vscode.workspace.fs`, so that `inkluder` finds them; open documents come by LSP as always.
 */
export function activate(context: ExtensionContext): void {
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'brik' }],
        synchronize: { configurationSection: CONFIGURATION_SECTION }
    };
    client = new LanguageClient('brik', 'Brik', async () => {
        const worker = new Worker(Uri.joinPath(context.extensionUri, 'out/browser-server.js').toString(true));
        const start: StartMessage = { kind: 'brik-web/start', files: await workspaceFiles() };
        worker.postMessage(start);
        return worker;
    }, clientOptions);
    startBrik(context, client);
}

export function deactivate(): Promise<void> | undefined {
    return client?.stop();
}

/** The workspace's .brik files by URI, as text. */
async function workspaceFiles(): Promise<Record<string, string>> {
    const uris = await workspace.findFiles('**/*.brik', '**/node_modules/**', MAX_FILES);
    const decoder = new TextDecoder();
    const texts = await Promise.all(uris.map(async uri => [uri.toString(), decoder.decode(await workspace.fs.readFile(uri))] as const));
    return Object.fromEntries(texts);
}
