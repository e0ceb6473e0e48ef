import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createBrikServices } from '@brik/language';

// The language server over stdio or IPC, for VS Code and for any other LSP client.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createBrikServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);

// A failed workspace update (a file gone mid-build, a fault in Brik) must not end the server the
// editor depends on: it is logged to the editor's output, and the next change builds again.
process.on('unhandledRejection', reason => {
    connection.console.error(`Brik: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});
