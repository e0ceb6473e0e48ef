import type * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { DocumentFormattingRequest, DocumentSymbolRequest } from 'vscode-languageserver-protocol';
import { BalanceRequest, ReportRequest } from '@brik/language/protocol';
import type { Locale } from '@brik/language/words';
import examples from 'virtual:brik-examples';
import { statusText } from '../../../extension/src/balance-text.js';
import { BrikClient } from '../client/brik-client.js';
import { registerBrikLanguage } from '../client/brik-language.js';
import type { BrikFeatures } from '../client/monaco-features.js';
import { registerBrikFeatures } from '../client/monaco-features.js';
import { fromRange, fromTextEdit, toMarker } from '../client/monaco-convert.js';
import type { CatalogueFile } from './catalogue.js';
import { Catalogue, pathOfUri, ROOT_URI, uriOfPath } from './catalogue.js';
import { baseName, canOpenFolder, catalogueOfFiles, downloadBlob, openFolder, saveFile, spreadsheetsOf } from './file-sources.js';
import type { PageWords } from './page-words.js';
import { pageWords } from './page-words.js';
import type { Problem } from './problems-panel.js';
import { ProblemsPanel } from './problems-panel.js';
import type { ReportFormat, ReportFormatInfo } from '@brik/language/protocol';
import { DOWNLOAD_FORMATS, reportBlob } from './report-downloads.js';
import { sharedCatalogueOf, shareLink } from './share-link.js';
import { newCatalogueText } from './templates.js';

type Monaco = typeof monaco;

/** How long typing must pause before the balance, the outline and the report are asked for again. */
const EDIT_DELAY_MS = 300;
const LOCALE_KEY = 'brik.locale';

function element<T extends HTMLElement>(id: string): T {
    return document.getElementById(id) as T;
}

/**
 * The page: a catalogue's files in Monaco, Brik's language server in a worker, the problems
 * list, the outline, the balance in the status line, the report beside the editor, and the
 * ways in and out (open, drop, examples, template, import, save, download, print, share).
 */
export class BrikPage {
    private catalogue = new Catalogue('', []);
    private client: BrikClient | undefined;
    private readonly models = new Map<string, monaco.editor.ITextModel>();
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    /** Warnings of an import, by the URI of the file it made: the cells the importer could not map. */
    private readonly importWarnings = new Map<string, Diagnostic[]>();
    private activeUri: string | undefined;
    private locale: Locale = localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'da';
    private editor!: monaco.editor.IStandaloneCodeEditor;
    private features!: BrikFeatures;
    private problems!: ProblemsPanel;
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Counts updates, so that an answer overtaken by a newer one is dropped. */
    private generation = 0;
    private reportOpen = false;

    constructor(private readonly m: Monaco) {}

    private get words(): PageWords {
        return pageWords(this.locale);
    }

    async start(): Promise<void> {
        registerBrikLanguage(this.m);
        this.features = registerBrikFeatures(this.m, {
            client: () => this.client,
            modelOf: uri => this.models.get(uri),
            diagnosticsOf: uri => this.diagnostics.get(uri) ?? []
        });
        this.editor = this.m.editor.create(element('editor'), {
            automaticLayout: true,
            tabSize: 2,
            insertSpaces: true,
            fontSize: 14,
            minimap: { enabled: false },
            unicodeHighlight: { ambiguousCharacters: false },
            'semanticHighlighting.enabled': false,
            inlayHints: { enabled: 'on' },
            fixedOverflowWidgets: true
        });
        this.problems = new ProblemsPanel(element('problems'), element('problem-count'), problem => this.jumpTo(problem.uri, problem.diagnostic));
        this.wireControls();
        this.showWords();
        const shared = sharedCatalogueOf(location.hash);
        if (shared) {
            const files = Object.entries(shared.files).map(([path, text]) => ({ path, savedText: text }));
            await this.open(new Catalogue(shared.name, files), shared.active);
        } else {
            await this.openExample(0);
        }
    }

    // ---- Opening and saving

    /** Shows a catalogue: one model per file, and a new worker that reads them all. */
    async open(catalogue: Catalogue, activePath?: string): Promise<void> {
        if (this.isDirty() && !confirm(this.words.unsaved)) return;
        this.client?.dispose();
        this.client = undefined;
        this.editor.setModel(null);
        this.models.forEach(model => model.dispose());
        this.models.clear();
        this.diagnostics.clear();
        this.importWarnings.clear();
        this.catalogue = catalogue;
        for (const file of catalogue.brikFiles()) {
            this.createModel(file);
        }
        this.say(this.words.starting);
        const worker = new Worker(new URL('server-worker.js', document.baseURI), { type: 'module' });
        this.client = new BrikClient(worker, catalogue.texts(file => file.savedText), ROOT_URI, this.settings(), {
            diagnostics: (uri, diagnostics) => this.onDiagnostics(uri, diagnostics),
            refresh: () => this.features.refresh()
        });
        const first = (activePath ? catalogue.files.get(activePath) : undefined) ?? catalogue.firstFile();
        this.renderFiles();
        this.renderProblems();
        if (first) await this.show(uriOfPath(first.path));
        await this.client.whenReady();
        this.say('');
    }

    private createModel(file: CatalogueFile): monaco.editor.ITextModel {
        const uri = uriOfPath(file.path);
        const model = this.m.editor.createModel(file.savedText, 'brik', this.m.Uri.parse(uri));
        model.updateOptions({ tabSize: 2, insertSpaces: true });
        model.onDidChangeContent(() => {
            // Marks for `npm run bench` (bench/web.mjs): an edit, then the diagnostics it brings.
            performance.mark('brik:edit', { detail: uri });
            void this.client?.change(uri, model.getValue());
            this.renderFiles();
        });
        this.models.set(uri, model);
        return model;
    }

    /** Shows a file in the editor; the server hears of it as an open document. */
    private async show(uri: string): Promise<void> {
        const model = this.models.get(uri);
        if (!model) return;
        this.activeUri = uri;
        this.editor.setModel(model);
        this.renderFiles();
        await this.client?.open(uri, model.getValue());
        this.schedule(0);
    }

    /** Adds a file to the open catalogue (an import, a dropped file) and shows it. */
    private async addFile(path: string, text: string): Promise<string> {
        const file: CatalogueFile = { path: this.catalogue.freePath(path), savedText: '' };
        this.catalogue.files.set(file.path, file);
        const model = this.createModel(file);
        model.setValue(text);
        const uri = uriOfPath(file.path);
        await this.show(uri);
        return uri;
    }

    private isDirty(): boolean {
        return this.catalogue.brikFiles().some(file => this.models.get(uriOfPath(file.path))?.getValue() !== file.savedText);
    }

    private async saveActive(): Promise<void> {
        const uri = this.activeUri;
        const model = uri ? this.models.get(uri) : undefined;
        const file = uri ? this.catalogue.files.get(pathOfUri(uri)) : undefined;
        if (!model || !file) return;
        const text = model.getValue();
        const how = await saveFile(file, text).catch((error: unknown) => {
            this.say(error instanceof Error ? error.message : String(error));
            return 'cancelled' as const;
        });
        if (how === 'cancelled') return;
        file.savedText = text;
        this.renderFiles();
        this.say(how === 'saved' ? this.words.saved(baseName(file.path)) : this.words.downloaded(baseName(file.path)));
    }

    private async openExample(index: number): Promise<void> {
        const example = examples[index];
        if (!example) return;
        await this.open(new Catalogue(example.name, Object.entries(example.files).map(([path, text]) => ({ path, savedText: text }))));
    }

    private async openFiles(list: Iterable<File>): Promise<void> {
        const files = [...list];
        const catalogue = await catalogueOfFiles(files);
        if (catalogue) await this.open(catalogue);
        for (const sheet of spreadsheetsOf(files)) await this.importSheet(sheet);
    }

    /** `brik import` in the page: the spreadsheet becomes a new, formatted file, with the importer's warnings among the problems. */
    private async importSheet(file: File): Promise<void> {
        this.say(this.words.importing(file.name));
        const result = await import('../import/import-adapter.js')
            .then(async ({ importSpreadsheet }) => importSpreadsheet(file.name, new Uint8Array(await file.arrayBuffer())))
            .catch((error: unknown) => ({ text: undefined, warnings: [], failure: error instanceof Error ? error.message : String(error) }));
        if (result.text === undefined) {
            this.say(this.words.importFailed(file.name, result.failure ?? ''));
            return;
        }
        const uri = await this.addFile(file.name.replace(/\.[^.]*$/, '.brik'), result.text);
        await this.formatDocument(uri);
        // A warning stands at the comment the importer wrote for its cell (`// Ark1!B4: …`), else at the top.
        const lines = this.models.get(uri)?.getLinesContent() ?? [];
        this.importWarnings.set(uri, result.warnings.map(warning => ({
            range: lineRange(Math.max(0, lines.findIndex(line => line.includes(`// ${warning.address}:`))), lines),
            severity: warning.severity === 'error' ? 1 : 2, code: warning.severity === 'error' ? 'brik/import-unread' : 'brik/import-unmapped', source: file.name,
            message: `${warning.address}: ${warning.message}`
        })));
        this.renderProblems();
        this.say(this.words.imported(file.name, result.warnings.length));
    }

    private async formatDocument(uri: string): Promise<void> {
        const model = this.models.get(uri);
        const edits = await this.client?.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }).catch(() => null);
        if (model && edits && edits.length > 0) {
            model.pushEditOperations([], edits.map(edit => ({ ...fromTextEdit(edit), range: fromRange(edit.range) })), () => null);
        }
    }

    // ---- What the server says

    private onDiagnostics(uri: string, diagnostics: Diagnostic[]): void {
        performance.mark('brik:diagnostics', { detail: uri });
        this.diagnostics.set(uri, diagnostics);
        const model = this.models.get(uri);
        if (model) this.m.editor.setModelMarkers(model, 'brik', diagnostics.map(toMarker));
        this.renderProblems();
        this.schedule(EDIT_DELAY_MS);
    }

    private renderProblems(): void {
        const problems: Problem[] = [];
        for (const source of [this.diagnostics, this.importWarnings]) {
            for (const [uri, diagnostics] of source) {
                if (!uri.startsWith(ROOT_URI)) continue;
                const path = pathOfUri(uri);
                problems.push(...diagnostics.map(diagnostic => ({ uri, path, diagnostic })));
            }
        }
        this.problems.show(problems, this.words);
    }

    private jumpTo(uri: string, diagnostic: Diagnostic): void {
        void this.show(uri).then(() => {
            const range = fromRange(diagnostic.range);
            this.editor.setSelection(range);
            this.editor.revealRangeInCenter(range);
            this.editor.focus();
        });
    }

    /** Asks for the balance, the outline and (when shown) the report, once typing pauses. */
    private schedule(delay: number): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), delay);
    }

    private async update(): Promise<void> {
        const generation = ++this.generation;
        const uri = this.activeUri;
        const client = this.client;
        if (!uri || !client) return;
        const [balance, symbols, report] = await Promise.all([
            client.connection.sendRequest(BalanceRequest, { uri }).catch(() => undefined),
            client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }).catch(() => undefined),
            this.reportOpen ? client.connection.sendRequest(ReportRequest, { uri, format: 'html', locale: this.locale, allowErrors: true }).catch(() => undefined) : undefined
        ]);
        if (generation !== this.generation) return;
        const status = element('balance');
        status.textContent = balance?.text !== undefined ? statusText(balance, this.locale).replace('$(warning) ', '⚠ ') : '';
        status.classList.toggle('unbalanced', balance?.balanced === false);
        this.renderOutline((symbols ?? []) as DocumentSymbol[]);
        if (this.reportOpen) {
            element<HTMLIFrameElement>('report').srcdoc = report?.content ?? `<p>${report?.message ?? this.words.noBudget}</p>`;
        }
    }

    // ---- The page's own parts

    private renderFiles(): void {
        const items = this.catalogue.brikFiles().map(file => {
            const uri = uriOfPath(file.path);
            const item = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            const dirty = this.models.get(uri)?.getValue() !== file.savedText;
            button.textContent = `${file.path}${dirty ? ' ●' : ''}`;
            button.classList.toggle('active', uri === this.activeUri);
            button.addEventListener('click', () => void this.show(uri));
            item.append(button);
            return item;
        });
        element('files').replaceChildren(...items);
        document.title = this.catalogue.name ? `${this.catalogue.name} – Brik` : 'Brik';
    }

    private renderOutline(symbols: readonly DocumentSymbol[]): void {
        const list = (entries: readonly DocumentSymbol[]): HTMLLIElement[] => entries.map(symbol => {
            const item = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = symbol.detail ? `${symbol.name} — ${symbol.detail}` : symbol.name;
            button.addEventListener('click', () => {
                const range = fromRange(symbol.selectionRange);
                this.editor.setSelection(range);
                this.editor.revealRangeInCenter(range);
                this.editor.focus();
            });
            item.append(button);
            if (symbol.children && symbol.children.length > 0) {
                const children = document.createElement('ul');
                children.append(...list(symbol.children));
                item.append(children);
            }
            return item;
        });
        element('outline').replaceChildren(...list(symbols));
    }

    private async download(format: ReportFormatInfo): Promise<void> {
        const uri = this.activeUri;
        const client = this.client;
        if (!uri || !client) return;
        const name = `${baseName(pathOfUri(uri)).replace(/\.brik$/i, '')}.${format.extension}`;
        const request = (allowErrors: boolean) => client.connection.sendRequest(ReportRequest, { uri, format: format.id as ReportFormat, locale: this.locale, allowErrors });
        let result = await request(false);
        // As `brik report` without --allow-errors: a report that rests on errors is made only when asked.
        if (result.refused && confirm(this.words.downloadWithErrors(result.refused.errors))) {
            result = await request(true);
        }
        if (result.content === undefined) {
            if (!result.refused) this.say(result.message ?? this.words.noBudget);
            return;
        }
        downloadBlob(reportBlob(format, result.content, result.encoding), name);
        this.say(this.words.downloaded(name));
    }

    private share(): void {
        const files = Object.fromEntries(this.catalogue.brikFiles().map(file => [file.path, this.models.get(uriOfPath(file.path))?.getValue() ?? file.savedText]));
        const link = shareLink(location.href, { v: 1, name: this.catalogue.name, files, active: this.activeUri ? pathOfUri(this.activeUri) : undefined });
        const field = element<HTMLInputElement>('share-link');
        if (!link) {
            field.hidden = true;
            this.say(this.words.shareTooLarge);
            return;
        }
        field.value = link;
        field.hidden = false;
        field.select();
        void navigator.clipboard?.writeText(link).catch(() => undefined);
        this.say(this.words.shareCopied);
    }

    private settings(): { locale: Locale; inlayHints: { enabled: boolean } } {
        return { locale: this.locale, inlayHints: { enabled: true } };
    }

    private say(message: string): void {
        element('message').textContent = message;
    }

    private showWords(): void {
        const words = this.words;
        document.documentElement.lang = this.locale;
        document.querySelectorAll<HTMLElement>('[data-word]').forEach(node => {
            const value = words[node.dataset.word as keyof PageWords];
            if (typeof value === 'string') node.textContent = value;
        });
        element<HTMLSelectElement>('locale').value = this.locale;
        const exampleList = element<HTMLSelectElement>('examples');
        exampleList.replaceChildren(new Option(`${words.examples} …`, ''), ...examples.map((example, i) => new Option(example.name, String(i))));
        const downloads = element<HTMLSelectElement>('download');
        downloads.replaceChildren(new Option(`${words.download} …`, ''), ...DOWNLOAD_FORMATS.map(format => new Option(format.extension, format.id)));
        element('open-folder').hidden = !canOpenFolder();
    }

    private wireControls(): void {
        element('open-folder').addEventListener('click', () => void openFolder().then(catalogue => catalogue && this.open(catalogue)));
        for (const id of ['open-files', 'open-folder-files']) {
            const input = element<HTMLInputElement>(id);
            input.addEventListener('change', () => {
                const files = [...input.files ?? []];
                input.value = '';
                void this.openFiles(files);
            });
        }
        element('new-catalogue').addEventListener('click', () => {
            void this.open(new Catalogue('nyt-katalog', [{ path: 'budget.brik', savedText: newCatalogueText(new Date().getFullYear() + 1) }]));
        });
        const exampleList = element<HTMLSelectElement>('examples');
        exampleList.addEventListener('change', () => {
            const index = Number(exampleList.value);
            exampleList.value = '';
            if (!Number.isNaN(index)) void this.openExample(index);
        });
        element('save').addEventListener('click', () => void this.saveActive());
        element('share').addEventListener('click', () => this.share());
        element('report-toggle').addEventListener('click', () => {
            this.reportOpen = !this.reportOpen;
            element('report-pane').hidden = !this.reportOpen;
            element('report-toggle').setAttribute('aria-pressed', String(this.reportOpen));
            this.editor.layout();
            this.schedule(0);
        });
        const downloads = element<HTMLSelectElement>('download');
        downloads.addEventListener('change', () => {
            const format = DOWNLOAD_FORMATS.find(candidate => candidate.id === downloads.value);
            downloads.value = '';
            if (format) void this.download(format);
        });
        element('print').addEventListener('click', () => {
            if (!this.reportOpen) element('report-toggle').click();
            // The report's own print styles make the PDF; the page around it is not printed.
            setTimeout(() => element<HTMLIFrameElement>('report').contentWindow?.print(), this.reportOpen ? 0 : 800);
        });
        const localeList = element<HTMLSelectElement>('locale');
        localeList.addEventListener('change', () => {
            this.locale = localeList.value === 'en' ? 'en' : 'da';
            localStorage.setItem(LOCALE_KEY, this.locale);
            this.showWords();
            this.renderProblems();
            void this.client?.changeSettings(this.settings());
            this.schedule(0);
        });
        window.addEventListener('keydown', event => {
            if ((event.ctrlKey || event.metaKey) && event.key === 's') {
                event.preventDefault();
                void this.saveActive();
            }
        });
        window.addEventListener('beforeunload', event => {
            if (this.isDirty()) event.preventDefault();
        });
        window.addEventListener('hashchange', () => {
            const shared = sharedCatalogueOf(location.hash);
            if (shared) void this.open(new Catalogue(shared.name, Object.entries(shared.files).map(([path, text]) => ({ path, savedText: text }))), shared.active);
        });
        this.wireDrop();
    }

    private wireDrop(): void {
        const zone = element('drop-zone');
        let depth = 0;
        window.addEventListener('dragenter', event => {
            if (!event.dataTransfer?.types.includes('Files')) return;
            depth++;
            zone.hidden = false;
        });
        window.addEventListener('dragleave', () => {
            depth = Math.max(0, depth - 1);
            if (depth === 0) zone.hidden = true;
        });
        window.addEventListener('dragover', event => event.preventDefault());
        window.addEventListener('drop', event => {
            event.preventDefault();
            depth = 0;
            zone.hidden = true;
            const files = [...event.dataTransfer?.files ?? []];
            if (files.length > 0) void this.openFiles(files);
        });
    }
}

/** The whole of a line, for a problem that belongs to a line. */
function lineRange(line: number, lines: readonly string[]): Diagnostic['range'] {
    return { start: { line, character: 0 }, end: { line, character: lines[line]?.length ?? 0 } };
}
