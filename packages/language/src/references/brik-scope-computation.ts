import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, DefaultScopeComputation, MultiMap } from 'langium';
import { isItem, isTheme } from '../generated/ast.js';

/**
 * Scenarios name brikker and temaer anywhere in their budget, however deeply nested: every
 * item (by name) and every tema (by number and by name) is visible from the whole document.
 */
export class BrikScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const node of AstUtils.streamAllContents(root)) {
            // Half-typed nodes may have no name yet; they are simply not referable.
            if (isItem(node) && node.name !== undefined) {
                symbols.add(root, this.descriptions.createDescription(node, node.name, document));
            } else if (isTheme(node) && node.name !== undefined) {
                symbols.add(root, this.descriptions.createDescription(node, node.name, document));
                if (node.number) {
                    symbols.add(root, this.descriptions.createDescription(node, node.number, document));
                }
            }
        }
        return symbols;
    }
}
