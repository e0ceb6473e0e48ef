import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBrikAsync } from '../support/run-brik.js';

/**
 * No input breaks `brik check`: every file of test/fixtures/bad/, and the large ones made here,
 * gets exit code 0 or 1, nothing on standard error, and for a broken file at least one problem
 * with its position. Files named `ok-*` are only unusual (a BOM, CRLF, every Unicode space) and
 * must pass without a problem. The inputs made here are checked with `--max-bytes 2000000`, as
 * a pipeline that checks files from elsewhere would: without it Brik reads any file that fits in
 * memory, and the 10 MB catalogue on one line (200,000 brikker) would be checked whole, which is
 * the benchmark's job; the 10 MB name is read whole in the test after this one.
 */
const BAD = path.join(ROOT, 'test/fixtures/bad');
const PROBLEM_LINE = /^.+:[0-9]+:[0-9]+: (error|warning): .+ \[brik\/[a-z-]+\]$/;
const HEADER = 'budget "Stort" { enhed mio. kr. prisniveau 2023 år 2024..2027 ';

/** Inputs too large to commit, made once into a temporary folder. */
function generatedInputs(): string[] {
    const folder = mkdtempSync(path.join(tmpdir(), 'brik-bad-'));
    const write = (name: string, content: string | Uint8Array) => {
        writeFileSync(path.join(folder, name), content);
        return path.join(folder, name);
    };
    let seed = 7;
    const byte = () => (seed = (seed * 1_103_515_245 + 12_345) >>> 0) >>> 24;
    let items = HEADER;
    for (let i = 0; items.length < 10_000_000; i++) {
        items += `brik "Brik ${i}" drift ${i % 97}.${i % 10} permanent `;
    }
    return [
        write('ti-megabyte-paa-en-linje.brik', `${items}}`),
        write('ti-megabyte-navn.brik', `${HEADER}brik "${'x'.repeat(10_000_000)}" drift 1 }`),
        write('ti-tusind-temaer-inde-i-hinanden.brik', `${HEADER}\n${'tema "T" {\n'.repeat(10_000)}brik "Dybt" drift 1\n${'}\n'.repeat(10_000)}}\n`),
        write('binaer-200-kb.brik', Uint8Array.from({ length: 200_000 }, byte)),
        write('nul-100-kb.brik', `${HEADER}${'\0'.repeat(100_000)}}`),
        write('kommentarer-uden-slutning.brik', `${HEADER}${'/* '.repeat(50_000)}}`)
    ];
}

const committed = readdirSync(BAD).filter(name => name.endsWith('.brik')).sort().map(name => path.join(BAD, name));

describe('brik check on broken input', () => {
    const generated = generatedInputs();
    it.concurrent.each([...committed, ...generated].map(file => [path.basename(file), file]))('%s: exit 0 or 1, positioned problems, nothing on stderr', async (name, file) => {
        const { code, stdout, stderr } = await runBrikAsync(['check', file, ...generated.includes(file) ? ['--max-bytes', '2000000'] : []]);
        expect(stderr).toBe('');
        const lines = stdout.split('\n').filter(line => line !== '');
        if (name.startsWith('ok-')) {
            expect({ code, lines }).toEqual({ code: 0, lines: [] });
            return;
        }
        expect([0, 1]).toContain(code);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.filter(line => !PROBLEM_LINE.test(line))).toEqual([]);
    });

    it('reads a 10 MB name on one line when --max-bytes allows it, without exhausting the regular-expression stack', async () => {
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'brik-bad-')), 'navn.brik');
        writeFileSync(file, `budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024\n  brik "${'x'.repeat(10_000_000)}" drift 1\n}\n`);
        const { code, stdout, stderr } = await runBrikAsync(['check', file, '--max-bytes', '20000000']);
        expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    });
});
