import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { BrikChange, BrikParseChanges } from './parse-changes.js';

/**
 * A value worked out from a document's tree and kept with its root (issue 15, part 3), for as
 * long as the tree is the one it was worked out from. It hears what each parse changed
 * (ParseChanges): after a line re-parse (a `brik` change, the one parse that keeps the root),
 * `carry` makes the value for the tree as it is now from the one before (it may change and return
 * that one: the tree before is gone), or gives undefined to have it worked out anew when asked.
 * A whole parse makes a new root, so the value of the old one is never asked again and goes with
 * it (a WeakMap); so does a removed document's.
 */
export class KeptPerParse<V> {
    private readonly values = new WeakMap<AstNode, V>();

    constructor(
        changes: BrikParseChanges,
        private readonly workOut: (root: AstNode) => V,
        carry: (before: V, change: BrikChange) => V | undefined
    ) {
        changes.onChange(change => {
            if (change.kind !== 'brik') {
                return;
            }
            const root = AstUtils.findRootNode(change.item);
            const before = this.values.get(root);
            const after = before === undefined ? undefined : carry(before, change);
            if (after === undefined) {
                this.values.delete(root);
            } else {
                this.values.set(root, after);
            }
        });
    }

    /** The value of the tree under `root`, as it is now. */
    of(root: AstNode): V {
        let value = this.values.get(root);
        if (value === undefined) {
            value = this.workOut(root);
            this.values.set(root, value);
        }
        return value;
    }
}
