import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createBrikClient } from './client.js';
import { startBrik } from './start-brik.js';

let client: LanguageClient | undefined;

/** The extension on the desktop: the server as a Node process beside the editor. */
export function activate(context: ExtensionContext): void {
    client = createBrikClient(context);
    startBrik(context, client);
}

export function deactivate(): Promise<void> | undefined {
    return client?.stop();
}
