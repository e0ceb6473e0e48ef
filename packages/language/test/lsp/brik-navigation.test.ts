import { expectFindReferences, expectGoToDefinition, expectSymbols } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { SymbolKind } from 'vscode-languageserver';
import { brik, budget } from '../brik-test-services.js';
import { identifier, open } from './lsp-test-documents.js';
import { NORDJYLLAND } from './nordjylland-snippet.js';

const CATALOGUE = budget(`tema "1.12" "Tekniske udgiftsområder" {
  brik <|"Affaldssortering"|> drift 3.3
  brik "Reservepulje" uomgængelig drift 10 permanent
}
scenarie "Minimum" {
  medtag <|"Affald<|>ssortering"|>
  medtag tema <|"1.12"|>
}
scenarie "Maksimum" {
  fravælg <|"Affaldssortering"|>
}`);

describe('outline', () => {
    it('lists områder, temaer with numbers and brikker, each with its budget-year netto', async () => {
        await expectSymbols(brik)({
            text: NORDJYLLAND, assert: symbols => {
                const [budgetSymbol] = symbols;
                expect([budgetSymbol.name, budgetSymbol.kind, budgetSymbol.detail]).toEqual(['Budget 2024 – Region Nordjylland', SymbolKind.File, '-96,0\u00A0–\u00A0-84,4 mio. kr.']);
                const area = budgetSymbol.children![0];
                expect([area.name, area.kind, area.detail]).toEqual(['Sundhedsområdet', SymbolKind.Namespace, '15,0–26,6 mio. kr.']);
                const theme = area.children![0];
                expect([theme.name, theme.kind, theme.detail]).toEqual(['1.1 Kapacitetspres, arbejdsmiljø og rekruttering', SymbolKind.Package, '15,0–26,6 mio. kr.']);
                expect(theme.children!.slice(0, 2).map(s => [s.name, s.detail])).toEqual([
                    ['Optimal udnyttelse af hospitalernes sengekapacitet', '0,0–10,0 mio. kr.'],
                    ['Kapacitetsudvidelse – Børn og unge med funktionelle lidelser', '2,6 mio. kr.']
                ]);
                expect(budgetSymbol.children![1]).toMatchObject({ name: 'Råderum fra Økonomiaftale, drift', kind: SymbolKind.Constant });
            }
        });
    });

    it('puts a brik\'s virksomhed in its detail, not under it as a symbol of its own', async () => {
        await expectSymbols(brik)({
            text: NORDJYLLAND, assert: symbols => {
                const brikker = symbols[0].children![0].children![0].children!;
                expect(brikker.map(s => s.name)).toHaveLength(8);
                const neuro = brikker.find(s => s.name === 'Neurorehabilitering')!;
                expect([neuro.kind, neuro.detail, neuro.children]).toEqual([SymbolKind.Field, 'Neuroenhed Nord, Regionshospital Nordjylland (RHN) · 2,8 mio. kr.', undefined]);
            }
        });
    });

    it('gives a node whose money is anlæg only its anlæg, as the inlay hint and the code lens do', async () => {
        const text = budget('tema "Puljer" {\n  brik "Reservationspulje til NAU" anlæg tidligere: 30_739, 2024: 96_500, 2025: 81_369\n}\nbrik "Licenser" drift 300', 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2024..2025');
        await expectSymbols(brik)({
            text, assert: symbols => {
                const [budgetSymbol] = symbols;
                expect(budgetSymbol.detail).toBe('300 (1.000 kr.)');
                expect(budgetSymbol.children!.map(s => [s.name, s.detail])).toEqual([
                    ['Puljer', 'anlæg 96.500 (1.000 kr.)'],
                    ['Licenser', '300 (1.000 kr.)']
                ]);
                expect(budgetSymbol.children![0].children!.map(s => s.detail)).toEqual(['anlæg 96.500 (1.000 kr.)']);
            }
        });
    });
});

describe('outline of a fragment without braces (§7)', () => {
    const FRAGMENT = 'fragment\nenhed 1.000 kr.\ntema "1.9" "IT og digitalisering" {\n  brik "IT-investeringer" anlæg 2024..2027: 15_000\n}\nbrik "Licenser" drift 300\n';

    it('without a name: its temaer and brikker at the top', async () => {
        await expectSymbols(brik)({
            text: FRAGMENT, assert: symbols => {
                expect(symbols.map(s => [s.name, s.kind, s.range.start.line, s.range.end.line])).toEqual([
                    ['1.9 IT og digitalisering', SymbolKind.Package, 2, 4], ['Licenser', SymbolKind.Field, 5, 5]
                ]);
                expect(symbols[0].children!.map(s => s.name)).toEqual(['IT-investeringer']);
            }
        });
    });

    it('with a name: the fragment holding the rest of the file', async () => {
        await expectSymbols(brik)({
            text: FRAGMENT.replace('fragment\n', 'fragment "IT"\n'), assert: symbols => {
                expect(symbols.map(s => [s.name, s.kind, s.range.start.line, s.range.end.line])).toEqual([['IT', SymbolKind.File, 0, 5]]);
                expect(symbols[0].children!.map(s => s.name)).toEqual(['1.9 IT og digitalisering', 'Licenser']);
            }
        });
    });
});

describe('names used as references', () => {
    it('goes from a scenario to the brik it names', async () => {
        await expectGoToDefinition(brik)({ text: CATALOGUE, index: 0, rangeIndex: 0 });
    });

    it('finds every reference to a brik', async () => {
        // Every marked range is an expected reference here, so the tema reference is unmarked;
        // the search starts at every cursor <|> (the one in the scenario's `medtag`).
        const text = CATALOGUE.replace('<|"1.12"|>', '"1.12"');
        await expectFindReferences(brik)({ text, includeDeclaration: true });
    });

    it('links a tema by its number', async () => {
        const document = await open(CATALOGUE.replace(/<\|>|<\||\|>/g, ''));
        expect(document.diagnostics).toEqual([]);
    });

    it('renames a brik and every reference to it, keeping the quotes', async () => {
        const text = CATALOGUE.replace(/<\|>|<\||\|>/g, '');
        const document = await open(text);
        const position = document.textDocument.positionAt(text.indexOf('Affaldssortering') + 3);
        const prepared = await brik.lsp.RenameProvider!.prepareRename(document, { textDocument: identifier(document), position });
        expect(document.textOf(prepared!)).toBe('Affaldssortering');
        const edit = await brik.lsp.RenameProvider!.rename(document, { textDocument: identifier(document), position, newName: 'Affald og genbrug' });
        const edits = edit!.changes![document.uri.toString()];
        expect(edits.map(e => e.newText)).toEqual(['"Affald og genbrug"', '"Affald og genbrug"', '"Affald og genbrug"']);
        expect(edits.map(e => document.textOf(e.range))).toEqual(['"Affaldssortering"', '"Affaldssortering"', '"Affaldssortering"']);
    });
});

describe('rename refuses a name that would not be one', () => {
    const TEXT = CATALOGUE.replace(/<\|>|<\||\|>/g, '');

    /** Renames at the third character of the first `name` in the text, or as far into it as `into` says. */
    async function renameAt(name: string, newName: string, into = 2) {
        const document = await open(TEXT);
        const position = document.textDocument.positionAt(TEXT.indexOf(name) + into);
        const file = document.uri.path.split('/').pop();
        return { file, result: brik.lsp.RenameProvider!.rename(document, { textDocument: identifier(document), position, newName }) };
    }

    it.each(['', '   ', '""', '" "'])('an empty name: %j', async newName => {
        const { result } = await renameAt('Affaldssortering', newName);
        await expect(result).rejects.toMatchObject({ code: -32803, message: 'Et navn kan ikke være tomt: skriv det nye navn, fx Neurorehabilitering.' });
    });

    it('a name over two lines', async () => {
        const { result } = await renameAt('Affaldssortering', 'Affald\nog genbrug');
        await expect(result).rejects.toMatchObject({ code: -32803, message: 'Et navn står på én linje: skriv det nye navn uden linjeskift.' });
    });

    it('the name of another brik, also written in another Unicode form, and from a reference in a scenario', async () => {
        for (const [at, newName, into] of [['Affaldssortering', 'Reservepulje', 2], ['Affaldssortering', ' "Reservepulje" ', 2], ['medtag "Affaldssortering"', 'Reservepulje', 10]] as const) {
            const { file, result } = await renameAt(at, newName, into);
            await expect(result).rejects.toMatchObject({
                code: -32803,
                message: `Navnet "Reservepulje" bruges allerede af brikken i ${file}, linje 7. Navne skal være entydige i et tema eller område, fordi scenarier og rapporter henviser til dem: vælg et andet navn.`
            });
        }
        const document = await open(TEXT.replace('"Reservepulje"', '"Bådehavn"'));
        const position = document.textDocument.positionAt(TEXT.indexOf('Affaldssortering') + 2);
        await expect(brik.lsp.RenameProvider!.rename(document, { textDocument: identifier(document), position, newName: 'Ba\u030Adehavn' }))
            .rejects.toMatchObject({ code: -32803, message: expect.stringMatching(/^Navnet "Ba\u030Adehavn" bruges allerede af brikken i .*, linje 7\./) });
    });

    it('a tema\'s number as another tema\'s name, and another scenario\'s name', async () => {
        const text = TEXT.replace('tema "1.12"', 'tema "1.1" "Sundhed" {\n}\ntema "1.12"');
        const document = await open(text);
        const rename = (at: string, newName: string) => brik.lsp.RenameProvider!.rename(document, {
            textDocument: identifier(document), position: document.textDocument.positionAt(text.indexOf(at) + 2), newName
        });
        await expect(rename('Tekniske udgiftsområder', '1.1')).rejects.toMatchObject({ message: expect.stringMatching(/^Navnet "1\.1" bruges allerede af temaet i .*, linje 5\./) });
        await expect(rename('Minimum', 'Maksimum')).rejects.toMatchObject({ message: expect.stringMatching(/^Navnet "Maksimum" bruges allerede af scenariet i .*, linje 15\./) });
    });

    it('but renames to a free name, and to the same name', async () => {
        // Written as Brik reads strings (§11): a backslash stands for itself, a tab stays a tab.
        for (const [newName, written] of [['Affald og genbrug', '"Affald og genbrug"'], ['Affaldssortering', '"Affaldssortering"'],
            ['Drift A\\B', '"Drift A\\B"'], ['Affald\tsortering', '"Affald\tsortering"'], ['Det "grønne" affald', '"Det \\"grønne\\" affald"']]) {
            const { result } = await renameAt('Affaldssortering', newName);
            expect(Object.values((await result)!.changes!).flat().map(edit => edit.newText)).toEqual(Array(3).fill(written));
        }
    });
});
