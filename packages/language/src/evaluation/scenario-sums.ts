import type { AstNode } from 'langium';
import type { Area, Budget, Fragment, Item, Scenario, Theme } from '../generated/ast.js';
import { isArea, isInclude, isItem, isTheme } from '../generated/ast.js';
import { membersOf } from '../helpers/document-root.js';
import type { BrikEvaluator } from './brik-evaluator.js';
import type { Inclusion } from './scenario-evaluation.js';
import { unresolvedItemTotals } from './scenario-evaluation.js';
import type { Totals } from './totals.js';
import { TotalsBuilder } from './totals.js';

interface Kept {
    /** What the sums below count: each item the scenario includes, and how. */
    included: ReadonlyMap<Item, Inclusion>;
    /** Per container, the sum of what the scenario includes below it, in the scenario's unit. */
    readonly sums: Map<AstNode, Totals>;
    /** A fragment counted twice (included twice, or in a cycle): the scenario counts it once, so no sum per container holds. */
    flat: boolean;
}

/**
 * What each scenario includes, added up per container, so that after an edit only the
 * containers above what changed are added up again (issue 15, part 3): a scenario of 10,000
 * brikker costs a few sums, not 10,000. Ranges add end by end and exactly, so the sum of the
 * containers' sums is the sum of the items. BrikEvaluator says which containers an edit made
 * stale (`forget`) and when everything is (`clear`).
 */
export class ScenarioSums {
    private readonly kept = new Map<Scenario, Kept>();

    /**
     * @param editing whether edits are to come (an editor has a document open); without them,
     *   as in the CLI, a scenario is added up once, flat, and no sum per container is kept.
     */
    constructor(private readonly evaluator: BrikEvaluator, private readonly editing: () => boolean) {}

    /** The sum of what `scenario` includes, ranges kept. */
    sum(scenario: Scenario, included: ReadonlyMap<Item, Inclusion>): Totals {
        if (!this.editing()) {
            return this.flatSum(scenario, included);
        }
        const kept = this.keptFor(scenario, included);
        const sum = kept.flat ? undefined : this.containerSum(scenario.$container, scenario, kept, new Set());
        if (sum) {
            return sum;
        }
        kept.flat = true;
        kept.sums.clear();
        return this.flatSum(scenario, included);
    }

    /** Containers whose sums an edit made stale, in every scenario. */
    forget(containers: ReadonlySet<AstNode>): void {
        for (const kept of this.kept.values()) {
            containers.forEach(container => kept.sums.delete(container));
        }
    }

    clear(): void {
        this.kept.clear();
    }

    /**
     * The sums kept for a scenario, less those above every item whose inclusion changed since
     * they were made: an edit that renames a brik can change what a clause names elsewhere.
     */
    private keptFor(scenario: Scenario, included: ReadonlyMap<Item, Inclusion>): Kept {
        const kept = this.kept.get(scenario);
        if (!kept) {
            const fresh: Kept = { included, sums: new Map(), flat: false };
            this.kept.set(scenario, fresh);
            return fresh;
        }
        const changed = [...included].filter(([item, inclusion]) => kept.included.get(item) !== inclusion).map(([item]) => item);
        changed.push(...[...kept.included.keys()].filter(item => !included.has(item)));
        changed.forEach(item => this.evaluator.containersCounting(item).forEach(container => kept.sums.delete(container)));
        kept.included = included;
        return kept;
    }

    /** Undefined when a fragment is met twice. */
    private containerSum(container: Budget | Fragment | Area | Theme, scenario: Scenario, kept: Kept, fragments: Set<AstNode>): Totals | undefined {
        const known = kept.sums.get(container);
        if (known) {
            return known;
        }
        const builder = new TotalsBuilder(this.evaluator.header(scenario).periods);
        for (const member of membersOf(container)) {
            let below: Fragment | Area | Theme | undefined;
            if (isItem(member)) {
                const inclusion = kept.included.get(member);
                if (inclusion) {
                    builder.addTotals(unresolvedItemTotals(this.evaluator, member, inclusion, scenario));
                }
            } else if (isTheme(member) || isArea(member)) {
                below = member;
            } else if (isInclude(member)) {
                below = this.evaluator.includedRoot(member);
                if (below && fragments.has(below)) {
                    return undefined;
                }
                below && fragments.add(below);
            }
            if (below) {
                const sum = this.containerSum(below, scenario, kept, fragments);
                if (!sum) {
                    return undefined;
                }
                builder.addTotals(sum);
            }
        }
        const sum = builder.build();
        kept.sums.set(container, sum);
        return sum;
    }

    private flatSum(scenario: Scenario, included: ReadonlyMap<Item, Inclusion>): Totals {
        const builder = new TotalsBuilder(this.evaluator.header(scenario).periods);
        for (const [item, inclusion] of included) {
            builder.addTotals(unresolvedItemTotals(this.evaluator, item, inclusion, scenario));
        }
        return builder.build();
    }
}
