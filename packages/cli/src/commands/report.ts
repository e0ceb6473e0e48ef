import type { Budget, Locale } from '@brik/language';
import { buildReportModel, isBudget, jsonReport, markdownReport } from '@brik/language';
import { collectBrikFiles } from '../collect-files.js';
import { textOutput } from '../check-output.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { loadDocuments } from '../load-documents.js';
import { problemsOf } from '../problems.js';
import { writeOutput } from '../write-output.js';

export type ReportFormat = 'json' | 'md';

export interface ReportOptions {
    readonly format: ReportFormat;
    readonly out?: string;
    readonly locale: Locale;
    readonly allowErrors: boolean;
}

/**
 * `brik report FILE`: the evaluated budget in one format. A file with errors is refused
 * (exit 1, its problems on stderr) unless --allow-errors, and then the report says so.
 */
export async function reportCommand(file: string, options: ReportOptions): Promise<number> {
    const files = await collectBrikFiles([file]);
    if (files.length !== 1) {
        throw new UsageError(`${file} er en mappe med ${files.length} filer; 'brik report' tager én fil.`);
    }
    const { services, documents } = await loadDocuments(files);
    const [document] = documents;
    const problems = problemsOf(documents);
    const hasErrors = problems.some(p => p.severity === 'error');
    if (hasErrors && !options.allowErrors) {
        process.stderr.write(textOutput(problems.filter(p => p.severity === 'error')));
        process.stderr.write(`Rapporten er ikke lavet, fordi ${file} har fejl. Ret dem, eller brug --allow-errors for en rapport, der er markeret som lavet af en fil med fejl.\n`);
        return ExitCode.Errors;
    }
    const root = document.parseResult.value;
    if (!isBudget(root)) {
        throw new UsageError(`${file} er et fragment; lav rapporten af det budget, der inkluderer det.`);
    }
    const model = buildReportModel(services.evaluation.Evaluator, root as Budget, hasErrors);
    const content = options.format === 'json' ? jsonReport(model) : markdownReport(model, { locale: options.locale });
    await writeOutput(content, options.out);
    return ExitCode.Ok;
}
