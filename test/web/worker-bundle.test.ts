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

    it('includes exceljs and docx only as chunks loaded when a workbook or a Word file is asked for', () => {
        // What the worker loads at start: its file and every chunk it imports statically, and theirs.
        const atStart = new Set<string>();
        const visit = (file: string) => {
            if (atStart.has(file)) return;
            atStart.add(file);
            meta!.outputs[file].imports.filter(imported => imported.kind === 'import-statement').forEach(imported => visit(imported.path));
        };
        visit('dist/server-worker.js');
        const holding = (library: string) => Object.keys(meta!.outputs).filter(file => Object.keys(meta!.outputs[file].inputs).some(input => input.includes(library)));
        for (const library of ['node_modules/exceljs/', 'node_modules/docx/']) {
            expect(holding(library).length, library).toBeGreaterThan(0);
            expect(holding(library).filter(file => atStart.has(file)), library).toEqual([]);
        }
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
            // A zip writer's 'nodebuffer' output (jszip in docx's chunk), which the page never asks for, reads
            // Buffer only behind its own typeof guard, and so throws its own error in a browser.
            const text = readFileSync(path.join(WEB, file), 'utf8')
                .replace(/if\(typeof NODE_BUFFER_IN_BROWSER>"u"\)throw [^;]*;return NODE_BUFFER_IN_BROWSER\.from\(/g, '');
            return [...text.matchAll(/NODE_BUFFER_IN_BROWSER|__require\(|require\("(?:node:)?(?:fs|path)"\)|from"node:/g)].map(match => `${file}: ${match[0]}`);
        });
        expect(files.length).toBeGreaterThan(1);
        expect(uses).toEqual([]);
    });
});

/**
 * VS Code for the Web (packages/extension's `browser` entry): the client for the web extension
 * host requires nothing but `vscode`, and the worker server it starts (the page's server, as a
 * classic worker script) requires nothing at all: a free `require` would fail there.
 */
describe('the extension\'s bundles for VS Code for the Web', () => {
    const OUT = path.join(ROOT, 'packages/extension/out');
    const required = (file: string) => [...readFileSync(path.join(OUT, file), 'utf8').matchAll(/(?<![.\w$])require\("([^"]+)"\)/g)].map(match => match[1]);

    it('are built, and named by the manifest', () => {
        const manifest = JSON.parse(readFileSync(path.join(ROOT, 'packages/extension/package.json'), 'utf8')) as { browser: string };
        expect(manifest.browser).toBe('./out/browser-extension.js');
        expect(existsSync(path.join(OUT, 'browser-extension.js')) && existsSync(path.join(OUT, 'browser-server.js')), 'run `npm run build` first').toBe(true);
    });

    it('require only vscode in the client, and nothing in the worker server', () => {
        expect(new Set(required('browser-extension.js'))).toEqual(new Set(['vscode']));
        expect(required('browser-server.js')).toEqual([]);
    });

    it('start the server from the worker script the build writes', () => {
        expect(readFileSync(path.join(OUT, 'browser-extension.js'), 'utf8')).toContain('out/browser-server.js');
        expect(readFileSync(path.join(OUT, 'browser-server.js'), 'utf8')).toContain('brik-web/start');
    });
});
