import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { NodeFileSystemProvider } from 'langium/node';
import type { URI } from 'langium';
import { UsageError } from './exit-codes.js';
import { displayPath } from './problems.js';

/**
 * The one place where a path the CLI reads becomes one Danish message: every command says the
 * same about a missing file, a folder where a file belongs, and a file it may not read, and
 * each of them exits 2 (Brik could not run). A file that is there but not UTF-8 is no such
 * failure: it is an error in the input, positioned at its first byte that is not (NotUtf8).
 */
export class InputFileError extends UsageError {}

/** What an operating-system error on reading `file` means to the user. */
export function inputFileError(file: string, error: NodeJS.ErrnoException): InputFileError {
    const shown = displayPath(file);
    switch (error.code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return new InputFileError(`${shown} findes ikke.`);
        case 'EISDIR':
            return new InputFileError(`${shown} er en mappe; angiv en fil.`);
        case 'EACCES':
        case 'EPERM':
            return new InputFileError(`${shown} kan ikke læses: Brik har ikke lov til at læse den (${error.code}). Giv læseadgang til filen, eller kopiér den til en mappe, du ejer.`);
        default:
            return new InputFileError(`${shown} kan ikke læses (${error.code ?? error.message}).`);
    }
}

/** Whether `error` is an operating system's error on a file (ENOENT, EISDIR, EACCES, …); reading a folder names none. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
    return error instanceof Error && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code ?? '');
}

/**
 * A path the user named, as given: a file, or with `folders` also a folder. Anything else
 * (missing, a folder where a file belongs, not readable) is an InputFileError.
 */
export async function inputPath(file: string, options: { folders: boolean }): Promise<Stats> {
    let info: Stats;
    try {
        info = await stat(file);
    } catch (error) {
        throw inputFileError(file, error as NodeJS.ErrnoException);
    }
    if (info.isDirectory()) {
        if (!options.folders) {
            throw inputFileError(file, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
        }
        return info;
    }
    try {
        await access(file, constants.R_OK);
    } catch (error) {
        throw inputFileError(file, error as NodeJS.ErrnoException);
    }
    return info;
}

/** A file whose bytes are not UTF-8, and where the first byte that is not stands. */
export class NotUtf8 extends Error {
    constructor(readonly file: string, readonly line: number, readonly column: number, readonly byte: number) {
        super(`${file} is not UTF-8`);
    }
}

/** Where the first byte that is not UTF-8 stands in `bytes`: undefined when they all are. */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; column: number; byte: number } | undefined {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return undefined;
    } catch {
        // Up to the first U+FFFD that is not written as its own three bytes, the lossy text and the bytes agree.
        const text = new TextDecoder('utf-8').decode(bytes);
        let offset = 0;
        for (let i = 0; i < text.length; i++) {
            const code = text.codePointAt(i)!;
            if (code === 0xFFFD && !(bytes[offset] === 0xEF && bytes[offset + 1] === 0xBF && bytes[offset + 2] === 0xBD)) {
                const before = text.slice(0, i);
                const line = (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
                const column = i - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
                return { offset, line, column, byte: bytes[offset] };
            }
            offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
            if (code >= 0x10000) {
                i++;
            }
        }
        return { offset: 0, line: 1, column: 1, byte: bytes[0] };
    }
}

/**
 * The `.brik` files on disk as Langium reads them, but strictly: a file that is not UTF-8 is
 * not read as text with U+FFFD in it (where a comment would hide it), it throws NotUtf8.
 */
export class StrictUtf8FileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        const bytes = await this.readBinary(uri);
        const invalid = firstInvalidUtf8(bytes);
        if (invalid) {
            throw new NotUtf8(uri.fsPath, invalid.line, invalid.column, invalid.byte);
        }
        return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    }
}
