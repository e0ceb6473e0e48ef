import type { ValidationAcceptor } from 'langium';
import type { Area, Category, Item } from '../generated/ast.js';
import { isBudget, isCategory, isFragment, isOwner, isPolitical, isReallocation, isUnavoidable } from '../generated/ast.js';
import { itemColumn, moneyUnitIn } from '../evaluation/item-column.js';
import { rangeValue } from '../evaluation/profile.js';
import type { UnitFacts } from './replayed-checks.js';
import { IssueCodes } from './brik-issue-codes.js';
import { quoteSource } from '../text/source-quote.js';

/** An omstilling is a saving or reallocation; a budget-year net cost is most likely a sign error. */
export function checkOmstillingSaves(item: Item, accept: ValidationAcceptor, facts: UnitFacts): void {
    const years = facts.header.years;
    if (itemColumn(item) !== 'omstilling' || years.length === 0) {
        return;
    }
    const net = facts.totals().drift.netto[0];
    // A net that rests on an amount that cannot be read is unknown: that amount has its own error.
    if (!net.unknown && net.max.greaterThan(0)) {
        accept('warning', `Omstillingen "${quoteSource(item.name)}" giver en merudgift på ${net.max.toFixed()} i budgetåret ${years[0]}; en omstilling skal spare (negativt beløb). Tjek fortegnet, eller fjern 'omstilling', hvis det er en opdrift.`,
            { node: item, property: 'name', code: IssueCodes.OmstillingPositive });
    }
}

/**
 * A brik whose every amount saves (negative, in drift and anlæg alike) but that is not marked
 * `omstilling` is counted as opdrift, where a saving lowers the new expenditure: most likely the
 * mark is missing. Its own financing lines (`finansiering -2`) are money available, not a saving.
 */
export function checkOmstillingMarked(item: Item, accept: ValidationAcceptor, facts: UnitFacts): void {
    if (item.kind !== 'brik' || itemColumn(item) !== 'opdrift' || facts.header.years.length === 0) {
        return;
    }
    const totals = facts.totals();
    const amounts = [...totals.drift.opdrift, ...totals.anlæg.opdrift];
    // An amount that cannot be read has its own error.
    if (amounts.some(amount => amount.unknown || amount.max.greaterThan(0)) || !amounts.some(amount => amount.min.lessThan(0))) {
        return;
    }
    accept('warning', `Brikken "${item.name}" har kun negative beløb, men er ikke markeret 'omstilling', så den tælles som opdrift. Skriv 'omstilling', hvis den sparer; 'finansiering' i stedet for 'brik', hvis den er en indtægt; eller tjek fortegnet.`,
        { node: item, property: 'name', code: IssueCodes.OmstillingMissing });
}

// A set, not an object: `kategori constructor` must not find Object.prototype's `constructor`.
const CATEGORIES: ReadonlySet<string> = new Set(['eff', 'bao', 'am']);

export function checkCategories(category: Category, accept: ValidationAcceptor): void {
    category.values.forEach((value, index) => {
        if (!CATEGORIES.has(value)) {
            const lower = value.toLowerCase().replace(/\.$/, '');
            const hint = CATEGORIES.has(lower) ? ` Skriv '${lower}'.` : '';
            accept('error', `'${quoteSource(value)}' er ikke en kategori. Brug eff (effektivisering), bao (bortfald af opgave) eller am (opgave løst på anden måde).${hint}`,
                { node: category, property: 'values', index, code: IssueCodes.UnknownCategory, data: CATEGORIES.has(lower) ? { replacement: lower } : undefined });
        }
    });
}

export function checkPropertiesOnce(item: Item, accept: ValidationAcceptor): void {
    for (const [keyword, is] of [['virksomhed', isOwner], ['kategori', isCategory]] as const) {
        for (const repeated of item.elements.filter(is).slice(1)) {
            accept('error', `'${keyword}' står mere end én gang i "${quoteSource(item.name)}". Slet den ene${keyword === 'kategori' ? ', eller skriv kategorierne på én linje: kategori eff, bao' : ''}.`,
                { node: repeated, code: IssueCodes.PropertyRepeated });
        }
    }
}

/** Money available is always financing: marks of brikker make no sense on it. */
export function checkFinancingMarks(item: Item, accept: ValidationAcceptor): void {
    if (item.kind !== 'finansiering') {
        return;
    }
    for (const mark of item.elements.filter(e => isReallocation(e) || isUnavoidable(e) || isPolitical(e))) {
        accept('error', `Et finansieringspunkt kan ikke markeres; "${quoteSource(item.name)}" står altid i kolonnen finansiering. Fjern markeringen, eller skriv 'brik' i stedet for 'finansiering', hvis det er en brik.`,
            { node: mark, code: IssueCodes.MarkOnFinancing });
    }
}

/** `uomgængelig 0.9` names part of the budget-year amount; more than all of it is a typo. */
export function checkUnavoidablePart(item: Item, accept: ValidationAcceptor, facts: UnitFacts): void {
    const mark = item.elements.find(isUnavoidable);
    const part = mark?.amount && rangeValue(mark.amount, moneyUnitIn(mark.amount, facts.header));
    if (!mark || !part || facts.header.years.length === 0) {
        return;
    }
    const budgetYear = facts.totals().drift.netto[0];
    if (!budgetYear.unknown && part.max.greaterThan(budgetYear.max)) {
        accept('warning', `Den uomgængelige del (${part.max.toFixed()}) er større end brikkens beløb i budgetåret (${budgetYear.max.toFixed()}). Ret delen, eller skriv blot 'uomgængelig', hvis hele beløbet er uomgængeligt.`,
            { node: mark, property: 'amount', code: IssueCodes.UnavoidableExceeds });
    }
}

export function checkAreaPlacement(area: Area, accept: ValidationAcceptor): void {
    if (!isBudget(area.$container) && !isFragment(area.$container)) {
        accept('error', `Et 'område' står direkte i budgettet, ikke inde i et tema eller et andet område. Flyt det ud, eller gør det til et 'tema'.`,
            { node: area, property: 'name', code: IssueCodes.MisplacedArea });
    }
}
