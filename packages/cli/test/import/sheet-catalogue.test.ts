import { describe, expect, it } from 'vitest';
import { brikText } from '../../src/import/brik-text.js';
import { findHeader } from '../../src/import/columns.js';
import type { Table, TableCell } from '../../src/import/read-table.js';
import { columnLetters } from '../../src/import/read-table.js';
import { readCatalogue } from '../../src/import/sheet-catalogue.js';

type Cell = string | number | [number, number];

/**
 * A catalogue sheet in the layout of `brik report --format xlsx`: a figure as a number cell, a
 * range `[min, max]` as its min and max cells, everything else as text; the title, unit and price
 * level on the summary sheet.
 */
function exportedSheet(title: string, header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): Table {
    const tableRow = (cells: readonly Cell[], r: number) => {
        const flat = cells.flatMap(cell => Array.isArray(cell) ? cell : [cell]);
        return {
            cells: flat.map((value, c): TableCell => ({
                address: `Katalog!${columnLetters(c + 1)}${r + 1}`,
                text: String(value),
                ...typeof value === 'number' ? { number: String(value) } : {}
            })),
            outlineLevel: 0,
            number: r + 1
        };
    };
    return {
        sheet: 'Katalog', style: 'da', notices: [],
        rows: [header, ...rows].map(tableRow),
        otherSheets: [{ sheet: 'Oversigt', lines: [title, 'Beløb i mio. kr. · P/L-2024 · budgetår 2024, overslagsår 2025'] }]
    };
}

function imported(table: Table): { text: string; warnings: number } {
    const read = readCatalogue(table, findHeader(table)!, { fallbackName: 'katalog' });
    return { text: brikText(read.budget), warnings: read.warnings.length + read.unread.length };
}

const PLACE = ['', ''];

describe('readCatalogue and brikText: Brik\'s own export of tidligere and efterfølgende', () => {
    it('writes efterfølgende and permanent that a row holds together as two lines, and one I alt per budget', () => {
        // From: brik "Drift hele vejen" { drift 2 permanent  drift efterfølgende: 5 }
        //       brik "Ny klinik *" { etablering 2024: 1.5  drift 2025: 0.5..1 permanent  finansiering efterfølgende: -1..-0.5 }
        const header = ['Tema nr.', 'Navn', 'Type', 'Markering',
            '2024 min', '2024 max', '2025 min', '2025 max', 'efterfølgende år min', 'efterfølgende år max', 'i alt min', 'i alt max', 'varigt min', 'varigt max',
            'Område', 'Tema',
            'heraf finansiering 2024 min', 'heraf finansiering 2024 max', 'heraf finansiering 2025 min', 'heraf finansiering 2025 max',
            'heraf finansiering efterfølgende år min', 'heraf finansiering efterfølgende år max', 'heraf finansiering i alt min', 'heraf finansiering i alt max',
            'heraf finansiering varigt min', 'heraf finansiering varigt max'];
        const { text, warnings } = imported(exportedSheet('Rundtur', header, [
            ['', 'Drift hele vejen', 'Opdrift', '', [2, 2], [2, 2], [5, 5], [9, 9], [2, 2], ...PLACE, [0, 0], [0, 0], [0, 0], [0, 0], [0, 0]],
            ['', 'Ny klinik *', 'Opdrift', '', [1.5, 1.5], [0.5, 1], [-1, -0.5], [1, 2], [0.5, 1], ...PLACE, [0, 0], [0, 0], [-1, -0.5], [-1, -0.5], [0, 0]],
            ['', 'I alt – Rundtur', '', '', [3.5, 3.5], [2.5, 3], [4, 4.5], [10, 11], [2.5, 3], ...PLACE]
        ]));
        expect(warnings).toBe(0);
        expect(text).toBe([
            'budget "Rundtur" {',
            'enhed mio. kr.',
            'prisniveau 2024',
            'år 2024..2025',
            '',
            'brik "Drift hele vejen" {',
            'drift 2 permanent',
            'drift efterfølgende: 5',
            'total samlet: 9',
            '}',
            // The name is the export's, "*" and all: its marks stand in the Markering column.
            'brik "Ny klinik *" {',
            'drift 2024: 1.5, 2025: 0.5..1 permanent',
            'finansiering efterfølgende: -1..-0.5',
            // drift and finansiering are one budget: one I alt, -1..-0.5 of it the brik's own financing.
            'total samlet: 1..2',
            '}',
            'total 2024: 3.5',
            'total 2025: 2.5..3',
            'total efterfølgende: 4..4.5',
            'total samlet: 10..11',
            'total permanent: 2.5..3',
            '}',
            ''
        ].join('\n'));
    });

    it('declares no I alt for a budget in which the brik has only zeros', () => {
        // From: brik "Kun anlæg" anlæg tidligere: 40, 2024: 60   and   brik "Kun drift" drift 1 permanent
        const header = ['Tema nr.', 'Navn', 'Type', 'Markering',
            'tidligere år min', 'tidligere år max', '2024 min', '2024 max', '2025 min', '2025 max', 'i alt min', 'i alt max', 'varigt min', 'varigt max',
            'Anlæg tidligere år min', 'Anlæg tidligere år max', 'Anlæg 2024 min', 'Anlæg 2024 max', 'Anlæg 2025 min', 'Anlæg 2025 max',
            'Anlæg i alt min', 'Anlæg i alt max', 'Anlæg varigt min', 'Anlæg varigt max', 'Område', 'Tema'];
        const { text } = imported(exportedSheet('To budgetter', header, [
            ['', 'Kun anlæg', 'Opdrift', '', [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [40, 40], [60, 60], [0, 0], [100, 100], [0, 0], ...PLACE],
            ['', 'Kun drift', 'Opdrift', '', [0, 0], [1, 1], [1, 1], [2, 2], [1, 1], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], ...PLACE]
        ]));
        expect(text).toContain('brik "Kun anlæg" {\nanlæg tidligere: 40, 2024: 60\ntotal anlæg samlet: 100\n}\n');
        expect(text).toContain('brik "Kun drift" {\ndrift 1 permanent\ntotal samlet: 2\n}\n');
        expect(text).not.toMatch(/samlet: 0\b/);
    });

    it('writes a period the sheet has a column for once, as 0, where no brik has a figure in it', () => {
        // From: brik "A" drift 3 permanent  drift efterfølgende: 0   and   brik "B" omstilling drift 0
        // The report prints Efterfølgende år because a line writes it: so must the import.
        const header = ['Tema nr.', 'Navn', 'Type', 'Markering',
            '2024 min', '2024 max', 'efterfølgende år min', 'efterfølgende år max', 'i alt min', 'i alt max', 'varigt min', 'varigt max', 'Område', 'Tema'];
        const { text } = imported(exportedSheet('Nul bagefter', header, [
            ['', 'A', 'Opdrift', '', [3, 3], [0, 0], [3, 3], [3, 3], ...PLACE],
            ['', 'B', 'Omstilling', '', [0, 0], [0, 0], [0, 0], [0, 0], ...PLACE]
        ]));
        expect(text).toContain('brik "A" {\ndrift 3 permanent\ndrift efterfølgende: 0\ntotal samlet: 3\n}\nbrik "B" omstilling\n');
        expect(text.match(/efterfølgende: 0/g)).toHaveLength(1);
    });
});

describe('readCatalogue and brikText: Brik\'s own export, one column for an exact period and a brik\'s lines apart', () => {
    it('reads a period\'s one column beside another\'s min and max, and the rows under a brik as its lines by kind', () => {
        // From: brik "Ny klinik" { drift 2024: 1, 2025: 0.5..1 permanent  etablering 2024: 1.5  årsværk 2 permanent }
        //       brik "Alene" drift 2 permanent   and   brik "Nul" drift 0
        const header = ['Tema nr.', 'Navn', 'Type', 'Markering', '2024', '2025 min', '2025 max', 'varigt min', 'varigt max', 'Område', 'Tema',
            'Årsværk 2024', 'Årsværk 2025', 'Årsværk Varigt'];
        const { text, warnings } = imported(exportedSheet('Blandet', header, [
            ['', 'Ny klinik', 'Opdrift', '', 2.5, [0.5, 1], [0.5, 1], ...PLACE, 2, 2, 2],
            ['', 'Drift', '', '', 1, [0.5, 1], [0.5, 1]],
            ['', 'Etablering (engangs)', '', '', 1.5, [0, 0], [0, 0]],
            ['', 'Årsværk', '', '', '', '', '', '', '', ...PLACE, 2, 2, 2],
            ['', 'Alene', 'Opdrift', '', 2, [2, 2], [2, 2], ...PLACE, 0, 0, 0],
            ['', 'Nul', 'Opdrift', '', 0, [0, 0], [0, 0], ...PLACE, 0, 0, 0],
            ['', 'Drift', '', '', 0, [0, 0], [0, 0]],
            ['', 'I alt – Blandet', '', '', 4.5, [2.5, 3], [2.5, 3], ...PLACE]
        ]));
        expect(warnings).toBe(0);
        expect(text).toBe([
            'budget "Blandet" {',
            'enhed mio. kr.',
            'prisniveau 2024',
            'år 2024..2025',
            '',
            'brik "Ny klinik" {',
            'drift 2024: 1, 2025: 0.5..1 permanent',
            'etablering 2024: 1.5',
            'årsværk 2 permanent',
            '}',
            'brik "Alene" drift 2 permanent',
            // A line of zeros that the export shows is a line of the brik.
            'brik "Nul" drift 0',
            'total 2024: 4.5',
            'total 2025: 2.5..3',
            'total permanent: 2.5..3',
            '}',
            ''
        ].join('\n'));
    });

    it('reads a row named as a kind of line as a brik where it has a Type', () => {
        const header = ['Tema nr.', 'Navn', 'Type', 'Markering', '2024', 'Område', 'Tema'];
        const { text } = imported(exportedSheet('Navne', header, [
            ['', 'Etablering (engangs)', 'Opdrift', '', 1, ...PLACE],
            ['', 'Drift', 'Omstilling', '', -1, ...PLACE],
            ['', 'I alt – Navne', '', '', 0, ...PLACE]
        ]));
        expect(text).toContain('\nbrik "Etablering (engangs)" drift 2024: 1\nbrik "Drift" omstilling drift 2024: -1\n');
    });
});
