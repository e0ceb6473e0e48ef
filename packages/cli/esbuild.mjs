// Bundles the CLI, the language package and their dependencies into one ES module,
// out/brik.js, which bin/cli.js loads: Node then reads one file instead of resolving and
// compiling some 400 modules on every start. tsc still type-checks and compiles src/ to out/.
// Modules loaded on demand (exceljs, for --format xlsx) become chunks beside it in out/chunks/.
// Everything the bins run is in out/, so the package needs no dependencies once built: it installs
// from a checkout or a tarball without a registry (test/cli-install.test.ts).
import { cpSync, existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const shared = {
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    minify: true,
    // CommonJS dependencies call require() for Node's own modules and use __filename (write-file-atomic
    // names its temporary files with it), which an ES module lacks.
    banner: {
        js: "import { createRequire as __brikRequire } from 'node:module'; import { fileURLToPath as __brikPath } from 'node:url'; " +
            'const require = __brikRequire(import.meta.url); const __filename = __brikPath(import.meta.url);'
    },
    logLevel: 'warning'
};

await esbuild.build({
    ...shared,
    entryPoints: { brik: 'src/main.ts' },
    // playwright-core (--format pdf) finds its own files beside it at run time, so it cannot be
    // bundled: it is a dependency of the package, bundled into its tarball (bundleDependencies).
    external: ['playwright-core'],
    outdir: 'out',
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true
});

// The language server, for `brik-language-server` (bin/language-server.js): the extension's entry
// point, bundled on its own so that the CLI's start-up stays one file.
await esbuild.build({
    ...shared,
    entryPoints: { 'language-server': '../extension/src/language-server.ts' },
    outdir: 'out'
});

// npm packs a bundled dependency only from the package's own node_modules, and a workspace's
// dependencies are hoisted to the root's: a copy of playwright-core (no dependencies of its own)
// goes beside the package, so that its tarball installs without a registry.
const playwright = path.dirname(realpathSync(createRequire(import.meta.url).resolve('playwright-core/package.json')));
const local = path.resolve('node_modules', 'playwright-core');
if (playwright !== local && !existsSync(path.join(local, 'package.json'))) {
    cpSync(playwright, local, { recursive: true });
}
