import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expectCompletion } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { Budget, Scenario } from '../../src/generated/ast.js';
import { isScenario } from '../../src/generated/ast.js';
import { buildReportModel } from '../../src/report/report-model.js';
import { jsonReport } from '../../src/report/json-report.js';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { brik, budget } from '../brik-test-services.js';
import { intervalText } from '../series-text.js';
import { identifier, open } from '../lsp/lsp-test-documents.js';
import { diagnosticsOf, expectClean, expectOnly } from '../validation/expect-diagnostics.js';
import { VirtualWorkspace } from '../workspace/virtual-workspace.js';

const evaluator = brik.evaluation.Evaluator;

/** Seed 002's frames, trimmed: "Tilskud" and "Udviklingsmidler" in every tema (§3). */
const FRAMES = budget(`område "Udviklingsaktiviteter" {
  tema "2.1" "Uddannelse" {
    brik "Tilskud" drift 20.0
    brik "Udviklingsmidler" drift 0.4
  }
  tema "Kultur" {
    brik "Tilskud" drift 10.0
    brik "Udviklingsmidler" drift 0.3
  }
}
område "Kollektiv trafik" {
  brik "Tilskud" drift 8.1
}`, 'enhed mio. kr.\n  prisniveau 2019\n  år 2020');

function withScenario(clauses: string): string {
    return FRAMES.replace(/}\n$/, `  scenarie "S" {\n    ${clauses}\n  }\n}\n`);
}

async function scenarioTotal(clauses: string): Promise<string> {
    const document = await open(withScenario(clauses));
    const scenario = (document.parseResult.value as Budget).members.find(isScenario) as Scenario;
    return intervalText(evaluator.scenario(scenario).totals.drift.netto[0]);
}

describe('one name in several containers (§3, §6)', () => {
    it('is no duplicate', async () => {
        await expectClean(FRAMES);
    });

    it('is a duplicate twice in one container', async () => {
        const [found] = await expectOnly(budget('tema "Kultur" {\n  brik "Tilskud" drift 1\n  brik <|"Tilskud"|> drift 2\n}\nbrik "Tilskud" drift 3'), IssueCodes.DuplicateName);
        expect(found.message).toBe('Navnet "Tilskud" bruges allerede i linje 6, i samme tema. Navne skal være entydige i et tema eller område, fordi scenarier og rapporter henviser til dem; giv den ene et andet navn.');
    });

    it.each([
        ['"Tilskud" i tema "2.1"', '20'],
        ['"Tilskud" i tema "Uddannelse"', '20'],
        ['"Tilskud" i tema "Kultur", "Udviklingsmidler" i tema "Kultur"', '10.3'],
        ['"Tilskud" i område "Kollektiv trafik"', '8.1'],
        ['"Tilskud" i omraade "Kollektiv trafik"', '8.1'],
        ['"Udviklingsmidler" i område "Udviklingsaktiviteter"', '0.4..0.7'],
        ['tema "Kultur"\n    fravælg "Tilskud" i tema "Kultur"', '0.3']
    ])('medtag %s gives %s', async (clauses, total) => {
        const text = withScenario(`medtag ${clauses}`);
        if (total.includes('..')) {
            // Two Udviklingsmidler in one område: ambiguous, so nothing is added.
            const found = await diagnosticsOf(text);
            expect(found.map(d => d.code)).toEqual([IssueCodes.AmbiguousName]);
            expect(await scenarioTotal(`medtag ${clauses}`)).toBe('0');
            return;
        }
        await expectClean(text);
        expect(await scenarioTotal(`medtag ${clauses}`)).toBe(total);
    });

    it('reports an unqualified reference to a shared name, naming every place, and resolves it to nothing', async () => {
        const [found] = await expectOnly(withScenario('medtag <|"Tilskud"|>'), IssueCodes.AmbiguousName);
        expect(found.message).toBe('Navnet "Tilskud" står flere steder: tema "2.1" (linje 7), tema "Kultur" (linje 11), område "Kollektiv trafik" (linje 16). Skriv, hvilken der menes, fx "Tilskud" i tema "2.1".');
        expect(await scenarioTotal('medtag "Tilskud"')).toBe('0');
    });

    it('offers a quick fix for each qualified form', async () => {
        const document = await open(withScenario('medtag "Tilskud"'));
        const actions = await brik.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: identifier(document), range: document.whole, context: { diagnostics: document.diagnostics ?? [] }
        }) ?? [];
        expect(actions.map(action => action.title)).toEqual(['Skriv "Tilskud" i tema "2.1"', 'Skriv "Tilskud" i tema "Kultur"', 'Skriv "Tilskud" i område "Kollektiv trafik"']);
        const edits = 'edit' in actions[1] ? actions[1].edit!.changes![document.uri.toString()] : [];
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe(withScenario('medtag "Tilskud" i tema "Kultur"'));
    });

    it('says where the name stands when the container named has none of it', async () => {
        const [found] = await expectOnly(withScenario('fravælg <|"Udviklingsmidler"|> i område "Kollektiv trafik"'), IssueCodes.UnknownName);
        expect(found.message).toBe('Der er ingen brik "Udviklingsmidler" i område "Kollektiv trafik". "Udviklingsmidler" står i tema "2.1" (linje 8), tema "Kultur" (linje 12).');
    });

    it('reports a container that does not exist as such', async () => {
        const [found] = await expectOnly(withScenario('medtag "Tilskud" i tema <|"Kulturr"|>'), IssueCodes.UnknownName);
        expect(found.message).toBe('Der er ikke et tema med navnet "Kulturr" i budgettet. Mente du "Kultur"?');
    });

    it('completes a shared name with each of its containers, and a name of its own without', async () => {
        await expectCompletion(brik)({
            text: withScenario('medtag <|>'), index: 0, assert: list => {
                const names = list.items.filter(item => item.detail === 'brik').map(item => item.textEdit?.newText ?? item.insertText);
                expect(names).toEqual(expect.arrayContaining(['"Tilskud" i tema "2.1"', '"Tilskud" i tema "Kultur"', '"Tilskud" i område "Kollektiv trafik"', '"Udviklingsmidler" i tema "Kultur"']));
                expect(names).not.toContain('"Tilskud"');
            }
        });
        await expectCompletion(brik)({
            text: budget('brik "Neurorehabilitering" drift 1\nscenarie "S" { medtag <|> }'), index: 0, assert: list => {
                expect(list.items.filter(item => item.detail === 'brik').map(item => item.textEdit?.newText)).toEqual(['"Neurorehabilitering"']);
            }
        });
    });

    it('renames one of them and its qualified references only; refuses a name its container has', async () => {
        const text = withScenario('medtag "Tilskud" i tema "Kultur", "Tilskud" i tema "2.1"');
        const document = await open(text);
        const position = document.textDocument.positionAt(text.indexOf('"Tilskud" drift 10.0') + 3);
        const edit = await brik.lsp.RenameProvider!.rename(document, { textDocument: identifier(document), position, newName: 'Kulturtilskud' });
        const result = TextDocument.applyEdits(document.textDocument, edit!.changes![document.uri.toString()]);
        expect(result).toContain('brik "Kulturtilskud" drift 10.0');
        expect(result).toContain('medtag "Kulturtilskud" i tema "Kultur", "Tilskud" i tema "2.1"');
        await expect(brik.lsp.RenameProvider!.rename(document, { textDocument: identifier(document), position, newName: 'Udviklingsmidler' }))
            .rejects.toMatchObject({ message: expect.stringMatching(/^Navnet "Udviklingsmidler" bruges allerede af brikken i .*, linje 12\./) });
        // Another container's "Tilskud" is no obstacle: the name stands once in Kultur.
        const position2 = document.textDocument.positionAt(text.indexOf('"Udviklingsmidler" drift 0.3') + 3);
        await expect(brik.lsp.RenameProvider!.rename(document, { textDocument: identifier(document), position: position2, newName: 'Tilskud' })).rejects.toBeDefined();
        const position3 = document.textDocument.positionAt(text.indexOf('"Tilskud" drift 8.1') + 3);
        expect(await brik.lsp.RenameProvider!.rename(document, { textDocument: identifier(document), position: position3, newName: 'Udviklingsmidler' })).toBeDefined();
    });

    it('identifies a brik in the JSON report by its path, also in a scenario', async () => {
        const document = await open(withScenario('medtag "Tilskud" i tema "Kultur"'));
        const report = JSON.parse(jsonReport(buildReportModel(evaluator, document.parseResult.value))) as {
            children: Array<{ children: Array<{ children: Array<{ name: string; path: string[] }> }> }>;
            scenarios: Array<{ items: Array<{ name: string; path: string[] }> }>;
        };
        expect(report.children[0].children[1].children[0]).toMatchObject({ name: 'Tilskud', path: ['Udviklingsaktiviteter', 'Kultur'] });
        expect(report.scenarios[0].items).toEqual([{ name: 'Tilskud', path: ['Udviklingsaktiviteter', 'Kultur'], inclusion: 'full' }]);
    });

    it('reads the qualified form alike with the fast parser (examples/midtjylland-regional-udvikling-2020.brik)', async () => {
        const text = readFileSync(path.resolve(__dirname, '../../../../examples/midtjylland-regional-udvikling-2020.brik'), 'utf8');
        await expectClean(text);
    });
});

describe('one name in two containers across files (§7)', () => {
    it('resolves a qualified reference into an included fragment, and reports an unqualified one', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({
            'budget.brik': budget('tema "1.8" "Digitalt" {\n  inkluder "digitalt.brik"\n}\ntema "2" "Regional udvikling" {\n  brik "Tilskud" drift 2\n}\nscenarie "S" {\n  medtag "Tilskud" i tema "1.8"\n}\nscenarie "T" {\n  medtag "Tilskud"\n}', 'enhed mio. kr.\n  prisniveau 2023\n  år 2024'),
            'digitalt.brik': 'fragment\nbrik "Tilskud" drift 5\n'
        });
        expect(workspace.problems('budget.brik')).toEqual([
            '15: brik/ambiguous-name: Navnet "Tilskud" står flere steder: tema "1.8" (linje 2), tema "2" (linje 9). Skriv, hvilken der menes, fx "Tilskud" i tema "1.8".'
        ]);
        const root = workspace.document('budget.brik').parseResult.value as Budget;
        const [s] = root.members.filter(isScenario);
        expect(intervalText(workspace.brik.evaluation.Evaluator.scenario(s).totals.drift.netto[0])).toBe('5');
    });
});
