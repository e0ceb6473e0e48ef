import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the fuzz suite at length. BRIK_FUZZ_CASES (default 20,000), BRIK_FUZZ_SEED and
// BRIK_FUZZ_CASE_MS change the run; failures are saved in fuzz-failures/ with their seed.
export default defineConfig({
    test: {
        include: ['test/fuzz/fuzz.test.ts'],
        env: { BRIK_FUZZ_CASES: process.env.BRIK_FUZZ_CASES ?? '20000', BRIK_FUZZ_SEED: process.env.BRIK_FUZZ_SEED ?? String(Date.now() % 1_000_000_000) },
        hookTimeout: 120_000
    }
});
