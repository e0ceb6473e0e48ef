import type { LangiumDocument } from 'langium';
import { DefaultIndexManager } from 'langium';
import type { BrikSharedServices } from '../brik-module.js';
import type { BrikIncludes } from './brik-includes.js';

/**
 * A document is affected by a change to a file it includes (its totals change) and to a
 * file that includes it (its years and price level come from there).
 */
export class BrikIndexManager extends DefaultIndexManager {
    private readonly includes: () => BrikIncludes;

    constructor(shared: BrikSharedServices) {
        super(shared);
        // Resolved lazily: the include graph is a sibling service.
        this.includes = () => shared.workspace.Includes;
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.isAffected(document, changedUris)) {
            return true;
        }
        const includes = this.includes();
        const related = [...includes.includedBy(document.uri), ...includes.includersOf(document.uri)];
        return related.some(uri => changedUris.has(uri)) || includes.targets(document).some(uri => changedUris.has(uri.toString()));
    }
}
