import { replaceIndices } from 'langium/test';
import { expect } from 'vitest';
import { diagnosticMessage } from '../../src/validation/brik-document-validator.js';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { validate } from '../brik-test-services.js';

export interface FoundDiagnostic {
    readonly code: string | undefined;
    readonly severity: 'error' | 'warning' | 'info' | 'hint';
    readonly text: string;
    readonly message: string;
}

const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'] as const;

/**
 * Advice on what a brik means rather than how it is written: a test of how an amount is read
 * (`brik "A" drift −3.4`) need not mark `omstilling` to be clean. Tested in item-checks.test.ts.
 */
const ADVICE: ReadonlySet<string> = new Set([IssueCodes.OmstillingMissing]);

/**
 * Validates a source and lists its diagnostics with the exact text each one marks; ADVICE only
 * when asked for (`advice: true`).
 */
export async function diagnosticsOf(source: string, { advice = false } = {}): Promise<FoundDiagnostic[]> {
    const result = await validate(source);
    const document = result.document;
    return result.diagnostics.filter(d => advice || !ADVICE.has(String(d.code))).map(d => ({
        code: d.code === undefined ? undefined : String(d.code),
        severity: SEVERITIES[d.severity ?? 1] as FoundDiagnostic['severity'],
        text: document.textDocument.getText(d.range),
        message: diagnosticMessage(d)
    }));
}

/**
 * Expects exactly the diagnostics marked in the source with `<|…|>`, all with the given code
 * and severity, and nothing else (but ADVICE, unless it is the code): a rule fires where it
 * should and causes no cascade.
 */
export async function expectOnly(markedSource: string, code: string, severity: 'error' | 'warning' = 'error'): Promise<FoundDiagnostic[]> {
    const { output, ranges } = replaceIndices({ text: markedSource });
    const expected = ranges.map(([start, end]) => ({ code, severity, text: output.substring(start, end) }));
    const found = await diagnosticsOf(output, { advice: ADVICE.has(code) });
    expect(found.map(({ code, severity, text }) => ({ code, severity, text }))).toEqual(expected);
    return found;
}

/** Expects a source to be entirely clean, but for ADVICE. */
export async function expectClean(source: string): Promise<void> {
    expect(await diagnosticsOf(source)).toEqual([]);
}
