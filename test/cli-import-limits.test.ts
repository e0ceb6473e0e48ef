import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkImportSize, IMPORT_DEFAULT_MAX_BYTES } from '../packages/cli/src/import-limits.js';
import { SUNDHED, writeCsv, writeXlsx } from './support/import-fixtures.js';
import { runBrikAsync } from './support/run-brik.js';
import { writeZipBombXlsx } from './support/zip-bomb.js';

/**
 * `brik import` states how much it reads, and refuses more before it parses a byte
 * (packages/cli/src/import-limits.ts): a file over the limit on disk, and a workbook whose parts
 * unpack to more, as the zip's central directory states them, nothing inflated.
 */

let dir: string;
let bomb: string;
let unpacked: number;

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-import-limits-'));
    bomb = path.join(dir, 'bombe.xlsx');
    // 400,000 rows of brikker: 50 MB of sheet in some 3 MB on disk.
    unpacked = writeZipBombXlsx(bomb, 400_000);
});

describe('a workbook that unpacks to more than the limit: a zip bomb in miniature', () => {
    it('is small on disk and large unpacked', () => {
        expect(unpacked).toBe(50_466_986);
        expect(statSync(bomb).size).toBeLessThan(IMPORT_DEFAULT_MAX_BYTES / 2);
    });

    it('is refused from its central directory in well under a second', async () => {
        const started = performance.now();
        await expect(checkImportSize(bomb)).rejects.toThrow(
            /bombe\.xlsx fylder 50\.468\.415 byte pakket ud \(xl\/worksheets\/sheet1\.xml alene 50\.466\.986\); brik import læser højst 10\.000\.000 byte af et regneark/);
        expect(performance.now() - started).toBeLessThan(500);
    });

    it('brik import exits 2 at once, naming the limit and the flag that raises it', async () => {
        const started = performance.now();
        const result = await runBrikAsync(['import', 'bombe.xlsx', '--out', 'bombe.brik'], { cwd: dir });
        const seconds = (performance.now() - started) / 1000;
        expect(result).toEqual({
            code: 2, stdout: '',
            stderr: 'brik: bombe.xlsx fylder 50.468.415 byte pakket ud (xl/worksheets/sheet1.xml alene 50.466.986); brik import læser højst 10.000.000 byte af et regneark og har ikke læst det. '
                + 'Er arket virkelig så stort, så hæv grænsen med --max-bytes (op til 100000000).\n'
        });
        // Node's start included; reading the sheet took minutes and gigabytes before.
        expect(seconds).toBeLessThan(10);
    });
});

describe('the limit is --max-bytes, on disk and unpacked, for workbooks and CSV files', () => {
    it('refuses a CSV file larger than --max-bytes before reading it', async () => {
        const csv = writeCsv(dir, SUNDHED, 'utf-8-bom');
        const size = statSync(csv).size;
        const result = await runBrikAsync(['import', path.basename(csv), '--max-bytes', String(size - 1)], { cwd: dir });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(`brik: ${path.basename(csv)} fylder ${size.toLocaleString('da-DK')} byte; brik import læser højst ${(size - 1).toLocaleString('da-DK')} byte af et regneark og har ikke læst det. `
            + 'Er arket virkelig så stort, så hæv grænsen med --max-bytes (op til 100000000).\n');
        expect((await runBrikAsync(['import', path.basename(csv), '--max-bytes', String(size)], { cwd: dir })).stderr).not.toContain('af et regneark');
    });

    it('counts a workbook unpacked, not as it is on disk', async () => {
        const xlsx = await writeXlsx(dir, SUNDHED);
        const onDisk = statSync(xlsx).size;
        await expect(checkImportSize(xlsx, onDisk)).rejects.toThrow(/fylder [0-9.]+ byte pakket ud \(xl\/[a-zA-Z0-9/]+\.xml alene [0-9.]+\)/);
        await expect(checkImportSize(xlsx)).resolves.toBeUndefined();
    });
});
