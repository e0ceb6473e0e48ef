import type { LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver';
import { IssueCodes } from '../validation/brik-issue-codes.js';

/**
 * The problems of text pasted from Word, PDFs and Excel whose fix only writes what Brik reads in
 * its own characters (LANGUAGE.md §11): a pasted minus, a typographic space between digit groups,
 * curly quotes, a `\` in an include path. Each fix rewrites its whole token as it is read (an
 * amount by asBrikAmount, a name by quotedString, a path by includePath), so no fix, nor any
 * order of them, changes a figure or a name. Problems whose fix answers a question (a plain space
 * between digits, `12,000`, a printed range) are left to the author.
 */
export const PASTED_TEXT_CODES: ReadonlySet<string> = new Set([
    IssueCodes.PastedMinus, IssueCodes.PastedDigitSpace, IssueCodes.CurlyQuotes, IssueCodes.IncludeBackslash
]);

/** The code action kind of "fix all pasted text", under `source.fixAll` so that `editor.codeActionsOnSave` runs it. */
export const FIX_ALL_PASTED_TEXT_KIND = 'source.fixAll.brik';

/** The fix a check puts in a diagnostic's `data`: the text, and the range it replaces when that is not the diagnostic's own. */
export interface ReplacementData {
    readonly replacement?: string;
    readonly editRange?: Range;
}

/** One fix of pasted text: what stood at `range` (`–1 250`), what it becomes (`-1_250`), and the problems it answers. */
export interface PastedTextFix {
    readonly range: Range;
    readonly original: string;
    readonly newText: string;
    readonly codes: readonly string[];
}

/** Whether a diagnostic (as the checks made it, or as a client sends it back) is one of pasted text with a fix. */
export function isPastedTextProblem(diagnostic: Diagnostic): boolean {
    return PASTED_TEXT_CODES.has(String(diagnostic.code)) && (diagnostic.data as ReplacementData | undefined)?.replacement !== undefined;
}

/**
 * Every fix of pasted text among a document's diagnostics, in the order of the text, one per
 * token: the fixes of a token's minus and of its digit groups write the same text, and are one
 * fix. An edit that would overlap another is left for the next run.
 */
export function pastedTextFixes(document: LangiumDocument, diagnostics: readonly Diagnostic[] = document.diagnostics ?? []): PastedTextFix[] {
    const { textDocument } = document;
    const candidates = diagnostics.filter(isPastedTextProblem).map(diagnostic => {
        const data = diagnostic.data as ReplacementData;
        const range = data.editRange ?? diagnostic.range;
        return { range, start: textDocument.offsetAt(range.start), end: textDocument.offsetAt(range.end), newText: data.replacement!, code: String(diagnostic.code) };
    }).sort((a, b) => a.start - b.start || b.end - a.end);
    const fixes: Array<PastedTextFix & { start: number; end: number }> = [];
    for (const candidate of candidates) {
        const last = fixes[fixes.length - 1];
        if (last && candidate.start === last.start && candidate.end === last.end && candidate.newText === last.newText) {
            if (!last.codes.includes(candidate.code)) {
                (last.codes as string[]).push(candidate.code);
            }
            continue;
        }
        if (last && candidate.start < last.end) {
            continue;
        }
        const original = textDocument.getText(candidate.range);
        if (original !== candidate.newText) {
            fixes.push({ range: candidate.range, start: candidate.start, end: candidate.end, original, newText: candidate.newText, codes: [candidate.code] });
        }
    }
    return fixes.map(({ range, original, newText, codes }) => ({ range, original, newText, codes }));
}

/** `Ret al indsat tekst (3 steder)`: the title of the fix-all action, which says how much it changes. */
export function fixAllTitle(fixes: readonly PastedTextFix[]): string {
    return `Ret al indsat tekst i filen (${fixes.length === 1 ? '1 sted' : `${fixes.length} steder`})`;
}
