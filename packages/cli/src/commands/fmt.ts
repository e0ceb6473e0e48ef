import { readFile } from 'node:fs/promises';
import type { LangiumDocument } from 'langium';
import type { BrikServices, PastedTextFix } from '@brik/language';
import { BYTE_ORDER_MARK, pastedTextFixes } from '@brik/language';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectBrikFiles } from '../collect-files.js';
import { textOutput } from '../check-output.js';
import { ExitCode } from '../exit-codes.js';
import type { LimitOptions } from '../limits.js';
import { loadDocuments } from '../load-documents.js';
import { displayPath, problemsOf } from '../problems.js';
import { diskFiles } from '../source-files.js';
import { workspaceRoot } from '../workspace-root.js';
import { writeOutput } from '../write-output.js';

export interface FmtOptions extends LimitOptions {
    /** Write nothing; list the files that are not formatted. */
    readonly check: boolean;
    /** Also write pasted text in Brik's own characters (pastedTextFixes): fixes that never change a figure. */
    readonly fix?: boolean;
}

/** What an editor sends; Brik's formatter has one layout and does not read it (BrikFormatter). */
const FORMATTING = { tabSize: 2, insertSpaces: true } as const;

/** A document laid out by the language server's formatter; undefined when it has syntax errors. */
export async function formattedText(services: BrikServices, document: LangiumDocument): Promise<string | undefined> {
    const { parseResult, textDocument } = document;
    if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) {
        return undefined;
    }
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: FORMATTING });
    return TextDocument.applyEdits(textDocument as TextDocument, edits);
}

/**
 * The document with its pasted text fixed (`–1 250` → `-1_250`, `“A”` → `"A"`), parsed again so
 * that the formatter aligns what the file will hold; and the fixes, to say what changed.
 */
function withPastedTextFixed(services: BrikServices, document: LangiumDocument): { document: LangiumDocument; fixes: readonly PastedTextFix[] } {
    const fixes = pastedTextFixes(document);
    if (fixes.length === 0) {
        return { document, fixes };
    }
    const text = TextDocument.applyEdits(document.textDocument as TextDocument, fixes.map(({ range, newText }) => ({ range, newText })));
    return { document: services.shared.workspace.LangiumDocumentFactory.fromString(text, document.uri), fixes };
}

/** `budget.brik:8:28: '–1 250' → '-1_250' (brik/pasted-minus, brik/pasted-digit-space)`: one line per fix. */
function fixLines(shown: string, fixes: readonly PastedTextFix[]): string {
    return fixes.map(fix => `${shown}:${fix.range.start.line + 1}:${fix.range.start.character + 1}: '${fix.original}' → '${fix.newText}' (${fix.codes.join(', ')})\n`).join('');
}

/** The file's text, when its bytes are UTF-8: a file that is not would lose bytes if written back. */
async function utf8Text(file: string): Promise<string | undefined> {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await readFile(file));
    } catch {
        return undefined;
    }
}

/**
 * `brik fmt [--check] PATH…`: lays files out as the editor's formatter does. It rewrites each
 * file whole or not at all; with --check it writes nothing and lists the files it would change.
 * A file with syntax errors, or not in UTF-8, is never touched: it is reported, and the exit is 1.
 */
export async function fmtCommand(paths: readonly string[], options: FmtOptions): Promise<number> {
    const files = await collectBrikFiles(paths);
    const { services, documents, unread } = await loadDocuments(files, workspaceRoot(paths), diskFiles, options);
    const byPath = new Map(documents.map(document => [document.uri.fsPath, document]));
    let failed = unread.length > 0;
    process.stderr.write(textOutput(unread));
    const changed: string[] = [];
    // Each changed file's path, after the fixes of its pasted text.
    const output: string[] = [];
    for (const file of files) {
        const document = byPath.get(file);
        if (!document) {
            continue;
        }
        const shown = displayPath(file);
        const { parseResult } = document;
        const fixed = options.fix && parseResult.lexerErrors.length === 0 && parseResult.parserErrors.length === 0
            ? withPastedTextFixed(services, document) : { document, fixes: [] };
        const formatted = await formattedText(services, fixed.document);
        if (formatted === undefined) {
            failed = true;
            process.stderr.write(textOutput(problemsOf([document]).filter(p => p.severity === 'error')));
            process.stderr.write(`${shown}: ikke formateret, fordi filen har syntaksfejl. Ret fejlene ovenfor, og kør brik fmt igen.\n`);
            continue;
        }
        const original = await utf8Text(file);
        // Brik reads a file without its byte order mark (§11); the file keeps the one it has.
        const bom = original?.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK : '';
        if (original === undefined || original.slice(bom.length) !== document.textDocument.getText()) {
            failed = true;
            process.stderr.write(`${shown}: ikke formateret, fordi filen ikke er gemt som UTF-8. Gem den som UTF-8 (i Notesblok: Gem som … Kodning: UTF-8), og kør brik fmt igen.\n`);
            continue;
        }
        if (formatted !== original.slice(bom.length)) {
            output.push(fixLines(shown, fixed.fixes), `${shown}\n`);
            changed.push(shown);
            if (!options.check) {
                await writeOutput(bom + formatted, file);
            }
        }
    }
    await writeOutput(output.join(''), undefined);
    if (options.check && changed.length > 0) {
        process.stderr.write(`${changed.length === 1 ? '1 fil er' : `${changed.length} filer er`} ikke formateret. Kør brik fmt ${changed.length === 1 ? 'på den' : 'på dem'} for at rette det.\n`);
        return ExitCode.Errors;
    }
    return failed ? ExitCode.Errors : ExitCode.Ok;
}
