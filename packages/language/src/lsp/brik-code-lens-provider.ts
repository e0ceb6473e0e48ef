import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { Area, Theme } from '../generated/ast.js';
import { isArea, isDocument, isItem, isScenario, isTheme } from '../generated/ast.js';
import type { BrikServices } from '../brik-module.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import type { Locale } from '../format/format-amount.js';
import { amountFormat, formatInterval } from '../format/format-amount.js';
import { UNKNOWN_INTERVAL } from '../evaluation/interval.js';
import { membersOf } from '../helpers/document-root.js';
import { wordsOf } from '../words/words.js';
import { budgetYearFigure } from './budget-year-figure.js';
import type { BrikSettings } from './brik-settings.js';

/** Above each tema and område: "Σ 2024: 15,0–26,6 mio. kr. · 8 brikker" (`Σ anlæg 2023: …` where only anlæg holds money). */
export class BrikCodeLensProvider implements CodeLensProvider {
    private readonly evaluator: BrikEvaluator;
    private readonly settings: BrikSettings;

    constructor(services: BrikServices) {
        this.evaluator = services.evaluation.Evaluator;
        this.settings = services.lsp.BrikSettings;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const locale = this.settings.locale;
        const containers = AstUtils.streamAllContents(document.parseResult.value)
            .filter((node): node is Area | Theme => isArea(node) || isTheme(node));
        const lenses: CodeLens[] = [...this.scenarioLenses(document, locale)];
        for (const container of containers) {
            const header = this.evaluator.header(container);
            const range = container.$cstNode?.range;
            const figure = budgetYearFigure(this.evaluator, container, locale);
            if (!range || !figure) {
                continue;
            }
            const count = this.evaluator.itemsOf(container).filter(item => item.kind !== 'finansiering').length;
            const title = `${figure.label}${header.unit ? ` ${header.unit.label}` : ''} · ${wordsOf(locale).brikker(count)}`;
            // A lens with an empty command is shown as text and does nothing when clicked.
            lenses.push({ range: { start: range.start, end: range.start }, command: { title, command: '' } });
        }
        return lenses;
    }

    /** Above each item, when the budget has scenarios: the scenarios it is in. */
    private *scenarioLenses(document: LangiumDocument, locale: Locale): Iterable<CodeLens> {
        const root = document.parseResult.value;
        const scenarios = isDocument(root) ? membersOf(root).filter(isScenario).map(s => this.evaluator.scenario(s)) : [];
        if (scenarios.length === 0) {
            return;
        }
        const header = this.evaluator.header(root);
        for (const item of AstUtils.streamAllContents(root).filter(isItem)) {
            const range = item.$cstNode?.range;
            if (!range) {
                continue;
            }
            const names = scenarios.filter(s => s.included.has(item)).map(s => s.included.get(item) === 'full' ? s.name
                : `${s.name} (${formatInterval(this.evaluator.unavoidablePart(item, root) ?? UNKNOWN_INTERVAL, amountFormat(header, locale))})`);
            const title = names.length > 0
                ? wordsOf(locale).lens.inScenarios(names.join(' · '))
                : wordsOf(locale).lens.inNoScenario;
            yield { range: { start: range.start, end: range.start }, command: { title, command: '' } };
        }
    }
}
