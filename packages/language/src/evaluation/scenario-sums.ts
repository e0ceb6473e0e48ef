import type { AstNode } from 'langium';
import type { Area, Budget, Fragment, Item, Scenario, Theme } from '../generated/ast.js';
import { isFragment, isItem } from '../generated/ast.js';
import type { BrikEvaluator } from './brik-evaluator.js';
import type { Inclusion } from './scenario-evaluation.js';
import { unresolvedItemTotals } from './scenario-evaluation.js';
import type { Totals } from './totals.js';
import { TotalsBuilder } from './totals.js';

interface Kept {
    /** What the sums below count: the budget's items (a copy), and how each is included (undefined: not). */
    items: readonly Item[];
    inclusions: ReadonlyArray<Inclusion | undefined>;
    /** Per container, the sum of what the scenario includes below it, in the scenario's unit, and how many items stand below it. */
    readonly sums: Map<AstNode, ContainerSum>;
    /** A fragment counted twice (included twice, or in a cycle): the scenario counts it once, so no sum per container holds. */
    flat: boolean;
}

interface ContainerSum {
    readonly totals: Totals;
    readonly items: number;
}

/**
 * What each scenario includes, added up per container, so that after an edit only the
 * containers above what changed are added up again (issue 15, part 3): a scenario of 10,000
 * brikker costs a few sums, not 10,000. Ranges add end by end and exactly, so the sum of the
 * containers' sums is the sum of the items. The items of a container stand together in the
 * budget's list, in the order the walk meets them, so each is found by its index, not hashed.
 * The sums above an item whose inclusion changed are made again; an edited brik is a new node,
 * whose inclusion always has. BrikEvaluator says when everything is stale (`clear`).
 */
export class ScenarioSums {
    private readonly kept = new Map<Scenario, Kept>();

    /**
     * @param editing whether edits are to come (an editor has a document open); without them,
     *   as in the CLI, a scenario is added up once, flat, and no sum per container is kept.
     */
    constructor(private readonly evaluator: BrikEvaluator, private readonly editing: () => boolean) {}

    /** The sum of what `scenario` includes, ranges kept: of `items` (not changed later), each as `inclusions` says. */
    sum(scenario: Scenario, items: readonly Item[], inclusions: ReadonlyArray<Inclusion | undefined>): Totals {
        if (!this.editing()) {
            return this.flatSum(scenario, items, inclusions);
        }
        const kept = this.keptFor(scenario, items, inclusions);
        if (!kept.flat) {
            const cursor = { at: 0 };
            const sum = this.containerSum(scenario.$container, scenario, kept, cursor, new Set());
            if (sum && cursor.at === items.length) {
                return sum.totals;
            }
        }
        kept.flat = true;
        kept.sums.clear();
        return this.flatSum(scenario, items, inclusions);
    }

    clear(): void {
        this.kept.clear();
    }

    /**
     * The sums kept for a scenario, less those above every item whose inclusion changed since
     * they were made: an edit that renames a brik can change what a clause names elsewhere.
     */
    private keptFor(scenario: Scenario, items: readonly Item[], inclusions: ReadonlyArray<Inclusion | undefined>): Kept {
        const kept = this.kept.get(scenario);
        if (!kept || kept.items.length !== items.length) {
            const fresh: Kept = { items, inclusions, sums: new Map(), flat: false };
            this.kept.set(scenario, fresh);
            return fresh;
        }
        for (let i = 0; i < items.length; i++) {
            if (kept.items[i] !== items[i] || kept.inclusions[i] !== inclusions[i]) {
                for (const item of [kept.items[i], items[i]]) {
                    this.evaluator.containersCounting(item).forEach(container => kept.sums.delete(container));
                }
            }
        }
        kept.items = items;
        kept.inclusions = inclusions;
        return kept;
    }

    /**
     * The sum below a container, its items found from `cursor.at` on in the kept list; undefined
     * when the walk does not meet them in that order (a fragment met twice).
     */
    private containerSum(container: Budget | Fragment | Area | Theme, scenario: Scenario, kept: Kept, cursor: { at: number }, fragments: Set<AstNode>): ContainerSum | undefined {
        const known = kept.sums.get(container);
        if (known) {
            cursor.at += known.items;
            return known;
        }
        const first = cursor.at;
        const builder = new TotalsBuilder(this.evaluator.header(scenario).periods);
        let inOrder = true;
        this.evaluator.walk.members(container, member => {
            if (!inOrder) {
                return;
            }
            if (isItem(member)) {
                if (kept.items[cursor.at] !== member) {
                    inOrder = false;
                    return;
                }
                const inclusion = kept.inclusions[cursor.at++];
                if (inclusion) {
                    builder.addTotals(unresolvedItemTotals(this.evaluator, member, inclusion, scenario));
                }
                return;
            }
            if (isFragment(member)) {
                if (fragments.has(member)) {
                    inOrder = false;
                    return;
                }
                fragments.add(member);
            }
            const sum = this.containerSum(member, scenario, kept, cursor, fragments);
            if (sum) {
                builder.addTotals(sum.totals);
            } else {
                inOrder = false;
            }
        });
        if (!inOrder) {
            return undefined;
        }
        const sum = { totals: builder.build(), items: cursor.at - first };
        kept.sums.set(container, sum);
        return sum;
    }

    private flatSum(scenario: Scenario, items: readonly Item[], inclusions: ReadonlyArray<Inclusion | undefined>): Totals {
        const builder = new TotalsBuilder(this.evaluator.header(scenario).periods);
        items.forEach((item, i) => {
            const inclusion = inclusions[i];
            if (inclusion) {
                builder.addTotals(unresolvedItemTotals(this.evaluator, item, inclusion, scenario));
            }
        });
        return builder.build();
    }
}
