import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { BrikSharedServices } from '../brik-module.js';
import { diagnosticMessage } from '../validation/brik-document-validator.js';

/** What a report of one document rests on. */
export interface ReportScope {
    /** The document itself first, then every document it includes, directly or through fragments. */
    readonly documents: readonly LangiumDocument[];
    /** The errors in any of them, each with the document it stands in. */
    readonly errors: ReadonlyArray<{ readonly document: LangiumDocument; readonly diagnostic: Diagnostic }>;
    /** True when one of them has an error: a report made anyway must say it was made from a file with errors. */
    readonly basedOnErrors: boolean;
}

/** An error a report made anyway rests on: where it is and what it says (a report lists them at its top). */
export interface ReportError {
    /** The file as the reader knows it: a path relative to where the CLI runs, or the file's name. */
    readonly file: string;
    /** 1-based. */
    readonly line: number;
    readonly message: string;
}

/** The scope's errors, for a report to list; `fileName` names a document as its reader knows it. */
export function reportErrors(scope: ReportScope, fileName: (document: LangiumDocument) => string): ReportError[] {
    return scope.errors.map(({ document, diagnostic }) => ({ file: fileName(document), line: diagnostic.range.start.line + 1, message: diagnosticMessage(diagnostic) }));
}

/**
 * The one policy for every report and balance, in the CLI and in the editor: a report of a
 * budget covers the budget's file and every fragment it includes, and rests on errors when
 * any of those files has one (docs/language.md §7 makes an included fragment part of the budget).
 * Call it once the documents are validated.
 */
export function reportScope(shared: BrikSharedServices, document: LangiumDocument): ReportScope {
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const included = [...shared.workspace.Includes.includedBy(document.uri)]
        .filter(uri => uri !== document.uri.toString())
        .map(uri => langiumDocuments.getDocument(URI.parse(uri)))
        .filter((other): other is LangiumDocument => other !== undefined);
    const documents = [document, ...included];
    const errors = documents.flatMap(source => (source.diagnostics ?? [])
        .filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error)
        .map(diagnostic => ({ document: source, diagnostic })));
    return { documents, errors, basedOnErrors: errors.length > 0 };
}

/**
 * The one policy on reports of files with errors, for `brik report` and the editor's export: a
 * report that rests on errors is made only when the author allows it (`--allow-errors`, or
 * the editor's question answered), and is then marked as made from a file with errors.
 */
export function reportRefused(scope: ReportScope, allowErrors: boolean): boolean {
    return scope.basedOnErrors && !allowErrors;
}
