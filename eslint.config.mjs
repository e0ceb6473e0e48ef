// Lint rules the codebase holds to (STYLE.md §12): type-only imports marked as such, no `any`.
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: ['**/out/**', '**/node_modules/**', 'packages/language/src/generated/**', 'bench/generated/**', 'test-artifacts/**', 'scratch/**', '**/*.cjs', '**/*.js', '**/*.mjs']
    },
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            '@typescript-eslint/no-non-null-assertion': 'off'
        }
    }
);
