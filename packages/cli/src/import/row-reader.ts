import { readItemKind, readLineKind, readMarkWord } from '@brik/language';
import { Decimal } from 'decimal.js';
import type { CellAmount } from './cell-amount.js';
import { cellAmount } from './cell-amount.js';
import type { ColumnRole, FigureBudget, FigureRole, Header } from './columns.js';
import type { DeclaredTotal, ImportedItem, ImportedLine, ImportWarning, LineKind } from './imported-catalogue.js';
import type { Table, TableCell, TableRow } from './read-table.js';

/** Kategori's words (LANGUAGE.md §3): Eff, BAO, AM, as printed or written out in one word. */
const CATEGORIES: Readonly<Record<string, string>> = { eff: 'eff', effektivisering: 'eff', bao: 'bao', bortfald: 'bao', am: 'am' };

/** One figure of a row, its min and max ends joined: a budget's column in a period. */
export interface RowFigure {
    readonly budget: FigureBudget;
    readonly column: FigureRole['column'];
    readonly period: string;
    readonly amount: CellAmount;
}

/** How one row of the sheet was understood, for `brik import --vis`. */
export interface RowView {
    readonly row: number;
    readonly meaning: string;
}

const isZero = (amount: CellAmount) => new Decimal(amount.min).isZero() && new Decimal(amount.max).isZero();

function plus(a: string, b: string, sign: 1 | -1): string {
    const sum = new Decimal(a).plus(new Decimal(b).times(sign));
    return sum.isZero() ? '0' : sum.toFixed();
}

/**
 * A brik's "I alt" (samlet) per budget, as `total [anlæg] samlet:`. It is the budget's netto, so
 * the lines that make it up are added: drift and finansiering (Brik's export splits the brik's own
 * financing from its drift) in drift, anlæg in anlæg. A budget in which the brik has no figure but
 * 0 gets none: `total anlæg samlet: 0` on every drift brik of a sheet with both budgets says nothing.
 */
function overallTotals(lines: ReadonlyMap<LineKind, ReadonlyMap<string, CellAmount>>): DeclaredTotal[] {
    const totals: DeclaredTotal[] = [];
    for (const budget of ['drift', 'anlæg'] as const) {
        const own = [...lines].filter(([kind]) => kind === 'anlæg' ? budget === 'anlæg' : kind !== 'årsværk' && budget === 'drift').map(([, periods]) => periods);
        const sums = own.map(periods => periods.get('samlet')).filter((amount): amount is CellAmount => amount !== undefined);
        if (sums.length === 0 || own.every(periods => [...periods.values()].every(isZero))) {
            continue;
        }
        const sum = (end: 'min' | 'max') => sums.reduce((acc, amount) => plus(acc, amount[end], 1), '0');
        totals.push({ budget, column: 'netto', period: 'samlet', amount: { min: sum('min'), max: sum('max') } });
    }
    return totals;
}

/**
 * Reads the cells of one sheet's rows by its header: figures, marks, kinds, categories, notes.
 * Every cell it cannot read is named: a warning, and (in an amount column) an unread cell, which
 * makes the import exit 1. The readers of a sheet's structure (analyst-sheet.ts,
 * brik-export-sheet.ts) decide what a row is; this class reads what the row holds.
 */
export class RowReader {
    readonly warnings: ImportWarning[] = [];
    /** Cells in amount columns that hold something that is no amount: each kept as a comment, and the import exits 1. */
    readonly unread: ImportWarning[] = [];
    readonly view: RowView[] = [];
    readonly figureColumns: ReadonlyArray<[number, FigureRole]>;
    readonly rows: readonly TableRow[];
    years: number[] = [];
    defaultBudget: FigureBudget = 'drift';

    constructor(readonly table: Table, readonly header: Header) {
        this.rows = table.rows.slice(header.row + 1);
        this.figureColumns = [...header.roles].filter((entry): entry is [number, FigureRole] => entry[1].kind === 'figure');
    }

    warn(address: string, message: string): void {
        this.warnings.push({ address, message });
    }

    see(row: TableRow, meaning: string): void {
        this.view.push({ row: row.number, meaning });
    }

    column(kind: ColumnRole['kind']): number | undefined {
        return [...this.header.roles].find(([, role]) => role.kind === kind)?.[0];
    }

    columns(kind: ColumnRole['kind']): number[] {
        return [...this.header.roles].filter(([, role]) => role.kind === kind).map(([column]) => column);
    }

    cell(row: TableRow, kind: ColumnRole['kind']): TableCell | undefined {
        const column = this.column(kind);
        return column === undefined ? undefined : row.cells[column];
    }

    text(row: TableRow, kind: ColumnRole['kind']): string {
        return (this.cell(row, kind)?.text ?? '').trim();
    }

    isEmpty(row: TableRow): boolean {
        return row.cells.every(cell => !cell || cell.text.trim() === '');
    }

    /** Whether any amount column of the row holds something (a figure, or a cell that cannot be read). */
    hasFigures(row: TableRow): boolean {
        return this.figureColumns.some(([column]) => cellAmount(row.cells[column], this.table.style) !== 'empty');
    }

    private period(role: FigureRole): string {
        return role.period === 'budgetår' ? String(this.years[0] ?? 'budgetår') : role.period;
    }

    /** Each figure cell of a row, read; a cell that holds no amount is named and kept in `comments`. */
    private figureCells(row: TableRow, comments: string[]): Array<{ role: FigureRole; amount: CellAmount; cell: TableCell }> {
        const read: Array<{ role: FigureRole; amount: CellAmount; cell: TableCell }> = [];
        for (const [column, role] of this.figureColumns) {
            const cell = row.cells[column];
            const amount = cellAmount(cell, this.table.style);
            if (amount === 'empty') {
                continue;
            }
            if (amount === undefined) {
                const why = cell!.unreadable ?? 'kan ikke læses som et beløb (fx 1.234,5, 0,0-10,0, (1.234) eller 1.234-)';
                comments.push(`${cell!.address}: '${cell!.text}' er ikke læst`);
                this.unread.push({ address: cell!.address, message: `'${cell!.text}' ${why}; cellen er skrevet som en kommentar, og tallet mangler i filen. Ret cellen, og importér igen.` });
                continue;
            }
            read.push({ role, amount, cell: cell! });
        }
        return read;
    }

    /** Cells in columns Brik does not know: each a comment and a warning. */
    unknownCells(row: TableRow, comments: string[], except: ReadonlySet<number> = new Set()): void {
        row.cells.forEach((cell, column) => {
            if (cell && cell.text.trim() !== '' && !this.header.roles.has(column) && !except.has(column)) {
                comments.push(`${cell.address}: ${cell.text.trim()}`);
                this.warn(cell.address, `'${cell.text.trim()}' står i en kolonne uden kendt overskrift; den er skrevet som en kommentar. Giv kolonnen en betydning med --kolonne.`);
            }
        });
    }

    /** The row's figures by (budget, column, period), min and max ends joined. */
    figures(row: TableRow, comments: string[]): RowFigure[] {
        const ends = new Map<string, { budget: FigureBudget; column: FigureRole['column']; period: string; min?: string; max?: string; cell: TableCell }>();
        for (const { role, amount, cell } of this.figureCells(row, comments)) {
            const budget = role.budget ?? this.defaultBudget;
            const key = `${budget}|${role.column}|${this.period(role)}`;
            const entry = ends.get(key) ?? { budget, column: role.column, period: this.period(role), cell };
            if (role.end !== 'max') entry.min = amount.min;
            if (role.end !== 'min') entry.max = amount.max;
            ends.set(key, entry);
        }
        const joined: RowFigure[] = [];
        for (const entry of ends.values()) {
            if (entry.min === undefined || entry.max === undefined || new Decimal(entry.min).greaterThan(entry.max)) {
                comments.push(`${entry.cell.address}: ${entry.min ?? '?'}..${entry.max ?? '?'} (${entry.period})`);
                this.unread.push({ address: entry.cell.address, message: `Minimum og maksimum for ${entry.period} passer ikke sammen (${entry.min ?? 'mangler'} og ${entry.max ?? 'mangler'}); skrevet som en kommentar. Ret cellerne, og importér igen.` });
                continue;
            }
            joined.push({ budget: entry.budget, column: entry.column, period: entry.period, amount: { min: entry.min, max: entry.max } });
        }
        return joined;
    }

    /** A subtotal row's figures as declared totals; `staff`: a row of årsværk. */
    declaredTotals(row: TableRow, comments: string[], staff: boolean): DeclaredTotal[] {
        return this.figures(row, comments)
            .filter(figure => figure.column !== 'egenfinansiering')
            .map(figure => ({
                budget: staff ? 'årsværk' as const : figure.budget,
                column: figure.column as DeclaredTotal['column'],
                period: figure.period,
                amount: figure.amount
            }));
    }

    /** Name and marks: `(!) Vækst i medicinudgifter`, `Ny klinik *`. */
    static marked(label: string): { name: string; unavoidable: boolean; political: boolean } {
        let name = label.replace(/\s+/g, ' ').trim();
        let unavoidable = false;
        let political = false;
        for (;;) {
            const next = name.replace(/^\(!\)\s*/, () => { unavoidable = true; return ''; })
                .replace(/^\*\s*|\s*\*$/, () => { political = true; return ''; });
            if (next === name) break;
            name = next;
        }
        return { name, unavoidable, political };
    }

    /** The Type and Markering columns: the kind of item, and its marks. */
    private kindAndMarks(row: TableRow, comments: string[]) {
        const marks = { omstilling: false, financing: false, unavoidable: false, political: false, typed: false };
        const type = this.text(row, 'type');
        const typeCell = this.cell(row, 'type');
        // The words of Brik's export (itemKindWord): an investeringsoversigt calls a capital project 'Anlæg' (§9), which its lines say.
        const kind = readItemKind(type);
        marks.typed = type !== '';
        if (kind === 'omstilling') marks.omstilling = true;
        else if (kind === 'finansiering') marks.financing = true;
        else if (type !== '' && kind === undefined) {
            comments.push(`${typeCell!.address}: Type '${typeCell!.text}'`);
            this.warn(typeCell!.address, `Typen '${typeCell!.text}' er ikke opdrift, omstilling eller finansiering; brikken er importeret som opdrift.`);
        }
        for (const word of this.text(row, 'marks').split(/[,;]\s*|\s+og\s+/).map(w => w.trim().toLowerCase()).filter(Boolean)) {
            const mark = readMarkWord(word);
            if (mark === 'uomgængelig' || word === '(!)') marks.unavoidable = true;
            else if (mark === 'politisk' || word === '*') marks.political = true;
            else if (readItemKind(word) === 'omstilling') marks.omstilling = true;
            else {
                const cell = this.cell(row, 'marks')!;
                comments.push(`${cell.address}: markering '${word}'`);
                this.warn(cell.address, `Markeringen '${word}' kender Brik ikke (uomgængelig, politisk); den er skrevet som en kommentar.`);
            }
        }
        if (this.text(row, 'unavoidable') !== '') marks.unavoidable = true;
        if (this.text(row, 'political') !== '') marks.political = true;
        return marks;
    }

    private categories(row: TableRow, comments: string[]): string[] {
        const categories: string[] = [];
        for (const word of this.text(row, 'category').split(/[/,;&+]|\s+og\s+|\s+/).map(w => w.replace(/\.$/, '').trim()).filter(w => w !== '' && w !== '-')) {
            const known = CATEGORIES[word.toLowerCase()];
            if (known) {
                categories.push(known);
            } else {
                const cell = this.cell(row, 'category')!;
                comments.push(`${cell.address}: kategori '${word}'`);
                this.warn(cell.address, `Kategorien '${word}' er ikke Eff, BAO eller AM; den er skrevet som en kommentar.`);
            }
        }
        return categories;
    }

    /** `heraf uomgængeligt 2024 min|max` (Brik's export): the unavoidable part of a brik. */
    private unavoidablePart(row: TableRow, comments: string[]): CellAmount | undefined {
        let part: CellAmount | undefined;
        for (const [column, role] of this.header.roles) {
            if (role.kind !== 'unavoidable-part') {
                continue;
            }
            const cell = row.cells[column];
            const amount = cellAmount(cell, this.table.style);
            if (amount === undefined) {
                comments.push(`${cell!.address}: '${cell!.text}' er ikke læst`);
                this.unread.push({ address: cell!.address, message: `'${cell!.text}' kan ikke læses som et beløb; skrevet som en kommentar. Ret cellen, og importér igen.` });
            } else if (amount !== 'empty') {
                part = { min: role.end === 'max' ? part?.min ?? amount.min : amount.min, max: role.end === 'min' ? part?.max ?? amount.max : amount.max };
            }
        }
        return part;
    }

    /** The amount lines of an item's figures: a budget's figures one line, a brik's own financing (Brik's export) its own. */
    private lines(figures: readonly RowFigure[], financing: boolean): { lines: ImportedLine[]; totals: DeclaredTotal[] } {
        const lines = new Map<LineKind, Map<string, CellAmount>>();
        const add = (kind: LineKind, period: string, amount: CellAmount, sign: 1 | -1 = 1) => {
            const periods = lines.get(kind) ?? new Map<string, CellAmount>();
            const before = periods.get(period) ?? { min: '0', max: '0' };
            periods.set(period, { min: plus(before.min, amount.min, sign), max: plus(before.max, amount.max, sign) });
            lines.set(kind, periods);
        };
        for (const figure of figures) {
            const kind: LineKind = figure.budget === 'anlæg' ? 'anlæg' : figure.budget === 'årsværk' ? 'årsværk'
                : (figure.column === 'finansiering' && !financing) || figure.column === 'egenfinansiering' ? 'finansiering' : 'drift';
            add(kind, figure.period, figure.amount);
            if (figure.column === 'egenfinansiering' && figure.budget !== 'anlæg') {
                // Brik's export: netto includes the brik's own financing, which has columns of its own.
                add('drift', figure.period, figure.amount, -1);
            }
        }
        const totals = overallTotals(lines);
        const itemLines = [...lines].map(([kind, periods]) => {
            periods.delete('samlet');
            return { kind, periods };
        }).filter(line => line.periods.size > 0);
        return { lines: itemLines, totals };
    }

    /**
     * A row of one kind of a brik's lines, as Brik's export shows them under the brik's row where
     * its netto would fold them together: no Type, and the kind's word as its name (`Etablering
     * (engangs)`). Its figures are the line's, in whichever block they stand; its I alt is not
     * part of the line. Undefined for any other row.
     */
    lineRow(row: TableRow, comments: string[]): ImportedLine | undefined {
        const kind = this.text(row, 'type') === '' ? readLineKind(this.text(row, 'name')) : undefined;
        if (kind === undefined) {
            return undefined;
        }
        const periods = new Map<string, CellAmount>();
        for (const figure of this.figures(row, comments)) {
            if (figure.period !== 'samlet') {
                const before = periods.get(figure.period) ?? { min: '0', max: '0' };
                periods.set(figure.period, { min: plus(before.min, figure.amount.min, 1), max: plus(before.max, figure.amount.max, 1) });
            }
        }
        this.see(row, `${kind}-linje`);
        return { kind, periods, keep: true };
    }

    /**
     * An item's row. `marksInName`: whether a name's `(!)` and `*` are marks, as analysts write
     * them; Brik's own export puts marks in a column of their own, and its names are verbatim.
     */
    item(row: TableRow, label: string, comments: string[], marksInName = true): ImportedItem {
        const named = marksInName ? RowReader.marked(label) : { name: label, unavoidable: false, political: false };
        const unreadBefore = this.unread.length;
        const marks = this.kindAndMarks(row, comments);
        const categories = this.categories(row, comments);
        const figures = this.figures(row, comments);
        const unavoidablePart = this.unavoidablePart(row, comments);
        const omstilling = marks.omstilling || (!marks.typed && figures.some(f => f.column === 'omstilling' && !isZero(f.amount)));
        const financing = marks.financing || (!marks.typed && figures.length > 0 && figures.every(f => f.column === 'finansiering'));
        const { lines, totals } = this.lines(figures, financing);
        this.unknownCells(row, comments);
        const note = this.text(row, 'note');
        const owner = this.text(row, 'owner');
        const unread = this.unread.slice(unreadBefore).map(cell => cell.address);
        this.see(row, `${financing ? 'finansiering' : 'brik'} "${named.name}"${unread.length > 0 ? ` (ulæst: ${unread.join(', ')})` : ''}`);
        return {
            kind: 'item', name: named.name, financing, omstilling: omstilling && !financing,
            unavoidable: named.unavoidable || marks.unavoidable || unavoidablePart !== undefined, unavoidablePart,
            political: named.political || marks.political,
            owner: owner === '' ? undefined : owner,
            categories, notes: note === '' ? [] : note.split(/\r?\n/).filter(line => line.trim() !== ''),
            lines, totals, comments, unread: unread.length > 0
        };
    }

    /** The cells of a row as comments where it stands: `Ark1!A15: Eff = …`. */
    rowComments(row: TableRow): string[] {
        return row.cells.filter((cell): cell is TableCell => cell !== undefined && cell.text.trim() !== '').map(cell => `${cell.address}: ${cell.text.trim()}`);
    }
}
