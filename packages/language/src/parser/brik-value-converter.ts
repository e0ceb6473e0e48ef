import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';

/**
 * The text of a string as written between its quotes (straight or Word's curly ones): `\"` is a
 * quote and `\\` a backslash; every other backslash stands for itself (LANGUAGE.md §11), so that
 * `"G:\Fælles\Budget\notat.docx"` and `"Drift A\B"` stay exactly as typed.
 */
export function stringValue(written: string): string {
    return written.slice(1, -1).replace(/\\([\\"])/g, '$1');
}

/**
 * The string literal that stringValue reads back as `value`: a quote is written `\"`, and a
 * backslash is doubled only where it would otherwise be read as an escape (before a quote,
 * before another backslash, at the end), so `Drift A\B` is written `"Drift A\B"`.
 */
export function quotedString(value: string): string {
    return `"${value.replace(/\\{2,}|\\(?="|$)/g, backslashes => backslashes + backslashes).replace(/"/g, '\\"')}"`;
}

/**
 * Langium's value converter unescapes strings as JavaScript does (`\B` → `B`, `\n` → a line
 * break), which changed names, notes and paths pasted from Windows. Brik's keeps them.
 */
export class BrikValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        return rule.name === 'STRING' ? stringValue(input) : super.runConverter(rule, input, cstNode);
    }
}
