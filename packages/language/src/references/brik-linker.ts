import type { AstNodeDescription, LangiumDocument, LinkingError, ReferenceInfo } from 'langium';
import { AstUtils, Cancellation, DefaultLinker, interruptAndCheck } from 'langium';
import { scenariosOf } from '../helpers/members.js';
import { distance } from 'fastest-levenshtein';
import { quoteSource } from '../text/source-quote.js';

const WHAT: Record<string, string> = { Item: 'en brik eller et finansieringspunkt', Theme: 'et tema' };

/** A name that resolves to nothing says so in Danish, with the closest existing name. */
export class BrikLinker extends DefaultLinker {
    /**
     * Names are only referred to in scenarios (§6), so only they are walked: Langium walks every
     * node of the document, and waits a tick per node, on every keystroke.
     */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        for (const scenario of scenariosOf(document.parseResult.value)) {
            for (const node of AstUtils.streamAst(scenario)) {
                await interruptAndCheck(cancelToken);
                AstUtils.streamReferences(node).forEach(ref => this.doLink(ref, document));
            }
        }
    }

    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const name = refInfo.reference.$refText.replace(/^["“„”](.*)["”“]$/, '$1');
        const suggestion = this.closestName(refInfo, name);
        const hint = suggestion ? ` Mente du "${quoteSource(suggestion)}"?` : ' Tjek stavningen; navnet skal stå præcis som i brikken eller temaet.';
        return { ...error, message: `Der er ikke ${WHAT[type] ?? type} med navnet "${quoteSource(name)}" i budgettet.${hint}` };
    }

    private closestName(refInfo: ReferenceInfo, name: string): string | undefined {
        const candidates = this.scopeProvider.getScope(refInfo).getAllElements().map(d => d.name).distinct();
        // A typo is a few letters; allow more in long names.
        let best: string | undefined;
        let bestDistance = Math.max(2, Math.floor(name.length / 5)) + 1;
        // Of two names as close, the first in Danish order: the scope's order changes with the
        // order files were last built in, and the suggestion must not.
        for (const candidate of candidates) {
            const d = distance(name.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance || (d === bestDistance && best !== undefined && candidate.localeCompare(best, 'da') < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }
}
