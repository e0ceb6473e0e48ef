import { AstUtils } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { Budget } from '../../src/generated/ast.js';
import { isInclude, isItem, isNote } from '../../src/generated/ast.js';
import { periodOf, yearlyPeriods } from '../../src/evaluation/totals.js';
import { quotedString, stringValue } from '../../src/parser/brik-value-converter.js';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { budget, parse } from '../brik-test-services.js';
import { VirtualWorkspace } from '../workspace/virtual-workspace.js';

describe('backslashes in strings (LANGUAGE.md §11)', () => {
    it.each([
        ['"Drift A\\B"', 'Drift A\\B'],
        ['"Se G:\\Fælles\\Budget\\notat.docx"', 'Se G:\\Fælles\\Budget\\notat.docx'],
        ['"C:\\new\\table"', 'C:\\new\\table'],
        ['"Sagt \\"nej\\""', 'Sagt "nej"'],
        ['"to \\\\ en"', 'to \\ en'],
        ['"slut\\\\"', 'slut\\'],
        ['“A\\B”', 'A\\B']
    ])('reads %s as %s', (written, value) => {
        expect(stringValue(written)).toBe(value);
    });

    it.each(['Drift A\\B', 'Se G:\\Fælles\\Budget\\notat.docx', 'Sagt "nej"', 'to \\ en', 'to \\\\ to', 'slut\\', 'før \\" efter', '\\"', ''])('writes %j so that it reads back as itself', value => {
        expect(stringValue(quotedString(value))).toBe(value);
    });

    it('writes a lone backslash as typed: Drift A\\B is "Drift A\\B"', () => {
        expect(quotedString('Drift A\\B')).toBe('"Drift A\\B"');
        expect(quotedString('slut\\')).toBe('"slut\\\\"');
    });

    it('keeps names and notes exactly as typed in the syntax tree, which every report reads', async () => {
        const document = await parse(budget('brik "Drift A\\B" drift 1 {\n  note "Se G:\\Fælles\\Budget\\notat.docx"\n}'), { validation: true });
        const nodes = AstUtils.streamAllContents(document.parseResult.value).toArray();
        expect(nodes.filter(isItem).map(item => item.name)).toEqual(['Drift A\\B']);
        expect(nodes.filter(isNote).map(note => note.text)).toEqual(['Se G:\\Fælles\\Budget\\notat.docx']);
        expect(document.diagnostics).toEqual([]);
    });

    it('fixes curly quotes around a trailing backslash so that the name stays the same', async () => {
        const document = await parse(budget('brik “Mappe\\” drift 1'), { validation: true });
        const curly = document.diagnostics!.find(d => d.code === IssueCodes.CurlyQuotes)!;
        expect(curly.data).toEqual({ replacement: '"Mappe\\\\"' });
    });
});

describe('backslashes in inkluder paths (LANGUAGE.md §11)', () => {
    const BUDGET = 'budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n  område "Sundhed" {\n    inkluder "sundhed og ældre\\1-2 akut.brik"\n  }\n}\n';
    const FRAGMENT = 'fragment {\n  brik "Akut" drift 2 permanent\n}\n';

    it('reads \\ as /, finds the file, and warns with a fix that writes /', async () => {
        const workspace = new VirtualWorkspace();
        const documents = await workspace.build({ 'budget.brik': BUDGET, 'sundhed og ældre/1-2 akut.brik': FRAGMENT });
        expect(workspace.problems('budget.brik')).toEqual([
            `6: ${IssueCodes.IncludeBackslash}: Stien skiller mapper med '\\' som i Windows; Brik læser det som '/': "sundhed og ældre/1-2 akut.brik". Skriv '/', så stien virker på alle computere.`
        ]);
        const root = documents['budget.brik'].parseResult.value as Budget;
        expect(AstUtils.streamAllContents(root).filter(isInclude).map(include => include.path).toArray()).toEqual(['sundhed og ældre\\1-2 akut.brik']);
        const netto = workspace.brik.evaluation.Evaluator.totalsOf(root).drift.netto;
        // 2024–2027 and permanent; samlet is the four years.
        expect(yearlyPeriods(netto).map(i => i.min.toFixed())).toEqual(['2', '2', '2', '2', '2']);
        expect(periodOf(netto, 'samlet').min.toFixed()).toBe('8');
        const document = documents['budget.brik'];
        const diagnostics = document.diagnostics!;
        const actions = await workspace.brik.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostics[0].range, context: { diagnostics }
        }) ?? [];
        const edits = actions.flatMap(action => ('edit' in action ? action.edit?.changes?.[document.uri.toString()] : undefined) ?? []);
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe(BUDGET.replace('ældre\\1-2', 'ældre/1-2'));
    });

    it('names a missing file by the path as typed', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({ 'budget.brik': BUDGET });
        expect(workspace.problems('budget.brik')).toContain(`6: ${IssueCodes.IncludeMissing}: Filen "sundhed og ældre\\1-2 akut.brik" findes ikke. Stien regnes fra den mappe, denne fil ligger i.`);
    });
});

