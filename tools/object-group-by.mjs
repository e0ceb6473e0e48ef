// Node 20 has no Object.groupBy (Node 21 added it). Chevrotain 13, under Langium 4.4, calls it
// only in its grammar validation: Brik's own parsers skip that (langium-config.json's "mode":
// "production"), but `langium generate` runs it on purpose, to report a grammar Chevrotain cannot
// parse at build time. This gives that one process the standard function:
// `node --import ./tools/object-group-by.mjs node_modules/langium-cli/bin/langium.js generate`.
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        value: function groupBy(items, keyOf) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        },
        writable: true,
        configurable: true
    });
}
