import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { isArea, isDocument, isItem, isTheme } from '../generated/ast.js';
import type { BrikServices } from '../brik-module.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { budgetYearFigure } from './budget-year-figure.js';
import type { BrikSettings } from './brik-settings.js';

/** The outline: områder, temaer (with their number) and items, each with its budget-year netto in the user's locale. */
export class BrikDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    private readonly evaluator: BrikEvaluator;
    private readonly settings: BrikSettings;

    constructor(services: BrikServices) {
        super(services);
        this.evaluator = services.evaluation.Evaluator;
        this.settings = services.lsp.BrikSettings;
    }

    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const name = isTheme(astNode) && astNode.number ? `${astNode.number} ${astNode.name}` : symbol.name;
        return { ...symbol, name: name || ' ', detail: this.detail(astNode) };
    }

    private detail(node: AstNode): string | undefined {
        if (!(isItem(node) || isTheme(node) || isArea(node) || isDocument(node))) {
            return undefined;
        }
        return budgetYearFigure(this.evaluator, node, this.settings.locale)?.withUnit;
    }
}
