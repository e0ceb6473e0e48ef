import type { AstNode } from 'langium';
import type { Area, Budget, BudgetMember, Fragment, Include, Item, Member, Scenario, Theme } from '../generated/ast.js';
import { isArea, isInclude, isItem, isScenario, isTheme } from '../generated/ast.js';
import { membersOf, readRoot } from './document-root.js';

/**
 * Every member below a container, in document order: områder, temaer, items, totals, includes
 * and (at the top) settings and scenarios. Only containers are entered, so a walk costs about
 * one step per brik, where `AstUtils.streamAllContents` visits every amount, range and note.
 */
export function forEachMember(container: Budget | Fragment | Area | Theme, visit: (member: BudgetMember | Member) => void): void {
    for (const member of membersOf(container)) {
        visit(member);
        if (isArea(member) || isTheme(member)) {
            forEachMember(member, visit);
        }
    }
}

/** The items written in a file (not those of the files it includes), in document order. */
export function ownItems(root: Budget | Fragment): Item[] {
    const items: Item[] = [];
    forEachMember(root, member => {
        if (isItem(member)) items.push(member);
    });
    return items;
}

/** The temaer written in a file, in document order. */
export function ownThemes(root: Budget | Fragment): Theme[] {
    const themes: Theme[] = [];
    forEachMember(root, member => {
        if (isTheme(member)) themes.push(member);
    });
    return themes;
}

/** The `inkluder` lines of a file, in document order. */
export function ownIncludes(root: Budget | Fragment): Include[] {
    const includes: Include[] = [];
    forEachMember(root, member => {
        if (isInclude(member)) includes.push(member);
    });
    return includes;
}

/** The scenarios of a file's root: the only place where names are referred to (§6). */
export function scenariosOf(root: AstNode): Scenario[] {
    const document = readRoot(root);
    return document ? membersOf(document).filter(isScenario) : [];
}
