import type { ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE } from 'langium';
import type { BrikServices } from '../brik-module.js';
import type { BrikIncludes } from '../workspace/brik-includes.js';

/**
 * Beyond its own document, a name in a budget sees only the files that budget includes:
 * two unrelated catalogues in one workspace never see each other's brikker.
 */
export class BrikScopeProvider extends DefaultScopeProvider {
    private readonly includes: BrikIncludes;

    constructor(services: BrikServices) {
        super(services);
        this.includes = services.shared.workspace.Includes;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const included = this.includes.includedBy(AstUtils.getDocument(context.container).uri);
        return included.size === 0 ? EMPTY_SCOPE : this.createScope(this.indexManager.allElements(referenceType, included));
    }
}
