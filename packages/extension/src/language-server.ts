import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createBrikServices } from '@brik/language';

// The language server over stdio or IPC, for VS Code and for any other LSP client.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createBrikServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
