import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Document } from '../../src/generated/ast.js';
import { brik, parse } from '../brik-test-services.js';

/** A validated document, and the text a range of it covers. */
export async function open(text: string): Promise<LangiumDocument<Document> & { textOf(range: Range): string; whole: Range }> {
    const document = await parse(text, { validation: true });
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    return Object.assign(document, { textOf: (range: Range) => document.textDocument.getText(range), whole });
}

export function identifier(document: LangiumDocument): { uri: string } {
    return { uri: document.uri.toString() };
}

/** The text after every quick fix offered for the diagnostics with `code`, each applied alone. */
export async function fixed(text: string, code: string): Promise<string[]> {
    const document = await open(text);
    const diagnostics = (document.diagnostics ?? []).filter(d => d.code === code);
    const actions = await brik.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: identifier(document), range: document.whole, context: { diagnostics }
    }) ?? [];
    return actions.map(action => TextDocument.applyEdits(document.textDocument, ('edit' in action ? action.edit?.changes?.[document.uri.toString()] : undefined) ?? []));
}

/** Every quick fix offered for the document's diagnostics, with the text each one produces. */
export async function fixes(text: string): Promise<Array<{ title: string; result: string }>> {
    const document = await open(text);
    const actions = await brik.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: identifier(document), range: document.whole, context: { diagnostics: document.diagnostics ?? [] }
    }) ?? [];
    return actions.map(action => {
        const edits = 'edit' in action ? action.edit?.changes?.[document.uri.toString()] ?? [] : [];
        return { title: action.title, result: TextDocument.applyEdits(document.textDocument, edits) };
    });
}

/** A capital-only catalogue (an investeringsoversigt) beside one drift brik, in 1.000 kr. */
export const INVESTERINGER = `budget "Investeringsoversigt" {
  enhed 1.000 kr.  prisniveau 2023  år 2023..2026
  område "Sundhedsområdet" {
    tema "Fælles puljer" {
      brik "APV (arbejdsmiljøforbedringer)" anlæg 2023..2026: 3_500
      brik "Drift med engangskarakter" anlæg 2023: 15_000
    }
    tema "Drift" {
      brik "Ny drift" drift 2023: 100
    }
  }
}`;
