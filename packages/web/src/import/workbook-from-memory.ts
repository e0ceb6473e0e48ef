import { bytesOf } from './node-shims/fs.js';

interface XlsxReader {
    load(data: ArrayBuffer): Promise<unknown>;
    readFile(name: string): Promise<unknown>;
}

let patched = false;

/**
 * Makes exceljs's `workbook.xlsx.readFile(name)`, which read-table.ts calls and which exceljs's
 * browser build cannot run (it has no file system), read the file being imported from memory.
 * exceljs is loaded here, on the first import of a workbook, never with the page.
 */
export async function readWorkbooksFromMemory(): Promise<void> {
    if (patched) return;
    const { default: Excel } = await import('exceljs');
    const reader = Object.getPrototypeOf(new Excel.Workbook().xlsx) as XlsxReader;
    reader.readFile = function (this: XlsxReader, name: string) {
        const bytes = bytesOf(name);
        return this.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    };
    patched = true;
}
