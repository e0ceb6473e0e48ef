import { afterEach, describe, expect, it } from 'vitest';
import { setInterruptionPeriod } from 'langium';
import type { DocumentSymbol, InlayHint } from 'vscode-languageserver';
import { CancellationTokenSource } from 'vscode-languageserver';
import { brik, services } from '../brik-test-services.js';
import { identifier, open } from './lsp-test-documents.js';
import { NORDJYLLAND } from './nordjylland-snippet.js';

/** Changes `brik.*` as an editor does, with `workspace/didChangeConfiguration`. */
function configure(brikSection: Record<string, unknown>): void {
    services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { brik: brikSection } });
}

/** Nordjylland with a scenario under a ramme it keeps and a total that does not hold. */
const TEXT = NORDJYLLAND
    .replace('  finansiering "Råderum', '  scenarie "S" { medtag "Neurorehabilitering" ramme 0 }\n  finansiering "Råderum')
    .replace('drift -111', 'drift -111 permanent')
    .replace('total opdrift 15.0..26.6', 'total opdrift 15.0..26.5');

async function hintsOf(text: string): Promise<InlayHint[]> {
    return await request(await open(text));
}

/** An inlay hint request for the whole document, with a token that lets it yield to others. */
async function request(document: Awaited<ReturnType<typeof open>>): Promise<InlayHint[]> {
    const token = new CancellationTokenSource().token;
    return await brik.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: identifier(document), range: document.whole }, token) ?? [];
}

function words(hints: InlayHint[]): Array<[string, string | undefined]> {
    return hints.map(hint => [String(hint.label), typeof hint.tooltip === 'string' ? hint.tooltip : undefined]);
}

function details(symbols: DocumentSymbol[]): string[] {
    return symbols.flatMap(symbol => [`${symbol.name}: ${symbol.detail}`, ...details(symbol.children ?? [])]);
}

afterEach(() => configure({ locale: 'da', inlayHints: { enabled: true } }));

describe('BrikSettings', () => {
    it('is Danish with hints on until the editor says otherwise, and follows each change at once', () => {
        const settings = brik.lsp.BrikSettings;
        expect([settings.locale, settings.inlayHintsEnabled]).toEqual(['da', true]);
        configure({ locale: 'en', inlayHints: { enabled: false } });
        expect([settings.locale, settings.inlayHintsEnabled]).toEqual(['en', false]);
        configure({});
        expect([settings.locale, settings.inlayHintsEnabled]).toEqual(['da', true]);
    });
});

describe('inlay hints follow brik.locale', () => {
    it('in Danish', async () => {
        expect(words(await hintsOf(TEXT))).toEqual([
            ['Σ 2024: -96,0\u00A0–\u00A0-84,4', undefined],
            ['Σ 2024: 15,0–26,6', undefined],
            ['Σ 2024: 15,0–26,6', undefined],
            ['≠ 15,0–26,6', 'Den beregnede total'],
            ['råderum 2024: 108,2', undefined]
        ]);
    });

    it('in English', async () => {
        configure({ locale: 'en' });
        expect(words(await hintsOf(TEXT))).toEqual([
            ['Σ 2024: -96.0\u00A0–\u00A0-84.4', undefined],
            ['Σ 2024: 15.0–26.6', undefined],
            ['Σ 2024: 15.0–26.6', undefined],
            ['≠ 15.0–26.6', 'The computed total'],
            ['room 2024: 108.2', undefined]
        ]);
    });

    it('and are none when brik.inlayHints.enabled is false', async () => {
        configure({ inlayHints: { enabled: false } });
        expect(await hintsOf(TEXT)).toEqual([]);
    });
});

describe('two inlay hint requests at once', () => {
    afterEach(() => setInterruptionPeriod(10));

    it('each keep the locale they started with, though the setting changes while the first runs', async () => {
        // Every node yields to the other request, as a large document does.
        setInterruptionPeriod(0);
        const document = await open(TEXT);
        configure({ locale: 'en' });
        const english = request(document);
        configure({ locale: 'da' });
        const danish = request(document);
        const [first, second] = await Promise.all([english, danish]);
        expect(words(first).map(([label]) => label)).toContain('room 2024: 108.2');
        expect(words(first).every(([label]) => !label.includes(','))).toBe(true);
        expect(words(second).map(([label]) => label)).toContain('råderum 2024: 108,2');
        expect(words(second).every(([label]) => !label.includes('.'))).toBe(true);
    });
});

describe('the outline follows brik.locale', () => {
    async function outline(): Promise<string[]> {
        const document = await open(NORDJYLLAND);
        return details(await brik.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: identifier(document) }) ?? []);
    }

    it('in Danish', async () => {
        const lines = await outline();
        expect(lines).toContain('1.1 Kapacitetspres, arbejdsmiljø og rekruttering: 15,0–26,6 mio. kr.');
        expect(lines).toContain('Neurorehabilitering: Neuroenhed Nord, Regionshospital Nordjylland (RHN) · 2,8 mio. kr.');
    });

    it('in English', async () => {
        configure({ locale: 'en' });
        const lines = await outline();
        expect(lines).toContain('1.1 Kapacitetspres, arbejdsmiljø og rekruttering: 15.0–26.6 mio. kr.');
        expect(lines).toContain('Neurorehabilitering: Neuroenhed Nord, Regionshospital Nordjylland (RHN) · 2.8 mio. kr.');
    });
});

describe('the code lens follows brik.locale', () => {
    it('counts the items in English, and gives the figure in English when inlay hints are off', async () => {
        configure({ locale: 'en' });
        const document = await open(TEXT);
        const titles = async () => (await brik.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: identifier(document) }) ?? []).map(lens => lens.command?.title);
        expect(await titles()).toEqual(['8 items', '8 items']);
        configure({ locale: 'en', inlayHints: { enabled: false } });
        expect(await titles()).toEqual(['Σ 2024: 15.0–26.6 mio. kr. · 8 items', 'Σ 2024: 15.0–26.6 mio. kr. · 8 items']);
    });
});
