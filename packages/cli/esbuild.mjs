// Bundles the CLI, the language package and their dependencies into one ES module,
// out/brik.js, which bin/cli.js loads: Node then reads one file instead of resolving and
// compiling some 400 modules on every start. tsc still type-checks and compiles src/ to out/.
// Modules loaded on demand (exceljs, for --format xlsx) become chunks beside it in out/chunks/.
import * as esbuild from 'esbuild';

await esbuild.build({
    entryPoints: { brik: 'src/main.ts' },
    outdir: 'out',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
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
});
