import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { Document } from '../../src/generated/ast.js';
import { parse } from '../brik-test-services.js';

/** A validated document, and the text a range of it covers. */
export async function open(text: string): Promise<LangiumDocument<Document> & { textOf(range: Range): string; whole: Range }> {
    const document = await parse(text, { validation: true });
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    return Object.assign(document, { textOf: (range: Range) => document.textDocument.getText(range), whole });
}

export function identifier(document: LangiumDocument): { uri: string } {
    return { uri: document.uri.toString() };
}
