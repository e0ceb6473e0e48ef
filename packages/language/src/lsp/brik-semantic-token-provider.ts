import type { AstNode } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isAmountLine, isArea, isItem, isItemReference, isPeriodAmount, isPolitical, isPriceLevelSetting, isRange, isReallocation,
    isScenarioSelection, isTheme, isTotal, isUnavoidable, isYearsSetting
} from '../generated/ast.js';

/**
 * Meaning-based colouring beyond the TextMate grammar: amounts, years, marks and the kinds of
 * money lines, and names as declarations or references.
 */
export class BrikSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isRange(node)) {
            for (const property of ['min', 'max', 'printed'] as const) {
                if (node[property] !== undefined) acceptor({ node, property, type: SemanticTokenTypes.number });
            }
        } else if (isPeriodAmount(node) && (node.outer !== undefined || node.permanent)) {
            // `tidligere:`, `efterfølgende:` and `permanent:` are periods, as `permanent` is.
            acceptor({ node, property: node.permanent ? 'permanent' : 'outer', type: SemanticTokenTypes.modifier });
        } else if (isPeriodAmount(node) || isYearsSetting(node)) {
            acceptor({ node, property: 'first', type: SemanticTokenTypes.enumMember });
            if (node.last !== undefined) acceptor({ node, property: 'last', type: SemanticTokenTypes.enumMember });
        } else if (isPriceLevelSetting(node)) {
            acceptor({ node, property: 'year', type: SemanticTokenTypes.enumMember });
        } else if (isAmountLine(node)) {
            acceptor({ node, property: 'kind', type: SemanticTokenTypes.type });
            if (node.permanent) acceptor({ node, property: 'permanent', type: SemanticTokenTypes.modifier });
        } else if (isReallocation(node) || isUnavoidable(node) || isPolitical(node)) {
            // The mark's keyword is its first word, in whichever spelling was used.
            acceptor({ node, keyword: node.$cstNode?.text.split(/\s/)[0] ?? '', type: SemanticTokenTypes.decorator });
        } else if (isItem(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: [SemanticTokenModifiers.declaration, ...(node.kind === 'finansiering' ? [SemanticTokenModifiers.readonly] : [])] });
        } else if (isTheme(node) || isArea(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: SemanticTokenModifiers.declaration });
            if (isTheme(node) && node.number !== undefined) acceptor({ node, property: 'number', type: SemanticTokenTypes.enumMember });
        } else if (isTotal(node)) {
            if (node.year !== undefined) acceptor({ node, property: 'year', type: SemanticTokenTypes.enumMember });
            if (node.outer !== undefined) acceptor({ node, property: 'outer', type: SemanticTokenTypes.modifier });
            if (node.permanent) acceptor({ node, property: 'permanent', type: SemanticTokenTypes.modifier });
        } else if (isScenarioSelection(node)) {
            node.themes.forEach((_, index) => acceptor({ node, property: 'themes', index, type: SemanticTokenTypes.namespace }));
        } else if (isItemReference(node)) {
            acceptor({ node, property: 'item', type: SemanticTokenTypes.variable });
            if (node.theme) acceptor({ node, property: 'theme', type: SemanticTokenTypes.namespace });
            if (node.area) acceptor({ node, property: 'area', type: SemanticTokenTypes.namespace });
        }
    }
}
