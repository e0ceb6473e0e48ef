import type { ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { BalanceStatus } from './balance-status.js';
import type { BrikContext } from './brik-context.js';
import { registerCommands } from './commands/index.js';
import { BrikConfiguration } from './configuration.js';

/**
 * Wires a client, the desktop's or the web's, to the commands and the status bar, and starts it;
 * everything else happens in the server.
 */
export function startBrik(context: ExtensionContext, client: BaseLanguageClient): BrikContext {
    const brik = { client, configuration: new BrikConfiguration(), subscriptions: context.subscriptions };
    registerCommands(brik);
    context.subscriptions.push(new BalanceStatus(brik));
    // Not awaited: activation returns at once; requests wait for the server by themselves,
    // and a failed start is reported by the client in its output channel.
    client.start().catch(() => undefined);
    return brik;
}
