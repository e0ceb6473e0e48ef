import { describe, expect, it } from 'vitest';
import { exercise } from '../fuzz/exercise.js';

/**
 * Inputs that once broke Brik, or might, through everything that reads a file: parser, validator,
 * evaluator, every LSP provider at random positions, every report writer, the formatter.
 */
const HEADER = 'budget "Dyb" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n';

// Every provider at many positions over 10,000 lines: ~15 s alone, twice that when the suite's
// other files share the two cores. A guard against a hang, not a speed budget (that is `npm run bench`).
const EVERY_PROVIDER_TIMEOUT_MS = 90_000;

describe('no input breaks any part of Brik', () => {
    it.each([
        ['temaer nested 10,000 deep', `${HEADER}${'tema "T" {\n'.repeat(10_000)}brik "Dybt" drift 1\n${'}\n'.repeat(10_000)}}\n`],
        ['10,000 unclosed braces', `${HEADER}${'tema "T" {\n'.repeat(10_000)}`],
        ['10,000 stray closing braces', `${HEADER}${'}\n'.repeat(10_000)}`],
        ['a brik with 10,000 amount lines', `${HEADER}brik "A" {\n${'  drift 2024: 1, 2025: 2 permanent\n'.repeat(10_000)}}\n}\n`]
    ])('%s', async (_, text) => {
        expect(await exercise({ files: { 'budget.brik': text }, target: 'budget.brik', seed: 10_000 }, { xlsx: true })).toEqual([]);
    }, EVERY_PROVIDER_TIMEOUT_MS);
});
