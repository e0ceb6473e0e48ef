// Bundles the extension client and the language server into CommonJS files, as VS Code
// loads them; `vscode` is provided by the editor. The client imports only
// `@brik/language/protocol`, so Langium is bundled into the server alone.
import * as esbuild from 'esbuild';

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

if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
} else {
    await esbuild.build(options);
}
