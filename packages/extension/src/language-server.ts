import { parseArgs } from 'node:util';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { ReportModel, ReportWriterOptions } from '@brik/language';
import { createBrikServices } from '@brik/language';
import { closePdfBrowser, pdfWriter } from '@brik/language/pdf';

// The language server over stdio or IPC, for VS Code and for any other LSP client. The connection
// reads its own flags (--stdio, --node-ipc, --clientProcessId); `--max-characters N` lets a client
// open files longer than the 2,000,000 characters read by default (at most 100,000,000).
const { values } = parseArgs({ options: { 'max-characters': { type: 'string' } }, strict: false, allowPositionals: true });
const maxCharacters = Number(values['max-characters']) || undefined;
const connection = createConnection(ProposedFeatures.all);

// An export to PDF prints with the browser found on the machine, closed again once no export is
// printing: an editor exports now and then, and an idle browser should not stay behind the server.
const printPdf = pdfWriter({ nameBrowser: '', withoutBrowser: 'Uden browser: eksportér som Word (docx) eller HTML, og udskriv den som PDF.' });
let printing = 0;
async function pdf(model: ReportModel, options: ReportWriterOptions) {
    printing++;
    try {
        return await printPdf(model, options);
    } finally {
        if (--printing === 0) await closePdfBrowser();
    }
}

const { shared } = createBrikServices({ connection, ...NodeFileSystem, limits: { maxCharacters }, hostWriters: { pdf } });
startLanguageServer(shared);

// A failed workspace update (a file gone mid-build, a fault in Brik) must not end the server the
// editor depends on: it is logged to the editor's output, and the next change builds again.
process.on('unhandledRejection', reason => {
    connection.console.error(`Brik: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});
