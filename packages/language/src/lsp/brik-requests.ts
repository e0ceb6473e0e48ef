import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import { CodeLensRefreshRequest, DiagnosticSeverity } from 'vscode-languageserver';
import type { BrikServices } from '../brik-module.js';
import { isBudget } from '../generated/ast.js';
import { formatInterval } from '../format/format-amount.js';
import { renderTextReport } from '../report/render-report.js';
import { buildReportModel } from '../report/report-model.js';
import { budgetsWithMoney } from '../report/report-structure.js';
import type { BalanceParams, BalanceResult, ReportParams, ReportResult } from './brik-protocol.js';
import { BalanceRequest, ReportRequest } from './brik-protocol.js';

function errorCount(document: LangiumDocument): number {
    return (document.diagnostics ?? []).filter(d => d.severity === DiagnosticSeverity.Error).length;
}

/** Answers Brik's own requests (brik-protocol.ts) from the evaluator, once a document is validated. */
export class BrikRequestHandler {
    constructor(private readonly services: BrikServices) {}

    register(): void {
        const connection = this.services.shared.lsp.Connection;
        connection?.onRequest(BalanceRequest, params => this.balance(params));
        connection?.onRequest(ReportRequest, params => this.report(params));
        // Inlay hints and lenses print figures in the user's locale and may be switched off:
        // when `brik.*` changes, the editor must ask for them again.
        this.services.shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
            if (update.section === 'brik') {
                connection?.languages.inlayHint.refresh().catch(() => undefined);
                connection?.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
            }
        });
    }

    private async validated(uri: string): Promise<LangiumDocument | undefined> {
        const workspace = this.services.shared.workspace;
        const parsed = URI.parse(uri);
        if (!workspace.LangiumDocuments.hasDocument(parsed)) {
            return undefined;
        }
        await workspace.DocumentBuilder.waitUntil(DocumentState.Validated, parsed);
        return workspace.LangiumDocuments.getDocument(parsed);
    }

    async balance(params: BalanceParams): Promise<BalanceResult> {
        const document = await this.validated(params.uri);
        const root = document?.parseResult.value;
        if (!document || !isBudget(root)) {
            return { errors: document ? errorCount(document) : 0 };
        }
        const evaluator = this.services.evaluation.Evaluator;
        const frame = evaluator.frame(root);
        const totals = evaluator.totalsOf(root);
        const [budget] = budgetsWithMoney(totals);
        const netto = totals[budget].netto[0];
        const locale = await this.services.lsp.BrikSettings.locale();
        return {
            budget: root.name,
            of: budget === 'drift' ? 'drift' : 'anlæg',
            text: frame.years.length > 0 ? formatInterval(netto, { decimals: frame.unit?.printDecimals ?? 1, locale }) : undefined,
            year: frame.years[0],
            unit: frame.unit?.label,
            balanced: budget === 'drift' ? netto.max.lessThanOrEqualTo(0) : undefined,
            errors: errorCount(document)
        };
    }

    async report(params: ReportParams): Promise<ReportResult> {
        const document = await this.validated(params.uri);
        const root = document?.parseResult.value;
        if (!document || !isBudget(root)) {
            return { basedOnErrors: false, message: 'Filen indeholder ikke et budget.' };
        }
        const errors = errorCount(document) > 0;
        const model = buildReportModel(this.services.evaluation.Evaluator, root, { basedOnErrors: errors });
        const locale = params.locale ?? await this.services.lsp.BrikSettings.locale();
        return { basedOnErrors: errors, content: renderTextReport(model, params.format, locale) };
    }
}
