import type { ImportWarning } from '../../../cli/src/import/imported-catalogue.js';
import { brikText } from '../../../cli/src/import/brik-text.js';
import { findHeader, headerScore } from '../../../cli/src/import/columns.js';
import { readTable } from '../../../cli/src/import/read-table.js';
import { readCatalogue } from '../../../cli/src/import/sheet-catalogue.js';
import { withFile } from './node-shims/fs.js';
import { readWorkbooksFromMemory } from './workbook-from-memory.js';

/**
 * `brik import` in the browser: the one place the page calls the CLI's importer
 * (packages/cli/src/import/), so that a change there is followed here alone.
 *
 * The importer reads its input by path, with Node's `fs/promises` and `path` (read-table.ts)
 * and exceljs's `workbook.xlsx.readFile`. The page's build points `node:fs/promises` and
 * `node:path` at ./node-shims/, which serve the dropped file from memory, and
 * workbook-from-memory.ts makes exceljs read a workbook from those bytes. The text comes out
 * unformatted; the page formats it through the language server, as `brik import` formats it.
 */

export interface ImportResult {
    /** The catalogue as Brik text, or undefined with `failure`. */
    readonly text?: string;
    readonly failure?: string;
    /**
     * Cells the importer could not map (warnings) or could not read as an amount (errors: the file
     * lacks their figures, as `brik import` exits 1 for them): `Ark1!C14` and what it says.
     */
    readonly warnings: ReadonlyArray<{ readonly address: string; readonly message: string; readonly severity: 'warning' | 'error' }>;
}

export async function importSpreadsheet(name: string, bytes: Uint8Array): Promise<ImportResult> {
    try {
        if (/\.xlsx?m?$/i.test(name)) await readWorkbooksFromMemory();
        return await withFile(name, bytes, async () => {
            const table = await readTable(name, undefined, headerScore);
            const header = findHeader(table);
            if (!header) {
                return { failure: `Arket '${table.sheet}' har ingen overskriftsrække, Brik kender: en kolonne med navne (Budgetbrik, Forslag, Navn, Initiativ) og mindst én med beløb (fx 2024, Opdrift, Varigt).`, warnings: [] };
            }
            const read = readCatalogue(table, header, { fallbackName: name.replace(/\.[^.]*$/, '') });
            if (read.savings.length > 0) {
                return { failure: `${name} ligner et sparekatalog, hvor besparelser står som positive tal: ${read.savings.join(', ')}. Brik regner + som merudgift og − som besparelse og gætter ikke; importér arket med brik import --fortegn.`, warnings: [] };
            }
            const { budget } = read;
            const missing = [
                ...budget.unit === undefined ? ['enheden (skriv fx "mio. kr." over tabellen)'] : [],
                ...budget.priceLevel === undefined ? ['prisniveauet (skriv fx "P/L 2024" over tabellen)'] : [],
                ...budget.years.length === 0 ? ['årene'] : []
            ];
            if (missing.length > 0) {
                return { failure: `${name} siger ikke ${missing.join(', ')}.`, warnings: [] };
            }
            const listed = (warnings: readonly ImportWarning[], severity: 'warning' | 'error') =>
                warnings.map(warning => ({ address: warning.address, message: warning.message, severity }));
            return { text: brikText(budget), warnings: [...listed(read.unread, 'error'), ...listed(read.warnings, 'warning')] };
        });
    } catch (error) {
        return { failure: error instanceof Error ? error.message : String(error), warnings: [] };
    }
}
