import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Budget, Item, Scenario, Theme } from '../../src/generated/ast.js';
import { isItem, isScenario, isTheme } from '../../src/generated/ast.js';
import type { Interval } from '../../src/evaluation/interval.js';
import { intervalText } from '../series-text.js';
import { VirtualWorkspace } from './virtual-workspace.js';
import { NameIndex } from '../../src/validation/name-index.js';

/**
 * Issue 15, part 3: an edit that re-parses one brik keeps what the evaluator and the checks made
 * of everything else. `incremental-equivalence.test.ts` proves the figures equal a cold build's;
 * this shows that they are kept, and that only the edited brik is checked again.
 */

const BUDGET = `budget "Kept" {
  år 2025..2026
  prisniveau 2025
  enhed mio. kr.
  tema "A" "Sundhed" {
    brik "A1" drift 1.5 permanent
    brik "A2" drift 2,5 permanent
    total opdrift 4.0
  }
  tema "B" "Psykiatri" {
    brik "B1" drift 10 permanent
    brik "B2" uomgængelig drift 0.25 permanent
  }
  scenarie "Kun A1" {
    medtag "A1"
  }
}
`;

afterEach(() => {
    vi.restoreAllMocks();
});

async function openWorkspace() {
    const workspace = new VirtualWorkspace();
    await workspace.build({ 'budget.brik': BUDGET });
    workspace.open('budget.brik');
    const root = () => workspace.document('budget.brik').parseResult.value as Budget;
    const nodes = () => AstUtils.streamAllContents(root()).toArray();
    const theme = (name: string) => nodes().filter(isTheme).find(t => t.name === name)!;
    const scenario = () => nodes().find(isScenario)! as Scenario;
    return { workspace, root, theme, scenario, evaluator: workspace.brik.evaluation.Evaluator };
}

function budgetYear(totals: { drift: { netto: readonly Interval[] } }): string {
    return intervalText(totals.drift.netto[0]);
}

describe('an edit that re-parses one brik', () => {
    it('keeps the figures of the temaer it is not in, and computes those that count it anew', async () => {
        const { workspace, root, theme, scenario, evaluator } = await openWorkspace();
        const keptB = evaluator.totalsOf(theme('Psykiatri'));
        const oldA = evaluator.totalsOf(theme('Sundhed'));
        expect(budgetYear(evaluator.totalsOf(root()))).toBe('14.25');
        expect(budgetYear(evaluator.scenario(scenario()).totals)).toBe('1.75');

        await workspace.type('budget.brik', BUDGET.replace('drift 1.5 permanent', 'drift 1.7 permanent'));

        expect(workspace.document('budget.brik').parseResult.value).toBe(root());
        expect(evaluator.totalsOf(theme('Psykiatri'))).toBe(keptB);
        expect(evaluator.totalsOf(theme('Sundhed'))).not.toBe(oldA);
        expect(budgetYear(evaluator.totalsOf(theme('Sundhed')))).toBe('4.2');
        expect(budgetYear(evaluator.totalsOf(root()))).toBe('14.45');
        // The scenario holds A1 and, being unavoidable, B2.
        expect(budgetYear(evaluator.scenario(scenario()).totals)).toBe('1.95');
    });

    it('checks that brik alone, and gives the other brikker\'s diagnostics where they stand', async () => {
        const { workspace } = await openWorkspace();
        const comma = expect.stringMatching(/^7: brik\/comma-decimal: /);
        expect(workspace.problems('budget.brik')).toEqual([comma]);
        // What is checked while the file is open is kept: from this edit on.
        await workspace.type('budget.brik', BUDGET.replace('drift 10 permanent', 'drift 11 permanent'));
        const validator = workspace.brik.validation.DocumentValidator as unknown as { validateSingleNodeOptions(node: AstNode, options: unknown): unknown };
        const checked = vi.spyOn(validator, 'validateSingleNodeOptions');

        await workspace.type('budget.brik', BUDGET.replace('drift 10 permanent', 'drift 11 permanent').replace('drift 1.5 permanent', 'drift 1.6 permanent'));

        const checkedItems = checked.mock.calls.map(([node]) => node).filter(isItem).map(item => (item as Item).name);
        expect(checkedItems).toEqual(['A1']);
        // The report kept for A2, and the declared total checked anew.
        expect(workspace.problems('budget.brik')).toEqual([comma, "8: brik/total-mismatch: Totalen holder ikke: angivet 4.0, beregnet 4,1 (drift, opdrift, 2025). Ret totalen til 4.1, eller ret de beløb, den summerer."]);
    });

    it('forgets everything after a whole parse', async () => {
        const { workspace, theme, evaluator } = await openWorkspace();
        const keptB: Theme = theme('Psykiatri');
        const figures = evaluator.totalsOf(keptB);
        await workspace.type('budget.brik', BUDGET.replace('  tema "B"', '\n  tema "B"'));
        expect(theme('Psykiatri')).not.toBe(keptB);
        expect(evaluator.totalsOf(theme('Psykiatri'))).toEqual(figures);
    });

    it('changes no node but the brik\'s container: what is kept on a node (a range\'s reading) cannot go stale', async () => {
        const { workspace, root, theme } = await openWorkspace();
        const nodes = () => AstUtils.streamAllContents(root()).toArray();
        // A node's own properties: values, and the nodes it holds by identity.
        const own = (node: AstNode) => Object.entries(node).filter(([key]) => !key.startsWith('$')).flatMap(([key, value]) => [key, ...[value].flat()]);
        const before = new Map(nodes().map(node => [node, own(node)]));
        await workspace.type('budget.brik', BUDGET.replace('drift 1.5 permanent', 'drift 1.75 permanent'));
        const kept = nodes().filter(node => before.has(node));
        const changed = kept.filter(node => {
            const was = before.get(node)!;
            const is = own(node);
            return was.length !== is.length || was.some((value, i) => value !== is[i]);
        });
        expect(changed).toEqual([theme('Sundhed')]);
        // Every node that is new stands in the one brik parsed anew.
        const fresh = nodes().filter(node => !before.has(node));
        const item = fresh.find(isItem)!;
        expect(fresh.every(node => node === item || AstUtils.hasContainerOfType(node, container => container === item))).toBe(true);
    });

    it('carries what is kept with the tree over it (include lines, name index), and makes it anew for a new root', async () => {
        const { workspace, root } = await openWorkspace();
        const includes = workspace.shared.workspace.Includes;
        const names = workspace.brik.validation.NameIndexes;
        const lines = includes.includeLines(root());
        const index = names.of(root());
        expect(index.itemRepeats()).toEqual([]);
        await workspace.type('budget.brik', BUDGET.replace('"A2"', '"A1"'));
        // A brik holds no include; the index has the renamed brik where it stands.
        expect(includes.includeLines(root())).toBe(lines);
        expect(names.of(root())).toBe(index);
        const repeats = (found: NameIndex) => found.itemRepeats().map(({ first, repeat }) => [first, repeat]);
        expect(repeats(index)).toEqual(repeats(new NameIndex(root())));
        expect(repeats(index)).toHaveLength(1);
        await workspace.type('budget.brik', BUDGET.replace('"A2"', '"A1"').replace('  tema "B"', '\n  tema "B"'));
        expect(names.of(root())).not.toBe(index);
        expect(includes.includeLines(root())).not.toBe(lines);
    });
});
