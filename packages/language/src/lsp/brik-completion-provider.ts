import { quotedString } from '../parser/brik-value-converter.js';
import type { AstNode, AstNodeDescription, LangiumDocument, LangiumDocuments, MaybePromise, ReferenceInfo, Stream } from 'langium';
import { AstUtils, GrammarAST, TextDocument, URI, UriUtils, WorkspaceCache } from 'langium';
import type { CompletionAcceptor, CompletionBacktrackingInformation, CompletionContext, CompletionValueItem, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import type { Position, TextEdit } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { Area, Budget, BudgetMember, Fragment, Member, Theme } from '../generated/ast.js';
import { isArea, isBudget, isItem, isItemReference, isOwner, isTheme } from '../generated/ast.js';
import { includeHosts, NO_HOSTS, qualifiedReference } from '../references/brik-place.js';
import { headerEnd, membersOf, readRoot } from '../helpers/document-root.js';
import type { BrikServices } from '../brik-module.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { nameStart, typedName, unquoted } from './quoted-name-at-cursor.js';
import { ASCII_SPELLINGS } from '../helpers/keywords.js';
import { headerLines, likelyBudgetYear, yearIn } from '../helpers/header-defaults.js';


/**
 * The most names one completion offers. A catalogue of 10,000 brikker would otherwise send 3 MB
 * of completion items per keystroke after `medtag`; the list is always marked incomplete, so the
 * editor asks again as the user types, and the names that match what is typed are never cut.
 */
export const MAX_NAME_CANDIDATES = 500;

const CATEGORIES = [
    ['eff', 'effektivisering'],
    ['bao', 'bortfald af opgave'],
    ['am', 'opgave løst på anden måde']
] as const;

interface Snippet {
    readonly label: string;
    readonly detail: string;
    readonly text: string;
}

/** A new budget's skeleton, its years from its file's name where it has one (`budget-2025.brik`, see likelyBudgetYear). */
function budgetSnippet(year: number): Snippet {
    const lines = headerLines(year);
    return {
        label: 'budget { … }', detail: `Nyt budget med ${lines.enhed}, ${lines.prisniveau} og ${lines.år}`,
        text: `budget "\${1:Budget ${year}}" {\n\tenhed \${2|mio. kr.,1.000 kr.,kr.|}\n\tprisniveau \${3:${year - 1}}\n\tår \${4:${year}}..\${5:${year + 3}}\n\t$0\n}`
    };
}

/** The snippets that start with a keyword; `year` is the budget year (the first of `år`). */
function snippetsOf(keyword: string, year: number): readonly Snippet[] {
    switch (keyword) {
        case 'budget':
            return [budgetSnippet(year)];
        case 'brik':
            return [
                { label: 'brik (én linje)', detail: 'Ny brik på én linje', text: 'brik "${1:Navn}" drift ${2:0.0} permanent' },
                { label: 'brik { … }', detail: 'Ny brik med virksomhed, profil og note', text: `brik "\${1:Navn}" {\n\tvirksomhed "\${2:Virksomhed}"\n\tdrift \${3:${year}}: \${4:0.0} permanent\n\tnote "\${5}"\n}` }
            ];
        case 'tema':
            return [{ label: 'tema { … }', detail: 'Nyt tema med nummer og navn', text: 'tema "${1:1.1}" "${2:Navn}" {\n\t$0\n}' }];
        default:
            return [];
    }
}

/** What a name in the list is, in the file's words: `brik`, `finansiering`, or for a tema's number its name; not the AST's type. */
function referenceDetail(description: AstNodeDescription): string {
    const node = description.node;
    if (isItem(node)) {
        return node.kind;
    }
    if (isTheme(node)) {
        return `tema: ${node.name}`;
    }
    return description.type;
}

/**
 * Keywords valid at the cursor (Langium's), plus what Brik knows: the years of `år` in a
 * profile, `virksomhed` values already used in the workspace, kategori words, and snippets.
 */
export class BrikCompletionProvider extends DefaultCompletionProvider {
    private readonly evaluator: BrikEvaluator;
    private readonly documents: LangiumDocuments;
    private readonly owners: WorkspaceCache<string, string[]>;

    constructor(services: BrikServices) {
        super(services);
        this.evaluator = services.evaluation.Evaluator;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.owners = new WorkspaceCache(services.shared);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        const ownerName = rule === 'Owner' && assignment?.feature === 'name';
        if (nameStart(context.textDocument.getText(), context.offset) !== undefined && !GrammarAST.isCrossReference(next.feature) && !ownerName) {
            // Inside a quote only a name may stand: what may stand at the quote (the keyword
            // `alle`, a `tema { … }` snippet) would be inserted inside it, as `medtag "alle`.
            return;
        }
        if (GrammarAST.isKeyword(next.feature)) {
            this.snippets(context, next.feature.value, acceptor);
            return super.completionFor(context, next, acceptor);
        }
        if (GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'FINANCING_ITEM') {
            // `finansiering "Navn"` starts with a terminal (see the grammar), so offer it by hand.
            // Labelled apart from the keyword `finansiering` (a brik's own financing line), which may stand at the same place.
            acceptor(context, { label: 'finansiering "…"', filterText: 'finansiering', kind: CompletionItemKind.Keyword, detail: 'Nyt finansieringspunkt', insertText: 'finansiering "${1:Navn}" drift ${2:-0.0}', insertTextFormat: InsertTextFormat.Snippet, sortText: '1' });
        } else if (rule === 'PeriodAmount' && assignment?.feature === 'first') {
            this.years(context, acceptor);
        } else if (ownerName) {
            this.ownerNames().forEach((name, i) => acceptor(context, {
                label: quotedString(name), kind: CompletionItemKind.Value, detail: 'virksomhed', sortText: String(i).padStart(4, '0')
            }));
        } else if (rule === 'Category' && assignment?.feature === 'values') {
            CATEGORIES.forEach(([label, detail]) => acceptor(context, { label, detail, kind: CompletionItemKind.EnumMember }));
        }
        return super.completionFor(context, next, acceptor);
    }

    /**
     * Langium finds what may stand at the cursor by parsing all the text before it, on every
     * completion, however large the file. What may stand in a member depends only on the
     * containers it stands in, so this parses their headers and the text from the member before
     * the one the cursor is in or follows: the same features (see anchorOf).
     */
    protected override findFeaturesAt(document: TextDocument, at: number): NextFeature[] {
        const text = document.getText();
        // Inside a name not yet closed (`medtag "Neuro reha|`) its words are no tokens of their
        // own: what may stand there is what may stand at its opening quote.
        const offset = nameStart(text, at) ?? at;
        const anchor = this.anchor(text, offset, this.documents.getDocument(URI.parse(document.uri)));
        if (!anchor) {
            return super.findFeaturesAt(document, offset);
        }
        const prefix = anchor.headers.join('\n') + '\n' + text.slice(anchor.from, offset);
        return super.findFeaturesAt(TextDocument.create(document.uri, document.languageId, document.version, prefix), prefix.length);
    }

    /** The document being completed, by its text: `backtrackToAnyToken` is only given the text. */
    private readonly completing = new Map<string, LangiumDocument>();

    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        const text = document.textDocument.getText();
        this.completing.set(text, document);
        try {
            yield* super.buildContexts(document, position);
        } finally {
            this.completing.delete(text);
        }
    }

    /**
     * Langium lexes the whole text to find the tokens around the cursor. Lexing from a token
     * before them (see Anchor) to the end of the cursor's line finds the same ones: no token but
     * a comment spans lines, and comments are not among them.
     */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const from = this.anchor(text, offset, this.completing.get(text))?.lexFrom ?? 0;
        const lineEnd = text.indexOf('\n', offset);
        const to = lineEnd < 0 ? text.length : lineEnd;
        if (from === 0 && to === text.length) {
            return super.backtrackToAnyToken(text, offset);
        }
        const found = super.backtrackToAnyToken(text.slice(from, to), offset - from);
        const shift = (at: number | undefined) => at === undefined ? undefined : at + from;
        return {
            nextTokenStart: found.nextTokenStart + from,
            nextTokenEnd: found.nextTokenEnd + from,
            previousTokenStart: shift(found.previousTokenStart),
            previousTokenEnd: shift(found.previousTokenEnd)
        };
    }

    private anchor(text: string, offset: number, document: LangiumDocument | undefined): Anchor | undefined {
        // Only a syntax tree of this very text says where its members begin.
        const root = document?.textDocument.getText() === text ? readRoot(document.parseResult.value) : undefined;
        return root && anchorOf(root, text, offset);
    }

    /** The names that match what is typed, at most MAX_NAME_CANDIDATES. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const { typed } = typedName(context);
        const all = super.getReferenceCandidates(refInfo, context);
        if (isItemReference(refInfo.container) && refInfo.property === 'item') {
            this.sharedNames.set(refInfo, this.namesInSeveralPlaces(all));
        }
        return all
            .filter(candidate => this.fuzzyMatcher.match(typed, candidate.name))
            .limit(MAX_NAME_CANDIDATES);
    }

    /** Per completion of a brik's name, the names that stand in several containers (§6). */
    private readonly sharedNames = new WeakMap<ReferenceInfo, Set<string>>();

    private namesInSeveralPlaces(candidates: Stream<AstNodeDescription>): Set<string> {
        const seen = new Map<string, AstNode>();
        const shared = new Set<string>();
        candidates.forEach(candidate => {
            const first = seen.get(candidate.name);
            if (first === undefined) {
                seen.set(candidate.name, candidate.node!);
            } else if (first !== candidate.node) {
                shared.add(candidate.name);
            }
        });
        return shared;
    }

    /**
     * A quoted completion (a name, a virksomhed) replaces the quoted text at the cursor, quotes and
     * all; any other replaces the text from the token's start to the cursor. (Langium 4.2 and later
     * give a client that supports it an insert-or-replace edit instead; Brik keeps the one edit.)
     */
    protected override buildCompletionTextEdit(context: CompletionContext, label: string, newText: string): TextEdit | undefined {
        if (!newText.startsWith('"')) {
            return this.buildCompletionTextEditWithoutInsertReplace(context, label, newText);
        }
        const { typed, start, end } = typedName(context);
        if (!this.fuzzyMatcher.match(typed, unquoted(label))) {
            return undefined;
        }
        const at = context.textDocument;
        return { newText, range: { start: at.positionAt(start), end: at.positionAt(end) } };
    }

    /**
     * Names are quoted strings: insert (and filter on) the name with its quotes. A brik's name that
     * stands in several containers is offered once for each, naming its container:
     * `"Tilskud" i tema "1.8"` (§6).
     */
    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const quoted = quotedString(description.name);
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        if (this.sharedNames.get(refInfo)?.has(description.name) && isItem(description.node)) {
            const root = readRoot(context.document.parseResult.value);
            const hosts = root ? includeHosts(root, include => this.evaluator.includedFragment(include)) : NO_HOSTS;
            const qualified = qualifiedReference(description.node, hosts);
            return { ...item, label: qualified, insertText: qualified, filterText: quoted, detail: referenceDetail(description) };
        }
        return { ...item, insertText: quoted, filterText: quoted, detail: referenceDetail(description) };
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return super.filterKeyword(context, keyword) && !ASCII_SPELLINGS.has(keyword.value);
    }

    /** The years of `år` as periods of a profile (`2025` alone in front of a colon already written), and `permanent:` once a year is written. */
    private years(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const years = this.evaluator.header(context.document.parseResult.value).years;
        const colonFollows = /^[ \t]*:/.test(context.textDocument.getText().slice(context.offset));
        years.forEach((year, i) => acceptor(context, {
            label: `${year}:`, insertText: colonFollows ? String(year) : `${year}: `, kind: CompletionItemKind.Constant,
            detail: i === 0 ? 'budgetår' : 'overslagsår', sortText: `0${i}`
        }));
        const text = context.textDocument.getText();
        const lineBefore = text.slice(text.lastIndexOf('\n', context.tokenOffset - 1) + 1, context.tokenOffset);
        if (/\d\s*:\s*[-+]?\d/.test(lineBefore)) {
            acceptor(context, {
                label: 'permanent:', insertText: 'permanent: ', kind: CompletionItemKind.Constant,
                detail: 'permanent niveau efter de angivne år', sortText: '1'
            });
        }
    }

    private snippets(context: CompletionContext, keyword: string, acceptor: CompletionAcceptor): void {
        for (const snippet of snippetsOf(keyword, this.budgetYear(context.document))) {
            acceptor(context, {
                label: snippet.label, detail: snippet.detail, kind: CompletionItemKind.Snippet,
                insertText: snippet.text, insertTextFormat: InsertTextFormat.Snippet, filterText: keyword, sortText: '2'
            });
        }
    }

    /** The first year of the budget's `år`, else the year a new budget most likely has (likelyBudgetYear). */
    private budgetYear(document: LangiumDocument): number {
        const root = document.parseResult.value;
        const fileName = UriUtils.basename(document.uri);
        return this.evaluator.header(root).years[0]
            ?? (isBudget(root) ? likelyBudgetYear(root, fileName) : yearIn(fileName) ?? new Date().getFullYear() + 1);
    }

    /** Every `virksomhed` already written in the workspace, most used first. */
    private ownerNames(): string[] {
        return this.owners.get('owners', () => {
            const counts = new Map<string, number>();
            for (const document of this.documents.all) {
                AstUtils.streamAllContents(document.parseResult.value).filter(isOwner)
                    .filter(owner => owner.name !== undefined)
                    .forEach(owner => counts.set(owner.name, (counts.get(owner.name) ?? 0) + 1));
            }
            return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
        });
    }
}

/** Where the parser stands at an offset: the headers of the containers around it, then the text from `from`. */
interface Anchor {
    readonly headers: readonly string[];
    /** The start of the member before the one the cursor is in or follows, or just after a `{` (or a header without one). */
    readonly from: number;
    /** Where lexing finds the tokens around the cursor and the one before them: a token's start, or undefined for the whole text. */
    readonly lexFrom: number | undefined;
}

/**
 * What puts the parser where it is at `offset`: the header of each container around the cursor
 * (`budget "…" {`, `område "…" {`, a `fragment` without braces), then the text from the start of the member before the one
 * the cursor is in or follows; undefined when the cursor is in the root's header.
 */
function anchorOf(root: Budget | Fragment, text: string, offset: number): Anchor | undefined {
    const headers: string[] = [];
    let container: Budget | Fragment | Area | Theme = root;
    for (;;) {
        const start = container.$cstNode?.offset;
        const brace = headerEnd(container);
        if (start === undefined || !brace || offset < brace.end) {
            return headers.length === 0 || start === undefined ? undefined : { headers, from: start, lexFrom: undefined };
        }
        headers.push(text.slice(start, brace.end));
        const members: ReadonlyArray<BudgetMember | Member> = membersOf(container).filter(m => m.$cstNode !== undefined);
        const index = members.findLastIndex(m => m.$cstNode!.offset < offset);
        const member: BudgetMember | Member | undefined = members[index];
        if (!member?.$cstNode) {
            return { headers, from: brace.end, lexFrom: brace.offset };
        }
        const inner: Area | Theme | undefined = (isArea(member) || isTheme(member)) && offset < member.$cstNode.end ? member : undefined;
        if (!inner) {
            // From the member before, too: what is typed may continue it (`finansiering` is an amount line then).
            const before = members[index - 1]?.$cstNode?.offset;
            return { headers, from: before ?? member.$cstNode.offset, lexFrom: before ?? brace.offset };
        }
        container = inner;
    }
}
