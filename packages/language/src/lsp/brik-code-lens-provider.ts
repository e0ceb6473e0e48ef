import type { LangiumDocument } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Location } from 'vscode-languageserver';
import type { Area, Item, Theme } from '../generated/ast.js';
import { isArea, isTheme } from '../generated/ast.js';
import type { BrikServices } from '../brik-module.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { withUnit } from '../format/format-amount.js';
import { wordsOf } from '../words/words.js';
import { budgetYearFigure } from './budget-year-figure.js';
import type { BrikSettings } from './brik-settings.js';
import type { ShowItemsArguments } from './brik-protocol.js';
import { SHOW_ITEMS_COMMAND } from './brik-protocol.js';
import { itemCountOf } from './item-count.js';

/**
 * Above each tema and område, what it holds: `8 brikker · 3 finansieringspunkter`; clicked, the
 * list of them (SHOW_ITEMS_COMMAND). Its figure is the inlay hint's after the `{`; only when
 * inlay hints are off does the lens say it: `Σ 2024: 15,0–26,6 mio. kr. · 8 brikker`.
 */
export class BrikCodeLensProvider implements CodeLensProvider {
    private readonly evaluator: BrikEvaluator;
    private readonly settings: BrikSettings;

    constructor(services: BrikServices) {
        this.evaluator = services.evaluation.Evaluator;
        this.settings = services.lsp.BrikSettings;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const locale = this.settings.locale;
        const words = wordsOf(locale);
        const withFigure = !this.settings.inlayHintsEnabled;
        const containers = AstUtils.streamAllContents(document.parseResult.value)
            .filter((node): node is Area | Theme => isArea(node) || isTheme(node));
        const lenses: CodeLens[] = [];
        for (const container of containers) {
            const range = container.$cstNode?.range;
            if (!range) {
                continue;
            }
            const items = this.evaluator.itemsOf(container);
            const figure = withFigure ? budgetYearFigure(this.evaluator, container, locale) : undefined;
            const unit = this.evaluator.header(container).unit?.label;
            const title = [figure && withUnit(figure.label, unit), words.itemCount(...itemCountOf(items))].filter(Boolean).join(' · ');
            const args: ShowItemsArguments = [document.uri.toString(), range.start, items.map(locationOf).filter(l => l !== undefined)];
            lenses.push({
                range: { start: range.start, end: range.start },
                command: { title, command: SHOW_ITEMS_COMMAND, tooltip: words.lens.showItems, arguments: args }
            });
        }
        return lenses;
    }
}

/** Where an item's name stands, in its own file (an included fragment's item in the fragment). */
function locationOf(item: Item): Location | undefined {
    const node = GrammarUtils.findNodeForProperty(item.$cstNode, 'name') ?? item.$cstNode;
    return node && { uri: AstUtils.getDocument(item).uri.toString(), range: node.range };
}
