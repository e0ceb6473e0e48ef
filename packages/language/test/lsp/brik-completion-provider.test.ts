import type { CompletionList, TextEdit } from 'vscode-languageserver';
import { expectCompletion } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_CANDIDATES } from '../../src/lsp/brik-completion-provider.js';
import { brik, budget, parse } from '../brik-test-services.js';

const completion = expectCompletion(brik);

function labels(list: CompletionList): string[] {
    return list.items.map(item => item.label);
}

describe('BrikCompletionProvider', () => {
    it('offers the keywords valid in a tema and the snippets for a new brik and tema', async () => {
        await completion({
            text: budget('tema "T" {\n  <|>\n}'), index: 0, assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['brik', 'finansiering "…"', 'tema', 'total', 'inkluder', 'brik (én linje)', 'brik { … }', 'tema { … }']));
                expect(labels(list)).not.toContain('enhed');
                const block = list.items.find(item => item.label === 'brik { … }')!;
                expect(block.insertTextFormat).toBe(2);
                expect(block.textEdit?.newText).toBe('brik "${1:Navn}" {\n\tvirksomhed "${2:Virksomhed}"\n\tdrift ${3:2024}: ${4:0.0} permanent\n\tnote "${5}"\n}');
            }
        });
    });

    it('offers what may stand in a fragment without braces, at its top and in its temaer (§7)', async () => {
        for (const text of ['fragment\nenhed 1.000 kr.\n<|>\n', 'fragment "IT"\nbrik "A" drift 1\n<|>', 'fragment\ntema "T" {\n  brik "A" drift 1\n}\n<|>']) {
            await completion({
                text, index: 0, assert: list => {
                    expect(labels(list)).toEqual(expect.arrayContaining(['brik', 'finansiering "…"', 'tema', 'total', 'inkluder', 'område', 'tema { … }']));
                }
            });
        }
        await completion({
            text: 'fragment\ntema "T" {\n  brik "A" drift 2.8 <|>\n}\n', index: 0, assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['permanent', 'anlæg', 'omstilling']));
            }
        });
    });

    it('offers the keywords that may follow in a brik, in their Danish spelling only', async () => {
        await completion({
            text: budget('brik "A" drift 2.8 <|>'), index: 0, assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['permanent', 'anlæg', 'årsværk', 'uomgængelig', 'omstilling', 'politisk']));
                expect(labels(list)).not.toContain('anlaeg');
                expect(labels(list)).not.toContain('aarsvaerk');
            }
        });
    });

    it('offers tidligere and efterfølgende in a profile and samlet in a total, in their Danish spelling only', async () => {
        await completion({
            text: budget('brik "A" anlæg 2024: 1.4, <|>'), index: 0, assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['tidligere', 'efterfølgende']));
                expect(labels(list)).not.toContain('efterfoelgende');
            }
        });
        await completion({
            text: budget('brik "A" { anlæg 2024: 1\n total anlæg <|> }'), index: 0, assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['samlet', 'tidligere', 'efterfølgende', 'permanent']));
                expect(labels(list)).not.toContain('efterfoelgende');
            }
        });
    });

    it('offers the years of år in a profile', async () => {
        await completion({
            text: budget('brik "A" drift 2024: 1.4, <|>'), index: 0, assert: list => {
                expect(list.items.filter(item => item.label.endsWith(':')).map(item => [item.label, item.detail]))
                    .toEqual([['2024:', 'budgetår'], ['2025:', 'overslagsår'], ['2026:', 'overslagsår'], ['2027:', 'overslagsår'], ['permanent:', 'permanent niveau efter de angivne år']]);
            }
        });
    });

    it('offers virksomhed values already used, most used first', async () => {
        await completion({
            text: budget('brik "A" drift 1 { virksomhed "Psykiatrien" }\nbrik "B" drift 1 { virksomhed "Aalborg Universitetshospital" }\nbrik "C" drift 1 { virksomhed "Psykiatrien" }\nbrik "D" drift 1 { virksomhed <|> }'),
            index: 0, assert: list => {
                expect(list.items.filter(item => item.detail === 'virksomhed').map(item => item.label))
                    .toEqual(['"Psykiatrien"', '"Aalborg Universitetshospital"']);
            }
        });
    });

    it('offers the three kategorier', async () => {
        await completion({
            text: budget('brik "A" omstilling drift -1 { kategori <|> }'), index: 0, assert: list => {
                expect(list.items.filter(item => item.kind === 20).map(item => [item.label, item.detail]))
                    .toEqual([['eff', 'effektivisering'], ['bao', 'bortfald af opgave'], ['am', 'opgave løst på anden måde']]);
            }
        });
    });

    it('offers brikker and temaer by name where a scenario names them', async () => {
        const members = 'tema "1.12" "Tekniske udgiftsområder" {\n brik "Affaldssortering" drift 3.3\n brik "Reservepulje" uomgængelig drift 10\n}';
        await completion({
            text: budget(`${members}\nscenarie "S" {\n medtag <|>\n}`), index: 0, assert: list => {
                const names = list.items.filter(item => item.label === 'Affaldssortering' || item.label === 'Reservepulje');
                expect(names.map(item => item.textEdit?.newText)).toEqual(['"Affaldssortering"', '"Reservepulje"']);
                expect(names.map(item => item.detail)).toEqual(['brik', 'brik']);
            }
        });
        await completion({
            text: budget(`${members}\nscenarie "S" {\n medtag tema <|>\n}`), index: 0, assert: list => {
                expect(list.items.filter(item => item.label === '1.12').map(item => [item.textEdit?.newText, item.detail])).toEqual([['"1.12"', 'tema: Tekniske udgiftsområder']]);
            }
        });
    });

    it.each([
        ['inside the quotes the editor closed', 'medtag "Reserve<|>"'],
        ['after an opening quote alone', 'medtag "Reserve<|>'],
        ['without quotes', 'medtag Reserve<|>']
    ])('completes a name being typed %s, replacing it and its quotes', async (_, line) => {
        const members = 'tema "1.12" "Tekniske udgiftsområder" {\n brik "Affaldssortering" drift 3.3\n brik "Reservepulje" uomgængelig drift 10\n}';
        const text = budget(`${members}\nscenarie "S" {\n ${line}\n}`);
        await completion({
            text, index: 0, assert: list => {
                const [item] = list.items.filter(candidate => candidate.label === 'Reservepulje');
                expect(list.items.map(candidate => candidate.label)).not.toContain('Affaldssortering');
                const lines = text.replace('<|>', '').split('\n');
                const row = lines.findIndex(candidate => candidate.includes('medtag'));
                const edit = item.textEdit as TextEdit;
                expect(edit.range.start).toEqual({ line: row, character: lines[row].indexOf('medtag') + 'medtag '.length });
                expect(edit.range.end).toEqual({ line: row, character: lines[row].length });
                expect(edit.newText).toBe('"Reservepulje"');
            }
        });
    });

    describe('inside a quote, names only', () => {
        const members = 'tema "1.12" "Tekniske udgiftsområder" {\n brik "Alarmcentral" drift 3.3\n brik "Reservepulje" uomgængelig drift 10\n}';

        it.each([
            ['medtag "Al<|>', ['Alarmcentral']],
            ['medtag "Al<|>"', ['Alarmcentral']],
            ['medtag "<|>', ['Alarmcentral', 'Reservepulje']],
            ['medtag "<|>"', ['Alarmcentral', 'Reservepulje']],
            ['fravælg "Res<|>', ['Reservepulje']],
            ['medtag tema "<|>', ['Tekniske udgiftsområder', '1.12']]
        ])('%s offers %j and no keyword or snippet', async (line, expected) => {
            await completion({
                text: budget(`${members}\nscenarie "S" {\n ${line}\n}`), index: 0, assert: list => {
                    expect(list.items.map(item => item.label)).toEqual(expected);
                }
            });
        });

        it('offers the keyword alle and the tema snippet outside a quote', async () => {
            await completion({
                text: budget(`${members}\nscenarie "S" {\n medtag <|>\n}`), index: 0, assert: list => {
                    expect(list.items.map(item => item.label)).toEqual(expect.arrayContaining(['alle', 'tema', 'tema { … }', 'Alarmcentral']));
                }
            });
        });

        it('offers virksomhed values inside a quote, and no keyword', async () => {
            await completion({
                text: budget('brik "A" drift 1 { virksomhed "Psykiatrien" }\nbrik "B" drift 1 { virksomhed "Ps<|> }'), index: 0, assert: list => {
                    expect(list.items.map(item => [item.label, item.detail])).toEqual([['"Psykiatrien"', 'virksomhed']]);
                }
            });
        });
    });

    describe('in a catalogue of more brikker than one list offers (names of several words, the closing quote not yet typed)', () => {
        const many = Array.from({ length: MAX_NAME_CANDIDATES + 100 }, (_, i) => `brik "Brik ${i + 1}" drift 1`).join('\n');
        const names = (list: CompletionList) => list.items.filter(item => item.label.startsWith('Brik ')).map(item => item.label);

        it('offers the first names, and says the list is incomplete', async () => {
            await completion({
                text: budget(`${many}\nscenarie "S" {\n medtag <|>\n}`), index: 0, assert: list => {
                    expect(list.isIncomplete).toBe(true);
                    expect(names(list)).toHaveLength(MAX_NAME_CANDIDATES);
                }
            });
        });

        it('never cuts a name that matches what is typed', async () => {
            await completion({
                text: budget(`${many}\nscenarie "S" {\n medtag "Brik 59<|>\n}`), index: 0, assert: list => {
                    expect(names(list)).toEqual(expect.arrayContaining(['Brik 59', 'Brik 590', 'Brik 599']));
                    expect(names(list)).not.toContain('Brik 1');
                }
            });
        });
    });
});

describe('BrikCompletionProvider from an empty file', () => {
    it('offers a budget\'s skeleton with enhed, prisniveau and år, the years from the file\'s name', async () => {
        await completion({
            text: '<|>', index: 0, parseOptions: { documentUri: 'file:///tmp/budget-2025.brik' }, assert: list => {
                const skeleton = list.items.find(item => item.label === 'budget { … }')!;
                expect([skeleton.detail, skeleton.insertTextFormat]).toEqual(['Nyt budget med enhed mio. kr., prisniveau 2024 og år 2025..2028', 2]);
                expect(skeleton.textEdit?.newText).toBe('budget "${1:Budget 2025}" {\n\tenhed ${2|mio. kr.,1.000 kr.,kr.|}\n\tprisniveau ${3:2024}\n\tår ${4:2025}..${5:2028}\n\t$0\n}');
            }
        });
    });

    it('is still an error outside an editor (brik check; test/lsp/server-over-stdio.test.ts has the editor\'s none)', async () => {
        const document = await parse('\n// nyt budget\n', { validation: true });
        expect(document.diagnostics!.map(d => d.code)).toEqual(['brik/syntax']);
    });
});

describe('BrikCompletionProvider in a budget of another year', () => {
    const BUDGET_2025 = 'budget "Budget 2025" {\n  enhed mio. kr.\n  prisniveau 2024\n  år 2025..2028\n  <|>\n}';

    it('writes the brik { … } snippet\'s profile in the budget\'s first year', async () => {
        await completion({
            text: BUDGET_2025, index: 0, assert: list => {
                expect(list.items.find(item => item.label === 'brik { … }')?.textEdit?.newText)
                    .toBe('brik "${1:Navn}" {\n\tvirksomhed "${2:Virksomhed}"\n\tdrift ${3:2025}: ${4:0.0} permanent\n\tnote "${5}"\n}');
            }
        });
    });

    it('offers one financing item, apart from a brik\'s own financing line', async () => {
        await completion({
            text: budget('brik "A" drift 1\n<|>'), index: 0, assert: list => {
                const financing = list.items.filter(item => item.label.startsWith('finansiering'));
                expect(financing.map(item => [item.label, item.detail])).toEqual([['finansiering', 'Keyword'], ['finansiering "…"', 'Nyt finansieringspunkt']]);
            }
        });
    });

    it('completes a year in front of a colon already written without a second colon', async () => {
        await completion({
            text: budget('brik "A" drift 2024: 1.4, <|>: 2'), index: 0, assert: list => {
                expect(list.items.find(item => item.label === '2025:')?.textEdit?.newText).toBe('2025');
            }
        });
        await completion({
            text: budget('brik "A" drift 2024: 1.4, <|>'), index: 0, assert: list => {
                expect(list.items.find(item => item.label === '2025:')?.textEdit?.newText).toBe('2025: ');
            }
        });
    });
});
