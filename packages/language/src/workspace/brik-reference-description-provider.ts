import type { LangiumDocument, ReferenceDescription } from 'langium';
import { AstUtils, Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck } from 'langium';
import { scenariosOf } from '../helpers/members.js';

/**
 * Describes the references of a document for the index. Names are only referred to in
 * scenarios (§6), so only they are walked, where Langium walks every node on every keystroke.
 */
export class BrikReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        for (const scenario of scenariosOf(document.parseResult.value)) {
            for (const node of AstUtils.streamAst(scenario)) {
                await interruptAndCheck(cancelToken);
                AstUtils.streamReferences(node).forEach(refInfo => {
                    if (!refInfo.reference.error) {
                        descriptions.push(...this.createInfoDescriptions(refInfo));
                    }
                });
            }
        }
        return descriptions;
    }
}
