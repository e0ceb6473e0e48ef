import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { isScenarioSelection } from '../../src/generated/ast.js';
import { diffBudgets } from '../../src/report/budget-diff.js';
import { nameKey } from '../../src/text/names.js';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { brik, budget } from '../brik-test-services.js';
import { identifier, open } from '../lsp/lsp-test-documents.js';
import { modelOf } from '../report/report-fixture.js';
import { VirtualWorkspace } from '../workspace/virtual-workspace.js';

/** `Bådehavn` with å (U+00E5), and with a + combining ring above (U+030A), as macOS and some PDFs write it. */
const NFC = 'B\u00E5dehavn';
const NFD = 'Ba\u030Adehavn';
const CAFE_NFC = 'Caf\u00E9';
const CAFE_NFD = 'Cafe\u0301';

describe('names compared in NFC (LANGUAGE.md §11)', () => {
    it('takes the two spellings for one form', () => {
        expect(NFC).not.toBe(NFD);
        expect(nameKey(NFD)).toBe(NFC);
    });

    it('reports two brikker named Bådehavn, one in each form, as a duplicate', async () => {
        const document = await open(budget(`brik "${NFC}" drift 1\nbrik "${NFD}" drift 2`));
        expect(document.diagnostics!.map(d => [d.code, d.range.start.line + 1, d.message])).toEqual([
            [IssueCodes.DuplicateName, 6, `Navnet "${NFC}" bruges allerede i linje 5, i samme budget. Navne skal være entydige i et tema eller område, fordi scenarier og rapporter henviser til dem; giv den ene et andet navn.`]
        ]);
    });

    it('resolves medtag "Café" typed in NFD to the brik written in NFC, and a tema the other way round', async () => {
        const document = await open(budget(`tema "${CAFE_NFD}" {\n  brik "${CAFE_NFC}" drift 1\n}\nscenarie "S" { medtag "${CAFE_NFD}" }\nscenarie "T" { medtag tema "${CAFE_NFC}" }`));
        expect(document.diagnostics).toEqual([]);
        const selections = AstUtils.streamAllContents(document.parseResult.value).filter(isScenarioSelection).toArray();
        expect(selections.flatMap(s => [...s.items.map(i => i.item), ...s.themes]).map(r => r.ref?.$type)).toEqual(['Item', 'Theme']);
    });

    it('finds a duplicate across files in the other form', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({
            'budget.brik': `budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024\n  brik "${NFC}" drift 1\n  inkluder "del.brik"\n}\n`,
            'del.brik': `fragment {\n  brik "${NFD}" drift 2\n}\n`
        });
        expect(workspace.problems('budget.brik').map(p => p.split(': ')[1])).toEqual([IssueCodes.DuplicateName]);
    });

    it('renames a brik through a reference written in the other form', async () => {
        const text = budget(`brik "${NFD}" drift 1\nscenarie "S" { medtag "${NFC}" }`);
        const document = await open(text);
        expect(document.diagnostics).toEqual([]);
        const position = document.textDocument.positionAt(text.indexOf(NFC) + 2);
        const edit = await brik.lsp.RenameProvider!.rename(document, { textDocument: identifier(document), position, newName: 'Lystbådehavn' });
        const edits = edit!.changes![document.uri.toString()];
        expect(edits.map(e => [document.textOf(e.range), e.newText]).sort()).toEqual([[`"${NFD}"`, '"Lystbådehavn"'], [`"${NFC}"`, '"Lystbådehavn"']].sort());
    });

    it('matches a brik in brik diff by one name, whichever form each version has', async () => {
        const before = await modelOf(`brik "${NFD}" drift 1`);
        const after = await modelOf(`brik "${NFC}" drift 2`);
        expect(diffBudgets(before, after).items.map(item => [item.kind, item.name])).toEqual([['changed', NFC]]);
    });
});

describe('keywords written decomposed (NFD), as macOS and some PDFs write å', () => {
    it('reads år, område and årsværk in NFD as the same keywords, with the same totals', async () => {
        const text = budget('område "Sundhed" {\n  brik "A" {\n    drift 2.8 permanent\n    årsværk 2024: 3\n  }\n  total årsværk 2024: 3\n  total 2024: 2.8\n}');
        const composed = await open(text);
        const decomposed = await open(text.normalize('NFD'));
        expect(text.normalize('NFD')).not.toBe(text);
        expect(decomposed.diagnostics).toEqual([]);
        const totals = (document: typeof composed) => {
            const all = brik.evaluation.Evaluator.totalsOf(document.parseResult.value as never);
            return [all.drift.netto[0].min.toFixed(), all.drift.netto[4].min.toFixed(), all.årsværk[0].min.toFixed()];
        };
        expect(totals(decomposed)).toEqual(['2.8', '2.8', '3']);
        expect(totals(decomposed)).toEqual(totals(composed));
    });
});
