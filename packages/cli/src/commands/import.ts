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
import { findHeader, headerScore } from '../import/columns.js';
import { readTable } from '../import/read-table.js';
import { SheetReader } from '../import/sheet-catalogue.js';
import { formattedText } from './fmt.js';

export interface ImportOptions extends LimitOptions {
    readonly sheet?: string;
    readonly out?: string;
    readonly enhed?: string;
    readonly prisniveau?: number;
    readonly år?: readonly number[];
    /** Replace an existing --out file. */
    readonly overwrite?: boolean;
}

export const UNITS = ['mio. kr.', '1.000 kr.', 'kr.'] as const;

/**
 * `brik import FILE.xlsx|FILE.csv`: the analyst's table as a formatted `.brik`, with each printed
 * subtotal a declared `total`, then checked as `brik check` checks. Cells it cannot map are
 * comments in the file and warnings naming the cell; the exit code is check's.
 */
export async function importCommand(file: string, options: ImportOptions): Promise<number> {
    await inputPath(file, { folders: false });
    await checkImportSize(file, options.maxBytes);
    if (options.out !== undefined) {
        await guardOutput(options.out, { kind: 'catalogue', inputs: [file], overwrite: options.overwrite });
    }
    const table = await readTable(file, options.sheet, headerScore);
    const header = findHeader(table);
    if (!header) {
        throw new UsageError(`Arket '${table.sheet}' i ${file} har ingen overskriftsrække, Brik kender: en kolonne med navne (Budgetbrik, Forslag, Navn, Initiativ) og mindst én med beløb (fx 2024, Opdrift, Varigt). Se listen i README.`);
    }
    const reader = new SheetReader(table, header, {
        enhed: options.enhed, prisniveau: options.prisniveau, years: options.år,
        fallbackName: path.basename(file, path.extname(file))
    });
    const budget = reader.read();
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
    process.stderr.write(reader.warnings.map(warning => `${source}:${warning.address}: warning: ${warning.message} [brik/import-unmapped]\n`).join(''));
    const problems = problemsOf([document]);
    if (options.out === undefined) {
        // The problems name lines of the text on standard output.
        process.stderr.write(textOutput(problems.map(problem => ({ ...problem, path: '<standard output>' }))));
    } else {
        process.stderr.write(textOutput(problems));
    }
    await writeOutput(text, options.out);
    return problems.some(problem => problem.severity === 'error') ? ExitCode.Errors : ExitCode.Ok;
}
