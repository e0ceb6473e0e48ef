// Bundles the extension client and the language server into CommonJS files, as VS Code
// loads them; `vscode` is provided by the editor.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const options = {
    entryPoints: { extension: 'src/extension.ts', 'language-server': 'src/language-server.ts' },
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    sourcemap: true,
    minify: !watch,
    logLevel: 'warning'
};

mkdirSync('syntaxes', { recursive: true });
cpSync('../language/syntaxes/brik.tmLanguage.json', 'syntaxes/brik.tmLanguage.json');

if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
} else {
    await esbuild.build(options);
}
