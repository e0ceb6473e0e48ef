import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, DefaultScopeComputation, MultiMap } from 'langium';
import { isItem, isTheme } from '../generated/ast.js';

/**
 * Scenarios name brikker and temaer anywhere in their budget, however deeply nested: every
 * item (by name) and every tema (by number and by name) is visible from the whole document,
 * and from the budgets that include it.
 */
export class BrikScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        symbols.addAll(root, this.namedNodes(document));
        return symbols;
    }

    /** Exported too, for the budgets that include this file (see BrikScopeProvider). */
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        return this.namedNodes(document);
    }

    private namedNodes(document: LangiumDocument): AstNodeDescription[] {
        const descriptions: AstNodeDescription[] = [];
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            // Half-typed nodes may have no name yet; they are simply not referable.
            if (isItem(node) && node.name !== undefined) {
                descriptions.push(this.descriptions.createDescription(node, node.name, document));
            } else if (isTheme(node) && node.name !== undefined) {
                descriptions.push(this.descriptions.createDescription(node, node.name, document));
                if (node.number) {
                    descriptions.push(this.descriptions.createDescription(node, node.number, document));
                }
            }
        }
        return descriptions;
    }
}
