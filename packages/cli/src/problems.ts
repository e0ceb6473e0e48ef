import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { diagnosticMessage, IssueCodes } from '@brik/language';
import { DiagnosticSeverity } from 'vscode-languageserver';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic, positioned 1-based as editors and compilers print them. */
export interface Problem {
    readonly path: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: Severity;
    readonly code: string;
    readonly message: string;
}

const SEVERITIES: Record<number, Severity> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint'
};

/** A path as the user should see it: relative to the working folder when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
    const relative = path.relative(cwd, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

export function toProblem(file: string, diagnostic: Diagnostic): Problem {
    const code = diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code ?? 'brik/unknown';
    return {
        path: displayPath(file),
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITIES[diagnostic.severity ?? DiagnosticSeverity.Error],
        code: String(code),
        message: diagnosticMessage(diagnostic)
    };
}

/** `2000000` → `2.000.000`. */
function grouped(count: number): string {
    return String(count).replace(/\B(?=(?:[0-9]{3})+$)/g, '.');
}

/** A file larger than --max-bytes: not read, and an error at its start. */
export function tooLargeProblem(file: string, size: number, maxBytes: number): Problem {
    return {
        path: displayPath(file), line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: IssueCodes.FileTooLarge,
        message: `Filen fylder ${grouped(size)} byte; Brik læser højst ${grouped(maxBytes)} byte af en fil og har ikke læst den. Del kataloget i flere filer med 'inkluder', eller hæv grænsen med --max-bytes.`
    };
}

/** A file whose bytes are not UTF-8: not read (a comment would hide the characters lost), and an error at its first such byte. */
export function notUtf8Problem(file: string, line: number, column: number, byte: number): Problem {
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
        path: displayPath(file), line, column, endLine: line, endColumn: column + 1, severity: 'error', code: IssueCodes.FileEncoding,
        message: `Filen er ikke gemt som UTF-8 (byten ${hex} her er ikke UTF-8), så Brik har ikke læst den. Gem den som UTF-8 (i Notesblok: Gem som … Kodning: UTF-8).`
    };
}

/** Every problem of the documents, and of the files not read, by file and position. */
export function problemsOf(documents: readonly LangiumDocument[], unread: readonly Problem[] = []): Problem[] {
    return [...unread, ...documents.flatMap(document => (document.diagnostics ?? [])
        .map(diagnostic => toProblem(document.uri.fsPath, diagnostic)))]
        .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column);
}
