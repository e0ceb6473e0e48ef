import { Decimal } from 'decimal.js';
import type { CellAmount } from './cell-amount.js';
import type { DeclaredTotal, ImportedBudget, ImportedItem, ImportedMember } from './imported-catalogue.js';

/**
 * How a sheet signs its figures. Brik's convention (LANGUAGE.md §2) is + more expenditure,
 * − savings: `udgift`. A sparekatalog prints its savings as positive figures: `besparelse`.
 */
export type SignConvention = 'udgift' | 'besparelse';
export const SIGN_CONVENTIONS: readonly SignConvention[] = ['udgift', 'besparelse'];

function items(members: readonly ImportedMember[]): ImportedItem[] {
    return members.flatMap(member => member.kind === 'item' ? [member] : member.kind === 'comment' ? [] : items(member.members));
}

/**
 * What makes a sheet look like a sparekatalog whose savings are positive: its title, Eff/BAO/AM
 * categories, a "Nettoændringer" row, and items whose figures add up to more than 0. Empty when
 * the sheet does not look like one; the import then reads the figures as Brik's.
 */
export function savingsEvidence(budget: ImportedBudget, stated: string, netChangeRow: boolean): string[] {
    const all = items(budget.members);
    const sum = all.flatMap(item => item.lines.filter(line => line.kind !== 'årsværk').flatMap(line => [...line.periods.values()]))
        .reduce((acc, amount) => acc.plus(amount.max), new Decimal(0));
    if (sum.lessThanOrEqualTo(0) || all.some(item => item.omstilling || item.financing)) {
        return [];
    }
    const evidence = [
        ...(/spare|besparelse|reduktion|effektivisering/i.test(stated) ? ['titlen taler om besparelser'] : []),
        ...(all.some(item => item.categories.length > 0) ? ['brikkerne har kategorierne Eff/BAO/AM'] : []),
        ...(netChangeRow ? ['en række hedder "Nettoændringer"'] : [])
    ];
    return evidence.length > 0 ? [...evidence, 'og brikkernes beløb er overvejende positive'] : [];
}

const negated = (amount: CellAmount): CellAmount => {
    const flip = (value: string) => { const n = new Decimal(value).negated(); return n.isZero() ? '0' : n.toFixed(); };
    return { min: flip(amount.max), max: flip(amount.min) };
};

function negatedTotal(total: DeclaredTotal): DeclaredTotal {
    return { ...total, column: total.column === 'opdrift' ? 'omstilling' : total.column, amount: negated(total.amount) };
}

function flipped(member: ImportedMember): ImportedMember {
    if (member.kind === 'comment') {
        return member;
    }
    if (member.kind === 'item') {
        return {
            ...member,
            omstilling: !member.financing,
            lines: member.lines.map(line => line.kind === 'årsværk' ? line : { kind: line.kind, periods: new Map([...line.periods].map(([period, amount]) => [period, negated(amount)])) }),
            totals: member.totals.map(total => total.budget === 'årsværk' ? total : negatedTotal(total))
        };
    }
    return { ...member, members: member.members.map(flipped), totals: member.totals.map(total => total.budget === 'årsværk' ? total : negatedTotal(total)) };
}

/** A sparekatalog's savings in Brik's signs: every item an omstilling, every figure and declared total negated (årsværk kept). */
export function savingsAsOmstilling(budget: ImportedBudget): ImportedBudget {
    return {
        ...budget,
        members: budget.members.map(flipped),
        totals: budget.totals.map(total => total.budget === 'årsværk' ? total : negatedTotal(total))
    };
}
