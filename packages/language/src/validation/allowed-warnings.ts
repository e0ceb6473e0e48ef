import type { LangiumDocument } from 'langium';
import { CstUtils, isLeafCstNode } from 'langium';
import type { Diagnostic, Position } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { fastAllowComments } from '../parser/fast/fast-parser.js';

const ALLOW = /^\/\/\s*tillad:\s*([a-z/-]+(?:\s*,\s*[a-z/-]+)*)/;

/**
 * Lines whose warnings the author has accepted: `// tillad: omstilling-positive – reason` at the
 * end of a line covers that line; alone on a line, it covers the next one. Errors can never be
 * allowed away: a total that does not hold stays an error.
 */
export function allowedWarnings(document: LangiumDocument): Map<number, Set<string>> {
    const allowed = new Map<number, Set<string>>();
    const allow = (text: string, start: Position) => {
        const match = ALLOW.exec(text);
        if (!match) {
            return;
        }
        const line = start.line;
        const before = document.textDocument.getText({ start: { line, character: 0 }, end: start });
        const target = before.trim() === '' ? line + 1 : line;
        const codes = allowed.get(target) ?? new Set<string>();
        match[1].split(',').map(code => code.trim()).forEach(code => codes.add(code.startsWith('brik/') ? code : `brik/${code}`));
        allowed.set(target, codes);
    };
    // The fast parser (parser/fast/) keeps these comments from the lexer's hidden tokens, and has no CST.
    const comments = fastAllowComments(document.parseResult.value);
    if (comments) {
        comments.forEach(comment => allow(comment.text, document.textDocument.positionAt(comment.offset)));
        return allowed;
    }
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return allowed;
    }
    for (const node of CstUtils.streamCst(root)) {
        if (isLeafCstNode(node) && node.hidden && node.tokenType.name === 'SL_COMMENT') {
            allow(node.text, node.range.start);
        }
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
