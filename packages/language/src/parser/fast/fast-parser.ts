import type { IToken } from 'chevrotain';
import type { AstNode, AstReflection, Lexer, LexerResult, Linker, ParseResult, Reference } from 'langium';
import type {
    BrikAstType, BrikKeywordNames, BrikTokenNames, BudgetMember, Document, ItemElement, Member, OuterKeyword, ScenarioClause, TotalBudget, TotalColumn, TotalOuterKeyword
} from '../../generated/ast.js';
import {
    AmountLine, Area, Budget, Category, Fragment, Include, Item, ItemReference, Note, Owner, PeriodAmount, Political, PriceIndex, PriceIndexEntry, PriceLevelSetting, Range, Reallocation, Scenario, ScenarioLevel, ScenarioRamme, ScenarioSelection, Theme, Total, Unavoidable, Unit, UnitSetting, YearsSetting
} from '../../generated/ast.js';
import { LINE_KINDS } from '../../evaluation/item-column.js';
import { stringValue } from '../brik-value-converter.js';
import { BrikLexer } from '../brik-lexer.js';
import { nameKey } from '../../text/names.js';
import { NEEDS_SYNTAX_TREE } from '../../validation/string-checks.js';

/**
 * A parser for `brik check` and `brik report` that builds the same AST as Langium's parser, with
 * no concrete syntax tree: a catalogue of 100,000 brikker is about a million tokens, and the CST
 * Langium makes for them (with its post-pass) is most of the parse's time and memory.
 *
 * It is a recursive descent over the tokens of Brik's own lexer, one function per grammar rule of
 * `brik.langium`, and it never recovers: at the first token it does not expect, and wherever the
 * checks read the CST's leaves rather than the AST, it gives up (`undefined`), and the caller
 * parses the text with Langium (fast-first-parser.ts). So it only ever answers for a text that
 * Langium parses without an error, and then it must give the same AST;
 * `test/fast-parser-differential.test.ts` holds it to that over every example, fixture, the
 * language reference and a fuzz corpus.
 *
 * Values are what Brik's value converter gives: strings unescaped by `stringValue`, names (and
 * the names in references) in their `nameKey` form, numbers and keywords as their text.
 *
 * Positions: each node has its offsets (`$offset`, `$end`). Its `$cstNode` is there only when
 * asked for, which a check does only for a node it reports (its range, a line in a message, a
 * quick fix): the first such question parses that document with Langium, once, and answers with
 * the CST node of the same node of Langium's AST (found by its path, `$containerProperty` and
 * `$containerIndex` from the root). So every diagnostic has exactly Langium's range, and a file
 * without diagnostics never has a CST. `// tillad:` comments are kept from the lexer's hidden
 * tokens (allowed-warnings.ts reads them with `fastAllowComments`).
 */

/** What a node of the fast parse carries beyond Langium's: where it stands in the text. */
export interface FastNodeSpan {
    /** The offset of the node's first token. */
    readonly $offset: number;
    /** The offset just after the node's last token. */
    readonly $end: number;
}

/** The offsets of a node built by the fast parser; undefined for a node of Langium's parse. */
export function fastNodeSpan(node: AstNode): FastNodeSpan | undefined {
    const span = node as Partial<FastNodeSpan>;
    return span.$offset === undefined || span.$end === undefined ? undefined : { $offset: span.$offset, $end: span.$end };
}

/** What the fast parser keeps of a text beside its AST. */
interface FastParse {
    readonly text: string;
    /** Langium's parse of the same text, made when a CST node is first asked for. */
    readonly langium: (text: string) => ParseResult;
    /** The `// tillad:` comments, as hidden tokens: where they begin, and their text. */
    readonly allowComments: ReadonlyArray<{ readonly offset: number; readonly text: string }>;
    /** Langium's root, once parsed; null when its parse differs (it never should). */
    langiumRoot?: AstNode | null;
}

/** The fast parses, by their root. */
const fastParses = new WeakMap<AstNode, FastParse>();

/** Whether a document's root was built by the fast parser (and so has a CST only when asked). */
export function isFastParse(root: AstNode): boolean {
    return fastParses.has(root);
}

/** The `// tillad:` comments of a fast parse, from its hidden tokens; undefined for Langium's parse. */
export function fastAllowComments(root: AstNode): ReadonlyArray<{ readonly offset: number; readonly text: string }> | undefined {
    return fastParses.get(root)?.allowComments;
}

/**
 * What the benchmark and the tests read: how many times a fast parse was parsed again by Langium
 * for a CST node, and how many texts made the fast parser throw (a bug: the text went to Langium,
 * so the user saw Langium's result, and the differential test fails on it).
 */
export const fastParseStatistics = { langiumParses: 0, failures: 0 };

function rootOf(node: AstNode): AstNode {
    let root = node;
    while (root.$container) {
        root = root.$container;
    }
    return root;
}

/** The node of Langium's AST that stands where `node` stands in the fast one. */
function langiumTwin(node: AstNode): AstNode | undefined {
    const root = rootOf(node);
    const parse = fastParses.get(root);
    if (!parse) {
        return undefined;
    }
    if (parse.langiumRoot === undefined) {
        fastParseStatistics.langiumParses++;
        const result = parse.langium(parse.text);
        const clean = result.lexerErrors.length === 0 && result.parserErrors.length === 0;
        parse.langiumRoot = clean && result.value.$type === root.$type ? result.value : null;
    }
    let twin: AstNode | undefined = parse.langiumRoot ?? undefined;
    const path: AstNode[] = [];
    for (let current = node; current.$container; current = current.$container) {
        path.push(current);
    }
    for (let i = path.length - 1; i >= 0 && twin; i--) {
        const step = path[i];
        const value = (twin as unknown as Record<string, unknown>)[step.$containerProperty!];
        twin = (step.$containerIndex === undefined ? value : (value as unknown[] | undefined)?.[step.$containerIndex]) as AstNode | undefined;
    }
    return twin?.$type === node.$type ? twin : undefined;
}

/**
 * The prototype of every node of a fast parse: its `$cstNode` is Langium's, made when asked.
 * A getter on the prototype, so that no walk over a node's own properties sees it.
 */
const FAST_NODE: object = Object.defineProperty({}, '$cstNode', {
    get(this: AstNode) {
        return langiumTwin(this)?.$cstNode;
    },
    enumerable: false
});

/** A `// tillad:` comment: the hidden tokens the fast parser keeps. */
const ALLOW_COMMENT = /^\/\/\s*tillad:/;

/** Thrown inside the descent where the fast parser gives the text to Langium. */
const GIVE_UP: unique symbol = Symbol('give up');

/** The keys of a record whose type names every word of a generated union: a word added to the grammar does not compile until it is here. */
function wordsOf<W extends string>(words: Record<W, true>): ReadonlySet<string> {
    return new Set(Object.keys(words));
}

const OUTER_KEYWORDS = wordsOf<OuterKeyword>({ tidligere: true, efterfølgende: true, efterfoelgende: true });
const TOTAL_OUTER_KEYWORDS = wordsOf<TotalOuterKeyword>({ tidligere: true, efterfølgende: true, efterfoelgende: true, samlet: true });
const TOTAL_BUDGETS = wordsOf<TotalBudget>({ anlæg: true, anlaeg: true, årsværk: true, aarsvaerk: true });
const TOTAL_COLUMNS = wordsOf<TotalColumn>({ opdrift: true, omstilling: true, finansiering: true, netto: true });
const RANGE_DASHES = wordsOf<NonNullable<Range['dash']>>({ '–': true, '—': true });
const DECIMALS = wordsOf<BrikTokenNames & ('NUMBER' | 'COMMA_NUMBER')>({ NUMBER: true, COMMA_NUMBER: true });
const LEVELS = wordsOf<ScenarioLevel['level']>({ min: true, max: true, midt: true });

/** The keywords that begin each element of an item but an amount line (whose kinds are LINE_KINDS): every type of `ItemElement` has its entry. */
const ITEM_ELEMENT_KEYWORDS: Record<Exclude<ItemElement['$type'], 'AmountLine'>, readonly BrikKeywordNames[]> = {
    Reallocation: ['omstilling'],
    Unavoidable: ['uomgængelig', 'uomgaengelig'],
    Political: ['politisk'],
    Owner: ['virksomhed'],
    Note: ['note'],
    Category: ['kategori']
};
const ITEM_ELEMENT_STARTS: ReadonlySet<string> = new Set([...LINE_KINDS, ...Object.values(ITEM_ELEMENT_KEYWORDS).flat()]);

/** A node of type T while the parser fills it in: its properties writable, its place in the text kept. */
type Building<T extends AstNode> = { -readonly [K in keyof T]: T[K] } & { $offset: number; $end: number };

/** The properties of T that hold one child node. */
type ChildProperty<T> = { [K in keyof T]-?: NonNullable<T[K]> extends AstNode ? (K extends `$${string}` ? never : K) : never }[keyof T] & string;
/** The properties of T that hold a list of child nodes. */
type ListProperty<T> = { [K in keyof T]-?: NonNullable<T[K]> extends Array<infer E> ? (E extends AstNode ? K : never) : never }[keyof T] & string;
type ElementOf<L> = NonNullable<L> extends Array<infer E> ? E : never;

/** What a parser writes of a node's place in its container (AstNode has them read-only). */
interface ContainerLinks {
    $container: AstNode;
    $containerProperty: string;
    $containerIndex: number;
}

/** The properties with a default (`[]`, `false`) of each node type, as Langium's `assignMandatoryProperties` sets them. */
function defaultsOf(reflection: AstReflection, type: string): Array<[string, unknown]> {
    return Object.values(reflection.getTypeMetaData(type).properties)
        .filter(property => property.defaultValue !== undefined)
        .map(property => [property.name, property.defaultValue]);
}

export class FastBrikParser {
    private readonly defaults = new Map<string, Array<[string, unknown]>>();
    private tokens: IToken[] = [];
    private pos = 0;

    constructor(private readonly lexer: Lexer, private readonly linker: Linker, private readonly reflection: AstReflection) {}

    /**
     * The parse of `text`, or undefined where Langium's parser has to read it: a lexing or
     * syntax error, or text whose checks look at the CST.
     */
    parse<T extends AstNode = AstNode>(text: string, langium: (text: string) => ParseResult): ParseResult<T> | undefined {
        if (NEEDS_SYNTAX_TREE.test(text)) {
            return undefined;
        }
        // Offsets are all the fast parser reads of a token's place; a text with an error goes to Langium, which lexes again.
        const lexed: LexerResult = this.lexer instanceof BrikLexer ? this.lexer.tokenizeOffsets(text) : this.lexer.tokenize(text);
        if (lexed.errors.length > 0 || (lexed.report?.diagnostics.length ?? 0) > 0) {
            return undefined;
        }
        this.tokens = lexed.tokens;
        this.pos = 0;
        try {
            const root = this.document();
            const allowComments = lexed.hidden.filter(token => token.tokenType.name === 'SL_COMMENT' && ALLOW_COMMENT.test(token.image))
                .map(token => ({ offset: token.startOffset, text: token.image }));
            fastParses.set(root, { text, langium, allowComments });
            return { value: root as unknown as T, lexerErrors: [], lexerReport: lexed.report, parserErrors: [] };
        } catch (error) {
            // An input the fast parser did not foresee must never crash `brik check`: Langium reads it.
            if (error !== GIVE_UP) {
                fastParseStatistics.failures++;
            }
            return undefined;
        } finally {
            this.tokens = [];
        }
    }

    // --- tokens ---

    private type(offset = 0): BrikTokenNames | undefined {
        return this.tokens[this.pos + offset]?.tokenType.name as BrikTokenNames | undefined;
    }

    /**
     * The next token's text, as a value of T: the grammar's alternatives, tested before, make it one
     * of T's words (or one written decomposed, NFD, which Langium keeps as written too).
     */
    private image<T extends string>(): T {
        return this.tokens[this.pos++].image as T;
    }

    private consume(type: BrikTokenNames): IToken {
        const token = this.tokens[this.pos];
        if (token?.tokenType.name !== type) {
            throw GIVE_UP;
        }
        this.pos++;
        return token;
    }

    private consumeOneOf(types: ReadonlySet<string>): IToken {
        const token = this.tokens[this.pos];
        if (!token || !types.has(token.tokenType.name)) {
            throw GIVE_UP;
        }
        this.pos++;
        return token;
    }

    // --- nodes ---

    /** A new node of `type` at the next token; its mandatory properties are set by the rule, or by `finish`. */
    private start<K extends keyof BrikAstType>(type: K): Building<BrikAstType[K]> {
        const token = this.tokens[this.pos];
        if (!token) {
            throw GIVE_UP;
        }
        const node = Object.create(FAST_NODE) as Record<string, unknown>;
        node.$type = type;
        node.$offset = token.startOffset;
        node.$end = 0;
        return node as Building<BrikAstType[K]>;
    }

    private finish<T extends AstNode>(building: Building<T>): T {
        const node = building as unknown as Record<string, unknown> & Building<AstNode>;
        const last = this.tokens[this.pos - 1];
        // Tokens of tokenizeOffsets have no endOffset: a token ends where its text does.
        node.$end = last.startOffset + last.image.length;
        let defaults = this.defaults.get(node.$type);
        if (!defaults) {
            defaults = defaultsOf(this.reflection, node.$type);
            this.defaults.set(node.$type, defaults);
        }
        for (const [name, value] of defaults) {
            if (node[name] === undefined) {
                node[name] = Array.isArray(value) ? [] : value;
            }
        }
        return building as unknown as T;
    }

    private set<T extends AstNode, P extends ChildProperty<T>>(container: Building<T>, property: P, child: NonNullable<T[P]>): void {
        (container as Record<P, unknown>)[property] = child;
        // Written one by one: Object.assign with a literal made an object for every node.
        const links = child as unknown as ContainerLinks;
        links.$container = container;
        links.$containerProperty = property;
    }

    private add<T extends AstNode, P extends ListProperty<T>>(container: Building<T>, property: P, child: ElementOf<T[P]>): void {
        const lists = container as unknown as Record<P, unknown[] | undefined>;
        let list = lists[property];
        if (!list) {
            list = lists[property] = [];
        }
        const links = child as unknown as ContainerLinks;
        links.$container = container;
        links.$containerProperty = property;
        links.$containerIndex = list.length;
        list.push(child);
    }

    private string(): string {
        return stringValue(this.consume('STRING').image);
    }

    private name(): string {
        return nameKey(this.string());
    }

    /** A NUMBER; a number pasted from Word (PASTED_NUMBER) is not one here: its checks read the CST. */
    private number(): string {
        return this.consume('NUMBER').image;
    }

    // --- rules, in the order of brik.langium ---

    private document(): Document {
        const first = this.type();
        const root = first === 'budget' ? this.budget() : first === 'fragment' ? this.fragment() : undefined;
        if (!root || this.pos !== this.tokens.length) {
            throw GIVE_UP;
        }
        return root;
    }

    private budget(): Budget {
        const node = this.start(Budget.$type);
        this.consume('budget');
        node.name = this.name();
        this.consume('{');
        while (this.type() !== '}') {
            this.add(node, 'members', this.budgetMember());
        }
        this.consume('}');
        return this.finish(node);
    }

    private fragment(): Fragment {
        const node = this.start(Fragment.$type);
        this.consume('fragment');
        if (this.type() === 'STRING') {
            node.name = this.name();
        }
        if (this.type() === '{') {
            this.consume('{');
            node.braced = true;
            while (this.type() !== '}') {
                this.add(node, 'members', this.budgetMember());
            }
            this.consume('}');
        } else {
            while (this.pos < this.tokens.length) {
                this.add(node, 'members', this.budgetMember());
            }
        }
        return this.finish(node);
    }

    private budgetMember(): BudgetMember {
        switch (this.type()) {
            case 'enhed': return this.unitSetting();
            case 'prisniveau': return this.priceLevelSetting();
            case 'år':
            case 'aar': return this.yearsSetting();
            case 'prisindeks': return this.priceIndex();
            case 'scenarie': return this.scenario();
            default: return this.member();
        }
    }

    private unitSetting(): UnitSetting {
        const node = this.start(UnitSetting.$type);
        this.consume('enhed');
        const unit = this.start(Unit.$type);
        if (this.type() === 'mio.') {
            this.consume('mio.');
            unit.million = true;
        } else if (this.type() === 'NUMBER') {
            unit.thousands = this.number();
        }
        this.consume('kr.');
        this.set(node, 'unit', this.finish(unit));
        return this.finish(node);
    }

    private priceLevelSetting(): PriceLevelSetting {
        const node = this.start(PriceLevelSetting.$type);
        this.consume('prisniveau');
        node.year = this.number();
        return this.finish(node);
    }

    private yearsSetting(): YearsSetting {
        const node = this.start(YearsSetting.$type);
        this.pos++;
        node.first = this.number();
        if (this.type() === '..') {
            this.consume('..');
            node.last = this.number();
        }
        return this.finish(node);
    }

    private priceIndex(): PriceIndex {
        const node = this.start(PriceIndex.$type);
        this.consume('prisindeks');
        this.consume('{');
        while (this.type() !== '}') {
            const entry = this.start(PriceIndexEntry.$type);
            entry.year = this.number();
            this.consume(':');
            entry.value = this.consumeOneOf(DECIMALS).image;
            this.add(node, 'entries', this.finish(entry));
        }
        this.consume('}');
        return this.finish(node);
    }

    private member(): Member {
        switch (this.type()) {
            case 'område':
            case 'omraade': return this.area();
            case 'tema': return this.theme();
            case 'brik':
            case 'FINANCING_ITEM': return this.item();
            case 'total': return this.total();
            case 'inkluder': return this.include();
            default: throw GIVE_UP;
        }
    }

    private area(): Area {
        const node = this.start(Area.$type);
        this.pos++;
        node.name = this.name();
        this.consume('{');
        while (this.type() !== '}') {
            this.add(node, 'members', this.member());
        }
        this.consume('}');
        return this.finish(node);
    }

    private theme(): Theme {
        const node = this.start(Theme.$type);
        this.consume('tema');
        if (this.type(1) === 'STRING') {
            node.number = this.name();
        }
        node.name = this.name();
        this.consume('{');
        while (this.type() !== '}') {
            this.add(node, 'members', this.member());
        }
        this.consume('}');
        return this.finish(node);
    }

    private item(): Item {
        const node = this.start(Item.$type);
        node.kind = this.image();
        node.name = this.name();
        while (ITEM_ELEMENT_STARTS.has(this.type() ?? '')) {
            this.add(node, 'elements', this.itemElement());
        }
        if (this.type() === '{') {
            this.consume('{');
            while (this.type() !== '}') {
                this.add(node, 'elements', this.type() === 'total' ? this.total() : this.itemElement());
            }
            this.consume('}');
        }
        return this.finish(node);
    }

    private itemElement(): ItemElement {
        const type = this.type();
        if (type !== undefined && LINE_KINDS.has(type)) {
            return this.amountLine();
        }
        switch (type) {
            case 'omstilling': return this.keywordNode(Reallocation.$type);
            case 'politisk': return this.keywordNode(Political.$type);
            case 'uomgængelig':
            case 'uomgaengelig': return this.unavoidable();
            case 'virksomhed': return this.owner();
            case 'note': return this.note();
            case 'kategori': return this.category();
            default: throw GIVE_UP;
        }
    }

    private keywordNode<K extends 'Reallocation' | 'Political'>(type: K): BrikAstType[K] {
        const node = this.start(type);
        this.pos++;
        return this.finish(node);
    }

    private unavoidable(): Unavoidable {
        const node = this.start(Unavoidable.$type);
        this.pos++;
        if (this.isRangeStart(0)) {
            this.set(node, 'amount', this.range());
        }
        return this.finish(node);
    }

    private owner(): Owner {
        const node = this.start(Owner.$type);
        this.consume('virksomhed');
        node.name = this.name();
        return this.finish(node);
    }

    private note(): Note {
        const node = this.start(Note.$type);
        this.consume('note');
        node.text = this.string();
        return this.finish(node);
    }

    private category(): Category {
        const node = this.start(Category.$type);
        this.consume('kategori');
        const values: string[] = node.values = [this.consume('WORD').image];
        for (;;) {
            if (this.type() === ',' && this.type(1) === 'WORD') {
                this.pos++;
            } else if (this.type() !== 'WORD') {
                break;
            }
            values.push(this.consume('WORD').image);
        }
        return this.finish(node);
    }

    private amountLine(): AmountLine {
        const node = this.start(AmountLine.$type);
        node.kind = this.image();
        if (this.isPeriodStart(0)) {
            this.add(node, 'periods', this.periodAmount());
            for (;;) {
                if (this.type() === ',' && this.isPeriodStart(1)) {
                    this.pos++;
                } else if (!this.isPeriodStart(0)) {
                    break;
                }
                this.add(node, 'periods', this.periodAmount());
            }
        } else if (this.isRangeStart(0)) {
            this.set(node, 'amount', this.range());
        } else if (this.type() !== 'permanent') {
            throw GIVE_UP;
        }
        if (this.type() === 'permanent') {
            this.pos++;
            node.permanent = true;
        }
        return this.finish(node);
    }

    /** `2024:`, `2024..2026:`, `tidligere:`, `permanent:`: what a period begins with, where a range could stand too. */
    private isPeriodStart(offset: number): boolean {
        const type = this.type(offset);
        if (type !== undefined && OUTER_KEYWORDS.has(type)) {
            return true;
        }
        if (type === 'permanent') {
            // A bare `permanent` ends the line; `permanent:` is a period.
            return this.type(offset + 1) === ':';
        }
        return type === 'NUMBER' && (this.type(offset + 1) === ':'
            || (this.type(offset + 1) === '..' && this.type(offset + 2) === 'NUMBER' && this.type(offset + 3) === ':'));
    }

    private isRangeStart(offset: number): boolean {
        const type = this.type(offset);
        return type === 'PRINTED_RANGE' || (type !== undefined && DECIMALS.has(type));
    }

    private periodAmount(): PeriodAmount {
        const node = this.start(PeriodAmount.$type);
        if (this.type() === 'NUMBER') {
            node.first = this.number();
            if (this.type() === '..') {
                this.pos++;
                node.last = this.number();
            }
        } else if (this.type() === 'permanent') {
            this.pos++;
            node.permanent = true;
        } else {
            node.outer = this.consumeOneOf(OUTER_KEYWORDS).image as OuterKeyword;
        }
        this.consume(':');
        this.set(node, 'amount', this.range());
        return this.finish(node);
    }

    private range(): Range {
        const node = this.start(Range.$type);
        if (this.type() === 'PRINTED_RANGE') {
            node.printed = this.image();
            return this.finish(node);
        }
        node.min = this.consumeOneOf(DECIMALS).image;
        const next = this.type();
        if (next === '..' || (next !== undefined && RANGE_DASHES.has(next))) {
            this.pos++;
            if (next !== '..') {
                node.dash = next as Range['dash'];
            }
            node.max = this.consumeOneOf(DECIMALS).image;
        }
        return this.finish(node);
    }

    private total(): Total {
        const node = this.start(Total.$type);
        this.consume('total');
        if (TOTAL_BUDGETS.has(this.type() ?? '')) {
            node.budget = this.image<TotalBudget>();
        }
        if (TOTAL_COLUMNS.has(this.type() ?? '')) {
            node.column = this.image<TotalColumn>();
        }
        const type = this.type() ?? '';
        if (type === 'NUMBER' && this.type(1) === ':') {
            node.year = this.number();
            this.consume(':');
        } else if (type === 'permanent') {
            this.pos++;
            node.permanent = true;
            this.consume(':');
        } else if (TOTAL_OUTER_KEYWORDS.has(type)) {
            node.outer = this.image<TotalOuterKeyword>();
            this.consume(':');
        }
        this.set(node, 'value', this.range());
        return this.finish(node);
    }

    private include(): Include {
        const node = this.start(Include.$type);
        this.consume('inkluder');
        node.path = this.string();
        return this.finish(node);
    }

    private scenario(): Scenario {
        const node = this.start(Scenario.$type);
        this.consume('scenarie');
        node.name = this.name();
        this.consume('{');
        while (this.type() !== '}') {
            this.add(node, 'clauses', this.scenarioClause());
        }
        this.consume('}');
        return this.finish(node);
    }

    private scenarioClause(): ScenarioClause {
        switch (this.type()) {
            case 'niveau': {
                const node = this.start(ScenarioLevel.$type);
                this.pos++;
                node.level = this.consumeOneOf(LEVELS).image as ScenarioLevel['level'];
                return this.finish(node);
            }
            case 'ramme': {
                const node = this.start(ScenarioRamme.$type);
                this.pos++;
                this.set(node, 'value', this.range());
                return this.finish(node);
            }
            case 'medtag':
            case 'fravælg':
            case 'fravaelg': return this.scenarioSelection();
            default: throw GIVE_UP;
        }
    }

    private scenarioSelection(): ScenarioSelection {
        const node = this.start(ScenarioSelection.$type);
        if (this.type() !== 'medtag') {
            node.exclude = true;
        }
        this.pos++;
        if (this.type() === 'alle') {
            this.pos++;
            node.all = true;
        } else if (this.type() === 'tema') {
            this.pos++;
            const references: Reference[] = node.themes = [];
            references.push(this.reference(node, 'themes'));
            while (this.type() === ',') {
                this.pos++;
                references.push(this.reference(node, 'themes'));
            }
        } else {
            this.add(node, 'items', this.itemReference());
            while (this.type() === ',') {
                this.pos++;
                this.add(node, 'items', this.itemReference());
            }
        }
        return this.finish(node);
    }

    /** `"Tilskud"`, or `"Tilskud" i tema "1.8"`, `"Tilskud" i område "Sundhed"`. */
    private itemReference(): ItemReference {
        const node = this.start(ItemReference.$type);
        node.item = this.reference(node, 'item');
        if (this.type() === 'i') {
            this.pos++;
            if (this.type() === 'tema') {
                this.pos++;
                node.theme = this.reference(node, 'theme');
            } else if (this.type() === 'område' || this.type() === 'omraade') {
                this.pos++;
                node.area = this.reference(node, 'area');
            } else {
                throw GIVE_UP;
            }
        }
        return this.finish(node);
    }

    /** A name in a scenario: Langium's reference, which the linker resolves by its text; no `$refNode`. */
    private reference<T extends AstNode>(node: Building<ScenarioSelection | ItemReference>, property: 'themes' | 'item' | 'theme' | 'area'): Reference<T> {
        return this.linker.buildReference(node, property, undefined, this.name()) as Reference<T>;
    }
}
