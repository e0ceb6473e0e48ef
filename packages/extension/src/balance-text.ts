import { escapeMarkdown } from '@brik/language/markdown';
import type { BalanceResult } from '@brik/language/protocol';

/** What the status item says of each budget: the balance, or an investeringsoversigt's anlæg. */
const WORDS = {
    drift: { title: 'Balance', figure: 'Driftsbudgettets netto (drift netto)', meaning: 'Positiv er ubalance, negativ er råderum. Anlæg og årsværk indgår ikke.' },
    anlæg: { title: 'Anlæg', figure: 'Anlægsbudgettets netto (anlæg netto)', meaning: 'Budgettet har kun anlæg (en investeringsoversigt), så der er ingen driftsbalance. Årsværk indgår ikke.' }
} as const;

/** `Balance 2024: 48,9–121,5 mio. kr.` (`Anlæg 2023: 315.800 1.000 kr.` where only anlæg holds money), after a warning icon when the document has errors. */
export function statusText(result: BalanceResult): string {
    const year = result.year !== undefined ? ` ${result.year}` : '';
    return `${result.errors > 0 ? '$(warning) ' : ''}${WORDS[result.of ?? 'drift'].title}${year}: ${result.text ?? '–'}${unit(result)}`;
}

/** The paragraphs of the status item's tooltip (Markdown with theme icons). */
export function tooltipLines(result: BalanceResult): string[] {
    const words = WORDS[result.of ?? 'drift'];
    const year = result.year !== undefined ? ` i budgetåret ${result.year}` : '';
    const lines = [
        `**${words.title}${year}**${result.budget ? ` — ${escapeMarkdown(result.budget)}` : ''}`,
        `${words.figure}${year}: ${result.text ?? '–'}${unit(result)}`,
        words.meaning
    ];
    if (result.balanced !== undefined) {
        lines.push(result.balanced ? 'Budgettet balancerer.' : 'Budgettet kan være i ubalance.');
    }
    if (result.errors > 0) {
        const errors = result.errors === 1 ? 'én fejl' : `${result.errors} fejl`;
        lines.push(`$(warning) Filen har ${errors}; ${result.of === 'anlæg' ? 'tallet' : 'balancen'} tæller kun det, der kan læses.`);
    }
    lines.push('Klik for at vise rapporten.');
    return lines;
}

function unit(result: BalanceResult): string {
    return result.unit ? ` ${result.unit}` : '';
}
