import type { AstNode, CstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { Area, Budget, BudgetMember, Fragment, Member, Theme } from '../generated/ast.js';
import { isBudget, isFragment } from '../generated/ast.js';

// A file that begins with neither `budget` nor `fragment` (empty, binary, a typo) still has a
// root, Langium's `Document`, but one without `members`: every walk over members goes through here.

/** A file's root when it was read as a budget or a fragment. */
export function readRoot(node: AstNode | undefined): Budget | Fragment | undefined {
    return isBudget(node) || isFragment(node) ? node : undefined;
}

/** What stands directly in a container or a file's root; nothing for a root read as neither. */
export function membersOf(container: Budget | Fragment | Area | Theme): ReadonlyArray<BudgetMember | Member> {
    return container.members ?? [];
}

/**
 * Where a container's header ends and its members begin: its `{`, or for a fragment without
 * braces (§7) its name or its keyword. Undefined when the header was not read.
 */
export function headerEnd(container: AstNode): CstNode | undefined {
    const brace = GrammarUtils.findNodeForKeyword(container.$cstNode, '{');
    if (brace || !isFragment(container) || container.braced) {
        return brace;
    }
    return GrammarUtils.findNodeForProperty(container.$cstNode, 'name') ?? GrammarUtils.findNodeForKeyword(container.$cstNode, 'fragment');
}
