import { getHeapStatistics } from 'node:v8';
import { UsageError } from './exit-codes.js';

/**
 * Bytes of heap per byte of source, measured with `npm run bench`'s catalogues (bench/README.md)
 * and a little room: `brik check` of 10k brikker (0.9 MB) runs in a heap of 128 MB but not of
 * 98 MB; at 100k it peaks at 88 bytes a byte of source, at 1M at 72. A report holds its model too.
 */
export const CHECK_MEMORY_PER_SOURCE_BYTE = 100;
export const REPORT_MEMORY_PER_SOURCE_BYTE = 200;

const MB = 1024 * 1024;

/** The heap Brik itself takes before it reads a file: Langium, the parser, the report writers. */
const BASELINE = 30 * MB;

/** Megabytes in Danish, with a decimal for the small sizes of source files. */
function megabytes(bytes: number, decimals = 0): string {
    return new Intl.NumberFormat('da-DK', { maximumFractionDigits: decimals }).format(bytes / MB);
}

/**
 * Node cannot recover when its heap runs out: it aborts with its own fatal error and a native
 * stack trace. So the files are counted before they are read, and a command that would need
 * more memory than Node may use stops first, with a message that says how to give it more.
 */
export class MemoryBudget {
    private sourceBytes = 0;

    constructor(private readonly memoryPerSourceByte: number, private readonly heapLimit = getHeapStatistics().heap_size_limit) {}

    /** Counts a file about to be read, or throws a UsageError if it and the files before it would not fit. */
    admit(file: string, size: number): void {
        const total = this.sourceBytes + size;
        const needed = BASELINE + total * this.memoryPerSourceByte;
        if (needed > this.heapLimit) {
            const suggested = Math.ceil(needed * 1.25 / MB / 1000) * 1000;
            throw new UsageError(`${file} og de filer, der er læst før den, fylder ${megabytes(total, 1)} MB. At læse dem kræver omkring ${megabytes(needed)} MB hukommelse, men Node må højst bruge ${megabytes(this.heapLimit)} MB. Giv Node mere (NODE_OPTIONS=--max-old-space-size=${suggested}), eller læs færre filer ad gangen.`);
        }
        this.sourceBytes = total;
    }
}
