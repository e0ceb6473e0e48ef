import type { AstNodeDescription, LangiumDocuments, MaybePromise, ReferenceInfo } from 'langium';
import { AstUtils, GrammarAST, WorkspaceCache } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionValueItem, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { isOwner } from '../generated/ast.js';
import type { BrikServices } from '../brik-module.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';

/** The ae/oe/aa spellings are accepted, but completion offers the Danish letters. */
const ASCII_SPELLINGS = new Set(['aar', 'anlaeg', 'aarsvaerk', 'omraade', 'uomgaengelig', 'fravaelg']);

const CATEGORIES = [
    ['eff', 'effektivisering'],
    ['bao', 'bortfald af opgave'],
    ['am', 'opgave løst på anden måde']
] as const;

const SNIPPETS: Record<string, ReadonlyArray<{ label: string; detail: string; text: string }>> = {
    brik: [
        { label: 'brik (én linje)', detail: 'Ny brik på én linje', text: 'brik "${1:Navn}" drift ${2:0.0} permanent' },
        { label: 'brik { … }', detail: 'Ny brik med virksomhed, profil og note', text: 'brik "${1:Navn}" {\n\tvirksomhed "${2:Virksomhed}"\n\tdrift ${3:2024}: ${4:0.0} permanent\n\tnote "${5}"\n}' }
    ],
    tema: [
        { label: 'tema { … }', detail: 'Nyt tema med nummer og navn', text: 'tema "${1:1.1}" "${2:Navn}" {\n\t$0\n}' }
    ]
};

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
        if (GrammarAST.isKeyword(next.feature)) {
            this.snippets(context, next.feature.value, acceptor);
            return super.completionFor(context, next, acceptor);
        }
        if (GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'FINANCING_ITEM') {
            // `finansiering "Navn"` starts with a terminal (see the grammar), so offer it by hand.
            acceptor(context, { label: 'finansiering', kind: CompletionItemKind.Keyword, detail: 'Nyt finansieringspunkt', insertText: 'finansiering "${1:Navn}" drift ${2:-0.0}', insertTextFormat: InsertTextFormat.Snippet, sortText: '1' });
        } else if (rule === 'PeriodAmount' && assignment?.feature === 'first') {
            this.years(context, acceptor);
        } else if (rule === 'Owner' && assignment?.feature === 'name') {
            this.ownerNames().forEach((name, i) => acceptor(context, {
                label: JSON.stringify(name), kind: CompletionItemKind.Value, detail: 'virksomhed', sortText: String(i).padStart(4, '0')
            }));
        } else if (rule === 'Category' && assignment?.feature === 'values') {
            CATEGORIES.forEach(([label, detail]) => acceptor(context, { label, detail, kind: CompletionItemKind.EnumMember }));
        }
        return super.completionFor(context, next, acceptor);
    }

    /** Names are quoted strings: insert (and filter on) the name with its quotes. */
    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const quoted = JSON.stringify(description.name);
        return { ...super.createReferenceCompletionItem(description, refInfo, context), insertText: quoted, filterText: quoted };
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return super.filterKeyword(context, keyword) && !ASCII_SPELLINGS.has(keyword.value);
    }

    private years(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const years = this.evaluator.frame(context.document.parseResult.value).years;
        years.forEach((year, i) => acceptor(context, {
            label: `${year}:`, insertText: `${year}: `, kind: CompletionItemKind.Constant,
            detail: i === 0 ? 'budgetår' : 'overslagsår', sortText: `0${i}`
        }));
    }

    private snippets(context: CompletionContext, keyword: string, acceptor: CompletionAcceptor): void {
        for (const snippet of SNIPPETS[keyword] ?? []) {
            acceptor(context, {
                label: snippet.label, detail: snippet.detail, kind: CompletionItemKind.Snippet,
                insertText: snippet.text, insertTextFormat: InsertTextFormat.Snippet, filterText: keyword, sortText: '2'
            });
        }
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
