import type { AstNode, ValidationAcceptor } from 'langium';
import type { Area, Budget, Document, Item, Scenario, Theme } from '../generated/ast.js';
import { isArea, isBudget, isFragment, isItem, isScenario } from '../generated/ast.js';
import { placeOf } from '../references/brik-place.js';
import { membersOf, readRoot } from '../helpers/document-root.js';
import type { NameIndexes } from './name-index.js';
import { IssueCodes } from './brik-issue-codes.js';
import { quoteSource } from '../text/source-quote.js';

function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

function firstOccurrences<T extends AstNode>(nodes: Iterable<T>, key: (node: T) => string | undefined,
    onRepeat: (repeat: T, first: T) => void): void {
    const seen = new Map<string, T>();
    for (const node of nodes) {
        const name = key(node);
        if (name === undefined) {
            continue;
        }
        const first = seen.get(name);
        if (first) {
            onRepeat(node, first);
        } else {
            seen.set(name, node);
        }
    }
}

/** Scenarios name brikker, so a name must point at one item only in its container (§3, §6). */
export function checkUniqueNames(nameIndexes: NameIndexes) {
    return (document: Document, accept: ValidationAcceptor): void => {
        const root = readRoot(document);
        const names = root && nameIndexes.of(root);
        for (const { repeat, first } of names?.itemRepeats() ?? []) {
            accept('error', `Navnet "${quoteSource(repeat.name)}" bruges allerede i linje ${lineOf(first)}, i samme ${whereNamed(repeat)}. Navne skal være entydige i et tema eller område, fordi scenarier og rapporter henviser til dem; giv den ene et andet navn.`,
                { node: repeat, property: 'name', code: IssueCodes.DuplicateName });
        }
        firstOccurrences(membersOf(document).filter(isScenario), scenario => scenario.name, (repeat, first) => {
            accept('error', `Scenariet "${quoteSource(repeat.name)}" findes allerede i linje ${lineOf(first)}. Giv det et andet navn.`,
                { node: repeat, property: 'name', code: IssueCodes.DuplicateScenario });
        });
        for (const { repeat, first } of names?.themeRepeats ?? []) {
            accept('error', `Tema-nummeret "${quoteSource(repeat.number)}" bruges allerede af "${quoteSource(first.name)}" i linje ${lineOf(first)}. Giv temaet sit eget nummer.`,
                { node: repeat, property: 'number', code: IssueCodes.DuplicateThemeNumber });
        }
    };
}

/** The container two brikker of one name share, in the words of a message. */
function whereNamed(item: Item): string {
    const place = placeOf(item);
    return place ? (isArea(place) ? 'område' : 'tema') : isFragment(item.$container) ? 'fragment' : 'budget';
}

function whatIsNamed(node: Area | Budget | Item | Scenario | Theme): string {
    if (isItem(node)) {
        return node.kind === 'brik' ? 'Brikken' : 'Finansieringspunktet';
    }
    return isBudget(node) ? 'Budgettet' : isArea(node) ? 'Området' : isScenario(node) ? 'Scenariet' : 'Temaet';
}

/** A name is how reports, scenarios and diffs tell things apart: `brik ""` would be a blank row no one can refer to. */
export function checkNameGiven(node: Area | Budget | Item | Scenario | Theme, accept: ValidationAcceptor): void {
    // A name that did not parse is a syntax error already; only a written, blank one is reported here.
    if (node.name === undefined || node.name.trim() !== '') {
        return;
    }
    accept('error', `${whatIsNamed(node)} har intet navn. Skriv navnet mellem anførselstegnene, fx "Neurorehabilitering".`,
        { node, property: 'name', code: IssueCodes.EmptyName });
}
