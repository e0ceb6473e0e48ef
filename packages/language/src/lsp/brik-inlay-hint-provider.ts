import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, interruptAndCheck } from 'langium';
import type { InlayHintAcceptor } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import { CancellationToken, InlayHintKind } from 'vscode-languageserver';
import type { Area, Document, ScenarioRamme, Theme, Total } from '../generated/ast.js';
import { isArea, isDocument, isScenarioRamme, isTheme, isTotal } from '../generated/ast.js';
import type { BrikServices } from '../brik-module.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { evaluateDeclaredTotal, isDeclaredTotal } from '../evaluation/declared-total.js';
import { exactInterval } from '../evaluation/interval.js';
import type { Locale } from '../format/format-amount.js';
import { amountFormat, formatInterval } from '../format/format-amount.js';
import { headerEnd } from '../helpers/document-root.js';
import { budgetYearFigure } from './budget-year-figure.js';
import { wordsOf } from '../words/words.js';
import type { BrikSettings } from './brik-settings.js';

/**
 * The computed netto of the budget year after each container's `{` (of anlæg, `Σ anlæg 2023: …`,
 * where only anlæg holds money), and beside a declared
 * total that does not hold, the computed figure.
 */
export class BrikInlayHintProvider extends AbstractInlayHintProvider {
    private readonly evaluator: BrikEvaluator;
    private readonly settings: BrikSettings;

    constructor(services: BrikServices) {
        super();
        this.evaluator = services.evaluation.Evaluator;
        this.settings = services.lsp.BrikSettings;
    }

    /**
     * Langium's loop, with the locale read once when the request starts and passed down: the
     * service is shared by every request, and the loop yields between nodes to other requests.
     */
    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = CancellationToken.None): Promise<InlayHint[] | undefined> {
        if (!this.settings.inlayHintsEnabled) {
            return [];
        }
        const locale = this.settings.locale;
        const hints: InlayHint[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value, { range: params.range })) {
            await interruptAndCheck(cancelToken);
            this.hintsOf(node, locale, hint => hints.push(hint));
        }
        return hints;
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        this.hintsOf(node, this.settings.locale, acceptor);
    }

    private hintsOf(node: AstNode, locale: Locale, acceptor: InlayHintAcceptor): void {
        if (isArea(node) || isTheme(node) || isDocument(node)) {
            this.containerHint(node, locale, acceptor);
        } else if (isTotal(node)) {
            this.totalHint(node, locale, acceptor);
        } else if (isScenarioRamme(node)) {
            this.rammeHint(node, locale, acceptor);
        }
    }

    /** After `ramme`: the room left in the tightest year, or the largest excess. */
    private rammeHint(clause: ScenarioRamme, locale: Locale, acceptor: InlayHintAcceptor): void {
        const result = this.evaluator.scenario(clause.$container);
        const header = this.evaluator.header(clause);
        const end = clause.$cstNode?.range.end;
        if (!result.ramme || !end || header.years.length === 0) {
            return;
        }
        const format = amountFormat(header, locale);
        const worst = result.largestExcess;
        const room = result.room;
        let label: string;
        if (worst) {
            label = wordsOf(locale).hints.exceeded(worst.year, formatInterval(exactInterval(worst.by.max), format));
        } else if (room) {
            label = wordsOf(locale).hints.room(room.year, formatInterval(room.by, format));
        } else {
            return;
        }
        acceptor({ position: end, label, kind: InlayHintKind.Parameter, paddingLeft: true });
    }

    private containerHint(node: Area | Theme | Document, locale: Locale, acceptor: InlayHintAcceptor): void {
        const brace = headerEnd(node);
        const figure = budgetYearFigure(this.evaluator, node, locale);
        if (!brace || !figure) {
            return;
        }
        acceptor({
            position: brace.range.end,
            label: figure.label,
            kind: InlayHintKind.Parameter,
            paddingLeft: true
        });
    }

    private totalHint(total: Total, locale: Locale, acceptor: InlayHintAcceptor): void {
        const result = evaluateDeclaredTotal(this.evaluator, total);
        const end = total.$cstNode?.range.end;
        // An unknown computed figure neither holds nor differs: the unreadable amount has its own error.
        if (!isDeclaredTotal(result) || result.holds || result.computed.unknown || !end) {
            return;
        }
        acceptor({
            position: end,
            label: `≠ ${formatInterval(result.computed, { decimals: result.printDecimals, locale })}`,
            tooltip: wordsOf(locale).hints.computedTotal,
            kind: InlayHintKind.Parameter,
            paddingLeft: true
        });
    }
}
