import type { LangiumDocument } from 'langium';
import { CstUtils, isLeafCstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';

const ALLOW = /^\/\/\s*tillad:\s*([a-z/-]+(?:\s*,\s*[a-z/-]+)*)/;

/**
 * Lines whose warnings the author has accepted: `// tillad: omstilling-positive – reason` at the
 * end of a line covers that line; alone on a line, it covers the next one. Errors can never be
 * allowed away: a total that does not hold stays an error.
 */
export function allowedWarnings(document: LangiumDocument): Map<number, Set<string>> {
    const allowed = new Map<number, Set<string>>();
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return allowed;
    }
    for (const node of CstUtils.streamCst(root)) {
        const match = isLeafCstNode(node) && node.hidden && node.tokenType.name === 'SL_COMMENT' ? ALLOW.exec(node.text) : null;
        if (!match) {
            continue;
        }
        const line = node.range.start.line;
        const before = document.textDocument.getText({ start: { line, character: 0 }, end: node.range.start });
        const target = before.trim() === '' ? line + 1 : line;
        const codes = allowed.get(target) ?? new Set<string>();
        match[1].split(',').map(code => code.trim()).forEach(code => codes.add(code.startsWith('brik/') ? code : `brik/${code}`));
        allowed.set(target, codes);
    }
    return allowed;
}

export function withoutAllowedWarnings(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    if (!diagnostics.some(d => d.severity === DiagnosticSeverity.Warning)) {
        return diagnostics;
    }
    const allowed = allowedWarnings(document);
    return diagnostics.filter(d => d.severity !== DiagnosticSeverity.Warning
        || !allowed.get(d.range.start.line)?.has(String(d.code)));
}
