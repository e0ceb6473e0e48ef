import { quotedString } from '@brik/language';
import { Decimal } from 'decimal.js';
import type { CellAmount } from './cell-amount.js';
import type { DeclaredTotal, ImportedBudget, ImportedGroup, ImportedItem, ImportedLine, ImportedMember, OuterPeriod } from './imported-catalogue.js';

/** A cell's text as a Brik string (the language's quotedString), with no line break, which a Brik string cannot hold. */
export function quoted(text: string): string {
    return quotedString(text.replace(/[\r\n]+/g, ' '));
}

/**
 * An exact decimal as a Brik amount: `_` between thousands from five digits on (`30_739`), and
 * where money is in `1.000 kr.` or `kr.`, never a dot followed by exactly three digits, which §2
 * reads as a thousands separator: `1.234` (1.234 kr. in 1.000 kr.) is written `1.2340`.
 */
export function amountText(value: string, unit: string | undefined): string {
    const [whole, fraction] = value.split('.');
    const digits = whole.replace('-', '');
    const grouped = digits.length >= 5 ? digits.replace(/\B(?=(?:[0-9]{3})+$)/g, '_') : digits;
    const sign = whole.startsWith('-') ? '-' : '';
    const wholeMoney = unit !== undefined && unit !== 'mio. kr.';
    const decimals = fraction === undefined ? '' : `.${wholeMoney && fraction.length === 3 ? `${fraction}0` : fraction}`;
    return `${sign}${grouped}${decimals}`;
}

function rangeText(amount: CellAmount, unit: string | undefined): string {
    return amount.min === amount.max ? amountText(amount.min, unit) : `${amountText(amount.min, unit)}..${amountText(amount.max, unit)}`;
}

const isZero = (amount: CellAmount | undefined) => amount === undefined || (new Decimal(amount.min).isZero() && new Decimal(amount.max).isZero());
const same = (a: CellAmount | undefined, b: CellAmount | undefined) =>
    (isZero(a) && isZero(b)) || (a !== undefined && b !== undefined && new Decimal(a.min).equals(b.min) && new Decimal(a.max).equals(b.max));

const ZERO: CellAmount = { min: '0', max: '0' };

function minus(a: CellAmount, b: CellAmount): CellAmount | undefined {
    const min = new Decimal(a.min).minus(b.min);
    const max = new Decimal(a.max).minus(b.max);
    return min.lessThanOrEqualTo(max) ? { min: min.isZero() ? '0' : min.toFixed(), max: max.isZero() ? '0' : max.toFixed() } : undefined;
}

/**
 * The profiles of one line (§3) that give exactly the sheet's figures: years, runs of equal years
 * (`2024..2025: 1.2`), `permanent` continuing the last year, `permanent: P` for a permanent level
 * other than the last year's; beside `efterfølgende:` such a level takes a second line
 * (`2027: P permanent`) instead. `tidligere:` leads the first
 * profile and `efterfølgende:` ends it, except where that profile ends in `permanent`, which a
 * profile cannot hold with `efterfølgende` (§3): then `efterfølgende:` is a profile of its own. The
 * periods in `written` are written even where they are 0. Undefined when the figures cannot be
 * written so (a range that would turn round); empty when every figure is 0.
 */
export function profiles(line: ImportedLine, years: readonly number[], unit: string | undefined, written: ReadonlySet<OuterPeriod> = new Set()): string[] | undefined {
    const at = (period: string) => line.periods.get(period);
    const outer = (period: OuterPeriod) => !isZero(at(period)) || written.has(period) ? `${period}: ${rangeText(at(period) ?? ZERO, unit)}` : undefined;
    const permanent = at('permanent');
    const last = String(years[years.length - 1]);
    const values = new Map(years.map(year => [String(year), at(String(year))]));
    const extra: string[] = [];
    // A permanent level other than the last year's is `permanent: P` after the years, which
    // cannot go with `efterfølgende:` (§3); the last year is written even where it is 0, so that
    // P starts after it.
    const level = years.length > 0 && !isZero(permanent) && !same(values.get(last), permanent) && outer('efterfølgende') === undefined
        ? permanent : undefined;
    if (!level && !isZero(permanent) && !same(values.get(last), permanent)) {
        const rest = minus(values.get(last) ?? ZERO, permanent!);
        if (!rest) {
            return undefined;
        }
        values.set(last, rest);
        extra.push(`${last}: ${rangeText(permanent!, unit)} permanent`);
    }
    const tidligere = outer('tidligere');
    const parts: string[] = tidligere ? [tidligere] : [];
    // With `permanent`, the last run ends at the last year and carries on.
    const continues = !isZero(permanent) && extra.length === 0 && !level;
    for (let i = 0; i < years.length; i++) {
        const value = values.get(String(years[i]));
        if (isZero(value) && !((continues || level) && i === years.length - 1)) {
            continue;
        }
        let j = i;
        while (j + 1 < years.length && same(values.get(String(years[j + 1])), value)) {
            j++;
        }
        const run = i === j ? `${years[i]}` : `${years[i]}..${years[j]}`;
        if (continues && j === years.length - 1) {
            parts.push(i === 0 && parts.length === 0 ? `${rangeText(value!, unit)} permanent` : `${years[i]}: ${rangeText(value!, unit)} permanent`);
            break;
        }
        parts.push(`${run}: ${rangeText(value ?? ZERO, unit)}`);
        i = j;
    }
    if (level) {
        parts.push(`permanent: ${rangeText(level, unit)}`);
    }
    const efterfølgende = outer('efterfølgende');
    if (efterfølgende && continues) {
        extra.unshift(efterfølgende);
    } else if (efterfølgende) {
        parts.push(efterfølgende);
    }
    return [...parts.length > 0 ? [parts.join(', ')] : [], ...extra];
}

function totalText(total: DeclaredTotal, unit: string | undefined): string {
    const budget = total.budget === 'drift' ? '' : `${total.budget} `;
    const column = total.column === 'netto' ? '' : `${total.column} `;
    return `total ${budget}${column}${total.period}: ${rangeText(total.amount, unit)}`;
}

function commentLines(texts: readonly string[]): string[] {
    return texts.flatMap(text => text.split(/\r?\n/)).map(text => `// ${text}`.trimEnd());
}

function itemsIn(members: readonly ImportedMember[]): ImportedItem[] {
    return members.flatMap(member => member.kind === 'item' ? [member] : member.kind === 'comment' ? [] : itemsIn(member.members));
}

class Writer {
    readonly lines: string[] = [];
    /** The sheet's periods outside the years that no line writes: the first item writes them, as 0. */
    private unwritten: ReadonlySet<OuterPeriod>;

    constructor(private readonly budget: ImportedBudget) {
        const items = itemsIn(budget.members);
        this.unwritten = new Set(budget.outerPeriods.filter(period => !items.some(item => item.lines.some(line => !isZero(line.periods.get(period))))));
    }

    private get unit() {
        return this.budget.unit;
    }

    item(item: ImportedItem): void {
        this.lines.push(...commentLines(item.comments));
        const properties: string[] = [];
        if (item.omstilling) properties.push('omstilling');
        if (item.unavoidable) properties.push(item.unavoidablePart ? `uomgængelig ${rangeText(item.unavoidablePart, this.unit)}` : 'uomgængelig');
        if (item.political) properties.push('politisk');
        if (item.owner !== undefined) properties.push(`virksomhed ${quoted(item.owner)}`);
        if (item.categories.length > 0) properties.push(`kategori ${item.categories.join(', ')}`);
        const amounts: string[] = [];
        const unwritable: string[] = [];
        const lines = item.lines.length > 0 || this.unwritten.size === 0 ? item.lines : [{ kind: 'drift' as const, periods: new Map<string, CellAmount>() }];
        for (const line of lines) {
            const written = profiles(line, this.budget.years, this.unit, this.unwritten);
            if (written === undefined) {
                unwritable.push(`${line.kind}: ${[...line.periods].map(([period, amount]) => `${period} ${rangeText(amount, this.unit)}`).join(', ')}`);
            } else {
                amounts.push(...(written.length === 0 && line.keep ? ['0'] : written).map(profile => `${line.kind} ${profile}`));
                this.unwritten = new Set();
            }
        }
        const keyword = item.financing ? 'finansiering' : 'brik';
        const notes = item.notes.map(note => `note ${quoted(note)}`);
        const totals = item.totals.map(total => totalText(total, this.unit));
        const body = [...properties, ...amounts, ...notes, ...totals];
        const head = `${keyword} ${quoted(item.name)}`;
        this.lines.push(...commentLines(unwritable.map(text => `Kan ikke skrives som én profil: ${text}`)));
        if (body.length === 0) {
            // A brik whose only figure could not be read has none: never a 0 put in its place.
            this.lines.push(item.unread ? head : `${head} drift 0`);
        } else if (body.length <= 2 && notes.length === 0 && totals.length === 0 && amounts.length <= 1 && properties.every(p => !p.includes('"'))) {
            this.lines.push(`${head} ${body.join(' ')}`);
        } else {
            this.lines.push(`${head} {`, ...body, '}');
        }
    }

    group(group: ImportedGroup): void {
        this.lines.push(...commentLines(group.comments));
        const number = group.kind === 'tema' && group.number ? `${quoted(group.number)} ` : '';
        this.lines.push(`${group.kind} ${number}${quoted(group.name)} {`);
        this.members(group.members);
        this.lines.push(...group.totals.map(total => totalText(total, this.unit)), '}');
    }

    members(members: readonly ImportedMember[]): void {
        for (const member of members) {
            if (member.kind === 'comment') {
                this.lines.push(...commentLines([member.text]));
            } else if (member.kind === 'item') {
                this.item(member);
            } else {
                this.group(member);
            }
        }
    }
}

/** The catalogue as Brik text, one statement a line; the formatter lays it out afterwards. */
export function brikText(budget: ImportedBudget): string {
    const writer = new Writer(budget);
    const { years } = budget;
    const header = [
        ...budget.unit !== undefined ? [`enhed ${budget.unit}`] : [],
        ...budget.priceLevel !== undefined ? [`prisniveau ${budget.priceLevel}`] : [],
        ...years.length > 0 ? [`år ${years[0]}${years.length > 1 ? `..${years[years.length - 1]}` : ''}`] : []
    ];
    writer.members(budget.members);
    return [
        ...commentLines(budget.comments),
        `budget ${quoted(budget.name)} {`,
        ...header,
        '',
        ...writer.lines,
        ...budget.totals.map(total => totalText(total, budget.unit)),
        '}',
        ''
    ].join('\n');
}
