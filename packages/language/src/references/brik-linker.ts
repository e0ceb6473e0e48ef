import type { AstNode, AstNodeDescription, LangiumDocument, LinkingError, ReferenceInfo } from 'langium';
import { AstUtils, Cancellation, DefaultLinker, interruptAndCheck } from 'langium';
import type { Item } from '../generated/ast.js';
import { isBudget, isFragment, isItem, isItemReference } from '../generated/ast.js';
import type { BrikServices } from '../brik-module.js';
import { readRoot } from '../helpers/document-root.js';
import { scenariosOf } from '../helpers/members.js';
import { quotedString } from '../parser/brik-value-converter.js';
import { distance } from 'fastest-levenshtein';
import { quoteSource } from '../text/source-quote.js';
import type { IncludeHosts, Place } from './brik-place.js';
import { chooseByPlace, includeHosts, NO_HOSTS, placeOf, placeText, qualifiedReference } from './brik-place.js';

const WHAT: Record<string, string> = { Item: 'en brik eller et finansieringspunkt', Theme: 'et tema', Area: 'et område' };

/**
 * A reference to a name that stands in several containers and does not say which (§6): the
 * linker leaves it unresolved, and the validator offers each qualified form as a quick fix.
 */
export interface AmbiguousLinkingError extends LinkingError {
    /** `"Tilskud" i tema "1.8"`, … : the references that would name each brik. */
    readonly qualified: readonly string[];
    /** Not reported: a container named that does not exist is reported at the container. */
    readonly silent?: boolean;
}

export function isAmbiguousLinkingError(error: LinkingError | undefined): error is AmbiguousLinkingError {
    return error !== undefined && Array.isArray((error as Partial<AmbiguousLinkingError>).qualified);
}

function lineOf(item: Item): number {
    return (item.$cstNode?.range.start.line ?? 0) + 1;
}

/** A name that resolves to nothing says so in Danish, with the closest existing name. */
export class BrikLinker extends DefaultLinker {
    private readonly brikServices: BrikServices;

    constructor(services: BrikServices) {
        super(services);
        this.brikServices = services;
    }

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

    /**
     * A brik is named by its name, and where that name stands in several containers by the
     * container too (brik-place.ts): the one description of the brik meant, or an error.
     */
    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        const reference = refInfo.container;
        if (!isItemReference(reference) || refInfo.property !== 'item') {
            return super.getCandidate(refInfo);
        }
        const descriptions = this.scopeProvider.getScope(refInfo).getElements(refInfo.reference.$refText).toArray();
        const named = reference.theme ?? reference.area;
        if (descriptions.length <= 1 && named === undefined) {
            return descriptions[0] ?? this.createLinkingError(refInfo);
        }
        const byNode = new Map<Item, AstNodeDescription>();
        for (const description of descriptions) {
            const node = description.node ?? this.loadAstNode(description);
            if (isItem(node) && !byNode.has(node)) {
                byNode.set(node, description);
            }
        }
        if (byNode.size === 0) {
            return this.createLinkingError(refInfo);
        }
        const place: Place | undefined = named?.ref;
        if (named !== undefined && place === undefined) {
            // The container that does not resolve is the error (reported at it), not the name.
            const error: AmbiguousLinkingError = { ...super.createLinkingError(refInfo), message: '', qualified: [], silent: true };
            return error;
        }
        const hosts = this.hostsFor(reference);
        // In the budget's order (its own brikker and its fragments' where they are included), not the scope's.
        const root = AstUtils.findRootNode(reference);
        const order = isBudget(root) || isFragment(root) ? this.brikServices.evaluation.Evaluator.itemsOf(root) : [];
        const candidates = [...byNode.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        const choice = chooseByPlace(candidates, place, hosts);
        if ('chosen' in choice) {
            return byNode.get(choice.chosen)!;
        }
        const name = quotedString(refInfo.reference.$refText);
        const where = (items: readonly Item[]) => items.map(item => {
            const at = placeOf(item, hosts);
            return `${at ? placeText(at) : 'budgettets øverste niveau'} (linje ${lineOf(item)})`;
        }).join(', ');
        if ('elsewhere' in choice) {
            return { ...super.createLinkingError(refInfo), message: `Der er ingen brik ${name} i ${place ? placeText(place) : 'det nævnte'}. ${name} står i ${where(choice.elsewhere)}.` };
        }
        const qualified = choice.ambiguous.filter(item => placeOf(item, hosts) !== undefined).map(item => qualifiedReference(item, hosts));
        const error: AmbiguousLinkingError = {
            ...super.createLinkingError(refInfo),
            message: `Navnet ${name} står flere steder: ${where(choice.ambiguous)}. Skriv, hvilken der menes, fx ${qualified[0] ?? `${name} i tema "…"`}.`,
            qualified
        };
        return error;
    }

    /** The budget's `inkluder` lines by the fragment each brings in, as the evaluator resolves them. */
    private hostsFor(reference: AstNode): IncludeHosts {
        const root = readRoot(AstUtils.findRootNode(reference));
        const evaluator = this.brikServices.evaluation.Evaluator;
        return root ? includeHosts(root, include => evaluator.includedFragment(include)) : NO_HOSTS;
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
