import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-brik.js';

/**
 * The language server's worker bundle (packages/web/dist/server-worker.js, the chunks it imports,
 * and exceljs's chunk it loads for a workbook) carries nothing of Node's: no module the browser
 * build left out (`fs`, `path`, …), no import of a Node built-in, no read of the global Buffer.
 * The build names that global `NODE_BUFFER_IN_BROWSER` (packages/web/esbuild.mjs) so that it can
 * be found here, and writes what went into each file to packages/web/out/metafile.json.
 */

const WEB = path.join(ROOT, 'packages/web');
const METAFILE = path.join(WEB, 'out/metafile.json');

interface Metafile {
    outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }>; inputs: Record<string, unknown> }>;
}

/** The files a worker loads: its own, and every chunk it imports, statically or when asked. */
function workerFiles(meta: Metafile, entry: string): string[] {
    const seen = new Set<string>();
    const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const imported of meta.outputs[file]?.imports ?? []) {
            if (!imported.external) visit(imported.path);
        }
    };
    visit(entry);
    return [...seen];
}

describe('the web worker bundle', () => {
    const meta = existsSync(METAFILE) ? JSON.parse(readFileSync(METAFILE, 'utf8')) as Metafile : undefined;

    it('is built', () => {
        expect(meta, 'run `npm run build` first').toBeDefined();
    });

    const files = meta ? workerFiles(meta, 'dist/server-worker.js') : [];

    it('includes exceljs only as a chunk loaded when a workbook is asked for', () => {
        const worker = meta!.outputs['dist/server-worker.js'];
        const excel = worker.imports.find(imported => imported.path.includes('exceljs'));
        expect(excel?.kind).toBe('dynamic-import');
        expect(Object.keys(worker.inputs).some(input => input.includes('node_modules/exceljs/'))).toBe(false);
    });

    it('has no module of Node\'s, left out or shimmed, and imports no built-in', () => {
        const node = files.flatMap(file => [
            ...Object.keys(meta!.outputs[file].inputs).filter(input => input.startsWith('(disabled):') || input.includes('node-shims')),
            ...meta!.outputs[file].imports.filter(imported => imported.external).map(imported => imported.path)
        ].map(found => `${file}: ${found}`));
        expect(node).toEqual([]);
    });

    it('never reads Node\'s global Buffer, nor requires fs or path', () => {
        const uses = files.flatMap(file => {
            const text = readFileSync(path.join(WEB, file), 'utf8');
            return [...text.matchAll(/NODE_BUFFER_IN_BROWSER|__require\(|require\("(?:node:)?(?:fs|path)"\)|from"node:/g)].map(match => `${file}: ${match[0]}`);
        });
        expect(files.length).toBeGreaterThan(1);
        expect(uses).toEqual([]);
    });
});
