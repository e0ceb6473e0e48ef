import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Item, Range, Total } from '../../src/generated/ast.js';
import { isTotal } from '../../src/generated/ast.js';
import type { DocumentChecks, UnitChecks, UnitFacts } from '../../src/validation/replayed-checks.js';
import { unitChecks } from '../../src/validation/replayed-checks.js';
import { brik, budget, parse } from '../brik-test-services.js';
import { intervalText } from '../series-text.js';

/**
 * The checks of what stands in a brik, tema or område are replayed while the unit's header and
 * totals are unchanged (BrikDocumentValidator), so they may read nothing else: they are given
 * the node and UnitFacts, and a check that reads more is no check of such a node.
 */

const evaluator = brik.evaluation.Evaluator;

describe('a check whose report is replayed', () => {
    it('is kept out of the document checks by its type, which no service reaches', () => {
        const readsTheEvaluator = (item: Item) => void evaluator.totalsOf(item);
        // @ts-expect-error A check of a brik among the document checks, which may read anything.
        const item: DocumentChecks = { Item: [readsTheEvaluator] };
        // @ts-expect-error Nor of what stands in a brik, or of a type above a brik.
        const below: DocumentChecks = { Range: [(_: Range) => undefined], Member: [] };
        // @ts-expect-error An include reports what other files hold: a unit that holds one is never replayed.
        const include: UnitChecks = { Include: [] };
        const onlyFacts: UnitChecks = { Item: [(_: Item, _accept: ValidationAcceptor, facts: UnitFacts) => void facts.totals()] };
        expect([item, below, include, onlyFacts]).toHaveLength(4);
    });

    it('is given the header and the totals of the nearest brik, tema or område: for a total, what it sums', async () => {
        const document = await parse(budget('  tema "T" "Tema" {\n    brik "A" drift 1 {\n      total 1\n    }\n    brik "B" drift 2\n    total 3\n  }\n  total 3'));
        const totals = AstUtils.streamAllContents(document.parseResult.value).filter(isTotal).toArray();
        const seen: string[] = [];
        const checks = unitChecks(evaluator, { Total: [(_: Total, _accept, facts) => void seen.push(`${facts.header.years[0]}: ${intervalText(facts.totals().drift.netto[0])}`)] });
        const check = [checks.Total].flat()[0]!;
        totals.forEach(total => check(total, () => undefined, undefined!));
        expect(seen).toEqual(['2024: 1', '2024: 3', '2024: 3']);
    });
});
