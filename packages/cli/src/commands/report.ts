import { mkdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Budget, BrikServices, Locale, ReportModel, ReportOutput } from '@brik/language';
import { buildReportModel, IssueCodes, isBudget, isFragment, reportErrors, reportRefused, reportScope, ReportViewError } from '@brik/language';
import { collectBrikFiles } from '../collect-files.js';
import { textOutput } from '../check-output.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { LimitOptions } from '../limits.js';
import { loadDocuments } from '../load-documents.js';
import type { ParserOptions } from '../parser-choice.js';
import { displayPath, problemsOf } from '../problems.js';
import type { ReportFormat } from '../report-formats.js';
import { isBinaryFormat, renderCliReport, reportExtension } from '../report-formats.js';
import { guardOutput } from '../output-guard.js';
import { closePdfBrowser } from '@brik/language/pdf';
import { diskFiles } from '../source-files.js';
import { writeOutput } from '../write-output.js';
import { REPORT_MEMORY_PER_SOURCE_BYTE } from '../memory-budget.js';

export type { ReportFormat } from '../report-formats.js';

export interface ReportOptions extends LimitOptions, ParserOptions {
    readonly format: ReportFormat;
    readonly out?: string;
    readonly locale: Locale;
    readonly allowErrors: boolean;
    /** Only this scenario's brikker and amounts (§6). */
    readonly scenario?: string;
    /** Every amount restated in this price level (§8). */
    readonly prisniveau?: number;
    /** The browser that prints --format pdf, instead of the one found on the machine. */
    readonly browser?: string;
}

/**
 * `brik report PATH`: the evaluated budget in one format. A file with errors is refused
 * (exit 1, its problems on stderr) unless --allow-errors, and then the report says so.
 * A folder gives one report per budget in it, into the folder named by --out.
 */
export async function reportCommand(target: string, options: ReportOptions): Promise<number> {
    try {
        return await reportTarget(target, options);
    } finally {
        // The browser that printed --format pdf, shared by every report of the run.
        await closePdfBrowser();
    }
}

async function reportTarget(target: string, options: ReportOptions): Promise<number> {
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory()) {
        return reportFolder(target, options);
    }
    if (options.out === undefined && isBinaryFormat(options.format) && process.stdout.isTTY) {
        throw new UsageError(`--format ${options.format} er binært og skrives ikke til terminalen: brug --out FIL, eller send det videre med > FIL.`);
    }
    const files = await collectBrikFiles([target]);
    const { services, documents, unread } = await loadDocuments(files, undefined, diskFiles, options, REPORT_MEMORY_PER_SOURCE_BYTE);
    if (documents.length === 0) {
        process.stderr.write(textOutput(unread));
        const why = unread.some(problem => problem.code === IssueCodes.FileTooLarge) ? 'er større, end Brik læser' : 'ikke er gemt som UTF-8';
        process.stderr.write(`Rapporten er ikke lavet, fordi ${target} ${why}.\n`);
        return ExitCode.Errors;
    }
    if (options.out !== undefined) {
        await guardOutput(options.out, { kind: 'report', inputs: documents.map(document => document.uri.fsPath) });
    }
    const content = await reportOf(services, documents[0], target, options);
    if (content === undefined) {
        return ExitCode.Errors;
    }
    await writeOutput(content, options.out);
    return ExitCode.Ok;
}

/**
 * The report of one budget, or undefined when errors in it or in a file it includes refuse
 * it (they are on stderr then).
 */
async function reportOf(services: BrikServices, document: LangiumDocument, shown: string, options: ReportOptions): Promise<ReportOutput | undefined> {
    const scope = reportScope(services.shared, document);
    if (reportRefused(scope, options.allowErrors)) {
        const errors = problemsOf(scope.documents).filter(p => p.severity === 'error');
        process.stderr.write(textOutput(errors));
        const where = errors.every(error => error.path === displayPath(document.uri.fsPath)) ? shown : `${shown} eller en fil, den inkluderer,`;
        process.stderr.write(`Rapporten er ikke lavet, fordi ${where} har fejl. Ret dem, eller brug --allow-errors for en rapport, der er markeret som lavet af en fil med fejl.\n`);
        return undefined;
    }
    const root = document.parseResult.value;
    if (isFragment(root)) {
        throw new UsageError(`${shown} er et fragment; lav rapporten af det budget, der inkluderer det.`);
    }
    if (!isBudget(root)) {
        // Only with --allow-errors: a file read as neither budget nor fragment has nothing to report.
        process.stderr.write(`Rapporten er ikke lavet, fordi ${shown} ikke kan læses som et budget.\n`);
        return undefined;
    }
    const model = viewOf(() => buildReportModel(services.evaluation.Evaluator, root as Budget, {
        basedOnErrors: scope.basedOnErrors, scenario: options.scenario, priceLevel: options.prisniveau,
        errors: reportErrors(scope, source => displayPath(source.uri.fsPath))
    }));
    return renderCliReport(model, options.format, { locale: options.locale, warn: message => process.stderr.write(`brik: advarsel: ${message}\n`) }, options.browser);
}

/** An unknown scenario or a missing price index year is a usage error (exit 2). */
function viewOf(build: () => ReportModel): ReportModel {
    try {
        return build();
    } catch (error) {
        throw error instanceof ReportViewError ? new UsageError(error.message) : error;
    }
}

/** A progress line for a person at a terminal; never written into a pipe or a log. */
function progress(line: string): void {
    if (process.stderr.isTTY) {
        process.stderr.write(`${line}\n`);
    }
}

/**
 * Every budget below the folder, each to `OUT/<relative path>.<format>`; fragments are
 * skipped. A file with errors is reported and refused, the others are still written.
 */
async function reportFolder(folder: string, options: ReportOptions): Promise<number> {
    const out = options.out;
    if (out === undefined) {
        throw new UsageError(`${folder} er en mappe: angiv med --out den mappe, rapporterne skal skrives i, fx --out rapporter/.`);
    }
    if ((await stat(out).catch(() => undefined))?.isFile()) {
        throw new UsageError(`--out ${out} er en fil; en mappe af kataloger giver én rapport pr. budget, så --out skal være en mappe.`);
    }
    const files = await collectBrikFiles([folder]);
    const { services, documents, unread } = await loadDocuments(files, undefined, diskFiles, options, REPORT_MEMORY_PER_SOURCE_BYTE);
    process.stderr.write(textOutput(unread));
    const reports = documents.filter(document => !isFragment(document.parseResult.value));
    if (reports.length === 0) {
        throw new UsageError(`${folder} har ingen budgetter (kun fragmenter eller ingen .brik-filer).`);
    }
    const root = path.resolve(folder);
    const targetOf = (file: string) => {
        const relative = path.relative(root, file);
        return path.join(out, relative.slice(0, -path.extname(relative).length) + reportExtension(options.format));
    };
    // Every target is checked before the first is written.
    const inputs = documents.map(document => document.uri.fsPath);
    for (const document of reports) {
        await guardOutput(targetOf(document.uri.fsPath), { kind: 'report', inputs });
    }
    await makeFolder(out);
    let written = 0;
    for (const [index, document] of reports.entries()) {
        const file = document.uri.fsPath;
        const target = targetOf(file);
        progress(`[${index + 1}/${reports.length}] ${displayPath(file)} → ${displayPath(path.resolve(target))}`);
        const content = await reportOf(services, document, displayPath(file), options);
        if (content !== undefined) {
            await makeFolder(path.dirname(target));
            await writeOutput(content, target);
            written++;
        }
    }
    const skipped = documents.length - reports.length;
    progress(`${written} af ${reports.length} rapporter skrevet i ${displayPath(path.resolve(out))}${skipped > 0 ? `; ${skipped} fragment${skipped === 1 ? '' : 'er'} sprunget over` : ''}.`);
    return written === reports.length && unread.length === 0 ? ExitCode.Ok : ExitCode.Errors;
}

async function makeFolder(folder: string): Promise<void> {
    await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`kunne ikke oprette mappen ${folder} (${error.code ?? error.message}).`);
    });
}
