import { headerWords } from '@brik/language';
import type { ImportedBudget, ImportedGroup, ImportedMember } from './imported-catalogue.js';
import type { TableCell, TableRow } from './read-table.js';
import type { RowReader } from './row-reader.js';

/**
 * A subtotal's text: it opens with "I alt …", "Total …", "Sum", "Samlet …", "Nettoændringer …",
 * or ends in "… i alt" as seed 003 prints it ("Udgifter til flytning (NAU) i alt", also followed by
 * a remark in brackets).
 */
const TOTAL_LABEL = /^(i alt|total|totalt|subtotal|hovedtotal|sum|samlet|netto(?:ændring(?:er)?)?|nettoudgift(?:er)?)(?=$|[\s–—:,-])|\s+i alt(?:\s*\([^)]*\))?$/i;
const STAFF_LABEL = /^(personaleændringer|personaleændring|årsværk)(?=$|[^\p{L}])/iu;
const NUMBERED = /^([0-9]+(?:\.[0-9]+)*)\.?\s+(\S.*)$/;
/** `Tema 1: Kapacitet og service`, as seed 000 heads its themes: a tema numbered 1. */
const THEME_TITLE = /^tema\s+([0-9]+(?:\.[0-9]+)*)\s*[:.–-]?\s+(\S.*)$/i;

/** A container the sheet has opened and not yet closed. */
interface Place {
    readonly group: ImportedGroup;
    /** Closed by a later "I alt <name>" row: later unnumbered groups nest inside it. */
    readonly closedLater: boolean;
    /** The number the sheet gives it (`1`, `1.1`), also for an område, which keeps none in Brik. */
    readonly number: string | undefined;
    /** Opened by a grouping column: its level and value (`0|Sundhed`); undefined for a group row. */
    readonly key?: string;
    /** The group row's text as the sheet writes it (`Tema 1: Kapacitet`), which its subtotal may repeat. */
    readonly label?: string;
}

/** A level of grouping columns: an Område (Sektor, Udvalg …) column, or a Tema with its Tema nr. */
interface Level {
    readonly kind: 'område' | 'tema';
    readonly name: number | undefined;
    readonly number: number | undefined;
}

/** What a row says of its place in the grouping columns: one entry per level, `''` where none. */
interface GroupCells {
    readonly values: ReadonlyArray<{ readonly name: string; readonly number: string | undefined }>;
    /** Whether the row itself writes any of them (rather than standing under the one above). */
    readonly explicit: boolean;
}

/**
 * An analyst's sheet: items under group rows (`1.1 Kapacitetspres`) or grouping columns (Område,
 * Sektor, Tema nr., Tema), subtotal rows ("I alt …", anywhere in the row) as the declared totals of
 * the container they close, blank rows, and notes kept as comments where they stand.
 */
export class AnalystSheet {
    private readonly stack: Place[] = [];
    private readonly levels: Level[];
    /** The grouping columns' values of the row above, which a blank cell repeats (Excel's pivot tables leave them blank). */
    private above: Array<{ name: string; number: string | undefined }> = [];
    private readonly closers: string[];
    private ended = false;

    constructor(private readonly reader: RowReader, private readonly budget: ImportedBudget) {
        const themeNumber = reader.column('theme-number');
        const theme = reader.column('theme');
        this.levels = [
            ...reader.columns('area').map(column => ({ kind: 'område' as const, name: column, number: undefined })),
            ...theme !== undefined ? [{ kind: 'tema' as const, name: theme, number: themeNumber }] : []
        ];
        this.closers = reader.rows.map(row => this.subtotalCell(row)?.text ?? '').filter(text => TOTAL_LABEL.test(text.trim()))
            .map(text => this.named(text));
    }

    private get innermost(): ImportedMember[] {
        return this.stack.length > 0 ? this.stack[this.stack.length - 1].group.members : this.budget.members;
    }

    /** What a subtotal's text names: `I alt tekniske udgifter` names "tekniske udgifter". */
    private named(text: string): string {
        return headerWords(text.trim().replace(TOTAL_LABEL, '').replace(/^[\s–—:,-]+/, '').replace(/^(?:for|af)\s+/i, ''));
    }

    /** The columns a row's grouping, its number and its figures stand in: none of them is a subtotal's text. */
    private get structural(): Set<number> {
        return new Set([...this.levels.flatMap(level => [level.name, level.number]), ...this.reader.figureColumns.map(([column]) => column)]
            .filter((column): column is number => column !== undefined));
    }

    /** The text cell that makes a row a subtotal ("I alt …" or "Personaleændringer" anywhere in it), if any. */
    private subtotalCell(row: TableRow): TableCell | undefined {
        const structural = this.structural;
        return row.cells.find((cell, column) => cell !== undefined && cell.number === undefined && !structural.has(column)
            && (TOTAL_LABEL.test(cell.text.trim()) || STAFF_LABEL.test(cell.text.trim())));
    }

    read(): void {
        for (const row of this.reader.rows) {
            if (this.reader.isEmpty(row)) {
                continue;
            }
            const subtotal = this.subtotalCell(row);
            if (subtotal) {
                this.subtotal(row, subtotal.text.trim());
                continue;
            }
            const groups = this.groupCells(row);
            if (this.levels.length > 0) {
                this.enter(groups, row);
            }
            this.row(row, groups);
        }
    }

    /** Label and number of a row: the name column, and the number column or a leading `1.1`. */
    private label(row: TableRow): { label: string; number: string | undefined; numberInLabel: boolean } {
        let label = this.reader.text(row, 'name');
        let number = this.reader.text(row, 'number') || this.reader.text(row, 'theme-number') || undefined;
        let numberInLabel = false;
        if (label === '') {
            // A group's title often stands in the first column, left of the names.
            label = row.cells.find((cell, column) => cell && cell.number === undefined && !this.reader.header.roles.has(column) && cell.text.trim() !== '')?.text.trim() ?? '';
        }
        const numbered = /^([0-9]+(?:\.[0-9]+)*)\s+(\S.*)$/.exec(label);
        if (numbered && number === undefined) {
            number = numbered[1];
            label = numbered[2];
            numberInLabel = true;
        }
        return { label, number, numberInLabel };
    }

    private row(row: TableRow, groups: GroupCells): void {
        const reader = this.reader;
        const { label, number, numberInLabel } = this.label(row);
        const figures = reader.hasFigures(row);
        const otherData = (['type', 'owner', 'category', 'marks', 'unavoidable', 'political'] as const).some(kind => reader.text(row, kind) !== '');
        const nameCell = reader.text(row, 'name');
        // With grouping columns, a name in the name column is a brik's, with figures or without.
        if (!figures && !otherData && !(this.levels.length > 0 && nameCell !== '')) {
            if (this.levels.length > 0 && groups.explicit && nameCell === '') {
                reader.see(row, `gruppe: ${this.stack.map(place => place.group.name).join(' › ')}`);
                return;
            }
            if (label === '' || this.ended || label.length > 70 || / = |^[*(]/.test(label) || /[.:]$/.test(label)) {
                // A note under the table, or a line of text: kept as a comment.
                this.innermost.push(...reader.rowComments(row).map(text => ({ kind: 'comment' as const, text })));
                reader.see(row, 'kommentar');
                return;
            }
            this.openGroup(label, number, row);
            return;
        }
        if (this.levels.length > 0 && nameCell === '' && groups.explicit && this.stack.length > 0) {
            // `Sundhed;1.1;Kapacitetspres;;15,0-26,6`: a group's subtotal on its own row.
            const place = this.stack[this.stack.length - 1];
            place.group.totals.push(...reader.declaredTotals(row, place.group.comments, false));
            reader.see(row, `subtotal af ${place.group.kind} "${place.group.name}"`);
            return;
        }
        if (this.levels.length === 0 && number !== undefined && number.includes('.') && (numberInLabel || reader.text(row, 'name') === '')) {
            // `1.1 Kapacitetspres … 15,0-26,6`: a tema whose subtotal is printed on its own row.
            const group = this.openGroup(label, number, row);
            group.totals.push(...reader.declaredTotals(row, group.comments, false));
            return;
        }
        if (label === '') {
            reader.warn(row.cells.find(Boolean)!.address, 'Rækken har tal, men intet navn; den er skrevet som en kommentar. Skriv et navn i navnekolonnen.');
            const comments: string[] = [];
            reader.figures(row, comments);
            this.innermost.push(...[...reader.rowComments(row), ...comments].map(text => ({ kind: 'comment' as const, text })));
            reader.see(row, 'kommentar (tal uden navn)');
            return;
        }
        const comments: string[] = [];
        // What the sheet numbers its rows with (`Nr.`) is no part of a brik: kept beside it.
        for (const kind of ['number', 'theme-number'] as const) {
            const cell = reader.cell(row, kind);
            if (cell && cell.text.trim() !== '' && (kind === 'number' || this.levels.length === 0)) {
                comments.push(`${cell.address}: ${reader.header.texts.get(reader.column(kind)!) ?? 'Nr.'} ${cell.text.trim()}`);
            }
        }
        // A name that begins with its number keeps it: `1.1 Neurorehabilitering` is the brik's name.
        const name = numberInLabel ? `${number} ${label}` : label;
        this.innermost.push(reader.item(row, name, comments));
    }

    /** A subtotal row: the declared totals of the container it names (or the innermost open one; else the budget), which it closes. */
    private subtotal(row: TableRow, label: string): void {
        const reader = this.reader;
        const comments: string[] = [];
        const staff = STAFF_LABEL.test(label) && !TOTAL_LABEL.test(label);
        if (staff && !reader.figureColumns.some(([, role]) => role.budget === 'årsværk')) {
            // Staff changes printed only for the whole table belong to no brik, so Brik cannot check them.
            const cells = reader.rowComments(row);
            this.innermost.push(...cells.map(text => ({ kind: 'comment' as const, text })));
            reader.warn(cells[0].split(': ')[0], `'${label}' står kun samlet for hele tabellen, ikke pr. brik; Brik knytter årsværk til brikker og har skrevet rækken som en kommentar. Tilføj en kolonne 'Årsværk 2024' osv. pr. brik for at få dem med.`);
            reader.see(row, 'kommentar (årsværk for hele tabellen)');
            return;
        }
        const named = this.named(label);
        const target = staff ? this.stack[this.stack.length - 1] : this.closedBy(row, named);
        const totals = reader.declaredTotals(row, comments, staff);
        reader.unknownCells(row, comments, new Set(row.cells.flatMap((cell, column) => cell?.text.trim() === label ? [column] : [])));
        if (target) {
            target.group.totals.push(...totals);
            target.group.comments.push(...comments);
            reader.see(row, `subtotal af ${target.group.kind} "${target.group.name}"`);
            if (!staff) {
                this.close(this.stack.indexOf(target));
            }
        } else {
            this.budget.totals.push(...totals);
            this.budget.comments.push(...comments);
            reader.see(row, 'total for hele budgettet');
            if (!staff) {
                this.close(0);
                this.ended = true;
            }
        }
    }

    /** The open container a subtotal closes: the one its grouping cells or its text name, else the innermost. */
    private closedBy(row: TableRow, named: string): Place | undefined {
        const groups = this.groupCells(row, false);
        if (groups.explicit) {
            const depth = groups.values.findLastIndex(value => value.name !== '' || value.number !== undefined);
            const key = this.keyOf(groups.values.slice(0, depth + 1));
            const found = this.stack.find(place => place.key === key);
            if (found) {
                return found;
            }
        }
        const titles = this.stack.map(place => [headerWords(place.group.name), headerWords(`${place.number ?? ''} ${place.group.name}`), headerWords(place.label ?? '')]);
        const index = named === '' ? -1 : titles.findLastIndex(names => names.includes(named));
        if (index >= 0) {
            return this.stack[index];
        }
        return this.stack.length > 0 && named !== '' && !headerWords(this.budget.name).includes(named) ? this.stack[this.stack.length - 1] : undefined;
    }

    /** Closes the container at `index` and every one inside it; grouping cells above no longer carry down into them. */
    private close(index: number): void {
        const columnDepth = this.stack.slice(0, index).filter(place => place.key !== undefined).length;
        this.stack.length = index;
        this.above = this.above.slice(0, columnDepth);
    }

    /** The row's grouping cells, a blank one standing for the value above it (`fill` false: as written). */
    private groupCells(row: TableRow, fill = true): GroupCells {
        const values: Array<{ name: string; number: string | undefined }> = [];
        let explicit = false;
        let changed = false;
        this.levels.forEach((level, i) => {
            const name = level.name === undefined ? '' : (row.cells[level.name]?.text ?? '').trim();
            const number = level.number === undefined ? undefined : (row.cells[level.number]?.text ?? '').trim() || undefined;
            if (name !== '' || number !== undefined) {
                explicit = true;
                const value = { name, number };
                changed ||= this.above[i]?.name !== name || this.above[i]?.number !== number;
                values.push(value);
            } else {
                values.push(fill && !changed && this.above[i] ? this.above[i] : { name: '', number: undefined });
            }
        });
        if (fill) {
            this.above = values;
        }
        return { values, explicit };
    }

    private keyOf(values: GroupCells['values']): string {
        return values.map(value => `${value.number ?? ''}|${value.name}`).join('›');
    }

    /** Opens the containers the grouping cells name, closing those they leave. */
    private enter(groups: GroupCells, row: TableRow): void {
        const path = groups.values.slice(0, groups.values.findLastIndex(value => value.name !== '' || value.number !== undefined) + 1);
        const columnPlaces = this.stack.filter(place => place.key !== undefined);
        let common = 0;
        while (common < columnPlaces.length && common < path.length && columnPlaces[common].key === this.keyOf(path.slice(0, common + 1))) {
            common++;
        }
        if (common === columnPlaces.length && common === path.length) {
            return;
        }
        this.stack.length = common;
        for (let i = common; i < path.length; i++) {
            const level = this.levels[i];
            const value = path[i];
            const numbered = value.number === undefined ? NUMBERED.exec(value.name) : null;
            const name = numbered ? numbered[2] : value.name || value.number!;
            const number = numbered ? numbered[1] : value.number;
            const group: ImportedGroup = {
                kind: level.kind, name, number: level.kind === 'tema' ? number : undefined, members: [], totals: [],
                comments: level.kind === 'område' && number !== undefined ? [`${this.reader.table.sheet}, række ${row.number}: nr. ${number}`] : []
            };
            this.innermost.push(group);
            this.stack.push({ group, closedLater: false, number, key: this.keyOf(path.slice(0, i + 1)) });
        }
    }

    private openGroup(text: string, sheetNumber: string | undefined, row: TableRow): ImportedGroup {
        const theme = THEME_TITLE.exec(text);
        const label = theme ? theme[2] : text;
        const number = theme ? theme[1] : sheetNumber;
        const written = theme ? text : sheetNumber !== undefined ? `${sheetNumber} ${text}` : text;
        const closedLater = [written, label, `${number ?? ''} ${label}`].some(title => this.closers.includes(headerWords(title)));
        const columnDepth = this.stack.filter(place => place.key !== undefined).length;
        if (number !== undefined) {
            // Numbered: nested by the number, `1.1` inside `1`; closes every group that is not its prefix.
            while (this.stack.length > columnDepth && !(this.stack[this.stack.length - 1].number !== undefined && number.startsWith(`${this.stack[this.stack.length - 1].number}.`))) {
                this.stack.pop();
            }
        } else {
            // Unnumbered: inside the innermost group that a later "I alt" row closes, else beside the last unnumbered one.
            while (this.stack.length > columnDepth && this.stack[this.stack.length - 1].number === undefined && !this.stack[this.stack.length - 1].closedLater) {
                this.stack.pop();
            }
        }
        // `1 Sundhedsområdet` at the top is an område; every other group is a tema, which may nest.
        const area = !theme && number !== undefined && !number.includes('.') && this.stack.length === 0;
        const group: ImportedGroup = {
            kind: area ? 'område' : 'tema',
            name: label, number: area ? undefined : number, members: [], totals: [],
            // An område has no number in Brik; the sheet's is kept beside it.
            comments: area ? [`${this.reader.table.sheet}, række ${row.number}: nr. ${number}`] : []
        };
        this.innermost.push(group);
        this.stack.push({ group, closedLater, number, label: written });
        this.reader.see(row, `${group.kind} ${number ? `${number} ` : ''}"${label}"`);
        return group;
    }
}
