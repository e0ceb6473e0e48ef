import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { Position } from 'vscode-languageserver';
import type { Area, Document, Item, Range, Scenario, Theme, Total } from '../generated/ast.js';
import { isArea, isDocument, isItem, isRange, isScenario, isTheme, isTotal } from '../generated/ast.js';

/** What a position in a document is about, for hover and the like: the innermost node with figures. */
export type EvaluableNode = Range | Total | Item | Theme | Area | Document | Scenario;

function isEvaluable(node: AstNode): node is EvaluableNode {
    return isRange(node) || isTotal(node) || isItem(node) || isTheme(node) || isArea(node) || isDocument(node) || isScenario(node);
}

/** The evaluable node whose own text is at the position; undefined over whitespace and comments. */
export function evaluableNodeAt(document: LangiumDocument, position: Position): EvaluableNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return undefined;
    }
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    if (!leaf || leaf.hidden) {
        return undefined;
    }
    let node: AstNode | undefined = leaf.astNode;
    while (node && !isEvaluable(node)) {
        node = node.$container;
    }
    // The figure of a total is about the total: declared against computed.
    if (node && isRange(node) && isTotal(node.$container)) {
        return node.$container;
    }
    return node ?? AstUtils.findRootNode(leaf.astNode) as Document;
}
