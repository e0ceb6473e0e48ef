import * as path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ExitCode, UsageError } from './exit-codes.js';

/**
 * A reader that closes the pipe early (`brik check … | head`) wants no more output, which is
 * no error: what is left unwritten is dropped quietly, and the command still ends with its
 * result's exit code. (Were the closed pipe an error, the command would end before it returned
 * that code, and `set -o pipefail; brik check bad.brik | head` would pass.)
 */
const READER_GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

let readerGone = false;

/**
 * Keeps a closed pipe from crashing the process: without a listener, the stream's 'error' event
 * after a write (also commander's help) would end Node with a stack trace and exit code 1.
 */
export function stayQuietOnClosedPipe(): void {
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error: NodeJS.ErrnoException) => {
            if (READER_GONE.has(error.code ?? '')) {
                readerGone ||= stream === process.stdout;
            } else {
                process.exitCode = ExitCode.CouldNotRun;
            }
        });
    }
}

/** Writes to standard output; resolves without writing once the reader has gone. */
function toStandardOutput(chunk: string | Uint8Array): Promise<void> {
    return new Promise<void>((resolve, reject) => {
        if (readerGone) {
            resolve();
            return;
        }
        process.stdout.write(chunk, error => {
            if (!error) {
                resolve();
            } else if (READER_GONE.has((error as NodeJS.ErrnoException).code ?? '')) {
                readerGone = true;
                resolve();
            } else {
                reject(error);
            }
        });
    });
}

/**
 * Writes to standard output, or to a file whole or not at all: a report is written to a
 * temporary file beside the target and renamed over it, so a failure never leaves half a file.
 */
export async function writeOutput(content: string | Uint8Array | Iterable<string>, out: string | undefined): Promise<void> {
    if (out === undefined) {
        for (const chunk of typeof content === 'string' || content instanceof Uint8Array ? [content] : content) {
            await toStandardOutput(chunk);
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
