import * as path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UsageError } from './exit-codes.js';

/**
 * Writes to standard output, or to a file whole or not at all: a report is written to a
 * temporary file beside the target and renamed over it, so a failure never leaves half a file.
 */
export async function writeOutput(content: string | Uint8Array, out: string | undefined): Promise<void> {
    if (out === undefined) {
        await new Promise<void>((resolve, reject) =>
            process.stdout.write(content, error => error ? reject(error) : resolve()));
        return;
    }
    try {
        await writeFileAtomic(out, typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength));
    } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new UsageError(`kunne ikke skrive ${out} (${reason}). Findes mappen ${path.dirname(out)}, og må den skrives i?`);
    }
}
