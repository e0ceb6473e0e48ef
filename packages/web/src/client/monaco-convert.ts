import type * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import type { Diagnostic, MarkupContent, MarkedString, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

// LSP counts lines and characters from 0, Monaco from 1; LSP severities run 1 (error) to 4 (hint).

export function toPosition(position: monaco.IPosition): Position {
    return { line: position.lineNumber - 1, character: position.column - 1 };
}

export function fromRange(range: Range): monaco.IRange {
    return { startLineNumber: range.start.line + 1, startColumn: range.start.character + 1, endLineNumber: range.end.line + 1, endColumn: range.end.character + 1 };
}

export function toRange(range: monaco.IRange): Range {
    return { start: { line: range.startLineNumber - 1, character: range.startColumn - 1 }, end: { line: range.endLineNumber - 1, character: range.endColumn - 1 } };
}

export function fromPosition(position: Position): monaco.IPosition {
    return { lineNumber: position.line + 1, column: position.character + 1 };
}

/** Monaco's MarkerSeverity values: Hint 1, Info 2, Warning 4, Error 8. */
export function markerSeverity(severity: Diagnostic['severity']): number {
    switch (severity) {
        case 2: return 4;
        case 3: return 2;
        case 4: return 1;
        default: return 8;
    }
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown; Brik's server sends text). */
export function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

export function toMarker(diagnostic: Diagnostic): monaco.editor.IMarkerData {
    const code = typeof diagnostic.code === 'string' || typeof diagnostic.code === 'number' ? String(diagnostic.code) : undefined;
    return { ...fromRange(diagnostic.range), message: messageText(diagnostic), severity: markerSeverity(diagnostic.severity), code, source: diagnostic.source };
}

export function fromTextEdit(edit: TextEdit): monaco.languages.TextEdit {
    return { range: fromRange(edit.range), text: edit.newText };
}

export function markdownOf(contents: MarkupContent | MarkedString | MarkedString[]): monaco.IMarkdownString[] {
    const list = Array.isArray(contents) ? contents : [contents];
    return list.map(part => typeof part === 'string' ? { value: part } : 'kind' in part ? { value: part.value } : { value: `\`\`\`${part.language}\n${part.value}\n\`\`\`` });
}

/** The edits of a workspace edit, for the models the page has; `changes` and `documentChanges` alike. */
export function fromWorkspaceEdit(edit: WorkspaceEdit, modelOf: (uri: string) => monaco.editor.ITextModel | undefined): monaco.languages.WorkspaceEdit {
    const edits: monaco.languages.IWorkspaceTextEdit[] = [];
    const add = (uri: string, textEdits: readonly TextEdit[], versionId?: number) => {
        const model = modelOf(uri);
        if (!model) return;
        for (const textEdit of textEdits) {
            edits.push({ resource: model.uri, textEdit: fromTextEdit(textEdit), versionId });
        }
    };
    for (const [uri, textEdits] of Object.entries(edit.changes ?? {})) add(uri, textEdits);
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change) add(change.textDocument.uri, change.edits.filter((e): e is TextEdit => 'range' in e));
    }
    return { edits };
}
