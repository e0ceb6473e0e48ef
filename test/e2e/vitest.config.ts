import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The end-to-end suite (`npm run test:e2e`): the extension in code-server and Chromium. Apart
// from `npm test`, because it needs code-server installed and the .vsix packaged.
export default defineConfig({
    test: {
        root: fileURLToPath(new URL('../..', import.meta.url)),
        include: ['test/e2e/**/*.test.ts'],
        exclude: ['**/node_modules/**'],
        fileParallelism: false,
        testTimeout: 60_000,
        hookTimeout: 150_000
    }
});
