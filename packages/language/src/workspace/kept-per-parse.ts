import type { ParseResult } from 'langium';
import type { LineReparse } from './line-reparse.js';
import { lineReparseOf } from './line-reparse.js';

/**
 * A value worked out from a document's parse and kept with that parse (issue 15, part 3). A line
 * re-parse makes a new parse result from the one before by replacing one brik; `carry` makes the
 * new parse's value from the one before's (it may change and return that one: the parse before
 * is gone), or gives undefined to have it worked out anew.
 */
export class KeptPerParse<V> {
    private readonly values = new WeakMap<ParseResult, V>();

    constructor(
        private readonly workOut: (parseResult: ParseResult) => V,
        private readonly carry: (before: V, step: LineReparse) => V | undefined
    ) {}

    of(parseResult: ParseResult): V {
        let value = this.values.get(parseResult);
        if (value === undefined) {
            const step = lineReparseOf(parseResult);
            const before = step && this.values.get(step.previous);
            value = (step && before !== undefined ? this.carry(before, step) : undefined) ?? this.workOut(parseResult);
            this.values.set(parseResult, value);
        }
        return value;
    }
}
