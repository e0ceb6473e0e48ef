import type { BalanceResult } from '@brik/language/protocol';

/** `Balance 2024: 48,9–121,5 mio. kr.`, after a warning icon when the document has errors. */
export function statusText(result: BalanceResult): string {
    const year = result.year !== undefined ? ` ${result.year}` : '';
    return `${result.errors > 0 ? '$(warning) ' : ''}Balance${year}: ${result.text ?? '–'}${unit(result)}`;
}

/** The paragraphs of the status item's tooltip (Markdown with theme icons). */
export function tooltipLines(result: BalanceResult): string[] {
    const year = result.year !== undefined ? ` i budgetåret ${result.year}` : '';
    const lines = [
        `**Balance${year}**${result.budget ? ` — ${escapeMarkdown(result.budget)}` : ''}`,
        `Driftsbudgettets netto (drift netto)${year}: ${result.text ?? '–'}${unit(result)}`,
        'Positiv er ubalance, negativ er råderum. Anlæg og årsværk indgår ikke.'
    ];
    if (result.balanced !== undefined) {
        lines.push(result.balanced ? 'Budgettet balancerer.' : 'Budgettet kan være i ubalance.');
    }
    if (result.errors > 0) {
        const errors = result.errors === 1 ? 'én fejl' : `${result.errors} fejl`;
        lines.push(`$(warning) Filen har ${errors}; balancen tæller kun det, der kan læses.`);
    }
    lines.push('Klik for at vise rapporten.');
    return lines;
}

function unit(result: BalanceResult): string {
    return result.unit ? ` ${result.unit}` : '';
}

function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, c => `\\${c}`);
}
