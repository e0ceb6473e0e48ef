import * as path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UsageError } from './exit-codes.js';

/**
 * Writes to standard output, or to a file whole or not at all: a report is written to a
 * temporary file beside the target and renamed over it, so a failure never leaves half a file.
 */
export async function writeOutput(content: string | Uint8Array | Iterable<string>, out: string | undefined): Promise<void> {
    if (out === undefined) {
        for (const chunk of typeof content === 'string' || content instanceof Uint8Array ? [content] : content) {
            await new Promise<void>((resolve, reject) =>
                process.stdout.write(chunk, error => error ? reject(error) : resolve()));
        }
        return;
    }
    try {
        await writeFileAtomic(out, bytesOf(content));
    } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new UsageError(`kunne ikke skrive ${out} (${reason}). Findes mappen ${path.dirname(out)}, og må den skrives i?`);
    }
}

/** A report whole, for the atomic write; pieces of text as bytes, which may exceed one string's length. */
function bytesOf(content: string | Uint8Array | Iterable<string>): string | Buffer {
    if (typeof content === 'string') {
        return content;
    }
    if (content instanceof Uint8Array) {
        return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    }
    return Buffer.concat([...content].map(chunk => Buffer.from(chunk)));
}
