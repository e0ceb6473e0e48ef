import type { AstNode } from 'langium';
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
