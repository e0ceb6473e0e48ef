import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { HoverProvider, LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Area, Document, Item, Range, Scenario, Theme, Total } from '../generated/ast.js';
import { isDocument, isItem, isRange, isScenario, isTotal } from '../generated/ast.js';
import type { BrikServices } from '../brik-module.js';
import type { BrikEvaluator } from '../evaluation/brik-evaluator.js';
import { evaluateDeclaredTotal, isDeclaredTotal } from '../evaluation/declared-total.js';
import { categoriesOf, marksOf, ownerOf } from '../helpers/item-properties.js';
import { itemColumn } from '../evaluation/item-column.js';
import { periodKeyword } from '../evaluation/totals.js';
import type { Locale } from '../format/format-amount.js';
import { amountFormat, formatInterval, withUnit } from '../format/format-amount.js';
import { UNKNOWN_INTERVAL } from '../evaluation/interval.js';
import { membersOf } from '../helpers/document-root.js';
import { budgetsWithMoney } from '../report/report-structure.js';
import { itemCountOf } from './item-count.js';
import { wordsOf } from '../words/words.js';
import type { BrikSettings } from './brik-settings.js';
import { evaluableNodeAt } from './evaluable-node.js';
import { bold, totalsTable } from './figures-markdown.js';

/**
 * Hover on a brik, tema, område, the budget, a financing item, a total or an amount: the
 * computed figures per year and permanently, as the evaluator has them.
 */
export class BrikHoverProvider implements HoverProvider {
    private readonly evaluator: BrikEvaluator;
    private readonly settings: BrikSettings;

    constructor(services: LangiumServices) {
        this.evaluator = (services as BrikServices).evaluation.Evaluator;
        this.settings = (services as BrikServices).lsp.BrikSettings;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const node = evaluableNodeAt(document, params.position);
        if (!node) {
            return undefined;
        }
        const locale = this.settings.locale;
        const value = isRange(node) ? this.amount(node, locale)
            : isTotal(node) ? this.total(node, locale)
                : isItem(node) ? this.item(node, locale)
                    : isScenario(node) ? this.scenario(node, locale)
                        : this.container(node, locale);
        return value ? { contents: { kind: 'markdown', value } } : undefined;
    }

    private item(item: Item, locale: Locale): string {
        const words = wordsOf(locale);
        const kind = itemColumn(item);
        const totals = this.evaluator.totalsOf(item);
        const marks = marksOf(item).filter(mark => mark !== 'omstilling');
        // A half-typed item (`brik drift 2`) has no name yet.
        const name = bold(item.name ?? '');
        // A project with anlæg alone is not "opdrift": its money is in the anlæg budget (§9).
        const budget = budgetsWithMoney(totals)[0] === 'anlæg' ? [words.anlæg, ...(kind === 'omstilling' ? [words.omstilling] : [])] : [words[kind]];
        const title = kind === 'finansiering'
            ? `${name} — ${words.finansiering.toLowerCase()}`
            : `${name} — ${[words.brik, ...budget].map(word => word.toLowerCase()).join(', ')}${marks.length ? ` · ${marks.join(', ')}` : ''}`;
        const details = [
            ownerOf(item) ? `${words.owner}: ${ownerOf(item)}` : undefined,
            categoriesOf(item).length ? `${categoriesOf(item).map(c => Object.hasOwn(words.categories, c) ? words.categories[c] : c).join(', ')}` : undefined
        ].filter(Boolean).join(' · ');
        const table = totalsTable(totals, this.evaluator.header(item), locale, false, true);
        return [title, details, this.scenariosOf(item, locale), table].filter(Boolean).join('\n\n');
    }

    /** The scenarios of the item's budget it is in (a partly unavoidable one with its part), when the budget has any. */
    private scenariosOf(item: Item, locale: Locale): string | undefined {
        const root = AstUtils.findRootNode(item);
        const scenarios = isDocument(root) ? membersOf(root).filter(isScenario).map(s => this.evaluator.scenario(s)) : [];
        if (scenarios.length === 0) {
            return undefined;
        }
        const format = amountFormat(this.evaluator.header(root), locale);
        const names = scenarios.filter(s => s.included.has(item)).map(s => s.included.get(item) === 'full' ? s.name
            : `${s.name} (${formatInterval(this.evaluator.unavoidablePart(item, root) ?? UNKNOWN_INTERVAL, format)})`);
        const words = wordsOf(locale).hover;
        return names.length > 0 ? words.inScenarios(names.join(' · ')) : words.inNoScenario;
    }

    private container(container: Area | Theme | Document, locale: Locale): string {
        const words = wordsOf(locale);
        const kind = (container.$type === 'Area' ? words.area : container.$type === 'Theme' ? words.theme : words.budget).toLowerCase();
        const number = container.$type === 'Theme' && container.number ? `${container.number} ` : '';
        const title = `${bold(number + (container.name ?? ''))} — ${kind} · ${words.itemCount(...itemCountOf(this.evaluator.itemsOf(container)))}`;
        return [title, totalsTable(this.evaluator.totalsOf(container), this.evaluator.header(container), locale, true)].filter(Boolean).join('\n\n');
    }

    private scenario(scenario: Scenario, locale: Locale): string {
        const words = wordsOf(locale);
        const result = this.evaluator.scenario(scenario);
        const header = this.evaluator.header(scenario);
        const format = amountFormat(header, locale);
        const brikker = [...result.included.keys()].filter(item => item.kind !== 'finansiering').length;
        const level = result.level ? ` · ${words.hover.level} ${result.level}` : '';
        const lines = [`${bold(scenario.name ?? '')} — ${words.scenario.toLowerCase()}${level} · ${words.brikker(brikker)}`, totalsTable(result.totals, header, locale, true)];
        if (result.ramme) {
            const excess = result.exceeded.map(({ year, by }) => `${year}: ${formatInterval(by, format)}`).join(', ');
            const verdict = excess ? words.hover.exceededIn(excess) : result.room?.by.unknown ? words.unknown : `✓ ${words.hover.kept}`;
            lines.push(`${words.ramme} ${formatInterval(result.ramme, format)}: ${verdict}`);
        }
        return lines.join('\n\n');
    }

    private total(total: Total, locale: Locale): string | undefined {
        const words = wordsOf(locale).hover;
        const result = evaluateDeclaredTotal(this.evaluator, total);
        if (!isDeclaredTotal(result)) {
            return undefined;
        }
        const unit = this.evaluator.header(total).unit?.label;
        const format = { decimals: Math.max(result.decimals.min, result.decimals.max), locale };
        const what = [result.budget, result.column, periodKeyword(result.period)].filter(part => part !== undefined).join(', ');
        const declared = `${words.declared} ${formatInterval(result.declared, format)}`;
        const computed = `${words.computed} ${formatInterval(result.computed, format)}`;
        if (result.computed.unknown) {
            return `**Total** (${what}): ${withUnit(declared, unit)}, ${computed}`;
        }
        const verdict = result.holds ? `✓ ${words.holds}` : `✗ ${words.fails}`;
        return `**Total** (${what}): ${declared}, ${withUnit(computed, unit)} — ${verdict}`;
    }

    private amount(range: Range, locale: Locale): string | undefined {
        const value = this.evaluator.rangeValue(range);
        const header = this.evaluator.header(range);
        if (!value || !header.unit) {
            return undefined;
        }
        const format = { decimals: header.unit.printDecimals, locale };
        // The amount as written (`1,59`, not `1,6`): the author checks what they typed.
        const inUnit = withUnit(formatInterval(value, { ...format, exact: true }), header.unit.label);
        const priceLevel = header.priceLevel !== undefined ? ` (${wordsOf(locale).priceLevel(header.priceLevel)})` : '';
        const kroner = this.evaluator.amountInKroner(range);
        if (header.unit.label === 'kr.' || !kroner) {
            return `**${inUnit}**${priceLevel}`;
        }
        const inKroner = formatInterval(kroner, { decimals: 0, locale, exact: true });
        // The amount restated in every other year of the budget's prisindeks (§8).
        const restated = this.evaluator.amountInOtherPriceLevels(range)
            .map(other => `${withUnit(formatInterval(other.value, format), header.unit!.label)} (${wordsOf(locale).priceLevel(other.priceLevel)})`);
        return `**${inUnit}**${priceLevel} = ${inKroner} kr.${restated.length > 0 ? `\n\n${restated.join(' · ')}` : ''}`;
    }
}
