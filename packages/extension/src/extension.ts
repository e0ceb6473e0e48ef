import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BalanceStatus } from './balance-status.js';
import { createBrikClient } from './client.js';
import { registerCommands } from './commands/index.js';
import { BrikConfiguration } from './configuration.js';

let client: LanguageClient | undefined;

/** Wires the client, the commands and the status bar; everything else happens in the server. */
export function activate(context: ExtensionContext): void {
    const configuration = new BrikConfiguration();
    client = createBrikClient(context);
    const brik = { client, configuration, subscriptions: context.subscriptions };
    registerCommands(brik);
    context.subscriptions.push(new BalanceStatus(brik));
    // Not awaited: activation returns at once; requests wait for the server by themselves,
    // and a failed start is reported by the client in its output channel.
    client.start().catch(() => undefined);
}

export function deactivate(): Promise<void> | undefined {
    return client?.stop();
}
