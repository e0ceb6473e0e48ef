import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, DefaultScopeComputation, MultiMap } from 'langium';
import type { BrikServices } from '../brik-module.js';
import { isArea, isItem, isTheme } from '../generated/ast.js';
import { readRoot } from '../helpers/document-root.js';
import { forEachMember } from '../helpers/members.js';
import { KeptPerParse } from '../workspace/kept-per-parse.js';

/**
 * Scenarios name brikker and temaer anywhere in their budget, however deeply nested: every
 * item (by name), every tema (by number and by name) and every område (by name, for a
 * reference that names its container) is visible from the whole document, and from the
 * budgets that include it.
 */
export class BrikScopeComputation extends DefaultScopeComputation {
    /**
     * The descriptions of a tree, made once for its exports and again asked for its local
     * symbols. After a line re-parse, those of the tree before with the one of the brik parsed
     * anew in its place (issue 15, part 3): 10,000 brikker are not described again for one.
     */
    private readonly named: KeptPerParse<AstNodeDescription[]>;

    constructor(services: BrikServices) {
        super(services);
        this.named = new KeptPerParse(services.shared.workspace.ParseChanges,
            root => this.describe(root.$document!),
            (before, change) => {
                const at = before.findIndex(description => description.node === change.old);
                if (at < 0 || !change.item.name) {
                    // The old or the new brik has no name: described anew.
                    return undefined;
                }
                // A new list: one handed out before stays as it was.
                return before.with(at, this.descriptions.createDescription(change.item, change.item.name, AstUtils.getDocument(change.item)));
            });
    }

    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        symbols.addAll(root, this.named.of(root));
        return symbols;
    }

    /** Exported too, for the budgets that include this file (see BrikScopeProvider). */
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        return this.named.of(document.parseResult.value);
    }

    private describe(document: LangiumDocument): AstNodeDescription[] {
        const descriptions: AstNodeDescription[] = [];
        const root = readRoot(document.parseResult.value);
        if (!root) {
            return descriptions;
        }
        forEachMember(root, node => {
            // Half-typed nodes may have no name yet, and `brik ""` an empty one (Langium refuses to
            // describe a node without a name): they are simply not referable.
            if (isItem(node) && node.name) {
                descriptions.push(this.descriptions.createDescription(node, node.name, document));
            } else if (isArea(node) && node.name) {
                // Named by `"Tilskud" i område "…"`.
                descriptions.push(this.descriptions.createDescription(node, node.name, document));
            } else if (isTheme(node) && node.name) {
                descriptions.push(this.descriptions.createDescription(node, node.name, document));
                if (node.number) {
                    descriptions.push(this.descriptions.createDescription(node, node.number, document));
                }
            }
        });
        return descriptions;
    }
}
