import type { AstNode } from 'langium';
import type { Area, Budget, Fragment, Include, Item, Theme } from '../generated/ast.js';
import { isArea, isFragment, isInclude, isTheme } from '../generated/ast.js';
import { membersOf } from '../helpers/document-root.js';
import { quotedString } from '../parser/brik-value-converter.js';

/**
 * A brik's identity (§3): its name and its place, the tema or område it is a member of. A name is
 * unique among the members of one container, so the pair names one brik; the same name may stand
 * in two containers. References, the duplicate check, completion, rename, reports and `brik diff`
 * all ask here.
 */
export type Place = Area | Theme;

/** The `inkluder` line that brings a fragment into a budget, if it is brought in. */
export type IncludeHosts = (fragment: Fragment) => Include | undefined;

/** Hosts for a file read on its own: a fragment's top level is its own place. */
export const NO_HOSTS: IncludeHosts = () => undefined;

/**
 * The `inkluder` lines of a budget and of the fragments it includes, by the fragment each brings
 * in (`included` resolves one, as the evaluator does: undefined for a missing file or a cycle).
 */
export function includeHosts(root: Budget | Fragment, included: (include: Include) => Fragment | undefined): IncludeHosts {
    const hosts = new Map<Fragment, Include>();
    const visit = (container: Budget | Fragment | Area | Theme): void => {
        for (const member of membersOf(container)) {
            if (isArea(member) || isTheme(member)) {
                visit(member);
            } else if (isInclude(member)) {
                const fragment = included(member);
                if (fragment && !hosts.has(fragment)) {
                    hosts.set(fragment, member);
                    visit(fragment);
                }
            }
        }
    };
    visit(root);
    return fragment => hosts.get(fragment);
}

/**
 * The container a brik (or any member) stands in: its tema or område; at an included fragment's
 * top level, the container of the `inkluder` line; undefined at the top of the budget (or of a
 * fragment read on its own).
 */
export function placeOf(node: AstNode, hosts: IncludeHosts = NO_HOSTS): Place | undefined {
    let container = node.$container;
    while (container) {
        if (isArea(container) || isTheme(container)) {
            return container;
        }
        const host = isFragment(container) ? hosts(container) : undefined;
        container = host?.$container;
    }
    return undefined;
}

/** The containers around a brik, outermost first (an included fragment's seen through its `inkluder`). */
export function pathOf(node: AstNode, hosts: IncludeHosts = NO_HOSTS): Place[] {
    const path: Place[] = [];
    for (let place = placeOf(node, hosts); place; place = placeOf(place, hosts)) {
        path.unshift(place);
    }
    return path;
}

/** Whether two brikker stand in the same container. */
export function samePlace(a: Item, b: Item, hosts: IncludeHosts = NO_HOSTS): boolean {
    return placeOf(a, hosts) === placeOf(b, hosts);
}

/** How a reference names a place: `tema "1.8"` (by its number, else its name) or `område "Sundhed"`. */
export function placeText(place: Place): string {
    return isTheme(place) ? `tema ${quotedString(place.number ?? place.name ?? '')}` : `område ${quotedString(place.name ?? '')}`;
}

/** A reference to a brik that names its place: `"Tilskud" i tema "1.8"`; the bare name at the top of the budget. */
export function qualifiedReference(item: Item, hosts: IncludeHosts = NO_HOSTS): string {
    const place = placeOf(item, hosts);
    return `${quotedString(item.name ?? '')}${place ? ` i ${placeText(place)}` : ''}`;
}

/** A place as reports print it: `1.8 Det digitale sundhedsvæsen`, `Sundhedsområdet`. */
export function placeLabel(place: Place): string {
    return isTheme(place) && place.number ? `${place.number} ${place.name ?? ''}` : place.name ?? '';
}

/** Which of the brikker of one name a reference means, given the container it names (if any). */
export type PlaceChoice =
    | { readonly chosen: Item }
    /** The name stands in no container the reference names: where it does stand. */
    | { readonly elsewhere: readonly Item[] }
    /** The name stands in several containers and the reference does not say which. */
    | { readonly ambiguous: readonly Item[] };

/**
 * Chooses among the brikker a name stands for (§3, §6): the one in the container the reference
 * names (the container it stands in, or any tema or område around it), else the only one.
 */
export function chooseByPlace(candidates: readonly Item[], named: Place | undefined, hosts: IncludeHosts): PlaceChoice {
    const fitting = named === undefined ? candidates : candidates.filter(item => pathOf(item, hosts).includes(named));
    if (fitting.length === 1) {
        return { chosen: fitting[0] };
    }
    return fitting.length === 0 ? { elsewhere: candidates } : { ambiguous: fitting };
}
