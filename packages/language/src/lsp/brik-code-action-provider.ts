import type { LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { PeriodAmount } from '../generated/ast.js';
import { isAmountLine, isDocument, isPeriodAmount } from '../generated/ast.js';
import { outerPeriod } from '../evaluation/profile.js';
import { IssueCodes } from '../validation/brik-issue-codes.js';
import { FIX_ALL_PASTED_TEXT_KIND, fixAllTitle, isPastedTextProblem, pastedTextFixes } from './pasted-text-fixes.js';
import type { MissingSettings } from '../validation/header-checks.js';
import { listed } from '../validation/header-checks.js';

interface FixData {
    readonly replacement?: string;
    /** The range the fix replaces, where it is more than the diagnostic marks (a whole pasted number). */
    readonly editRange?: Range;
    /** False where no fix is the obvious one (`12,000` in 1.000 kr.): the author chooses. */
    readonly preferred?: boolean;
    readonly alternatives?: readonly string[];
    /** A total that holds in the other budget: the edit that names it, and the fix's title. */
    readonly budgetEdit?: TextEdit;
    readonly budgetTitle?: string;
}

const REPLACEMENT_TITLES: Record<string, (text: string) => string> = {
    [IssueCodes.TotalMismatch]: text => `Skriv den beregnede total: ${text}`,
    [IssueCodes.CommaDecimal]: text => `Skriv ${text}`,
    [IssueCodes.ThousandsDots]: text => `Skriv ${text}`,
    [IssueCodes.RangeReversed]: text => `Vend intervallet: ${text}`,
    [IssueCodes.RangeNotation]: text => `Skriv intervallet som ${text}`,
    [IssueCodes.SuspiciousMagnitude]: text => `Skriv ${text}`,
    [IssueCodes.UnknownCategory]: text => `Skriv ${text}`,
    [IssueCodes.CurlyQuotes]: text => `Skriv ${text} med lige anførselstegn`,
    [IssueCodes.PastedMinus]: text => `Skriv ${text}`,
    [IssueCodes.PastedDigitSpace]: text => `Skriv ${text}`,
    [IssueCodes.SpaceInNumber]: text => `Skriv ${text}`,
    [IssueCodes.IncludeBackslash]: text => `Skriv stien som ${text}`,
    [IssueCodes.AmbiguousName]: text => `Skriv ${text}`
};

/** Quick fixes for every diagnostic with an obvious fix; they switch on the diagnostic's code. */
export class BrikCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const only = params.context.only;
        const fixAll = this.fixAllPastedText(document, params);
        if (only && !only.some(kind => kind === CodeActionKind.QuickFix || kind === CodeActionKind.Empty)) {
            return fixAll;
        }
        return [...params.context.diagnostics.flatMap(diagnostic => this.fixes(document, diagnostic)), ...fixAll];
    }

    /**
     * One action that fixes all pasted text of the file (pasted-text-fixes.ts): as `source.fixAll.brik`
     * when asked for that kind (`editor.codeActionsOnSave`, Source Action…), and as a quick fix beside
     * a problem of pasted text when the file has more than one.
     */
    private fixAllPastedText(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const only = params.context.only;
        const asked = only?.some(kind => FIX_ALL_PASTED_TEXT_KIND === kind || FIX_ALL_PASTED_TEXT_KIND.startsWith(`${kind}.`)) ?? false;
        const beside = params.context.diagnostics.some(isPastedTextProblem);
        if (!asked && !beside) {
            return [];
        }
        const fixes = pastedTextFixes(document);
        if (fixes.length === 0 || (!asked && fixes.length < 2)) {
            return [];
        }
        const edits = fixes.map(({ range, newText }) => ({ range, newText }));
        const action = (kind: string): CodeAction => ({ title: fixAllTitle(fixes), kind, edit: { changes: { [document.uri.toString()]: edits } } });
        return [...(asked ? [action(FIX_ALL_PASTED_TEXT_KIND)] : []), ...(beside ? [action(CodeActionKind.QuickFix)] : [])];
    }

    private fixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const code = String(diagnostic.code);
        const data = (diagnostic.data ?? {}) as FixData;
        // A client sends the diagnostics back: a code such as `constructor` must find no title.
        const title = Object.hasOwn(REPLACEMENT_TITLES, code) ? REPLACEMENT_TITLES[code] : undefined;
        if (title && data.replacement !== undefined) {
            const other = code === IssueCodes.TotalMismatch && data.budgetEdit && data.budgetTitle
                ? [this.fix(document, diagnostic, data.budgetTitle, [data.budgetEdit])] : [];
            const range = data.editRange ?? diagnostic.range;
            return [...other, ...[data.replacement, ...(data.alternatives ?? [])].map((text, i) =>
                this.fix(document, diagnostic, title(text), [{ range, newText: text }], i === 0 && other.length === 0 && data.preferred !== false))];
        }
        switch (code) {
            case IssueCodes.YearOutside:
                return this.dropPeriod(document, diagnostic);
            case IssueCodes.OmstillingMissing:
                return this.markOmstilling(document, diagnostic);
            case IssueCodes.SettingMissing:
                return this.addSettings(document, diagnostic, data as Partial<MissingSettings>);
            case IssueCodes.AfterWithPermanent:
                // On `permanent: X` the period goes; on a bare `permanent` the word.
                return this.periodAt(document, diagnostic)?.permanent ? this.dropPeriod(document, diagnostic) : this.dropPermanent(document, diagnostic);
            case IssueCodes.PermanentTwice:
                return this.dropPermanent(document, diagnostic);
            case IssueCodes.OuterPeriodOrder:
                return this.moveOuterPeriod(document, diagnostic);
            default:
                return [];
        }
    }

    private fix(document: LangiumDocument, diagnostic: Diagnostic, title: string, edits: TextEdit[], isPreferred = true): CodeAction {
        return {
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred,
            edit: { changes: { [document.uri.toString()]: edits } }
        };
    }

    /** Removes `, 2028: 2` (or `, permanent: 6.3`) from a profile; not offered when it is the line's only period. */
    private dropPeriod(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const period = this.periodAt(document, diagnostic);
        const line = period?.$container;
        if (!period || !isAmountLine(line) || line.periods.length < 2) {
            return [];
        }
        const index = line.periods.indexOf(period);
        const range = index > 0
            ? { start: this.end(line.periods[index - 1]), end: this.end(period) }
            : { start: this.start(period), end: this.start(line.periods[1]) };
        return [this.fix(document, diagnostic, `Slet ${period.$cstNode!.text}`, [{ range, newText: '' }])];
    }

    /**
     * Moves `tidligere: A` to the front of its profile, or `efterfølgende: A` or `permanent: A` to
     * the end; not offered when the line has two of them, which is for the author to resolve.
     */
    private moveOuterPeriod(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const period = this.periodAt(document, diagnostic);
        const line = period?.$container;
        const kind = (p: PeriodAmount) => p.permanent ? 'permanent' : outerPeriod(p.outer);
        if (!period || !isAmountLine(line) || line.periods.filter(p => kind(p) === kind(period)).length > 1) {
            return [];
        }
        const index = line.periods.indexOf(period);
        const text = period.$cstNode!.text;
        if (kind(period) === 'tidligere' && index > 0) {
            return [this.fix(document, diagnostic, `Flyt '${text}' forrest`, [
                { range: { start: this.start(line.periods[0]), end: this.start(line.periods[0]) }, newText: `${text}, ` },
                { range: { start: this.end(line.periods[index - 1]), end: this.end(period) }, newText: '' }
            ])];
        }
        const last = line.periods[line.periods.length - 1];
        if (index >= line.periods.length - 1) {
            return [];
        }
        return [this.fix(document, diagnostic, `Flyt '${text}' bagest`, [
            { range: { start: this.start(period), end: this.start(line.periods[index + 1]) }, newText: '' },
            { range: { start: this.end(last), end: this.end(last) }, newText: `, ${text}` }
        ])];
    }

    private periodAt(document: LangiumDocument, diagnostic: Diagnostic): PeriodAmount | undefined {
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const leaf = CstUtils.findLeafNodeAtOffset(document.parseResult.value.$cstNode!, offset);
        return leaf && AstUtils.getContainerOfType(leaf.astNode, isPeriodAmount);
    }

    /** Removes ` permanent` from a line that has `efterfølgende:` or `permanent:` (the diagnostic marks `permanent`). */
    private dropPermanent(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const text = document.textDocument.getText();
        const end = document.textDocument.offsetAt(diagnostic.range.end);
        let start = document.textDocument.offsetAt(diagnostic.range.start);
        while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) {
            start--;
        }
        const range = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
        return [this.fix(document, diagnostic, "Slet 'permanent'", [{ range, newText: '' }])];
    }

    /** Writes ` omstilling` after the brik's name (the diagnostic marks the name). */
    private markOmstilling(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const end = diagnostic.range.end;
        return [this.fix(document, diagnostic, "Tilføj 'omstilling'", [{ range: { start: end, end }, newText: ' omstilling' }])];
    }

    /**
     * Adds every missing line of the header (`enhed`, `prisniveau`, `år`, in that order) at the
     * top of the budget, in one edit: the lines the diagnostic names (checkBudgetSettings).
     */
    private addSettings(document: LangiumDocument, diagnostic: Diagnostic, data: Partial<MissingSettings>): CodeAction[] {
        const root = document.parseResult.value;
        const brace = isDocument(root) ? GrammarUtils.findNodeForKeyword(root.$cstNode, '{') : undefined;
        if (!brace || !Array.isArray(data.lines) || !Array.isArray(data.keywords) || data.lines.length === 0) {
            return [];
        }
        const text = document.textDocument.getText();
        // `budget "B" {}`: the closing brace goes on a line of its own.
        const closesAtOnce = /^[ \t]*\}/.test(text.slice(brace.end));
        const newText = data.lines.map(line => `\n  ${line}`).join('') + (closesAtOnce ? '\n' : '');
        const title = data.lines.length === 1 ? `Tilføj '${data.lines[0]}'` : `Tilføj ${listed(data.lines)}`;
        const position = brace.range.end;
        return [this.fix(document, diagnostic, title, [{ range: { start: position, end: position }, newText }])];
    }

    private start(period: PeriodAmount): Range['start'] {
        return period.$cstNode!.range.start;
    }

    private end(period: PeriodAmount): Range['end'] {
        return period.$cstNode!.range.end;
    }
}
