import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { MAX_CHARACTERS_CEILING } from '@brik/language';
import { UsageError } from './exit-codes.js';
import { displayPath } from './problems.js';

/**
 * How much of a workbook or CSV file `brik import` reads, without `--max-bytes`: 10 MB, as the
 * file is on disk and, for a workbook, as its parts are unpacked. Reading a sheet takes some
 * 35 bytes of memory per byte of it: one of 12 MB (100,000 rows) took 30 s
 * and 440 MB on a busy test machine, and a 33 MB workbook whose sheet unpacks to 300 MB held
 * 4 GB after 60 s (issue 21). A catalogue of 1,000 rows is some 300 KB unpacked: the limit is
 * far above any catalogue and below what takes minutes.
 */
export const IMPORT_DEFAULT_MAX_BYTES = 10_000_000;

/** `20000000` → `20.000.000`. */
function grouped(count: number): string {
    return String(count).replace(/\B(?=(?:[0-9]{3})+$)/g, '.');
}

/** The unpacked size of each part of a workbook, read from the zip's central directory: nothing is unpacked. */
async function unpackedSizes(file: string): Promise<Array<{ name: string; size: number }> | undefined> {
    const { default: yauzl } = await import('yauzl');
    return new Promise(resolve => {
        yauzl.open(file, { lazyEntries: true, autoClose: true }, (error, zip) => {
            if (error || !zip) {
                // Not a zip: the reader says so in its own words.
                resolve(undefined);
                return;
            }
            const parts: Array<{ name: string; size: number }> = [];
            zip.on('entry', (entry: { fileName: string; uncompressedSize: number }) => {
                parts.push({ name: entry.fileName, size: entry.uncompressedSize });
                zip.readEntry();
            });
            zip.on('end', () => resolve(parts));
            zip.on('error', () => {
                zip.close();
                resolve(undefined);
            });
            zip.readEntry();
        });
    });
}

function tooLarge(file: string, what: string, limit: number): UsageError {
    return new UsageError(`${displayPath(path.resolve(file))} ${what}; brik import læser højst ${grouped(limit)} byte af et regneark og har ikke læst det. `
        + `Er arket virkelig så stort, så hæv grænsen med --max-bytes (op til ${MAX_CHARACTERS_CEILING}).`);
}

/**
 * Refuses, before a byte of it is parsed, a workbook or CSV file larger than `maxBytes`: on
 * disk, or (a workbook) unpacked, summed over its parts as the zip's central directory states
 * them. A zip bomb in miniature (small on disk, huge unpacked) is refused at once.
 */
export async function checkImportSize(file: string, maxBytes = IMPORT_DEFAULT_MAX_BYTES): Promise<void> {
    const size = (await stat(file)).size;
    if (size > maxBytes) {
        throw tooLarge(file, `fylder ${grouped(size)} byte`, maxBytes);
    }
    if (!['.xlsx', '.xlsm'].includes(path.extname(file).toLowerCase())) {
        return;
    }
    const parts = await unpackedSizes(file);
    const unpacked = parts?.reduce((sum, part) => sum + part.size, 0) ?? 0;
    if (parts && unpacked > maxBytes) {
        const largest = parts.reduce((a, b) => b.size > a.size ? b : a);
        throw tooLarge(file, `fylder ${grouped(unpacked)} byte pakket ud (${largest.name} alene ${grouped(largest.size)})`, maxBytes);
    }
}
