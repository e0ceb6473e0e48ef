import type { AstNode, LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { AmountLine, Area, Budget, Document, Fragment, Include, Item, Range, Scenario, Theme } from '../generated/ast.js';
import { isBudget, isDocument, isFragment, isItem, isUnavoidable } from '../generated/ast.js';
import type { BrikServices } from '../brik-module.js';
import type { BrikIncludes } from '../workspace/brik-includes.js';
import type { BudgetHeader, UnitInfo } from './budget-header.js';
import { headerOf } from './budget-header.js';
import { NodeCache } from './node-cache.js';
import { readRoot } from '../helpers/document-root.js';
import { BudgetWalk } from '../helpers/budget-walk.js';
import type { ExactDecimal } from './exact-decimal.js';
import type { FigureView, FigureViewOptions, FigureViewProblem } from './figure-view.js';
import { figureView } from './figure-view.js';
import type { Interval } from './interval.js';
import { scaleInterval, UNKNOWN_INTERVAL } from './interval.js';
import { itemColumn, lineBudget, lineColumn, moneyUnitIn } from './item-column.js';
import { otherPriceLevels } from './price-restatement.js';
import { lineOuterUse, profileSeries, rangeValue } from './profile.js';
import type { Inclusion, ScenarioResult } from './scenario-evaluation.js';
import { defaultInclusion, evaluateScenario } from './scenario-evaluation.js';
import { ScenarioSums } from './scenario-sums.js';
import type { Series, Totals } from './totals.js';
import { mapTotals, TotalsBuilder, zeroSeries } from './totals.js';
import { convertInterval, inKroner, unitFactor } from './unit-conversion.js';

/** A node that has totals: the document, an område, a tema or an item. */
export type EvaluatedNode = Budget | Fragment | Area | Theme | Item;

const NO_FRAME: BudgetHeader = { years: [], periods: 1, unit: undefined, priceLevel: undefined };

/**
 * The one place where Brik computes money (§5). Validators, hover, inlay hints, code lens
 * and every report ask this service; consumers print what it gives and compute nothing
 * themselves. It never throws on broken input: an amount that cannot be read is unknown
 * (`Interval.unknown`), and so is every figure that counts it; the validator says why.
 *
 * What it computes is kept per AST node, also across edits (issue 15, part 3). It hears what each
 * parse changed (`ParseChanges`, fired by the document factory), as do the walk's recorded
 * includes and the scenario sums, each on its own: nothing, when the text was the one already
 * parsed; when an edit re-parsed one brik alone (`itemReplaced`), the totals of the containers
 * that count that brik, in its own document and in every document that includes it, and every
 * scenario; after a whole parse or a removed document, everything (`forgetAll`). The lists of
 * items it hands out never change: an edit makes new ones. `test/workspace/incremental-equivalence.test.ts`
 * compares the figures after hundreds of edits with those of a cold build.
 */
export class BrikEvaluator {
    private readonly includes: BrikIncludes;
    private readonly headers = new NodeCache<BudgetHeader>();
    private readonly totals = new NodeCache<Totals>();
    private readonly lines = new NodeCache<Series>();
    private readonly scenarios = new NodeCache<ScenarioResult>();
    private readonly itemLists = new NodeCache<readonly Item[]>();
    /** Beside each list of items: what each item is in a scenario unasked. */
    private readonly unaskedLists = new NodeCache<ReadonlyArray<Inclusion | undefined>>();
    private readonly scenarioSums: ScenarioSums;
    /** The walk over a container's members across includes, which every sum of members takes. */
    readonly walk: BudgetWalk;

    constructor(services: BrikServices) {
        this.includes = services.shared.workspace.Includes;
        const changes = services.shared.workspace.ParseChanges;
        this.walk = new BudgetWalk(this.includes, changes);
        this.scenarioSums = new ScenarioSums(this, changes);
        changes.onChange(change => {
            switch (change.kind) {
                case 'unchanged': return;
                case 'brik': return this.itemReplaced(change.old, change.item);
                case 'whole':
                case 'removed': return this.forgetAll();
            }
        });
    }

    /** Forgets every figure: after a whole parse, and when a document comes or goes. */
    private forgetAll(): void {
        this.headers.clear();
        this.totals.clear();
        this.lines.clear();
        this.scenarios.clear();
        this.itemLists.clear();
        this.unaskedLists.clear();
    }

    /**
     * An edit re-parsed one brik alone and put `fresh` where `old` stood (line-reparse.ts): the
     * figures of the containers that count it, and every scenario's, are computed again when
     * next asked. The years, unit and price level stay: a brik does not set them.
     */
    private itemReplaced(old: Item, fresh: Item): void {
        const stale = this.containersCounting(fresh);
        stale.forEach(container => this.totals.delete(container));
        // The lists of items stay as they were but for the one, in new arrays: a list handed out
        // before (a scenario's result and sums hold the one they counted) never changes under its holder.
        stale.forEach(container => {
            const items = this.itemLists.peek(container);
            const at = items?.indexOf(old) ?? -1;
            if (at >= 0) {
                this.itemLists.set(container, items!.with(at, fresh));
                const unasked = this.unaskedLists.peek(container);
                if (unasked) {
                    this.unaskedLists.set(container, unasked.with(at, defaultInclusion(fresh)));
                }
            }
        });
        // What a scenario includes may change with any brik (a name, a mark).
        this.scenarios.clear();
    }

    /**
     * The containers whose figures count `node`: those it stands in, up to its document, and
     * on through every container that includes that document, and so on.
     */
    containersCounting(node: AstNode): Set<AstNode> {
        return this.walk.containersCounting(node);
    }

    /** The header (years, unit, price level) that governs a node's amounts. */
    header(node: AstNode): BudgetHeader {
        // The root is the top of the containers (checks ask this of every amount: no type tests on the way).
        const document = readRoot(this.rootOf(node));
        if (!document) {
            return NO_FRAME;
        }
        return this.headers.get(document, () => headerOf(document, isBudget(document) ? undefined : this.inheritedHeader(document)));
    }

    /** A fragment's years and price level: those of the budget that includes it. */
    private inheritedHeader(fragment: Fragment): BudgetHeader | undefined {
        const uri = fragment.$document?.uri;
        if (!uri) {
            return undefined;
        }
        for (const includer of this.includes.includersOf(uri)) {
            const root = this.documentAt(includer)?.parseResult.value;
            if (isBudget(root)) {
                return this.header(root);
            }
        }
        return undefined;
    }

    private documentAt(uri: string): LangiumDocument | undefined {
        return this.includes.documentAt(URI.parse(uri));
    }

    /** What one amount line puts in each period, in its document's unit. */
    lineSeries(line: AmountLine): Series {
        return this.lines.get(line, () => {
            const header = this.header(line);
            return profileSeries(line, header.years, lineBudget(line.kind) === 'årsværk' ? undefined : header.unit);
        });
    }

    /**
     * The unit a range's amounts are money in (that of its budget, or of the fragment it stands
     * in); undefined where they are not money (årsværk, §2) or the unit is unknown.
     */
    moneyUnit(range: Range): UnitInfo | undefined {
        return moneyUnitIn(range, this.header(range));
    }

    /** The interval a written range stands for, read in its own unit (thousands dots as meant, §2). */
    rangeValue(range: Range | undefined): Interval | undefined {
        return range && rangeValue(range, this.moneyUnit(range));
    }

    /** A node's totals in the unit of its own document. */
    totalsOf(node: EvaluatedNode): Totals {
        return this.totals.get(node, () => isItem(node) ? this.itemTotals(node) : this.containerTotals(node));
    }

    /** A node's totals in the unit of another node's document (a fragment's, counted in its budget). */
    totalsIn(node: EvaluatedNode, host: AstNode): Totals {
        const totals = this.totalsOf(node);
        const factor = this.unitFactor(node, host);
        return factor ? mapTotals(totals, interval => scaleInterval(interval, factor), true) : totals;
    }

    /**
     * What one unit of `from`'s document is in `to`'s unit (1.000 kr. in mio. kr.: 0.001), exactly;
     * undefined when the units agree or one is unknown.
     */
    unitFactor(from: AstNode, to: AstNode): ExactDecimal | undefined {
        return unitFactor(this.header(from).unit, this.header(to).unit);
    }

    /**
     * The part of an item's budget-year amount marked unavoidable (`uomgængelig 0.9`), in the unit
     * of `host`'s document; undefined when the whole item is unavoidable or none of it is, unknown
     * when the part cannot be read.
     */
    unavoidablePart(item: Item, host: AstNode = item): Interval | undefined {
        const written = item.elements.find(isUnavoidable)?.amount;
        if (!written) {
            return undefined;
        }
        return convertInterval(this.rangeValue(written) ?? UNKNOWN_INTERVAL, this.header(item).unit, this.header(host).unit);
    }

    /** A written amount in kroner (2.8 mio. kr. is 2,800,000 kr.); undefined when it cannot be read or is no money. */
    amountInKroner(range: Range): Interval | undefined {
        const value = this.rangeValue(range);
        const unit = this.moneyUnit(range);
        return value && unit && inKroner(value, unit);
    }

    /** A written amount restated in every other year of its document's prisindeks (§8). */
    amountInOtherPriceLevels(range: Range): Array<{ readonly priceLevel: number; readonly value: Interval }> {
        const value = this.rangeValue(range);
        const from = this.header(range).priceLevel;
        const root = this.rootOf(range);
        return value && from !== undefined && isDocument(root) ? otherPriceLevels(value, root, from) : [];
    }

    /**
     * A budget's figures as a report shows them: all of it or one scenario (its containers the
     * sums of their items in it), in its own price level or restated (§8); or why they cannot be.
     */
    view(budget: Document, options: FigureViewOptions = {}): FigureView | FigureViewProblem {
        return figureView(this, budget, options);
    }

    private rootOf(node: AstNode): AstNode {
        let root = node;
        while (root.$container) {
            root = root.$container;
        }
        return root;
    }

    private itemTotals(item: Item): Totals {
        const builder = new TotalsBuilder(this.header(item).periods);
        const kind = itemColumn(item);
        for (const element of item.elements) {
            if (element.$type !== 'AmountLine') {
                continue;
            }
            const series = this.lineSeries(element);
            const budget = lineBudget(element.kind);
            builder.addUse(lineOuterUse(element));
            if (budget === 'årsværk') {
                builder.addStaff(series);
            } else {
                builder.addLine(budget, lineColumn(kind, element.kind), series);
            }
        }
        return builder.build();
    }

    private containerTotals(container: Budget | Fragment | Area | Theme): Totals {
        const builder = new TotalsBuilder(this.header(container).periods);
        this.walk.during(container, () => this.walk.members(container, member =>
            builder.addTotals(isFragment(member) ? this.totalsIn(member, container) : this.totalsOf(member))));
        return builder.build();
    }

    /** The fragment an include brings in, unless it is missing, refused, or part of a cycle (BudgetWalk). */
    includedFragment(include: Include): Fragment | undefined {
        return this.walk.includedFragment(include);
    }

    /** A scenario's contents, totals and excess over its ramme (§6). */
    scenario(scenario: Scenario): ScenarioResult {
        const budget = scenario.$container;
        return this.scenarios.get(scenario, () => evaluateScenario(this, scenario, this.itemsOf(budget),
            this.unaskedLists.get(budget, () => this.itemsOf(budget).map(defaultInclusion)),
            (items, inclusions) => this.scenarioSums.sum(scenario, items, inclusions)));
    }

    /** The zero series of the budget a node belongs to. */
    zero(node: AstNode): Series {
        return zeroSeries(this.header(node).periods);
    }

    /** The items below a node, in document order, included fragments counted (each once). */
    itemsOf(node: EvaluatedNode): readonly Item[] {
        return isItem(node) ? [node] : this.itemLists.get(node, () => this.walk.items(node));
    }
}
