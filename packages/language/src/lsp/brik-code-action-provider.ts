import type { LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { PeriodAmount } from '../generated/ast.js';
import { isAmountLine, isDocument, isPeriodAmount } from '../generated/ast.js';
import { outerPeriod } from '../evaluation/profile.js';
import { IssueCodes } from '../validation/brik-issue-codes.js';

interface FixData {
    readonly replacement?: string;
    readonly alternatives?: readonly string[];
    readonly keyword?: string;
    readonly example?: string;
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
    [IssueCodes.PastedMinus]: text => `Skriv minus som '${text}'`,
    [IssueCodes.PastedDigitSpace]: text => `Skriv ${text}`,
    [IssueCodes.SpaceInNumber]: text => `Skriv ${text}`,
    [IssueCodes.IncludeBackslash]: text => `Skriv stien som ${text}`,
    [IssueCodes.AmbiguousName]: text => `Skriv ${text}`
};

/** Quick fixes for every diagnostic with an obvious fix; they switch on the diagnostic's code. */
export class BrikCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        return params.context.diagnostics.flatMap(diagnostic => this.fixes(document, diagnostic));
    }

    private fixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const code = String(diagnostic.code);
        const data = (diagnostic.data ?? {}) as FixData;
        // A client sends the diagnostics back: a code such as `constructor` must find no title.
        const title = Object.hasOwn(REPLACEMENT_TITLES, code) ? REPLACEMENT_TITLES[code] : undefined;
        if (title && data.replacement !== undefined) {
            const other = code === IssueCodes.TotalMismatch && data.budgetEdit && data.budgetTitle
                ? [this.fix(document, diagnostic, data.budgetTitle, [data.budgetEdit])] : [];
            return [...other, ...[data.replacement, ...(data.alternatives ?? [])].map((text, i) =>
                this.fix(document, diagnostic, title(text), [{ range: diagnostic.range, newText: text }], i === 0 && other.length === 0))];
        }
        switch (code) {
            case IssueCodes.YearOutside:
                return this.dropPeriod(document, diagnostic);
            case IssueCodes.SettingMissing:
                return this.addSetting(document, diagnostic, data);
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

    /** Adds the missing `enhed`, `prisniveau` or `år` as the first line of the budget. */
    private addSetting(document: LangiumDocument, diagnostic: Diagnostic, data: FixData): CodeAction[] {
        const root = document.parseResult.value;
        const brace = isDocument(root) ? GrammarUtils.findNodeForKeyword(root.$cstNode, '{') : undefined;
        if (!brace || !data.example) {
            return [];
        }
        const position = brace.range.end;
        return [this.fix(document, diagnostic, `Tilføj '${data.example}'`, [{ range: { start: position, end: position }, newText: `\n  ${data.example}` }])];
    }

    private start(period: PeriodAmount): Range['start'] {
        return period.$cstNode!.range.start;
    }

    private end(period: PeriodAmount): Range['end'] {
        return period.$cstNode!.range.end;
    }
}
