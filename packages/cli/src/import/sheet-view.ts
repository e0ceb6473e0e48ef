import type { ColumnRole, Header } from './columns.js';
import { letterOf, TEXT_ROLE_NAMES } from './columns.js';
import type { Table } from './read-table.js';
import type { ReadCatalogue } from './sheet-catalogue.js';

const LAYOUTS: Readonly<Record<ReadCatalogue['layout'], string>> = {
    analytiker: 'et regneark fra en analytiker (grupperækker eller grupperingskolonner)',
    'brik-csv': 'Briks egen CSV-eksport (kolonnen Sti)',
    'brik-xlsx': 'Briks egen Excel-eksport (I alt-rækker og Excels disposition)'
};

/** What a column means, in the words of the flag --kolonne. */
export function roleText(role: ColumnRole, defaultBudget: string): string {
    if (role.kind === 'figure') {
        const end = role.end === 'both' ? '' : ` ${role.end}`;
        const column = role.column === 'egenfinansiering' ? 'heraf finansiering' : role.column;
        return `beløb: ${role.budget ?? defaultBudget} ${column} ${role.period}${end}`;
    }
    if (role.kind === 'unavoidable-part') {
        return `heraf uomgængeligt${role.end === 'both' ? '' : ` ${role.end}`}`;
    }
    return TEXT_ROLE_NAMES[role.kind];
}

/**
 * `brik import --vis`: how the sheet was read, column by column and row by row, with the cells it
 * could not read and the warnings. Writes no file.
 */
export function sheetView(table: Table, header: Header, read: ReadCatalogue): string {
    const { defaultBudget } = read;
    const lines: string[] = [
        `Ark: ${table.sheet}, læst som ${LAYOUTS[read.layout]}`,
        `Budget: "${read.budget.name}", enhed ${read.budget.unit ?? '?'}, prisniveau ${read.budget.priceLevel ?? '?'}, år ${read.budget.years.join(', ') || '?'}`,
        '',
        `Kolonner (overskrift i række ${table.rows[header.row].number}):`
    ];
    const columns = [...new Set([...header.texts.keys(), ...header.roles.keys()])].sort((a, b) => a - b);
    const width = Math.max(0, ...columns.map(column => (header.texts.get(column) ?? '').length));
    for (const column of columns) {
        const role = header.roles.get(column);
        const text = (header.texts.get(column) ?? '').replace(/\s+/g, ' ');
        lines.push(`  ${letterOf(column).padEnd(3)} ${text.padEnd(width)}  → ${role ? roleText(role, defaultBudget) : `ukendt: kommentarer (giv den en betydning med --kolonne ${letterOf(column)}=…)`}`);
    }
    lines.push('', 'Rækker:');
    for (const { row, meaning } of read.view) {
        lines.push(`  ${String(row).padStart(4)}  ${meaning}`);
    }
    if (read.unread.length > 0) {
        lines.push('', 'Ulæste celler (tallet mangler i filen):', ...read.unread.map(cell => `  ${cell.address}: ${cell.message}`));
    }
    if (read.warnings.length > 0) {
        lines.push('', 'Advarsler:', ...read.warnings.map(warning => `  ${warning.address}: ${warning.message}`));
    }
    return `${lines.join('\n')}\n`;
}
