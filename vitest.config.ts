import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        exclude: ['**/node_modules/**', '**/.git/**', 'test/e2e/**'],
        testTimeout: 30_000,
        hookTimeout: 60_000
    }
});
