import { collectBrikFiles } from '../collect-files.js';
import { jsonOutput, sarifOutput, summarise, summaryLine, textOutput } from '../check-output.js';
import { ExitCode } from '../exit-codes.js';
import type { LimitOptions } from '../limits.js';
import { loadDocuments } from '../load-documents.js';
import type { ParserOptions } from '../parser-choice.js';
import { problemsOf } from '../problems.js';
import { diskFiles } from '../source-files.js';
import { workspaceRoot } from '../workspace-root.js';
import { writeOutput } from '../write-output.js';

export type CheckFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions extends LimitOptions, ParserOptions {
    readonly format: CheckFormat;
    readonly version: string;
}

/** `brik check PATH…`: every problem of every file; 0 without errors, 1 with. */
export async function checkCommand(paths: readonly string[], options: CheckOptions): Promise<number> {
    const files = await collectBrikFiles(paths);
    const { documents, unread } = await loadDocuments(files, workspaceRoot(paths), diskFiles, options);
    const problems = problemsOf(documents, unread);
    const summary = summarise(files.length, problems);
    switch (options.format) {
        case 'json':
            await writeOutput(jsonOutput(summary, problems), undefined);
            break;
        case 'sarif':
            await writeOutput(sarifOutput(problems, options.version), undefined);
            break;
        default:
            await writeOutput(textOutput(problems) + (process.stdout.isTTY ? summaryLine(summary) : ''), undefined);
    }
    return summary.errors > 0 ? ExitCode.Errors : ExitCode.Ok;
}
