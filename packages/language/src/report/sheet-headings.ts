import type { KindColumn, OuterPeriod } from '../evaluation/totals.js';
import type { LineKind } from '../evaluation/item-lines.js';
import { LINE_KINDS } from '../evaluation/item-lines.js';
import type { Words } from '../words/words.js';
import { WORDS } from '../words/words.js';

// The headings and words of Brik's spreadsheet export (`--format xlsx|csv`), written by its
// writers and read back by `brik import` from here: one source, so that the two cannot disagree.

/** What a block of figure columns holds: a budget's netto, a brik's årsværk, its own financing, its unavoidable part. */
export type FigureBlock = 'drift' | 'anlæg' | 'årsværk' | 'egenfinansiering' | 'uomgængelig';

export type RangeEnd = 'min' | 'max';

/** A figure column's heading, read back: its block, its period as the language writes it, and its end of a range ('both': an exact figure's one column). */
export interface FigureHeading {
    readonly block: FigureBlock;
    /** `2024`, `permanent`, `tidligere`, `efterfølgende`, `samlet`. */
    readonly period: string;
    readonly end: RangeEnd | 'both';
}

/** A header's words, as compared: lower case, one space, no soft hyphens, no trailing colon or dot. */
export function headerWords(text: string): string {
    return text.toLowerCase().replace(/\u00AD/g, '').replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ').replace(/[:.]$/, '').trim();
}

/** The words of the periods that are no year, as a column is headed by them. */
export function periodWords(labels: Words): Readonly<Record<OuterPeriod, string>> {
    return { permanent: labels.permanent, tidligere: labels.earlierYears, efterfølgende: labels.laterYears, samlet: labels.overall };
}

/** How a block's headings are made from a period's: drift unprefixed, the others `Anlæg 2024`, `Årsværk 2024`, … */
function blockHeading(labels: Words, block: FigureBlock): (column: string) => string {
    switch (block) {
        case 'drift': return column => column;
        case 'anlæg': return labels.anlægColumn;
        case 'årsværk': return labels.staffColumn;
        case 'egenfinansiering': return labels.ownFinancingColumn;
        case 'uomgængelig': return labels.unavoidableColumn;
    }
}

/**
 * A figure column's heading: a period's word alone where it is the whole heading (`2024`,
 * `Varigt`, `I alt`), and in lower case inside a longer one (`2024 min`, `varigt max`, `Anlæg
 * tidligere år`, `heraf finansiering i alt min`). Without `end`, the one column of a period whose
 * figures are all exact.
 */
export function figureHeading(labels: Words, block: FigureBlock, period: number | OuterPeriod, end?: RangeEnd): string {
    const alone = block === 'drift' && end === undefined;
    const word = typeof period === 'number' ? String(period) : alone ? periodWords(labels)[period] : periodWords(labels)[period].toLowerCase();
    return blockHeading(labels, block)(end ? labels.periodEnd(word, end) : word);
}

const MARK = '\u0001';
type Around = readonly [before: string, after: string];

/** A heading's words before and after what it is made of: `['anlæg ', '']` for `Anlæg 2024`. */
function around(make: (column: string) => string): Around {
    const [before, after = ''] = headerWords(make(MARK)).split(MARK);
    return [before, after];
}

/** What stands between a heading's words before and after, or undefined where they are not there. */
function inside(words: string, [before, after]: Around): string | undefined {
    return words.length > before.length + after.length && words.startsWith(before) && words.endsWith(after)
        ? words.slice(before.length, words.length - after.length) : undefined;
}

/** Every locale's headings, taken apart once: the figure blocks (drift, unprefixed, last), the ends, the periods' words. */
const READ = Object.values(WORDS).map(labels => ({
    blocks: (['anlæg', 'årsværk', 'egenfinansiering', 'uomgængelig', 'drift'] as const).map(block => [block, around(blockHeading(labels, block))] as const),
    ends: (['min', 'max'] as const).map(end => [end, around(column => labels.periodEnd(column, end))] as const),
    periods: new Map(Object.entries(periodWords(labels)).map(([period, word]) => [headerWords(word), period]))
}));

/** The period a heading's words name: a year, or one of the periods outside the years. */
function periodIn(words: string, periods: ReadonlyMap<string, string>): string | undefined {
    return /^[0-9]{4}$/.test(words) ? words : periods.get(words);
}

/**
 * A heading of Brik's export read back, in either locale (figureHeading): `2024`, `2024 min`,
 * `Varigt`, `Anlæg i alt max`, `Årsværk 2025`, `heraf finansiering 2024`, `heraf uomgængeligt
 * 2024 min`. Undefined for any other heading.
 */
export function readFigureHeading(text: string): FigureHeading | undefined {
    const words = headerWords(text);
    for (const locale of READ) {
        for (const [block, parts] of locale.blocks) {
            const column = inside(words, parts);
            const ends = column === undefined ? [] : [...locale.ends.map(([end, endParts]) => [end, inside(column, endParts)] as const), ['both', column] as const];
            for (const [end, named] of ends) {
                const period = named === undefined ? undefined : periodIn(named, locale.periods);
                if (period !== undefined) {
                    return { block, period, end };
                }
            }
        }
    }
    return undefined;
}

/** A heading's words without Brik's word for an end of a range: `2024 min` is `2024` and min. Undefined where it ends in none. */
export function rangeEndOf(words: string): { readonly end: RangeEnd; readonly rest: string } | undefined {
    for (const locale of READ) {
        for (const [end, parts] of locale.ends) {
            const rest = inside(words, parts);
            if (rest !== undefined) {
                return { end, rest: rest.trim() };
            }
        }
    }
    return undefined;
}

/** A word of either locale's table, read back to what it names. */
function wordReader<T extends string>(entries: (labels: Words) => ReadonlyArray<readonly [string, T]>): (text: string) => T | undefined {
    const known = new Map(Object.values(WORDS).flatMap(labels => entries(labels).map(([word, meaning]) => [headerWords(word), meaning] as const)));
    return text => known.get(headerWords(text));
}

/**
 * An item's Type cell read back (report-structure.ts, itemKindWord): its column, a capital
 * project's *Anlæg* its lines' opdrift. Undefined for a word that is none.
 */
export const readItemKind: (text: string) => KindColumn | undefined = wordReader(labels => [
    [labels.opdrift, 'opdrift'], [labels.omstilling, 'omstilling'], [labels.finansiering, 'finansiering'], [labels.anlæg, 'opdrift']
]);

/** A mark's word read back (markWords): `uomgængelig`, `politisk`. */
export const readMarkWord: (text: string) => 'uomgængelig' | 'politisk' | undefined = wordReader(labels => [
    [labels.markNames.uomgængelig, 'uomgængelig'], [labels.markNames.politisk, 'politisk']
]);

/** The name of a row of a brik's line of one kind read back (`Etablering (engangs)`: its kind). */
export const readLineKind: (text: string) => LineKind | undefined = wordReader(labels => LINE_KINDS.map(kind => [labels.lineKinds[kind], kind] as const));
