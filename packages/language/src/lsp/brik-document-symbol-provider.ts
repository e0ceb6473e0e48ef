import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { isArea, isDocument, isItem, isTheme } from '../generated/ast.js';
import type { BrikServices } from '../brik-module.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { ownerOf } from '../helpers/item-properties.js';
import { budgetYearFigure } from './budget-year-figure.js';
import type { BrikSettings } from './brik-settings.js';

/**
 * The outline: områder, temaer (with their number), items and scenarios, each with its
 * budget-year netto in the user's locale; an item's virksomhed is in its detail, not a symbol of
 * its own (`Neuroenhed Nord · 2,8 mio. kr.`), so that Ctrl+Shift+O lists budget items only.
 */
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

    /** An item's parts (its virksomhed, the one part with a name) are no symbols. */
    protected override getChildSymbols(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] | undefined {
        return isItem(astNode) ? undefined : super.getChildSymbols(document, astNode);
    }

    private detail(node: AstNode): string | undefined {
        if (!(isItem(node) || isTheme(node) || isArea(node) || isDocument(node))) {
            return undefined;
        }
        const figure = budgetYearFigure(this.evaluator, node, this.settings.locale)?.withUnit;
        const owner = isItem(node) ? ownerOf(node) : undefined;
        return [owner, figure].filter(Boolean).join(' · ') || undefined;
    }
}
