import type { LineKind } from '@brik/language';
import type { CellAmount } from './cell-amount.js';
import type { FigureBudget } from './columns.js';

/** The catalogue read from a sheet, before it is written as Brik text. */

/** A kind of amount line (§3); etablering only where Brik's export shows a brik's lines apart. */
export type { LineKind };

/** A period before or after the budget's years, as a profile writes it. */
export type OuterPeriod = 'tidligere' | 'efterfølgende';

export interface ImportedLine {
    readonly kind: LineKind;
    /** By period: a year, `permanent`, `tidligere`, `efterfølgende`. */
    readonly periods: Map<string, CellAmount>;
    /** Written even where every figure is 0 (`etablering 0`): Brik's export shows the line apart, so the brik has it. */
    readonly keep?: boolean;
}

/** A subtotal the sheet prints: a `total` line of the container (or brik) it closes. */
export interface DeclaredTotal {
    readonly budget: FigureBudget;
    readonly column: 'netto' | 'opdrift' | 'omstilling' | 'finansiering';
    readonly period: string;
    readonly amount: CellAmount;
}

export interface ImportedComment {
    readonly kind: 'comment';
    readonly text: string;
}

export interface ImportedItem {
    readonly kind: 'item';
    readonly name: string;
    readonly financing: boolean;
    readonly omstilling: boolean;
    readonly unavoidable: boolean;
    readonly unavoidablePart: CellAmount | undefined;
    readonly political: boolean;
    readonly owner: string | undefined;
    readonly categories: readonly string[];
    readonly notes: readonly string[];
    readonly lines: readonly ImportedLine[];
    readonly totals: readonly DeclaredTotal[];
    /** What in the item's row could not be mapped, written before it. */
    readonly comments: readonly string[];
    /** Whether a figure of its row could not be read: then it has no `drift 0` put in for want of a figure. */
    readonly unread?: boolean;
}

export interface ImportedGroup {
    readonly kind: 'område' | 'tema';
    readonly name: string;
    readonly number: string | undefined;
    readonly members: ImportedMember[];
    readonly totals: DeclaredTotal[];
    readonly comments: string[];
}

export type ImportedMember = ImportedItem | ImportedGroup | ImportedComment;

export interface ImportedBudget {
    readonly name: string;
    readonly unit: string | undefined;
    readonly priceLevel: number | undefined;
    readonly years: readonly number[];
    /**
     * The periods outside the years that the sheet has columns for. A report prints their columns
     * only where a line writes them (§9), so the Brik text writes each at least once, as 0 if need be.
     */
    readonly outerPeriods: ReadonlyArray<OuterPeriod>;
    /** The sheet's lines above its header, and anything else that belongs to the whole catalogue. */
    readonly comments: string[];
    readonly members: ImportedMember[];
    readonly totals: DeclaredTotal[];
}

/** A warning about a cell: printed as `FILE:Ark1!C14: warning: …`. */
export interface ImportWarning {
    readonly address: string;
    readonly message: string;
}
