import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import type { BrikServices } from '../brik-module.js';
import type { Budget } from '../generated/ast.js';
import { isBudget } from '../generated/ast.js';
import type { HostWriters } from '../report/render-report.js';
import { base64Of, NoReportWriterError, renderReport, reportText } from '../report/render-report.js';
import type { ReportModel } from '../report/report-model.js';
import { buildReportModel } from '../report/report-model.js';
import { budgetYearFigure } from './budget-year-figure.js';
import type { ReportScope } from '../workspace/report-scope.js';
import { reportErrors, reportRefused, reportScope } from '../workspace/report-scope.js';
import type { BalanceParams, BalanceResult, ReportParams, ReportResult } from './brik-protocol.js';
import { BalanceRequest, ReportRequest } from './brik-protocol.js';

/** Answers Brik's own requests (brik-protocol.ts) from the evaluator, once a document is validated. */
export class BrikRequestHandler {
    /** @param hostWriters the writers of the formats the host supplies (pdf on Node); without one, such a format's request answers what to do instead. */
    constructor(private readonly services: BrikServices, private readonly hostWriters: HostWriters = {}) {}

    register(): void {
        const connection = this.services.shared.lsp.Connection;
        connection?.onRequest(BalanceRequest, params => this.balance(params));
        connection?.onRequest(ReportRequest, params => this.report(params));
        // Inlay hints and lenses print figures in the user's locale and may be switched off:
        // when `brik.*` changes, or is first read, the editor must ask for them again.
        this.services.lsp.BrikSettings.onDidChange(() => {
            connection?.languages.inlayHint.refresh().catch(() => undefined);
            connection?.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
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

    /** The document and the fragments it includes, as `brik report` counts them, once all are validated. */
    private async scopeOf(document: LangiumDocument): Promise<ReportScope> {
        const shared = this.services.shared;
        const first = reportScope(shared, document);
        for (const included of first.documents.slice(1)) {
            // A file the builder left out (Langium rejects the wait then) is counted as it stands.
            await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, included.uri).catch(() => undefined);
        }
        return first.documents.length > 1 ? reportScope(shared, document) : first;
    }

    async balance(params: BalanceParams): Promise<BalanceResult> {
        const document = await this.validated(params.uri);
        const root = document?.parseResult.value;
        if (!document) {
            return { errors: 0 };
        }
        const { errors } = await this.scopeOf(document);
        if (!isBudget(root)) {
            return { errors: errors.length };
        }
        const evaluator = this.services.evaluation.Evaluator;
        const header = evaluator.header(root);
        const figure = budgetYearFigure(evaluator, root, this.services.lsp.BrikSettings.locale);
        const budget = figure?.budget ?? 'drift';
        const netto = figure?.netto ?? evaluator.totalsOf(root).drift.netto[0];
        return {
            budget: root.name,
            of: budget,
            text: figure?.figure,
            year: header.years[0],
            unit: header.unit?.label,
            // An unknown balance is neither balanced nor not.
            balanced: budget === 'drift' && !netto.unknown ? netto.max.lessThanOrEqualTo(0) : undefined,
            ...(netto.unknown ? { unknown: true } : {}),
            errors: errors.length
        };
    }

    async report(params: ReportParams): Promise<ReportResult> {
        const document = await this.validated(params.uri);
        const root = document?.parseResult.value;
        if (!document || !isBudget(root)) {
            return { basedOnErrors: false, message: 'Filen indeholder ikke et budget.' };
        }
        const scope = await this.scopeOf(document);
        const { basedOnErrors } = scope;
        if (reportRefused(scope, params.allowErrors ?? false)) {
            return { basedOnErrors, refused: { errors: scope.errors.length }, message: `Rapporten er ikke lavet, fordi filen har ${scope.errors.length === 1 ? 'en fejl' : `${scope.errors.length} fejl`}.` };
        }
        const model = this.modelOf(root, scope);
        const locale = params.locale ?? this.services.lsp.BrikSettings.locale;
        try {
            const output = await renderReport(model, params.format, { locale }, this.hostWriters);
            return output instanceof Uint8Array
                ? { basedOnErrors, content: base64Of(output), encoding: 'base64' }
                : { basedOnErrors, content: reportText(output), encoding: 'text' };
        } catch (error) {
            if (error instanceof NoReportWriterError) {
                return { basedOnErrors, message: error.message };
            }
            throw error;
        }
    }

    /** The report model of a budget, naming the errors it rests on by file name. */
    private modelOf(root: Budget, scope: ReportScope): ReportModel {
        const errors = reportErrors(scope, source => source.uri.path.slice(source.uri.path.lastIndexOf('/') + 1));
        return buildReportModel(this.services.evaluation.Evaluator, root, { basedOnErrors: scope.basedOnErrors, errors });
    }
}
