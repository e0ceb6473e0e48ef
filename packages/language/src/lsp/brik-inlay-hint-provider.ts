import type { AstNode, LangiumDocument } from 'langium';
import type { InlayHintAcceptor } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams } from 'vscode-languageserver';
import { InlayHintKind } from 'vscode-languageserver';
import type { Area, Document, ScenarioRamme, Theme, Total } from '../generated/ast.js';
import { isArea, isDocument, isScenarioRamme, isTheme, isTotal } from '../generated/ast.js';
import type { BrikServices } from '../brik-module.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { evaluateDeclaredTotal, isDeclaredTotal } from '../evaluation/declared-total.js';
import { exactInterval } from '../evaluation/interval.js';
import type { Locale } from '../format/format-amount.js';
import { amountFormat, formatInterval } from '../format/format-amount.js';
import { headerEnd } from '../helpers/document-root.js';
import { budgetsWithMoney } from '../report/report-structure.js';
import { reportLabels } from '../report/report-labels.js';
import type { BrikSettings } from './brik-settings.js';

/**
 * The computed netto of the budget year after each container's `{` (of anlæg, `Σ anlæg 2023: …`,
 * where only anlæg holds money), and beside a declared
 * total that does not hold, the computed figure.
 */
export class BrikInlayHintProvider extends AbstractInlayHintProvider {
    private readonly evaluator: BrikEvaluator;
    private readonly settings: BrikSettings;
    private locale: Locale = 'da';

    constructor(services: BrikServices) {
        super();
        this.evaluator = services.evaluation.Evaluator;
        this.settings = services.lsp.BrikSettings;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        if (!await this.settings.inlayHintsEnabled()) {
            return [];
        }
        this.locale = await this.settings.locale();
        return super.getInlayHints(document, params, cancelToken);
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isArea(node) || isTheme(node) || isDocument(node)) {
            this.containerHint(node, acceptor);
        } else if (isTotal(node)) {
            this.totalHint(node, acceptor);
        } else if (isScenarioRamme(node)) {
            this.rammeHint(node, acceptor);
        }
    }

    /** After `ramme`: the room left in the tightest year, or the largest excess. */
    private rammeHint(clause: ScenarioRamme, acceptor: InlayHintAcceptor): void {
        const result = this.evaluator.scenario(clause.$container);
        const header = this.evaluator.header(clause);
        const end = clause.$cstNode?.range.end;
        if (!result.ramme || !end || header.years.length === 0) {
            return;
        }
        const format = amountFormat(header, this.locale);
        const worst = result.largestExcess;
        const room = result.room;
        let label: string;
        if (worst) {
            label = `${this.locale === 'da' ? 'overskredet' : 'exceeded'} ${worst.year}: ${formatInterval(exactInterval(worst.by.max), format)}`;
        } else if (room) {
            label = `${this.locale === 'da' ? 'råderum' : 'room'} ${room.year}: ${formatInterval(room.by, format)}`;
        } else {
            return;
        }
        acceptor({ position: end, label, kind: InlayHintKind.Parameter, paddingLeft: true });
    }

    private containerHint(node: Area | Theme | Document, acceptor: InlayHintAcceptor): void {
        const header = this.evaluator.header(node);
        const brace = headerEnd(node);
        if (!brace || header.years.length === 0) {
            return;
        }
        const totals = this.evaluator.totalsOf(node);
        const [budget] = budgetsWithMoney(totals);
        const netto = totals[budget].netto[0];
        const which = budget === 'drift' ? '' : `${reportLabels(this.locale)[budget].toLowerCase()} `;
        acceptor({
            position: brace.range.end,
            label: `Σ ${which}${header.years[0]}: ${formatInterval(netto, amountFormat(header, this.locale))}`,
            kind: InlayHintKind.Parameter,
            paddingLeft: true
        });
    }

    private totalHint(total: Total, acceptor: InlayHintAcceptor): void {
        const result = evaluateDeclaredTotal(this.evaluator, total);
        const end = total.$cstNode?.range.end;
        // An unknown computed figure neither holds nor differs: the unreadable amount has its own error.
        if (!isDeclaredTotal(result) || result.holds || result.computed.unknown || !end) {
            return;
        }
        const decimals = Math.max(result.decimals.min, result.decimals.max, this.evaluator.header(total).unit?.printDecimals ?? 0);
        acceptor({
            position: end,
            label: `≠ ${formatInterval(result.computed, { decimals, locale: this.locale })}`,
            tooltip: this.locale === 'da' ? 'Den beregnede total' : 'The computed total',
            kind: InlayHintKind.Parameter,
            paddingLeft: true
        });
    }
}
