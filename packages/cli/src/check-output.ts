import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { IssueDescriptions } from '@brik/language';
import type { Problem } from './problems.js';

export interface CheckSummary {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
}

export function summarise(files: number, problems: readonly Problem[]): CheckSummary {
    return {
        files,
        errors: problems.filter(p => p.severity === 'error').length,
        warnings: problems.filter(p => p.severity === 'warning').length
    };
}

/** `path:line:column: severity: message [code]`, one line per problem (§10). */
export function textOutput(problems: readonly Problem[]): string {
    return problems.map(p => `${p.path}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.code}]\n`).join('');
}

/** The closing line for a person at a terminal; never printed into a pipe. */
export function summaryLine(summary: CheckSummary): string {
    const files = summary.files === 1 ? '1 fil' : `${summary.files} filer`;
    if (summary.errors === 0 && summary.warnings === 0) {
        return `${files} tjekket: ingen problemer.\n`;
    }
    const errors = summary.errors === 1 ? '1 fejl' : `${summary.errors} fejl`;
    const warnings = summary.warnings === 1 ? '1 advarsel' : `${summary.warnings} advarsler`;
    return `${files} tjekket: ${errors}, ${warnings}.\n`;
}

export function jsonOutput(summary: CheckSummary, problems: readonly Problem[]): string {
    return JSON.stringify({ schema: 'brik-check/1', ...summary, problems }, null, 2) + '\n';
}

const SARIF_LEVELS: Record<Problem['severity'], Result.level> = {
    error: 'error', warning: 'warning', info: 'note', hint: 'note'
};

/** A relative path stays relative (SARIF resolves it against the checkout); both are URIs. */
function artifactUri(file: string): string {
    return path.isAbsolute(file)
        ? pathToFileURL(file).href
        : file.split(path.sep).map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0, for code-scanning dashboards; every Brik code is a rule with its description. */
export function sarifOutput(problems: readonly Problem[], version: string): string {
    const rules: ReportingDescriptor[] = Object.entries(IssueDescriptions).map(([id, text]) => ({
        id, shortDescription: { text }
    }));
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'brik', version, rules } },
            columnKind: 'utf16CodeUnits',
            results: problems.map((p): Result => ({
                ruleId: p.code,
                ...(ruleIndex.has(p.code) ? { ruleIndex: ruleIndex.get(p.code) } : {}),
                level: SARIF_LEVELS[p.severity],
                message: { text: p.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: artifactUri(p.path) },
                        region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn }
                    }
                }]
            }))
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}
