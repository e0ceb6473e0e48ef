import * as path from 'node:path';
import { URI } from 'langium';
import { createBrikServices } from '@brik/language';
import { textOutput } from '../check-output.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { LimitOptions } from '../limits.js';
import { checkImportSize } from '../import-limits.js';
import { inputPath } from '../input-files.js';
import { guardOutput } from '../output-guard.js';
import { displayPath, problemsOf } from '../problems.js';
import { diskFiles } from '../source-files.js';
import { writeOutput } from '../write-output.js';
import { brikText } from '../import/brik-text.js';
import type { ColumnOverrides } from '../import/columns.js';
import { findHeader, headerScore } from '../import/columns.js';
import { readTable } from '../import/read-table.js';
import { readCatalogue } from '../import/sheet-catalogue.js';
import { sheetView } from '../import/sheet-view.js';
import type { SignConvention } from '../import/sign-convention.js';
import { formattedText } from './fmt.js';

export interface ImportOptions extends LimitOptions {
    readonly sheet?: string;
    readonly out?: string;
    readonly enhed?: string;
    readonly prisniveau?: number;
    readonly år?: readonly number[];
    /** --fortegn: how the sheet signs its figures. */
    readonly fortegn?: SignConvention;
    /** --kolonne C=2024: what a column means, where its header does not say it. */
    readonly kolonne?: ColumnOverrides;
    /** --vis: print how the sheet is read, and write nothing. */
    readonly vis?: boolean;
    /** Replace an existing --out file. */
    readonly overwrite?: boolean;
}

export const UNITS = ['mio. kr.', '1.000 kr.', 'kr.'] as const;

/**
 * `brik import FILE.xlsx|FILE.csv|FILE.txt`: the analyst's table as a formatted `.brik`, with each
 * printed subtotal a declared `total`, then checked as `brik check` checks. Cells it cannot map are
 * comments in the file and warnings naming the cell. Exit 0: every figure of the sheet is in the
 * file and it has no error; 1: written, but a cell in an amount column could not be read (each
 * named) or the file has errors (a subtotal that does not hold); 2: could not run.
 */
export async function importCommand(file: string, options: ImportOptions): Promise<number> {
    await inputPath(file, { folders: false });
    await checkImportSize(file, options.maxBytes);
    if (options.out !== undefined) {
        await guardOutput(options.out, { kind: 'catalogue', inputs: [file], overwrite: options.overwrite });
    }
    const table = await readTable(file, options.sheet, headerScore);
    const header = findHeader(table, options.kolonne);
    if (!header) {
        throw new UsageError(`Arket '${table.sheet}' i ${file} har ingen overskriftsrække, Brik kender: en kolonne med navne (Budgetbrik, Forslag, Navn, Initiativ) og mindst én med beløb (fx 2024, Opdrift, Varigt). Se listen i README.`);
    }
    const read = readCatalogue(table, header, {
        enhed: options.enhed, prisniveau: options.prisniveau, years: options.år, signs: options.fortegn,
        fallbackName: path.basename(file, path.extname(file))
    });
    if (options.vis) {
        process.stdout.write(sheetView(table, header, read));
        return read.unread.length > 0 ? ExitCode.Errors : ExitCode.Ok;
    }
    if (read.savings.length > 0) {
        throw new UsageError(`${file} ligner et sparekatalog, hvor besparelser står som positive tal: ${read.savings.join(', ')}. Brik regner + som merudgift og − som besparelse, og importen gætter ikke. Skriv --fortegn besparelse, hvis de positive tal er besparelser (de skrives som omstilling med negative beløb), eller --fortegn udgift, hvis tallene er merudgifter, som de står.`);
    }
    const { budget } = read;
    const missing = [
        ...budget.unit === undefined ? ['enheden (brug --enhed "mio. kr.", "1.000 kr." eller "kr.")'] : [],
        ...budget.priceLevel === undefined ? ['prisniveauet (brug --prisniveau 2024)'] : [],
        ...budget.years.length === 0 ? ['årene (brug --år 2024..2027)'] : []
    ];
    if (missing.length > 0) {
        throw new UsageError(`${file} siger ikke ${missing.join(', ')}.`);
    }
    const target = options.out ?? `${path.join(path.dirname(file), path.basename(file, path.extname(file)))}.brik`;
    const { shared, Brik } = createBrikServices({ fileSystemProvider: () => diskFiles.provider, limits: { maxCharacters: options.maxBytes, maxDepth: options.maxDepth } });
    const parsed = shared.workspace.LangiumDocumentFactory.fromString(brikText(budget), URI.file(path.resolve(target)));
    const text = await formattedText(Brik, parsed) ?? parsed.textDocument.getText();
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path.resolve(target)));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const source = displayPath(path.resolve(file));
    process.stderr.write(read.warnings.map(warning => `${source}:${warning.address}: warning: ${warning.message} [brik/import-unmapped]\n`).join(''));
    process.stderr.write(read.unread.map(cell => `${source}:${cell.address}: error: ${cell.message} [brik/import-unread]\n`).join(''));
    const problems = problemsOf([document]);
    if (options.out === undefined) {
        // The problems name lines of the text on standard output.
        process.stderr.write(textOutput(problems.map(problem => ({ ...problem, path: '<standard output>' }))));
    } else {
        process.stderr.write(textOutput(problems));
    }
    await writeOutput(text, options.out);
    return read.unread.length > 0 || problems.some(problem => problem.severity === 'error') ? ExitCode.Errors : ExitCode.Ok;
}
