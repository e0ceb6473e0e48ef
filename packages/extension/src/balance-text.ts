import { withUnit } from '@brik/language/format';
import { escapeMarkdown } from '@brik/language/markdown';
import type { BalanceResult } from '@brik/language/protocol';
import type { Locale } from '@brik/language/words';
import { wordsOf } from '@brik/language/words';

/** `Balance 2024: 48,9–121,5 mio. kr.` (`Anlæg 2023: 315.800 (1.000 kr.)` where only anlæg holds money), after a warning icon when the document has errors. */
export function statusText(result: BalanceResult, locale: Locale = 'da'): string {
    const year = result.year !== undefined ? ` ${result.year}` : '';
    return `${result.errors > 0 ? '$(warning) ' : ''}${title(result, locale)}${year}: ${withUnit(result.text ?? '–', result.unit)}`;
}

/** The paragraphs of the status item's tooltip (Markdown with theme icons). */
export function tooltipLines(result: BalanceResult, locale: Locale = 'da'): string[] {
    const words = wordsOf(locale);
    const budget = result.of ?? 'drift';
    const year = result.year !== undefined ? ` ${words.status.inBudgetYear(result.year)}` : '';
    const lines = [
        `**${title(result, locale)}${year}**${result.budget ? ` — ${escapeMarkdown(result.budget)}` : ''}`,
        `${words.status.figure[budget]}${year}: ${withUnit(result.text ?? '–', result.unit)}`,
        words.status.meaning[budget]
    ];
    if (result.balanced !== undefined) {
        lines.push(result.balanced ? words.status.balanced : words.status.unbalanced);
    }
    if (result.errors > 0) {
        lines.push(`$(warning) ${words.status.errors(result.errors, budget)}`);
    }
    lines.push(words.status.click);
    return lines;
}

/** What the status item says of each budget: the balance, or an investeringsoversigt's anlæg. */
function title(result: BalanceResult, locale: Locale): string {
    const words = wordsOf(locale);
    return result.of === 'anlæg' ? words.anlæg : words.balance;
}
