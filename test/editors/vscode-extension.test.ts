import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import yauzl from 'yauzl';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-brik.js';

// The VS Code extension as it is shipped: its manifest, the client bundle without Langium,
// activation in plain Node with a stand-in `vscode` module, and the .vsix `npm run package` makes.

const EXTENSION = path.join(ROOT, 'packages/extension');
const CLIENT_BUNDLE = path.join(EXTENSION, 'out/extension.cjs');
const SERVER_BUNDLE = path.join(EXTENSION, 'out/language-server.cjs');
const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));

function requireBuilt(file: string): void {
    if (!existsSync(file)) {
        throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` first`);
    }
}

describe('the extension manifest', () => {
    it('activates on .brik documents only', () => {
        expect(manifest.activationEvents).toEqual(['onLanguage:brik']);
        expect(manifest.main).toBe('./out/extension.cjs');
        expect(manifest.browser).toBe('./out/browser-extension.js');
    });

    it('contributes the brik language with its grammar, configuration and file icons', () => {
        const [language] = manifest.contributes.languages;
        expect(language).toMatchObject({ id: 'brik', extensions: ['.brik'], configuration: './language-configuration.json' });
        const grammar = manifest.contributes.grammars[0];
        expect(grammar).toMatchObject({ language: 'brik', scopeName: 'source.brik', path: './syntaxes/brik.tmLanguage.json' });
        for (const file of [language.configuration, grammar.path, language.icon.light, language.icon.dark, manifest.icon]) {
            expect(existsSync(path.join(EXTENSION, file)), file).toBe(true);
        }
        JSON.parse(readFileSync(path.join(EXTENSION, language.configuration), 'utf8'));
    });

    it('declares the brik.* settings the server and the client read', () => {
        const properties = manifest.contributes.configuration.properties;
        expect(Object.keys(properties).sort()).toEqual(['brik.inlayHints.enabled', 'brik.locale', 'brik.trace.server']);
        expect(properties['brik.inlayHints.enabled']).toMatchObject({ type: 'boolean', default: true });
        expect(properties['brik.locale']).toMatchObject({ enum: ['da', 'en'], default: 'da' });
        expect(properties['brik.trace.server']).toMatchObject({ enum: ['off', 'messages', 'verbose'], default: 'off' });
    });

    it('sets Brik\'s defaults for [brik]: brik fmt\'s indentation, never detected from a pasted file, and no words from other files in completion', () => {
        expect(manifest.contributes.configurationDefaults['[brik]']).toEqual({
            'editor.tabSize': 2,
            'editor.insertSpaces': true,
            'editor.detectIndentation': false,
            'editor.wordBasedSuggestions': 'off',
            'editor.unicodeHighlight.ambiguousCharacters': false,
            // Brik reads UTF-8 only, and brik fmt ends a file with a line break.
            'files.encoding': 'utf8',
            'files.insertFinalNewline': true
        });
    });

    it('contributes the report commands, and the container lens\'s list of its items, with Danish titles in the Brik category', () => {
        expect(manifest.contributes.commands.map((c: { command: string; title: string; category: string }) => `${c.category}: ${c.title} (${c.command})`)).toEqual([
            'Brik: Vis rapport (brik.showReport)',
            'Brik: Eksportér rapport… (brik.exportReport)',
            'Brik: Vis brikkerne (brik.showItems)'
        ]);
    });

    it('supports untrusted workspaces and says what is limited in virtual ones', () => {
        expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: true });
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
        expect(manifest.capabilities.virtualWorkspaces.description).toMatch(/inkluder/);
        // Untrusted support is honest only while no setting a workspace can set names a program or a path to run.
        const settings = Object.values(manifest.contributes.configuration.properties) as Array<{ type: string; enum?: string[] }>;
        expect(settings.filter(setting => setting.type !== 'boolean' && !setting.enum)).toEqual([]);
    });
});

describe('the client bundle', () => {
    it('holds vscode-languageclient, Brik\'s protocol, the report-format registry, its words, figure formatting and HTML and Markdown escaping, but not Langium', async () => {
        const result = await esbuild.build({
            absWorkingDir: EXTENSION, entryPoints: ['src/extension.ts'], bundle: true, write: false, metafile: true,
            format: 'cjs', platform: 'node', external: ['vscode'], outfile: 'out/extension.cjs', logLevel: 'silent'
        });
        const inputs = Object.keys(result.metafile.inputs);
        expect(inputs.filter(input => /node_modules\/(langium|chevrotain|decimal\.js)\//.test(input))).toEqual([]);
        expect(inputs.filter(input => input.includes('language/out/')).sort()).toEqual([
            '../language/out/format/format-amount.js', '../language/out/lsp/brik-protocol.js', '../language/out/report/html-escape.js',
            '../language/out/report/markdown-escape.js', '../language/out/report/report-formats.js',
            '../language/out/words/da.js', '../language/out/words/en.js', '../language/out/words/item-count.js', '../language/out/words/words.js'
        ]);
        expect(inputs.some(input => input.includes('node_modules/vscode-languageclient/'))).toBe(true);
    });

    // Its load time is a budget of `npm run bench` (start-up), not of a test on a busy machine.
    it('loads in plain Node, and activate only wires commands, status bar and client', () => {
        requireBuilt(CLIENT_BUNDLE);
        const run = spawnSync(process.execPath, [path.join(ROOT, 'test/editors/load-extension.cjs'), CLIENT_BUNDLE, '--activate'], { encoding: 'utf8', timeout: 30_000 });
        expect(run.status, run.stderr).toBe(0);
        const loaded = JSON.parse(run.stdout) as { requireMs: number; activateMs: number; exports: string[]; calls: Array<{ path: string; args: string[] }> };
        expect(loaded.exports.sort()).toEqual(['activate', 'deactivate']);
        const registered = loaded.calls.filter(c => c.path === 'vscode.commands.registerCommand').map(c => c.args[0]);
        expect(registered).toEqual(manifest.contributes.commands.map((c: { command: string }) => c.command));
        expect(loaded.calls.filter(c => c.path === 'vscode.window.createStatusBarItem').map(c => c.args[0])).toEqual(['brik.balance']);
    });
});

/** The names of the entries of a zip file. */
function zipEntries(file: string): Promise<Map<string, number>> {
    return new Promise((resolve, reject) => {
        yauzl.open(file, { lazyEntries: true }, (error, zip) => {
            if (error || !zip) return reject(error);
            const entries = new Map<string, number>();
            zip.on('entry', (entry: yauzl.Entry) => {
                entries.set(entry.fileName, entry.uncompressedSize);
                zip.readEntry();
            });
            zip.on('end', () => resolve(entries));
            zip.on('error', reject);
            zip.readEntry();
        });
    });
}

describe('npm run package', () => {
    let vsix: string;
    let entries: Map<string, number>;

    beforeAll(async () => {
        requireBuilt(CLIENT_BUNDLE);
        requireBuilt(SERVER_BUNDLE);
        vsix = path.join(mkdtempSync(path.join(tmpdir(), 'brik-vsix-')), 'brik.vsix');
        const run = spawnSync('npm', ['run', 'package', '--workspace', 'packages/extension', '--', '--out', vsix],
            { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
        if (run.error) throw new Error(`could not run npm: ${run.error.message}`);
        expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
        entries = await zipEntries(vsix);
    }, 150_000);

    it('makes a .vsix with the bundles, the grammar, the icons, the README, the licence and playwright-core, and nothing else', () => {
        const playwrightCore = 'extension/out/node_modules/playwright-core/';
        expect([...entries.keys()].filter(entry => !entry.startsWith(playwrightCore)).sort()).toEqual([
            '[Content_Types].xml',
            'extension.vsixmanifest',
            'extension/LICENSE.txt',
            'extension/images/brik-file-dark.svg',
            'extension/images/brik-file-light.svg',
            'extension/images/icon.png',
            'extension/language-configuration.json',
            'extension/out/browser-extension.js',
            'extension/out/browser-server.js',
            'extension/out/extension.cjs',
            'extension/out/language-server.cjs',
            'extension/package.json',
            'extension/readme.md',
            'extension/syntaxes/brik.tmLanguage.json'
        ]);
        // The PDF export's browser driver, whole, where the bundled server's require finds it.
        const installed = path.dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
        const files = readdirSync(installed, { recursive: true, withFileTypes: true }).filter(entry => entry.isFile())
            .map(entry => `${playwrightCore}${path.relative(installed, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
        expect([...entries.keys()].filter(entry => entry.startsWith(playwrightCore)).sort()).toEqual(files.sort());
    });

    it('packs the bundles as built', () => {
        expect(entries.get('extension/out/extension.cjs')).toBe(statSync(CLIENT_BUNDLE).size);
        expect(entries.get('extension/out/language-server.cjs')).toBe(statSync(SERVER_BUNDLE).size);
        console.info(`brik.vsix: ${(statSync(vsix).size / 1024).toFixed(0)} KiB`);
    });
});
