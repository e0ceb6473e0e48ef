import type { LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { Range, RenameParams, TextDocumentPositionParams, WorkspaceEdit } from 'vscode-languageserver';

/** Names are quoted strings: rename offers the name without quotes and writes it back quoted. */
export class BrikRenameProvider extends DefaultRenameProvider {
    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const name = params.newName.trim().replace(/^"(.*)"$/, '$1');
        const edit = await super.rename(document, { ...params, newName: JSON.stringify(name) });
        return edit;
    }

    /** The name inside its quotes, which the editor offers for editing. */
    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const range = this.renameNodeRange(document, params.position);
        if (!range || range.start.line !== range.end.line) {
            return undefined;
        }
        return { start: { ...range.start, character: range.start.character + 1 }, end: { ...range.end, character: range.end.character - 1 } };
    }
}
