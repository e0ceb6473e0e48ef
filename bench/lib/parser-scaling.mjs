// @ts-check
// The regression benchmark for a parser that is quadratic in the size of one container
// (Langium's CstNodeBuilder.addHiddenNodes; see bench/README.md): parse one tema holding n
// brikker, with and without comments between them, in this process with the built language
// package. Doubling n should double the time (ratio ≈ 2), not quadruple it (≈ 4).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

function flat(count, commentEvery) {
    const lines = ['budget "Flad" {', '  enhed mio. kr.', '  prisniveau 2023', '  år 2024..2027', '  tema "1" "Alt i ét tema" {'];
    for (let i = 1; i <= count; i++) {
        if (commentEvery && i % commentEvery === 0) lines.push('    // en kommentar');
        lines.push(`    brik "Brik ${i}" drift ${(i % 97) / 10} permanent`);
    }
    lines.push('  }', '}', '');
    return lines.join('\n');
}

function bestOf(times, action) {
    let best = Infinity;
    for (let i = 0; i < times; i++) {
        const start = process.hrtime.bigint();
        action();
        best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    }
    return best;
}

/** `cli`: the brik bin whose language package (and Langium) to load, so that an older build can be measured. */
export async function parserScaling(counts, cli) {
    const require = createRequire(cli);
    const { createBrikServices } = await import(pathToFileURL(require.resolve('@brik/language')).href);
    // Parsing reads no file: the file system is never asked. A flat tema of 40k brikker is larger
    // than the default limit of one file (older builds ignore `limits`).
    const parser = createBrikServices({ fileSystemProvider: () => ({}), limits: { maxCharacters: 100_000_000 } }).Brik.parser.LangiumParser;
    parser.parse(flat(1000, 0));
    const rows = [];
    for (const count of counts) {
        const plain = flat(count, 0);
        const commented = flat(count, 10);
        rows.push({
            count,
            plainMs: bestOf(2, () => parser.parse(plain)),
            commentedMs: bestOf(2, () => parser.parse(commented))
        });
    }
    return rows.map((row, i) => i === 0 ? row : {
        ...row,
        plainRatio: row.plainMs / rows[i - 1].plainMs,
        commentedRatio: row.commentedMs / rows[i - 1].commentedMs,
        sizeRatio: row.count / rows[i - 1].count
    });
}
