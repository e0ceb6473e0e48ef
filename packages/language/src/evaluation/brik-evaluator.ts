import type { AstNode, LangiumCoreServices } from 'langium';
import { AstUtils, WorkspaceCache } from 'langium';
import type { AmountLine, Area, Budget, Document, Fragment, Item, Member, Theme } from '../generated/ast.js';
import { isArea, isDocument, isItem, isTheme } from '../generated/ast.js';
import type { BudgetFrame } from './budget-frame.js';
import { frameOf } from './budget-frame.js';
import { itemKind, lineBudget, lineColumn } from './item-kind.js';
import { profileSeries } from './profile.js';
import type { Series, Totals } from './totals.js';
import { TotalsBuilder, zeroSeries } from './totals.js';

/** A node that has totals: the document, an område, a tema or an item. */
export type EvaluatedNode = Budget | Fragment | Area | Theme | Item;

/**
 * The one place where Brik computes money (§5). Validators, hover, inlay hints, code lens
 * and every report ask this service; results are cached until the workspace changes.
 * It never throws on broken input: what cannot be read counts as nothing, and the
 * validator says why.
 */
export class BrikEvaluator {
    private readonly frames: WorkspaceCache<AstNode, BudgetFrame>;
    private readonly totals: WorkspaceCache<AstNode, Totals>;
    private readonly lines: WorkspaceCache<AstNode, Series>;

    constructor(services: LangiumCoreServices) {
        this.frames = new WorkspaceCache(services.shared);
        this.totals = new WorkspaceCache(services.shared);
        this.lines = new WorkspaceCache(services.shared);
    }

    /** The header (years, unit, price level) that governs a node's amounts. */
    frame(node: AstNode): BudgetFrame {
        const document = AstUtils.getContainerOfType(node, isDocument) as Document | undefined;
        if (!document) {
            return { years: [], periods: 1, unit: undefined, priceLevel: undefined };
        }
        return this.frames.get(document, () => frameOf(document));
    }

    /** What one amount line puts in each period, in the budget's unit. */
    lineSeries(line: AmountLine): Series {
        return this.lines.get(line, () => profileSeries(line, this.frame(line).years));
    }

    totalsOf(node: EvaluatedNode): Totals {
        return this.totals.get(node, () => isItem(node) ? this.itemTotals(node) : this.containerTotals(node));
    }

    private itemTotals(item: Item): Totals {
        const builder = new TotalsBuilder(this.frame(item).periods);
        const kind = itemKind(item);
        for (const element of item.elements) {
            if (element.$type !== 'AmountLine') {
                continue;
            }
            const series = this.lineSeries(element);
            const budget = lineBudget(element.kind);
            if (budget === 'årsværk') {
                builder.addStaff(series);
            } else {
                builder.addLine(budget, lineColumn(kind, element.kind), series);
            }
        }
        return builder.build();
    }

    private containerTotals(container: Budget | Fragment | Area | Theme): Totals {
        const builder = new TotalsBuilder(this.frame(container).periods);
        for (const member of container.members) {
            if (isItem(member) || isTheme(member) || isArea(member)) {
                builder.addTotals(this.totalsOf(member));
            }
        }
        return builder.build();
    }

    /** The zero series of the budget a node belongs to. */
    zero(node: AstNode): Series {
        return zeroSeries(this.frame(node).periods);
    }

    /** The items below a node, in document order. */
    itemsOf(node: EvaluatedNode): Item[] {
        if (isItem(node)) {
            return [node];
        }
        return (node.members as readonly Member[]).flatMap(member =>
            isItem(member) || isTheme(member) || isArea(member) ? this.itemsOf(member) : []);
    }
}
