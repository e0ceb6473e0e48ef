import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createBrikServices } from '@brik/language';
import { isStartMessage } from '../protocol.js';
import { MemoryFileSystem } from './memory-file-system.js';

// Brik's language server in a Web Worker: the same services as the editor's server, over the
// worker's messages instead of stdio, reading the catalogue the page opened from memory. The page
// posts the files first (StartMessage), then speaks LSP; a new folder is a new worker.

// The worker's global scope has the message calls of a Worker (DOM's types describe the page).
const scope = self as unknown as Worker;

scope.addEventListener('message', function start(event: MessageEvent) {
    if (!isStartMessage(event.data)) return;
    scope.removeEventListener('message', start);
    const files = new MemoryFileSystem(event.data.files);
    const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
    const { shared } = createBrikServices({ connection, fileSystemProvider: () => files });
    startLanguageServer(shared);
});

// As the Node server does: a failed build is logged, and the next change builds again.
scope.addEventListener('unhandledrejection', (event: Event) => {
    const reason: unknown = (event as PromiseRejectionEvent).reason;
    console.error(`Brik: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
    event.preventDefault();
});
