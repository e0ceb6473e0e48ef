import type { LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { PeriodAmount } from '../generated/ast.js';
import { isAmountLine, isDocument, isPeriodAmount } from '../generated/ast.js';
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
    [IssueCodes.CurlyQuotes]: text => `Skriv ${text} med lige anførselstegn`
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

    /** Removes `, 2028: 2` from a profile; not offered when it is the line's only period. */
    private dropPeriod(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const leaf = CstUtils.findLeafNodeAtOffset(document.parseResult.value.$cstNode!, offset);
        const period = leaf && AstUtils.getContainerOfType(leaf.astNode, isPeriodAmount);
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
