import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Budget, Include } from '../../src/generated/ast.js';
import { isInclude } from '../../src/generated/ast.js';
import { seriesText } from '../series-text.js';
import { VirtualWorkspace } from './virtual-workspace.js';

const HEADER = 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027';
const YEARS = [2024, 2025, 2026, 2027];

const BUDGET = `budget "Budget 2024" {
  ${HEADER}
  område "Sundhedsområdet" {
    inkluder "sundhed/1-1-kapacitet.brik"
    inkluder "sundhed/1-2-akut.brik"
    total opdrift 9.9..24.9
  }
  scenarie "Akut" { medtag "Styrkelse af akutområdet" }
}`;

const CAPACITY = `fragment {
  tema "1.1" "Kapacitetspres" {
    brik "Neurorehabilitering" drift 2.8 permanent
    brik "Optimal udnyttelse" drift 0..10 permanent
    total opdrift 2.8..12.8
  }
}`;

const ACUTE_IN_THOUSANDS = `fragment {
  enhed 1.000 kr.
  tema "1.2" "Akutområdet" {
    brik "Styrkelse af akutområdet" drift 0..5_000 permanent
    brik "Patienttransport" drift 2024: 7_100, 2025: 7_200 permanent
    total opdrift 7_100..12_100
  }
}`;

describe('catalogues in several files (§7)', () => {
    it('adds included fragments into the including container, converting 1.000 kr. exactly', async () => {
        const workspace = new VirtualWorkspace();
        const documents = await workspace.build({ 'budget.brik': BUDGET, 'sundhed/1-1-kapacitet.brik': CAPACITY, 'sundhed/1-2-akut.brik': ACUTE_IN_THOUSANDS });
        Object.keys(documents).forEach(path => expect(workspace.problems(path)).toEqual([]));
        const totals = workspace.brik.evaluation.Evaluator.totalsOf(documents['budget.brik'].parseResult.value as Budget);
        expect(seriesText(totals.drift.opdrift, YEARS)).toEqual({ 2024: '9.9..24.9', 2025: '10..25', 2026: '10..25', 2027: '10..25', permanent: '10..25' });
    });

    it('gives a fragment the years of the budget that includes it, and links scenario names across files', async () => {
        const workspace = new VirtualWorkspace();
        const documents = await workspace.build({ 'budget.brik': BUDGET, 'sundhed/1-1-kapacitet.brik': CAPACITY, 'sundhed/1-2-akut.brik': ACUTE_IN_THOUSANDS });
        const evaluator = workspace.brik.evaluation.Evaluator;
        expect(evaluator.header(documents['sundhed/1-2-akut.brik'].parseResult.value).years).toEqual(YEARS);
        expect(evaluator.header(documents['sundhed/1-2-akut.brik'].parseResult.value).unit?.label).toBe('1.000 kr.');
        const scenario = (documents['budget.brik'].parseResult.value as Budget).members.find(m => m.$type === 'Scenario')!;
        expect(seriesText(evaluator.scenario(scenario as never).totals.drift.netto, YEARS)[2024]).toBe('0..5');
    });

    it('reports a missing file, a file outside the workspace and a budget where a fragment belongs, at the inkluder line', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({
            'budget.brik': `budget "B" {\n  ${HEADER}\n  inkluder "mangler.brik"\n  inkluder "../andet/x.brik"\n  inkluder "andet-budget.brik"\n}`,
            'andet-budget.brik': `budget "Andet" {\n  ${HEADER}\n}`
        });
        expect(workspace.problems('budget.brik').map(p => p.split(':').slice(0, 2).join(':'))).toEqual([
            '5: brik/include-missing', '6: brik/include-outside', '7: brik/include-not-fragment'
        ]);
    });

    it('names a cycle and still computes what it can', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({
            'budget.brik': `budget "B" {\n  ${HEADER}\n  inkluder "a.brik"\n}`,
            'a.brik': 'fragment {\n  inkluder "b.brik"\n  brik "A" drift 1\n}',
            'b.brik': 'fragment {\n  inkluder "a.brik"\n  brik "B" drift 2\n}'
        });
        expect(workspace.problems('a.brik')).toEqual(["2: brik/include-cycle: 'inkluder' danner en løkke: a.brik → b.brik → a.brik. Fjern en af inkluderingerne."]);
    });

    it('reports a name defined twice in one container, across two files, at the inkluder line that brings in the second', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({
            'budget.brik': `budget "B" {\n  ${HEADER}\n  tema "1.1" "Kapacitetspres" {\n    brik "Neurorehabilitering" drift 1\n    inkluder "sundhed/neuro.brik"\n  }\n}`,
            'sundhed/neuro.brik': 'fragment\nbrik "Neurorehabilitering" drift 2.8 permanent\n'
        });
        expect(workspace.problems('budget.brik')).toEqual([
            '7: brik/duplicate-name: Navnet "Neurorehabilitering" findes både i denne fil (linje 6) og i neuro.brik (linje 2), i samme tema "1.1". Navne skal være entydige i et tema eller område; giv den ene et andet navn.'
        ]);
    });

    it('takes one name in two containers, one in each file, for two brikker (§3)', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({
            'budget.brik': `budget "B" {\n  ${HEADER}\n  brik "Neurorehabilitering" drift 1\n  inkluder "sundhed/1-1-kapacitet.brik"\n}`,
            'sundhed/1-1-kapacitet.brik': CAPACITY
        });
        expect(workspace.problems('budget.brik')).toEqual([]);
    });

    it('rejects år and prisniveau in a fragment', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({ 'f.brik': 'fragment {\n  år 2024\n  brik "A" drift 1\n}' });
        expect(workspace.problems('f.brik')).toEqual(["2: brik/fragment-setting: Et fragment arver 'år' fra det budget, der inkluderer det. Slet linjen."]);
    });

    it('updates the including file when an included file changes', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({ 'budget.brik': BUDGET, 'sundhed/1-1-kapacitet.brik': CAPACITY, 'sundhed/1-2-akut.brik': ACUTE_IN_THOUSANDS });
        expect(workspace.problems('budget.brik')).toEqual([]);
        await workspace.change('sundhed/1-1-kapacitet.brik', CAPACITY.replace('drift 2.8 permanent', 'drift 3.8 permanent').replace('2.8..12.8', '3.8..13.8'));
        expect(workspace.problems('budget.brik')).toEqual([
            '8: brik/total-mismatch: Totalen holder ikke: angivet 9.9..24.9, beregnet 10,9–25,9 (drift, opdrift, 2024). Ret totalen til 10.9..25.9, eller ret de beløb, den summerer.'
        ]);
    });

    it('updates a fragment when the budget that includes it changes its years', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({ 'budget.brik': BUDGET, 'sundhed/1-1-kapacitet.brik': CAPACITY.replace('drift 2.8 permanent', 'drift 2027: 2.8'), 'sundhed/1-2-akut.brik': ACUTE_IN_THOUSANDS });
        expect(workspace.problems('sundhed/1-1-kapacitet.brik').filter(p => p.includes('year-outside'))).toEqual([]);
        await workspace.change('budget.brik', BUDGET.replace('år 2024..2027', 'år 2024..2025'));
        expect(workspace.problems('sundhed/1-1-kapacitet.brik').filter(p => p.includes('year-outside'))).toHaveLength(1);
    });

    it('checks a fragment against the budget once an edit includes it, as a cold build does', async () => {
        // The builder picks what to rebuild before it parses the edit, from the include graph as it was.
        const workspace = new VirtualWorkspace();
        const alone = BUDGET.replace('    inkluder "sundhed/1-1-kapacitet.brik"\n', '');
        await workspace.build({ 'budget.brik': alone, 'sundhed/1-1-kapacitet.brik': CAPACITY.replace('2.8..12.8', '2.8..12.9'), 'sundhed/1-2-akut.brik': ACUTE_IN_THOUSANDS });
        expect(workspace.problems('sundhed/1-1-kapacitet.brik')).toEqual([]);
        await workspace.change('budget.brik', BUDGET);
        expect(workspace.problems('sundhed/1-1-kapacitet.brik')).toEqual([
            '5: brik/total-mismatch: Totalen holder ikke: angivet 2.8..12.9, beregnet 2,8–12,8 (drift, opdrift, 2024). Ret totalen til 2.8..12.8, eller ret de beløb, den summerer.'
        ]);
    });
});

describe('a fragment without braces holds the rest of its file (§7)', () => {
    const IT_WITHOUT_BRACES = `fragment
enhed 1.000 kr.
tema "IT og digitalisering" {
  brik "IT-investeringer" anlæg 2024..2027: 15_000
  brik "Drift af IT" drift 1_250.5 permanent
}
brik "Licenser" drift 2024: 333.3, 2025: 7 permanent
`;
    const IT_BUDGET = `budget "Budget 2024" {\n  ${HEADER}\n  område "Administration" {\n    inkluder "it.brik"\n  }\n}`;

    it('is read as the spec writes it, its own enhed converted exactly into the budget\'s mio. kr.', async () => {
        const workspace = new VirtualWorkspace();
        const documents = await workspace.build({ 'budget.brik': IT_BUDGET, 'it.brik': IT_WITHOUT_BRACES });
        expect(workspace.problems('it.brik')).toEqual([]);
        expect(workspace.problems('budget.brik')).toEqual([]);
        const totals = workspace.brik.evaluation.Evaluator.totalsOf(documents['budget.brik'].parseResult.value as Budget);
        expect(seriesText(totals.anlæg.netto, YEARS)).toEqual({ 2024: '15', 2025: '15', 2026: '15', 2027: '15', permanent: '0' });
        expect(seriesText(totals.drift.netto, YEARS)).toEqual({ 2024: '1.5838', 2025: '1.2575', 2026: '1.2575', 2027: '1.2575', permanent: '1.2575' });
    });

    it('shows its figures in its own enhed after its keyword and its temaer\' braces, as inlay hints', async () => {
        const workspace = new VirtualWorkspace();
        const documents = await workspace.build({ 'budget.brik': IT_BUDGET, 'it.brik': IT_WITHOUT_BRACES });
        const document = documents['it.brik'];
        const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
        const hints = await workspace.brik.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: whole });
        expect(hints?.map(hint => [hint.label, hint.position])).toEqual([
            ['Σ 2024: 1.584', { line: 0, character: 8 }],
            ['Σ 2024: 1.251', { line: 2, character: 29 }]
        ]);
    });

    it('gives the same totals, problems and depth as the same fragment in braces', async () => {
        const braced = `fragment {\n${IT_WITHOUT_BRACES.replace('fragment\n', '')}}\n`;
        const withBraces = new VirtualWorkspace();
        const documents = await withBraces.build({ 'budget.brik': IT_BUDGET, 'it.brik': braced });
        const without = new VirtualWorkspace();
        const others = await without.build({ 'budget.brik': IT_BUDGET, 'it.brik': IT_WITHOUT_BRACES });
        const netto = (workspace: VirtualWorkspace, document: LangiumDocument) =>
            seriesText(workspace.brik.evaluation.Evaluator.totalsOf(document.parseResult.value as Budget).drift.netto, YEARS);
        expect(netto(without, others['budget.brik'])).toEqual(netto(withBraces, documents['budget.brik']));
        expect([without.problems('it.brik'), without.problems('budget.brik')]).toEqual([[], []]);
        expect([withBraces.problems('it.brik'), withBraces.problems('budget.brik')]).toEqual([[], []]);
        expect(without.shared.workspace.Includes.deepestLevel(inkluder(others['budget.brik']), others['it.brik'])).toBe(4);
        expect(withBraces.shared.workspace.Includes.deepestLevel(inkluder(documents['budget.brik']), documents['it.brik'])).toBe(4);
    });

    it('counts like a fragment in braces in a chain too deep: refused at the same inkluder, with the same figures', async () => {
        const files: Record<string, string> = { 'budget.brik': `budget "B" {\n  ${HEADER}\n  inkluder "f0.brik"\n}` };
        for (let i = 0; i < 40; i++) {
            files[`f${i}.brik`] = `fragment\n${i + 1 < 40 ? `inkluder "f${i + 1}.brik"` : ''}\nbrik "B${i}" drift 1\n`;
        }
        const workspace = new VirtualWorkspace();
        const documents = await workspace.build(files);
        expect(workspace.problems('f30.brik')).toEqual([
            "2: brik/nesting-too-deep: \"f31.brik\" ville stå 33 niveauer inde i budgettet; Brik læser højst 32 niveauer af blokke '{ … }' inde i hinanden, også gennem 'inkluder'. Flyt 'inkluder' eller temaerne længere ud."
        ]);
        const totals = workspace.brik.evaluation.Evaluator.totalsOf(documents['budget.brik'].parseResult.value as Budget);
        expect(seriesText(totals.drift.netto, YEARS)[2024]).toBe('31');
    });

    it('skips blocks nested deeper than the limit in its own file, at the brace where level 33 begins', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({ 'dyb.brik': `fragment\n${'tema "T" {\n'.repeat(33)}brik "Dybt" drift 1\n${'}\n'.repeat(33)}` });
        expect(workspace.document('dyb.brik').diagnostics?.map(d => [d.code, d.range.start.line + 1, d.range.start.character + 1]))
            .toEqual([['brik/nesting-too-deep', 34, 10]]);
    });

    it('says what is wrong where something that cannot stand in a fragment ends it early', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({
            'klammer.brik': 'fragment\nbrik "A" drift 1\n}\n',
            'niveau.brik': 'fragment\nbrik "A" drift 1\nniveau min\n'
        });
        expect(workspace.problems('klammer.brik')).toEqual([
            "3: brik/syntax: Der står '}', men fragmentet begynder ikke med '{'. Skriv 'fragment {' i første linje, eller slet '}': uden klammer rummer fragmentet resten af filen."
        ]);
        expect(workspace.problems('niveau.brik')).toEqual([
            "3: brik/syntax: Uventet 'niveau' i fragmentet. Her kan stå enhed, område, tema, brik, finansiering, total og inkluder."
        ]);
    });
});

/** The first `inkluder` of a document. */
function inkluder(document: LangiumDocument): Include {
    return AstUtils.streamAllContents(document.parseResult.value).filter(isInclude).head()!;
}

describe('names across files', () => {
    it('renames a brik in a fragment and the scenario that names it in the budget', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({ 'budget.brik': BUDGET, 'sundhed/1-1-kapacitet.brik': CAPACITY, 'sundhed/1-2-akut.brik': ACUTE_IN_THOUSANDS });
        const fragment = workspace.document('sundhed/1-2-akut.brik');
        const text = fragment.textDocument.getText();
        const position = fragment.textDocument.positionAt(text.indexOf('Styrkelse af akutområdet') + 2);
        const edit = await workspace.brik.lsp.RenameProvider!.rename(fragment, { textDocument: { uri: fragment.uri.toString() }, position, newName: 'Styrket akutområde' });
        const changed = Object.entries(edit!.changes!).map(([uri, edits]) => [uri.split('/').pop(), edits.map(e => e.newText)]);
        expect(changed.sort()).toEqual([['1-2-akut.brik', ['"Styrket akutområde"']], ['budget.brik', ['"Styrket akutområde"']]]);
    });

    it('refuses to rename a brik in a fragment to the name of another brik of its tema, and changes nothing; another tema\'s name is free (§3)', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({ 'budget.brik': BUDGET, 'sundhed/1-1-kapacitet.brik': CAPACITY, 'sundhed/1-2-akut.brik': ACUTE_IN_THOUSANDS });
        const fragment = workspace.document('sundhed/1-2-akut.brik');
        const position = fragment.textDocument.positionAt(fragment.textDocument.getText().indexOf('Styrkelse af akutområdet') + 2);
        const rename = (newName: string) => workspace.brik.lsp.RenameProvider!.rename(fragment, { textDocument: { uri: fragment.uri.toString() }, position, newName });
        await expect(rename('Patienttransport')).rejects.toMatchObject({
            code: -32803,
            message: 'Navnet "Patienttransport" bruges allerede af brikken i 1-2-akut.brik, linje 5. Navne skal være entydige i et tema eller område, fordi scenarier og rapporter henviser til dem: vælg et andet navn.'
        });
        // "Neurorehabilitering" stands in tema 1.1 of another file: the name is free in tema 1.2.
        expect((await rename('Neurorehabilitering'))!.changes).toBeDefined();
        await expect(rename('')).rejects.toMatchObject({ code: -32803, message: 'Et navn kan ikke være tomt: skriv det nye navn, fx Neurorehabilitering.' });
        // A brik of another catalogue in the same workspace is no obstacle.
        await workspace.build({ 'andet.brik': `budget "Andet" {\n  ${HEADER}\n  brik "Andet navn" drift 1\n}` });
        expect(Object.keys((await rename('Andet navn'))!.changes!).map(uri => uri.split('/').pop()).sort()).toEqual(['1-2-akut.brik', 'budget.brik']);
    });

    it('goes from a scenario in the budget to the brik in the fragment', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({ 'budget.brik': BUDGET, 'sundhed/1-1-kapacitet.brik': CAPACITY, 'sundhed/1-2-akut.brik': ACUTE_IN_THOUSANDS });
        const budget = workspace.document('budget.brik');
        const position = budget.textDocument.positionAt(budget.textDocument.getText().indexOf('"Styrkelse af akutområdet"') + 3);
        const links = await workspace.brik.lsp.DefinitionProvider!.getDefinition(budget, { textDocument: { uri: budget.uri.toString() }, position });
        expect(links?.map(link => link.targetUri.split('/').pop())).toEqual(['1-2-akut.brik']);
    });

    it('never links a name to a brik of another catalogue in the same workspace', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({
            'a.brik': `budget "A" {\n  ${HEADER}\n  brik "Fælles navn" drift 1\n}`,
            'b.brik': `budget "B" {\n  ${HEADER}\n  scenarie "S" { medtag "Fælles navn" }\n}`
        });
        expect(workspace.problems('b.brik').map(p => p.split(':')[1].trim())).toEqual(['brik/unknown-name']);
    });
});

describe('limits across files', () => {
    /** A budget including f0, which includes f1, …: each fragment one level below its inkluder. */
    function chain(length: number): Record<string, string> {
        const files: Record<string, string> = { 'budget.brik': `budget "B" {\n  ${HEADER}\n  inkluder "f0.brik"\n}` };
        for (let i = 0; i < length; i++) {
            files[`f${i}.brik`] = `fragment {\n  ${i + 1 < length ? `inkluder "f${i + 1}.brik"` : ''}\n  brik "B${i}" drift 1\n}`;
        }
        return files;
    }

    it('refuses the fragment that would stand deeper than maxDepth in the assembled budget, at its inkluder', async () => {
        const workspace = new VirtualWorkspace();
        const documents = await workspace.build(chain(40));
        // budget { f0 { f1 { … } } }: f30 stands at level 32, the deepest Brik reads.
        expect(workspace.problems('f30.brik')).toEqual([
            "2: brik/nesting-too-deep: \"f31.brik\" ville stå 33 niveauer inde i budgettet; Brik læser højst 32 niveauer af blokke '{ … }' inde i hinanden, også gennem 'inkluder'. Flyt 'inkluder' eller temaerne længere ud."
        ]);
        expect(Array.from({ length: 40 }, (_, i) => workspace.problems(`f${i}.brik`).length).reduce((a, b) => a + b)).toBe(1);
        const totals = workspace.brik.evaluation.Evaluator.totalsOf(documents['budget.brik'].parseResult.value as Budget);
        expect(seriesText(totals.drift.netto, [2024, 2025, 2026, 2027])).toEqual({ 2024: '31', 2025: '0', 2026: '0', 2027: '0', permanent: '0' });
    });

    it('evaluates a chain of 250 fragments without exhausting the stack', async () => {
        const workspace = new VirtualWorkspace();
        const documents = await workspace.build(chain(250));
        const totals = workspace.brik.evaluation.Evaluator.totalsOf(documents['budget.brik'].parseResult.value as Budget);
        expect(seriesText(totals.drift.netto, [2024, 2025, 2026, 2027])).toEqual({ 2024: '31', 2025: '0', 2026: '0', 2027: '0', permanent: '0' });
    });

    it('reports an included file the loader refused as too large at its inkluder line', async () => {
        const workspace = new VirtualWorkspace();
        workspace.shared.workspace.Includes.refuse(workspace.uri('stor.brik'), 'too-large');
        await workspace.build({ 'budget.brik': `budget "B" {\n  ${HEADER}\n  inkluder "stor.brik"\n}`, 'stor.brik': 'fragment {\n}' });
        expect(workspace.problems('budget.brik')).toEqual(['5: brik/file-too-large: "stor.brik" er større, end Brik læser, og er ikke læst. Del den i flere filer.']);
    });
});
