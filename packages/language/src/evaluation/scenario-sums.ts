import type { AstNode } from 'langium';
import type { Area, Budget, Fragment, Item, Scenario, Theme } from '../generated/ast.js';
import { isFragment, isItem } from '../generated/ast.js';
import type { BrikEvaluator } from './brik-evaluator.js';
import type { Inclusion } from './scenario-evaluation.js';
import { unresolvedItemTotals } from './scenario-evaluation.js';
import type { Totals } from './totals.js';
import { TotalsBuilder } from './totals.js';
import type { BrikParseChanges } from '../workspace/parse-changes.js';

interface Kept {
    /** What the sums below count: the budget's items (the evaluator's list, never changed), and how each is included (undefined: not). */
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
 *
 * It hears what each parse changed (ParseChanges): after a line re-parse, the sums above the brik
 * parsed anew are made again; after a whole parse or a removed document, every sum. What a
 * scenario includes changes without a parse of its own (a brik renamed elsewhere, relinked), so
 * the sums above every item whose inclusion changed are made again too. Sums per container are
 * kept only once a brik has been re-parsed alone: before that no edit has come to reuse them
 * for (`brik check` never edits), and a scenario is added up once, flat.
 */
export class ScenarioSums {
    private readonly kept = new Map<Scenario, Kept>();
    /** Whether a line re-parse has been heard: edits are made, and sums per container pay. */
    private editing = false;

    constructor(private readonly evaluator: BrikEvaluator, changes: BrikParseChanges) {
        changes.onChange(change => {
            switch (change.kind) {
                case 'unchanged': return;
                case 'brik':
                    this.editing = true;
                    return this.forgetAbove(change.item);
                case 'whole':
                case 'removed': return this.kept.clear();
            }
        });
    }

    /** The sum of what `scenario` includes, ranges kept: of `items` (never changed), each as `inclusions` says. */
    sum(scenario: Scenario, items: readonly Item[], inclusions: ReadonlyArray<Inclusion | undefined>): Totals {
        if (!this.editing) {
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

    /** Every scenario's sums of the containers that count `item` (a brik parsed anew) are stale. */
    private forgetAbove(item: Item): void {
        if (this.kept.size === 0) {
            return;
        }
        const stale = this.evaluator.containersCounting(item);
        this.kept.forEach(kept => stale.forEach(container => kept.sums.delete(container)));
    }

    /** The sums kept for a scenario, less those above every item whose inclusion changed since they were made. */
    private keptFor(scenario: Scenario, items: readonly Item[], inclusions: ReadonlyArray<Inclusion | undefined>): Kept {
        const kept = this.kept.get(scenario);
        if (!kept || kept.items.length !== items.length) {
            const fresh: Kept = { items, inclusions, sums: new Map(), flat: false };
            this.kept.set(scenario, fresh);
            return fresh;
        }
        for (let i = 0; i < items.length; i++) {
            if (kept.inclusions[i] !== inclusions[i]) {
                this.evaluator.containersCounting(items[i]).forEach(container => kept.sums.delete(container));
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
