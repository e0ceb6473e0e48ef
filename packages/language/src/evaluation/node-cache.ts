import type { AstNode } from 'langium';

/**
 * What the evaluator has computed for AST nodes. It outlives an edit: a node that an edit did not
 * touch keeps its entry (BrikEvaluator forgets what the edit changed), and a node that an edit
 * replaced is left to the garbage collector with its entry.
 */
export class NodeCache<V> {
    private entries = new WeakMap<AstNode, V>();

    get(node: AstNode, compute: () => V): V {
        let value = this.entries.get(node);
        if (value === undefined) {
            value = compute();
            this.entries.set(node, value);
        }
        return value;
    }

    /** The value kept for a node, without computing one. */
    peek(node: AstNode): V | undefined {
        return this.entries.get(node);
    }

    set(node: AstNode, value: V): void {
        this.entries.set(node, value);
    }

    delete(node: AstNode): void {
        this.entries.delete(node);
    }

    clear(): void {
        this.entries = new WeakMap();
    }
}
