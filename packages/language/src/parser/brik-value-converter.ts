import type { CstNode, ValueType } from 'langium';
import { AstUtils, DefaultValueConverter, GrammarAST } from 'langium';
import { nameKey } from '../text/names.js';

/** The properties that hold a name (of a budget, område, tema, brik, scenario, virksomhed) or a tema's number. */
const NAMES = new Set(['name', 'number']);

/** Whether a string stands where a name is written or referred to; notes and paths are not names. */
function isName(cstNode: CstNode): boolean {
    const feature = cstNode.grammarSource;
    if (!feature) {
        return false;
    }
    if (AstUtils.getContainerOfType(feature, GrammarAST.isCrossReference)) {
        return true;
    }
    const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
    return assignment !== undefined && NAMES.has(assignment.feature);
}

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
 * break), which changed names, notes and paths pasted from Windows. Brik's keeps them, and holds
 * names in the one form they are compared in (names.ts).
 */
export class BrikValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name !== 'STRING') {
            return super.runConverter(rule, input, cstNode);
        }
        const value = stringValue(input);
        return isName(cstNode) ? nameKey(value) : value;
    }
}
