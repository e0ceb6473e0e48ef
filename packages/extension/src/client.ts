import type { ExtensionContext } from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION } from './configuration.js';
import serverNodeFlags from '../server-node-flags.json';

/**
 * The client of the bundled Brik language server. Its id, `brik`, makes vscode-languageclient
 * read `brik.trace.server`; `synchronize` sends changes of `brik.*` to the server.
 */
export function createBrikClient(context: ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath('out/language-server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { execArgv: serverNodeFlags.flags } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: [...serverNodeFlags.flags, '--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'brik' }],
        synchronize: { configurationSection: CONFIGURATION_SECTION }
    };
    return new LanguageClient('brik', 'Brik', serverOptions, clientOptions);
}
