import { headerWords, nodeTitle, PATH_SEPARATOR, wordsOf } from '@brik/language';
import type { Header } from './columns.js';
import type { ImportedBudget, ImportedGroup, ImportedLine, ImportedMember } from './imported-catalogue.js';
import type { RowReader } from './row-reader.js';

const LOCALES = ['da', 'en'] as const;
/** The export's subtotal rows begin with its words for a total: `I alt – `, `Total – ` (words/*.ts, `total`). */
const TOTAL_PREFIXES = LOCALES.map(locale => wordsOf(locale).total(''));
/** The first headings of the XLSX export's catalogue sheet (xlsx-report.ts), in either locale. */
const WORKBOOK_HEADINGS = LOCALES.map(locale => {
    const words = wordsOf(locale);
    return [words.themeNumber, words.name, words.kind, words.marks].map(headerWords);
});

/** Whether a sheet is Brik's own export: the CSV's `Sti` column, or the XLSX catalogue sheet's headings. */
export function isBrikExport(header: Header): 'path' | 'outline' | undefined {
    if ([...header.roles.values()].some(role => role.kind === 'path')) {
        return 'path';
    }
    const first = [0, 1, 2, 3].map(column => headerWords(header.texts.get(column) ?? ''));
    return WORKBOOK_HEADINGS.some(headings => headings.every((heading, i) => heading === first[i])) ? 'outline' : undefined;
}

/** The container a title names, with the number and theme the row's columns give; `outermost`: whether it may be the row's område. */
function container(title: string, number: string, theme: string, area: string, outermost: boolean): ImportedGroup {
    const isTheme = theme !== '' && title === nodeTitle({ number: number || undefined, name: theme });
    if (isTheme) {
        return { kind: 'tema', name: theme, number: number || undefined, members: [], totals: [], comments: [] };
    }
    if (title === area && outermost) {
        return { kind: 'område', name: title, number: undefined, members: [], totals: [], comments: [] };
    }
    const numbered = /^([0-9]+(?:\.[0-9]+)*) (.+)$/.exec(title);
    return { kind: 'tema', name: numbered ? numbered[2] : title, number: numbered?.[1], members: [], totals: [], comments: [] };
}

/**
 * Brik's own workbook (`brik report --format xlsx`): items and `I alt – …` rows, grouped by
 * Excel's outline; a subtotal row closes the rows deeper than itself. Under an item's row, a row
 * for each kind of its lines where its netto would fold them together (`Etablering (engangs)`):
 * then those rows are its lines, and its own row gives its I alt.
 */
export function readBrikWorkbook(reader: RowReader, budget: ImportedBudget): void {
    const pending: Array<{ level: number; member: ImportedMember }> = [];
    const rows = reader.rows.filter(row => !reader.isEmpty(row));
    /** The line rows read under the last item. */
    let apart: ImportedLine[] = [];
    for (const row of rows) {
        const comments: string[] = [];
        const label = reader.text(row, 'name');
        const prefix = TOTAL_PREFIXES.find(candidate => label.startsWith(candidate));
        const last = pending[pending.length - 1];
        const line = prefix === undefined && last?.member.kind === 'item' ? reader.lineRow(row, comments) : undefined;
        if (line && last.member.kind === 'item') {
            apart = [...apart, line];
            last.member = { ...last.member, lines: apart, comments: [...last.member.comments, ...comments] };
            continue;
        }
        if (prefix === undefined) {
            pending.push({ level: row.outlineLevel, member: reader.item(row, label, comments, false) });
            apart = [];
            continue;
        }
        const title = label.slice(prefix.length);
        const children: ImportedMember[] = [];
        while (pending.length > 0 && pending[pending.length - 1].level > row.outlineLevel) {
            children.unshift(pending.pop()!.member);
        }
        const totals = reader.declaredTotals(row, comments, false);
        if (children.length === 0 && title === budget.name && row === rows[rows.length - 1]) {
            budget.totals.push(...totals);
            reader.see(row, 'total for hele budgettet');
            continue;
        }
        const area = reader.text(row, 'area');
        const group = container(title, reader.text(row, 'theme-number'), reader.text(row, 'theme'), area, true);
        // An empty container's subtotal is 0 by construction; reports leave out a container that holds only totals.
        group.members.push(...children);
        group.totals.push(...children.length > 0 ? totals : []);
        group.comments.push(...comments);
        reader.see(row, `subtotal af ${group.kind} "${group.name}"`);
        pending.push({ level: row.outlineLevel, member: group });
    }
    budget.members.push(...pending.map(entry => entry.member));
}

/** Brik's own CSV (`brik report --format csv`): one row per item, its place in the `Sti` column. */
export function readBrikCsv(reader: RowReader, budget: ImportedBudget): void {
    const groups = new Map<string, ImportedGroup>();
    for (const row of reader.rows) {
        if (reader.isEmpty(row)) {
            continue;
        }
        const steps = reader.text(row, 'path').split(PATH_SEPARATOR).filter(step => step !== '');
        let members = budget.members;
        let key = '';
        for (const step of steps) {
            key += `${PATH_SEPARATOR}${step}`;
            let group = groups.get(key);
            if (!group) {
                group = container(step, reader.text(row, 'theme-number'), reader.text(row, 'theme'), reader.text(row, 'area'), key === `${PATH_SEPARATOR}${step}`);
                groups.set(key, group);
                members.push(group);
            }
            members = group.members;
        }
        members.push(reader.item(row, reader.text(row, 'name'), [], false));
    }
}
