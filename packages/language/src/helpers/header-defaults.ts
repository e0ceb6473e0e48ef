import type { Budget } from '../generated/ast.js';
import { isPriceLevelSetting, isYearsSetting } from '../generated/ast.js';
import { parseYear } from '../evaluation/budget-header.js';

/** A budget year in a name: `Budget 2025`, `budget-2025.brik` → 2025; none in `B`, `2025000`. */
export function yearIn(text: string | undefined): number | undefined {
    const match = text?.match(/(?<![0-9])(20[0-9]{2})(?![0-9])/);
    return match ? Number(match[1]) : undefined;
}

/** The header lines of a budget whose budget year is `year`: prices of the year before, four years (§1). */
export function headerLines(year: number): { enhed: string; prisniveau: string; år: string } {
    return { enhed: 'enhed mio. kr.', prisniveau: `prisniveau ${year - 1}`, år: `år ${year}..${year + 3}` };
}

/**
 * The budget year a budget without a complete header most likely has, for the lines offered to
 * complete it: its `år`, else the year in its name (`Budget 2025`), else the year after its
 * `prisniveau`, else the year in its file's name, else next year.
 */
export function likelyBudgetYear(budget: Budget, fileName: string | undefined, today = new Date()): number {
    const years = budget.members.find(isYearsSetting);
    const priceLevel = parseYear(budget.members.find(isPriceLevelSetting)?.year);
    return parseYear(years?.first) ?? yearIn(budget.name) ?? (priceLevel !== undefined ? priceLevel + 1 : undefined)
        ?? yearIn(fileName) ?? today.getFullYear() + 1;
}
