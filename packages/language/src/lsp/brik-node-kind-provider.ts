import type { AstNode, AstNodeDescription } from 'langium';
import { isAstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { isItem } from '../generated/ast.js';

const SYMBOLS: Record<string, SymbolKind> = {
    Budget: SymbolKind.File, Fragment: SymbolKind.File, Area: SymbolKind.Namespace, Theme: SymbolKind.Package,
    Item: SymbolKind.Field, Scenario: SymbolKind.Event
};

/** Outline icons: the budget a file, an område a namespace, a tema a package, a brik a field. */
export class BrikNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        const type = isAstNodeDescription(node) ? node.type : node.$type;
        if (!isAstNodeDescription(node) && isItem(node) && node.kind === 'finansiering') {
            return SymbolKind.Constant;
        }
        return SYMBOLS[type] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        const type = isAstNodeDescription(node) ? node.type : node.$type;
        return type === 'Theme' ? CompletionItemKind.Module : type === 'Item' ? CompletionItemKind.Field : super.getCompletionItemKind(node);
    }
}
