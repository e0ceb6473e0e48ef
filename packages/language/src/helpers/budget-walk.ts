import type { AstNode } from 'langium';
import type { Area, Budget, Fragment, Include, Item, Theme } from '../generated/ast.js';
import { isArea, isInclude, isItem, isTheme } from '../generated/ast.js';
import type { BrikIncludes } from '../workspace/brik-includes.js';
import type { BrikParseChanges } from '../workspace/parse-changes.js';
import { membersOf } from './document-root.js';

/** A container whose members count in a budget: the budget or a fragment, an område or a tema. */
export type CountingContainer = Budget | Fragment | Area | Theme;

/** A member as a budget counts it: an item, an område, a tema, or the fragment an `inkluder` brings in. */
export type CountedMember = Item | Area | Theme | Fragment;

/**
 * The one walk over the members of a container across includes (§7), for every figure that adds
 * them up: the evaluator's totals and lists of items, a scenario's sums per container, a report
 * view's sums and the report's tree. It owns the three rules they must share:
 *
 * - include resolution: an `inkluder` stands for the root of the document it names, when that
 *   resolves (BrikIncludes) to a fragment;
 * - the cycle policy: an include that is part of a cycle, or leads back to a container being
 *   walked (`during`), counts nothing;
 * - dependency recording: an include met records that its fragment's figures count in the
 *   include's container, so that an edit in the fragment makes that container stale
 *   (`containersCounting`). What it recorded it forgets after a whole parse and when a document
 *   is removed (ParseChanges); a line re-parse changes no include, and leaves every container.
 *
 * Items are met in document order, an included fragment's in place of its `inkluder`.
 */
export class BudgetWalk {
    /** For a fragment, the containers whose members include it. */
    private dependents = new WeakMap<AstNode, Set<AstNode>>();
    /** Containers being walked: an include that leads back to one must not recurse forever. */
    private readonly inProgress = new Set<AstNode>();

    constructor(private readonly includes: BrikIncludes, changes: BrikParseChanges) {
        changes.onChange(change => {
            if (change.kind === 'whole' || change.kind === 'removed') {
                this.dependents = new WeakMap();
            }
        });
    }

    /** Calls `visit` with each member of `container` that counts, in document order (settings, totals and scenarios do not). */
    members(container: CountingContainer, visit: (member: CountedMember) => void): void {
        for (const member of membersOf(container)) {
            if (isItem(member) || isTheme(member) || isArea(member)) {
                visit(member);
            } else if (isInclude(member)) {
                const fragment = this.includedFragment(member);
                if (fragment) {
                    visit(fragment);
                }
            }
        }
    }

    /** What `work` gives, with `container` marked as being walked meanwhile (see the cycle policy). */
    during<T>(container: AstNode, work: () => T): T {
        this.inProgress.add(container);
        try {
            return work();
        } finally {
            this.inProgress.delete(container);
        }
    }

    /** Every item below a container, in document order; a fragment included twice counts once. */
    items(container: CountingContainer): Item[] {
        const items: Item[] = [];
        const seen = new Set<AstNode>();
        const collect = (node: CountingContainer) => {
            if (seen.has(node)) {
                return;
            }
            seen.add(node);
            this.during(node, () => this.members(node, member => isItem(member) ? items.push(member) : collect(member)));
        };
        collect(container);
        return items;
    }

    /** The fragment an include brings in, unless it is missing, refused, or part of a cycle. */
    includedFragment(include: Include): Fragment | undefined {
        const fragment = this.includedRoot(include);
        if (!fragment || this.inProgress.has(fragment) || this.includes.cycleThrough(include)) {
            return undefined;
        }
        return fragment;
    }

    /** The root of the document an include brings in, as it resolves (a cycle not cut); recorded as counting in the include's container. */
    private includedRoot(include: Include): Fragment | undefined {
        const root = this.includes.resolve(include).document?.parseResult.value;
        if (root) {
            let containers = this.dependents.get(root);
            if (!containers) {
                containers = new Set();
                this.dependents.set(root, containers);
            }
            containers.add(include.$container);
        }
        return root;
    }

    /**
     * The containers whose figures count `node`: those it stands in, up to its document, and
     * on through every container that includes that document, and so on.
     */
    containersCounting(node: AstNode): Set<AstNode> {
        const found = new Set<AstNode>();
        const pending: AstNode[] = node.$container ? [node.$container] : [];
        while (pending.length > 0) {
            for (let container: AstNode | undefined = pending.pop(); container && !found.has(container); container = container.$container) {
                found.add(container);
                if (!container.$container) {
                    pending.push(...this.dependents.get(container) ?? []);
                }
            }
        }
        return found;
    }
}
