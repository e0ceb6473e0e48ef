import * as path from 'node:path';
import { URI } from 'langium';
import type { Budget, Locale } from '@brik/language';
import { amountFormat, buildReportModel, diffBudgets, diffJson, diffMarkdown, diffText, hasChanges, isBudget } from '@brik/language';
import type { ReportModel } from '@brik/language';
import { textOutput } from '../check-output.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { LimitOptions } from '../limits.js';
import { inputPath } from '../input-files.js';
import { loadDocuments } from '../load-documents.js';
import { problemsOf } from '../problems.js';
import { diskFiles, gitFiles, gitTopLevel } from '../source-files.js';
import type { SourceFiles } from '../source-files.js';
import { writeOutput } from '../write-output.js';
import { REPORT_MEMORY_PER_SOURCE_BYTE } from '../memory-budget.js';

export interface DiffOptions extends LimitOptions {
    readonly format: 'text' | 'md' | 'json';
    readonly locale: Locale;
    readonly git?: string;
    readonly failOnChange: boolean;
}

/** Loads one version of a budget; a version with errors cannot be compared (exit 1). */
async function version(file: string, source: SourceFiles, label: string, limits: LimitOptions, root?: string): Promise<ReportModel | number> {
    const { services, documents, unread } = await loadDocuments([path.resolve(file)], root, source, limits, REPORT_MEMORY_PER_SOURCE_BYTE);
    const errors = problemsOf(documents, unread).filter(p => p.severity === 'error');
    if (errors.length > 0) {
        process.stderr.write(textOutput(errors));
        process.stderr.write(`Kan ikke sammenligne: ${label} har fejl.\n`);
        return ExitCode.Errors;
    }
    const budget = documents[0].parseResult.value;
    if (!isBudget(budget)) {
        throw new UsageError(`${label} er ikke et budget.`);
    }
    return buildReportModel(services.evaluation.Evaluator, budget as Budget);
}

/**
 * `brik diff OLD NEW`, or `brik diff --git REV FILE`: what changed between two versions of a
 * budget. Exit 0; with --fail-on-change, 1 when anything changed.
 */
export async function diffCommand(files: readonly string[], options: DiffOptions): Promise<number> {
    let before: ReportModel | number;
    let after: ReportModel | number;
    for (const file of files) {
        await inputPath(file, { folders: false });
    }
    if (options.git !== undefined) {
        if (files.length !== 1) {
            throw new UsageError("'brik diff --git REV' tager én fil: den nuværende version sammenlignes med REV.");
        }
        const topLevel = await gitTopLevel(path.dirname(path.resolve(files[0]))).catch(() => {
            throw new UsageError(`${files[0]} ligger ikke i et git-repository.`);
        });
        const old = gitFiles(options.git, topLevel);
        if (!await old.provider.exists(URI.file(path.resolve(files[0])))) {
            throw new UsageError(`${files[0]} findes ikke i git-revisionen ${options.git}. Tjek revisionens navn, eller om filen hed noget andet dengang.`);
        }
        before = await version(files[0], old, `${options.git}:${files[0]}`, options, topLevel);
        after = await version(files[0], diskFiles, files[0], options);
    } else {
        if (files.length !== 2) {
            throw new UsageError("'brik diff' tager to filer: den gamle og den nye version (eller --git REV FIL).");
        }
        before = await version(files[0], diskFiles, files[0], options);
        after = await version(files[1], diskFiles, files[1], options);
    }
    if (typeof before === 'number' || typeof after === 'number') {
        return ExitCode.Errors;
    }
    const diff = diffBudgets(before, after);
    const format = amountFormat(after.header, options.locale);
    const content = options.format === 'json' ? diffJson(diff) : options.format === 'md' ? diffMarkdown(diff, format) : diffText(diff, format);
    await writeOutput(content, undefined);
    return options.failOnChange && hasChanges(diff) ? ExitCode.Errors : ExitCode.Ok;
}
