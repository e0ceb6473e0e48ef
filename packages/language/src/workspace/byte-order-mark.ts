import type { FileSystemNode, FileSystemProvider, URI } from 'langium';

/** The UTF-8 byte-order mark as a character: not part of a file's text, kept when the file is rewritten. */
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A file's text without the UTF-8 byte-order mark that Notepad and Excel's "CSV UTF-8" write
 * first: it is not part of the text, and counted as a character it put every position on the
 * first line one column to the right of where the editor shows it (LANGUAGE.md §11).
 */
export function withoutByteOrderMark(text: string): string {
    return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/**
 * The file system the CLI and the language server read through, reading text without a
 * byte-order mark, so that both count positions as an editor does. (An open document's text
 * comes from the editor, which leaves the mark out already.)
 */
export function readingWithoutByteOrderMark(files: FileSystemProvider): FileSystemProvider {
    return {
        stat: (uri: URI): Promise<FileSystemNode> => files.stat(uri),
        statSync: (uri: URI): FileSystemNode => files.statSync(uri),
        exists: (uri: URI): Promise<boolean> => files.exists(uri),
        existsSync: (uri: URI): boolean => files.existsSync(uri),
        readBinary: (uri: URI): Promise<Uint8Array> => files.readBinary(uri),
        readBinarySync: (uri: URI): Uint8Array => files.readBinarySync(uri),
        readFile: async (uri: URI): Promise<string> => withoutByteOrderMark(await files.readFile(uri)),
        readFileSync: (uri: URI): string => withoutByteOrderMark(files.readFileSync(uri)),
        readDirectory: (uri: URI): Promise<FileSystemNode[]> => files.readDirectory(uri),
        readDirectorySync: (uri: URI): FileSystemNode[] => files.readDirectorySync(uri)
    };
}
