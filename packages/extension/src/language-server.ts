import { parseArgs } from 'node:util';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createBrikServices } from '@brik/language';

// The language server over stdio or IPC, for VS Code and for any other LSP client. The connection
// reads its own flags (--stdio, --node-ipc, --clientProcessId); `--max-characters N` lets a client
// open files longer than the 2,000,000 characters read by default (at most 100,000,000).
const { values } = parseArgs({ options: { 'max-characters': { type: 'string' } }, strict: false, allowPositionals: true });
const maxCharacters = Number(values['max-characters']) || undefined;
const connection = createConnection(ProposedFeatures.all);
const { shared } = createBrikServices({ connection, ...NodeFileSystem, limits: { maxCharacters } });
startLanguageServer(shared);

// A failed workspace update (a file gone mid-build, a fault in Brik) must not end the server the
// editor depends on: it is logged to the editor's output, and the next change builds again.
process.on('unhandledRejection', reason => {
    connection.console.error(`Brik: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});
