import { Decimal } from 'decimal.js';
import type { CellAmount } from './cell-amount.js';
import { parseCellAmount } from './cell-amount.js';
import type { ColumnRole, FigureBudget, Header } from './columns.js';
import { headerWords } from './columns.js';
import type { DeclaredTotal, ImportedBudget, ImportedGroup, ImportedItem, ImportedLine, ImportedMember, ImportWarning, LineKind, OuterPeriod } from './imported-catalogue.js';
import type { Table, TableCell, TableRow } from './read-table.js';

/** What the user says on the command line, where the sheet does not. */
export interface ImportSettings {
    readonly enhed?: string;
    readonly prisniveau?: number;
    readonly years?: readonly number[];
    /** The budget's name when the sheet has no title: the file's name. */
    readonly fallbackName: string;
}

type FigureRole = Extract<ColumnRole, { kind: 'figure' }>;

const TOTAL_LABEL = /^(i alt|total|totalt|sum|samlet|netto(?:ændring(?:er)?)?|nettoændringer|nettoudgift(?:er)?)(?=$|[\s–—:-])/i;
/** Kategori's words (LANGUAGE.md §3): Eff, BAO, AM, as printed or written out in one word. */
const CATEGORIES: Readonly<Record<string, string>> = { eff: 'eff', effektivisering: 'eff', bao: 'bao', bortfald: 'bao', am: 'am' };
const STAFF_LABEL = /^(personaleændringer|personaleændring|årsværk)\b/i;
const UNITS: ReadonlyArray<[RegExp, string]> = [
    [/\bmio\.?\s*kr\b/i, 'mio. kr.'],
    [/\b(1\.000|1000|t\.)\s*kr\b/i, '1.000 kr.'],
    [/\bkr\./i, 'kr.']
];

export function unitIn(text: string): string | undefined {
    return UNITS.find(([pattern]) => pattern.test(text))?.[1];
}

export function priceLevelIn(text: string): number | undefined {
    const match = /\b((?:19|20)[0-9]{2})[- ]?(?:p\/l|pl)\b|\b(?:p\/l|pl|prisniveau)[- ]?((?:19|20)[0-9]{2})\b/i.exec(text);
    return match ? Number(match[1] ?? match[2]) : undefined;
}

const OUTER_PERIODS: readonly OuterPeriod[] = ['tidligere', 'efterfølgende'];

const isZero = (amount: CellAmount) => new Decimal(amount.min).isZero() && new Decimal(amount.max).isZero();

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
        const sum = (end: 'min' | 'max') => {
            const total = sums.reduce((acc, amount) => acc.plus(amount[end]), new Decimal(0));
            return total.isZero() ? '0' : total.toFixed();
        };
        totals.push({ budget, column: 'netto', period: 'samlet', amount: { min: sum('min'), max: sum('max') } });
    }
    return totals;
}

interface Place {
    readonly group: ImportedGroup | undefined;
    /** Closed by a later "I alt <name>" row: later unnumbered groups nest inside it. */
    readonly closedLater: boolean;
    /** The number the sheet gives it (`1`, `1.1`), also for an område, which keeps none in Brik. */
    readonly number: string | undefined;
}

/** Reads one sheet's rows under its header into a catalogue, with a warning for each cell it cannot map. */
export class SheetReader {
    readonly warnings: ImportWarning[] = [];
    private readonly figureColumns: Array<[number, FigureRole]>;
    private readonly rows: readonly TableRow[];
    private years: number[] = [];
    private defaultBudget: FigureBudget = 'drift';

    constructor(private readonly table: Table, private readonly header: Header, private readonly settings: ImportSettings) {
        this.rows = table.rows.slice(header.row + 1);
        this.figureColumns = [...header.roles].filter((entry): entry is [number, FigureRole] => entry[1].kind === 'figure');
    }

    private warn(address: string, message: string): void {
        this.warnings.push({ address, message });
    }

    private column(kind: ColumnRole['kind']): number | undefined {
        return [...this.header.roles].find(([, role]) => role.kind === kind)?.[0];
    }

    private text(row: TableRow, kind: ColumnRole['kind']): string {
        const column = this.column(kind);
        return column === undefined ? '' : (row.cells[column]?.text ?? '').trim();
    }

    read(): ImportedBudget {
        const preamble = this.table.rows.slice(0, this.header.row)
            .map(row => row.cells.map(cell => cell?.text.trim() ?? '').filter(text => text !== '').join(' ')).filter(line => line !== '');
        const summary = this.table.otherSheets.flatMap(sheet => sheet.lines);
        const stated = [...preamble, ...summary].join('\n');
        if (/investering|anlægs/i.test(stated)) {
            this.defaultBudget = 'anlæg';
        }
        this.years = this.yearsOf(stated);
        const budgetSheet = summary.length > 0 && preamble.length === 0;
        const name = (budgetSheet ? summary[0] : preamble[0]) ?? this.settings.fallbackName;
        const budget: ImportedBudget = {
            name,
            unit: this.settings.enhed ?? unitIn(stated),
            priceLevel: this.settings.prisniveau ?? priceLevelIn(stated),
            years: this.years,
            outerPeriods: OUTER_PERIODS.filter(period => this.figureColumns.some(([, role]) => role.period === period)),
            comments: (budgetSheet ? [] : preamble.slice(1)).map(line => `${this.table.sheet}: ${line}`),
            members: [],
            totals: []
        };
        this.header.unknown.forEach(({ address, text }) =>
            this.warn(address, `Kolonnen '${text}' er ikke en, Brik kender; dens celler er skrevet som kommentarer. Se listen over kendte overskrifter i README.`));
        if (this.column('path') !== undefined) {
            this.readByPath(budget);
        } else if (this.column('area') !== undefined && this.column('theme') !== undefined) {
            this.readByOutline(budget);
        } else {
            this.readByGroupRows(budget);
        }
        return budget;
    }

    /** The years of the figure columns, else of --år, else of the sheet's title (`Budget 2024`). */
    private yearsOf(stated: string): number[] {
        if (this.settings.years) {
            return [...this.settings.years];
        }
        const named = this.figureColumns.map(([, role]) => Number(role.period)).filter(year => Number.isInteger(year) && year > 0);
        if (named.length > 0) {
            const first = Math.min(...named);
            const last = Math.max(...named);
            return Array.from({ length: last - first + 1 }, (_, i) => first + i);
        }
        const title = /\b(?:budget|budgetår|år)\s+((?:19|20)[0-9]{2})\b/i.exec(stated) ?? /\b((?:19|20)[0-9]{2})\b/.exec(stated);
        return title ? [Number(title[1])] : [];
    }

    private period(role: FigureRole): string {
        return role.period === 'budgetår' ? String(this.years[0] ?? 'budgetår') : role.period;
    }

    /** Each figure cell of a row, read; cells that are not amounts are warned about and listed. */
    private figures(row: TableRow, unmapped: string[]): Array<{ role: FigureRole; amount: CellAmount; cell: TableCell }> {
        const read: Array<{ role: FigureRole; amount: CellAmount; cell: TableCell }> = [];
        for (const [column, role] of this.figureColumns) {
            const cell = row.cells[column];
            if (!cell) {
                continue;
            }
            const amount = cell.number !== undefined ? { min: cell.number, max: cell.number } : parseCellAmount(cell.text, this.table.style);
            if (amount === 'empty') {
                continue;
            }
            if (amount === undefined) {
                unmapped.push(`${cell.address}: '${cell.text}' er ikke et beløb`);
                this.warn(cell.address, `'${cell.text}' kan ikke læses som et beløb (fx 1.234,5 eller 0,0-10,0); det er skrevet som en kommentar. Ret cellen, og importér igen.`);
                continue;
            }
            read.push({ role, amount, cell });
        }
        return read;
    }

    /** Cells in columns Brik does not know: each a comment and a warning. */
    private unknownCells(row: TableRow, unmapped: string[]): void {
        row.cells.forEach((cell, column) => {
            if (cell && cell.text.trim() !== '' && !this.header.roles.has(column)) {
                unmapped.push(`${cell.address}: ${cell.text.trim()}`);
                this.warn(cell.address, `'${cell.text.trim()}' står i en kolonne uden kendt overskrift; den er skrevet som en kommentar.`);
            }
        });
    }

    /** Figures by (budget, column, period), min and max ends joined. */
    private joined(figures: ReadonlyArray<{ role: FigureRole; amount: CellAmount; cell: TableCell }>, unmapped: string[]) {
        const ends = new Map<string, { budget: FigureBudget; column: FigureRole['column']; period: string; min?: string; max?: string; cell: TableCell }>();
        for (const { role, amount, cell } of figures) {
            const budget = role.budget ?? this.defaultBudget;
            const key = `${budget}|${role.column}|${this.period(role)}`;
            const entry = ends.get(key) ?? { budget, column: role.column, period: this.period(role), cell };
            if (role.end !== 'max') entry.min = amount.min;
            if (role.end !== 'min') entry.max = amount.max;
            ends.set(key, entry);
        }
        const joined: Array<{ budget: FigureBudget; column: FigureRole['column']; period: string; amount: CellAmount }> = [];
        for (const entry of ends.values()) {
            if (entry.min === undefined || entry.max === undefined || new Decimal(entry.min).greaterThan(entry.max)) {
                unmapped.push(`${entry.cell.address}: ${entry.min ?? '?'}..${entry.max ?? '?'} (${entry.period})`);
                this.warn(entry.cell.address, `Minimum og maksimum for ${entry.period} passer ikke sammen (${entry.min ?? 'mangler'} og ${entry.max ?? 'mangler'}); skrevet som en kommentar.`);
                continue;
            }
            joined.push({ budget: entry.budget, column: entry.column, period: entry.period, amount: { min: entry.min, max: entry.max } });
        }
        return joined;
    }

    private declaredTotals(row: TableRow, unmapped: string[], staff: boolean): DeclaredTotal[] {
        return this.joined(this.figures(row, unmapped), unmapped)
            .filter(figure => figure.column !== 'egenfinansiering')
            .map(figure => ({
                budget: staff ? 'årsværk' as const : figure.budget,
                column: figure.column as DeclaredTotal['column'],
                period: figure.period,
                amount: figure.amount
            }));
    }

    /** Name and marks: `(!) Vækst i medicinudgifter`, `Ny klinik *`. */
    private static marked(label: string): { name: string; unavoidable: boolean; political: boolean } {
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

    /**
     * An item's row. `marksInName`: whether a name's `(!)` and `*` are marks, as analysts write
     * them; Brik's own export puts marks in a column of their own, and its names are verbatim.
     */
    private item(row: TableRow, label: string, unmapped: string[], marksInName = true): ImportedItem {
        const marked = marksInName ? SheetReader.marked(label) : { name: label, unavoidable: false, political: false };
        let unavoidable = marked.unavoidable;
        let political = marked.political;
        let omstilling = false;
        let financing = false;
        const type = this.text(row, 'type').toLowerCase();
        const typeCell = this.column('type') !== undefined ? row.cells[this.column('type')!] : undefined;
        if (type === 'omstilling') omstilling = true;
        else if (type === 'finansiering') financing = true;
        // An investeringsoversigt's export calls a capital project 'Anlæg' (§9): its lines say it is anlæg.
        else if (type !== '' && type !== 'opdrift' && type !== 'anlæg') {
            unmapped.push(`${typeCell!.address}: Type '${typeCell!.text}'`);
            this.warn(typeCell!.address, `Typen '${typeCell!.text}' er ikke opdrift, omstilling eller finansiering; brikken er importeret som opdrift.`);
        }
        for (const word of this.text(row, 'marks').split(/[,;]\s*|\s+og\s+/).map(w => w.trim().toLowerCase()).filter(Boolean)) {
            if (word === 'uomgængelig' || word === '(!)') unavoidable = true;
            else if (word === 'politisk' || word === '*') political = true;
            else if (word === 'omstilling') omstilling = true;
            else {
                const cell = row.cells[this.column('marks')!]!;
                unmapped.push(`${cell.address}: markering '${word}'`);
                this.warn(cell.address, `Markeringen '${word}' kender Brik ikke (uomgængelig, politisk); den er skrevet som en kommentar.`);
            }
        }
        if (this.text(row, 'unavoidable') !== '') unavoidable = true;
        if (this.text(row, 'political') !== '') political = true;
        const categories: string[] = [];
        const categoryText = this.text(row, 'category');
        for (const word of categoryText.split(/[\/,;&+]|\s+og\s+|\s+/).map(w => w.replace(/\.$/, '').trim()).filter(w => w !== '' && w !== '-')) {
            const known = CATEGORIES[word.toLowerCase()];
            if (known) {
                categories.push(known);
            } else {
                const cell = row.cells[this.column('category')!]!;
                unmapped.push(`${cell.address}: kategori '${word}'`);
                this.warn(cell.address, `Kategorien '${word}' er ikke Eff, BAO eller AM; den er skrevet som en kommentar.`);
            }
        }
        const figures = this.joined(this.figures(row, unmapped), unmapped);
        let unavoidablePart: CellAmount | undefined;
        for (const [column, role] of this.header.roles) {
            const cell = row.cells[column];
            if (role.kind === 'unavoidable-part' && cell) {
                const amount = cell.number !== undefined ? { min: cell.number, max: cell.number } : parseCellAmount(cell.text, this.table.style);
                if (amount !== undefined && amount !== 'empty') {
                    unavoidablePart = { min: role.end === 'max' ? unavoidablePart?.min ?? amount.min : amount.min, max: role.end === 'min' ? unavoidablePart?.max ?? amount.max : amount.max };
                    unavoidable = true;
                }
            }
        }
        if (figures.some(f => f.column === 'omstilling' && !(new Decimal(f.amount.min).isZero() && new Decimal(f.amount.max).isZero())) && type === '') {
            omstilling = true;
        }
        if (figures.length > 0 && figures.every(f => f.column === 'finansiering') && type === '') {
            financing = true;
        }
        const lines = new Map<LineKind, Map<string, CellAmount>>();
        const add = (kind: LineKind, period: string, amount: CellAmount, sign: 1 | -1 = 1) => {
            const periods = lines.get(kind) ?? new Map<string, CellAmount>();
            const before = periods.get(period) ?? { min: '0', max: '0' };
            const plus = (a: string, b: string) => { const sum = new Decimal(a).plus(new Decimal(b).times(sign)); return sum.isZero() ? '0' : sum.toFixed(); };
            periods.set(period, { min: plus(before.min, amount.min), max: plus(before.max, amount.max) });
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
        const itemLines: ImportedLine[] = [...lines].map(([kind, periods]) => {
            periods.delete('samlet');
            return { kind, periods };
        });
        this.unknownCells(row, unmapped);
        const note = this.text(row, 'note');
        const owner = this.text(row, 'owner');
        return {
            kind: 'item', name: marked.name, financing, omstilling: omstilling && !financing, unavoidable, unavoidablePart, political,
            owner: owner === '' ? undefined : owner,
            categories, notes: note === '' ? [] : note.split(/\r?\n/).filter(line => line.trim() !== ''),
            lines: itemLines.filter(line => line.periods.size > 0), totals, comments: unmapped
        };
    }

    /** Label and number of a row: the name column, and the number column or a leading `1.1`. */
    private label(row: TableRow): { label: string; number: string | undefined } {
        let label = this.text(row, 'name');
        let number = this.text(row, 'number') || undefined;
        if (label === '') {
            // A group's title often stands in the first column, left of the names.
            label = row.cells.find((cell, column) => cell && cell.number === undefined && !this.header.roles.has(column) && cell.text.trim() !== '')?.text.trim() ?? '';
        }
        const numbered = /^([0-9]+(?:\.[0-9]+)*)\s+(\S.*)$/.exec(label);
        if (numbered && number === undefined) {
            number = numbered[1];
            label = numbered[2];
        }
        return { label, number };
    }

    private isEmpty(row: TableRow): boolean {
        return row.cells.every(cell => !cell || cell.text.trim() === '');
    }

    /** An analyst's sheet: group rows (område, tema), items, "I alt …" rows, blank rows and notes. */
    private readByGroupRows(budget: ImportedBudget): void {
        const closers = this.rows.map(row => this.label(row)).filter(({ label }) => TOTAL_LABEL.test(label))
            .map(({ label }) => headerWords(label.replace(TOTAL_LABEL, '').replace(/^[\s–—:-]+/, '')));
        const stack: Place[] = [];
        const membersHere = () => stack.length > 0 ? stack[stack.length - 1].group!.members : budget.members;
        let ended = false;
        for (let r = 0; r < this.rows.length; r++) {
            const row = this.rows[r];
            if (this.isEmpty(row)) {
                continue;
            }
            const { label, number } = this.label(row);
            const unmapped: string[] = [];
            if (TOTAL_LABEL.test(label) || STAFF_LABEL.test(label)) {
                const staff = STAFF_LABEL.test(label) && !TOTAL_LABEL.test(label);
                const named = headerWords(label.replace(TOTAL_LABEL, '').replace(/^[\s–—:-]+/, ''));
                const index = staff ? stack.length - 1 : stack.map(place => headerWords(place.group!.name)).lastIndexOf(named);
                const target = staff ? stack[stack.length - 1] : index >= 0 ? stack[index] : stack.length > 0 && named !== '' && !this.isBudgetName(named, budget) ? stack[stack.length - 1] : undefined;
                const totals = this.declaredTotals(row, unmapped, staff);
                this.unknownCells(row, unmapped);
                if (staff && !this.figureColumns.some(([, role]) => role.budget === 'årsværk')) {
                    // Staff changes printed only for the whole table belong to no brik, so Brik cannot check them.
                    const cells = row.cells.filter((cell): cell is TableCell => cell !== undefined && cell.text.trim() !== '');
                    membersHere().push(...cells.map(cell => ({ kind: 'comment' as const, text: `${cell.address}: ${cell.text.trim()}` })));
                    this.warn(cells[0].address, `'${label}' står kun samlet for hele tabellen, ikke pr. brik; Brik knytter årsværk til brikker og har skrevet rækken som en kommentar. Tilføj en kolonne 'Årsværk 2024' osv. pr. brik for at få dem med.`);
                    continue;
                }
                if (target) {
                    target.group!.totals.push(...totals);
                    target.group!.comments.push(...unmapped);
                    // Close the group the row names and every group inside it.
                    if (!staff) stack.length = stack.indexOf(target);
                } else {
                    budget.totals.push(...totals);
                    budget.comments.push(...unmapped);
                    if (!staff) {
                        stack.length = 0;
                        ended = true;
                    }
                }
                continue;
            }
            const figures = this.figureColumns.some(([column]) => row.cells[column] && parseCellAmount(row.cells[column]!.text, this.table.style) !== 'empty');
            const otherData = (['type', 'owner', 'category', 'marks', 'unavoidable', 'political'] as const).some(kind => this.text(row, kind) !== '');
            if (!figures && !otherData) {
                if (label === '' || ended || label.length > 70 || / = |^[*(]/.test(label) || /[.:]$/.test(label)) {
                    // A note under the table, or a line of text: kept as a comment.
                    const texts = row.cells.filter(Boolean).map(cell => `${cell!.address}: ${cell!.text.trim()}`);
                    membersHere().push(...texts.map(text => ({ kind: 'comment' as const, text })));
                    continue;
                }
                this.openGroup(stack, budget, label, number, closers, r);
                continue;
            }
            if (number !== undefined && number.includes('.') && figures) {
                // `1.1 Kapacitetspres … 15,0-26,6`: a tema whose subtotal is printed on its own row.
                const group = this.openGroup(stack, budget, label, number, closers, r);
                group.totals.push(...this.declaredTotals(row, group.comments, false));
                continue;
            }
            const name = number !== undefined && this.column('number') === undefined ? `${number} ${label}` : label;
            if (name === '') {
                const texts = row.cells.filter(Boolean).map(cell => `${cell!.address}: ${cell!.text.trim()}`);
                this.warn(row.cells.find(Boolean)!.address, 'Rækken har tal, men intet navn; den er skrevet som en kommentar. Skriv et navn i navnekolonnen.');
                membersHere().push(...texts.map(text => ({ kind: 'comment' as const, text })));
                continue;
            }
            membersHere().push(this.item(row, name, unmapped));
        }
    }

    private isBudgetName(named: string, budget: ImportedBudget): boolean {
        return headerWords(budget.name).includes(named);
    }

    private openGroup(stack: Place[], budget: ImportedBudget, label: string, number: string | undefined, closers: readonly string[], row: number): ImportedGroup {
        const closedLater = closers.includes(headerWords(label));
        if (number !== undefined) {
            // Numbered: nested by the number, `1.1` inside `1`; closes every group that is not its prefix.
            while (stack.length > 0 && !(stack[stack.length - 1].number !== undefined && number.startsWith(`${stack[stack.length - 1].number}.`))) {
                stack.pop();
            }
        } else {
            // Unnumbered: inside the innermost group that a later "I alt" row closes, else beside the last unnumbered one.
            while (stack.length > 0 && stack[stack.length - 1].number === undefined && !stack[stack.length - 1].closedLater) {
                stack.pop();
            }
        }
        // `1 Sundhedsområdet` at the top is an område; every other group is a tema, which may nest.
        const area = number !== undefined && !number.includes('.') && stack.length === 0;
        const group: ImportedGroup = {
            kind: area ? 'område' : 'tema',
            name: label, number: area ? undefined : number, members: [], totals: [],
            // An område has no number in Brik; the sheet's is kept beside it.
            comments: area ? [`${this.table.sheet}, række ${this.header.row + row + 2}: nr. ${number}`] : []
        };
        (stack.length > 0 ? stack[stack.length - 1].group!.members : budget.members).push(group);
        stack.push({ group, closedLater, number });
        return group;
    }

    /**
     * Brik's own workbook (`brik report --format xlsx`): items and "I alt – …" rows, grouped by
     * Excel's outline; a subtotal row closes the rows deeper than itself.
     */
    private readByOutline(budget: ImportedBudget): void {
        const pending: Array<{ level: number; member: ImportedMember }> = [];
        for (const row of this.rows) {
            if (this.isEmpty(row)) {
                continue;
            }
            const unmapped: string[] = [];
            const label = this.text(row, 'name');
            const level = row.outlineLevel;
            const total = /^(I alt|Total) – (.*)$/.exec(label);
            if (!total) {
                pending.push({ level, member: this.item(row, label, unmapped, false) });
                continue;
            }
            const title = total[2];
            const children: ImportedMember[] = [];
            while (pending.length > 0 && pending[pending.length - 1].level > level) {
                children.unshift(pending.pop()!.member);
            }
            const totals = this.declaredTotals(row, unmapped, false);
            if (children.length === 0 && title === budget.name && row === this.lastRow()) {
                budget.totals.push(...totals);
                continue;
            }
            const number = this.text(row, 'number') || undefined;
            const theme = this.text(row, 'theme');
            const area = this.text(row, 'area');
            const isTheme = theme !== '' && title === (number ? `${number} ${theme}` : theme);
            const group: ImportedGroup = {
                kind: isTheme || area !== title ? 'tema' : 'område',
                name: isTheme ? theme : title, number: isTheme ? number : undefined,
                // An empty container's subtotal is 0 by construction; reports leave out a container that holds only totals.
                members: children, totals: children.length > 0 ? totals : [], comments: unmapped
            };
            pending.push({ level, member: group });
        }
        budget.members.push(...pending.map(entry => entry.member));
    }

    private lastRow(): TableRow | undefined {
        return [...this.rows].reverse().find(row => !this.isEmpty(row));
    }

    /** Brik's own CSV (`brik report --format csv`): one row per item, its place in the `Sti` column. */
    private readByPath(budget: ImportedBudget): void {
        const groups = new Map<string, ImportedGroup>();
        for (const row of this.rows) {
            if (this.isEmpty(row)) {
                continue;
            }
            const steps = this.text(row, 'path').split(' › ').filter(step => step !== '');
            const area = this.text(row, 'area');
            const themeNumber = this.text(row, 'number');
            const theme = this.text(row, 'theme');
            let members = budget.members;
            let key = '';
            for (const step of steps) {
                key += `›${step}`;
                let group = groups.get(key);
                if (!group) {
                    const isTheme = step === (themeNumber ? `${themeNumber} ${theme}` : theme) && theme !== '';
                    const numbered = /^([0-9]+(?:\.[0-9]+)*) (.+)$/.exec(step);
                    group = isTheme ? { kind: 'tema', name: theme, number: themeNumber || undefined, members: [], totals: [], comments: [] }
                        : step === area && key === `›${step}` ? { kind: 'område', name: step, number: undefined, members: [], totals: [], comments: [] }
                            : { kind: 'tema', name: numbered ? numbered[2] : step, number: numbered?.[1], members: [], totals: [], comments: [] };
                    groups.set(key, group);
                    members.push(group);
                }
                members = group.members;
            }
            members.push(this.item(row, this.text(row, 'name'), [], false));
        }
    }
}
