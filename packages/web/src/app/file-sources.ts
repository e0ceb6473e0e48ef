import type { CatalogueFile, WritableFile } from './catalogue.js';
import { Catalogue } from './catalogue.js';

// The ways a catalogue comes into the page. Only .brik files are read as the catalogue; a
// dropped .xlsx or .csv is imported (import-adapter.ts).

/** The parts of the File System Access API used here (Edge and Chrome; not in TypeScript's DOM library). */
interface DirectoryHandle {
    readonly kind: 'directory';
    readonly name: string;
    values(): AsyncIterable<DirectoryHandle | FileHandle>;
}
interface FileHandle extends WritableFile {
    readonly kind: 'file';
    readonly name: string;
    getFile(): Promise<File>;
}
type PickerWindow = Window & {
    showDirectoryPicker?: (options?: { mode?: 'read' | 'readwrite' }) => Promise<DirectoryHandle>;
    showSaveFilePicker?: (options?: { suggestedName?: string; types?: unknown[] }) => Promise<FileHandle>;
};

/** Folders a catalogue never keeps its files in, and that can be very large. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function canOpenFolder(): boolean {
    return typeof (window as PickerWindow).showDirectoryPicker === 'function';
}

/** A folder picked with the File System Access API, every .brik file in it and below, writable where the user allows. */
export async function openFolder(): Promise<Catalogue | undefined> {
    const picker = (window as PickerWindow).showDirectoryPicker;
    if (!picker) return undefined;
    let folder: DirectoryHandle;
    try {
        folder = await picker({ mode: 'readwrite' });
    } catch {
        return undefined;
    }
    const files: CatalogueFile[] = [];
    const walk = async (handle: DirectoryHandle, prefix: string): Promise<void> => {
        for await (const entry of handle.values()) {
            if (entry.kind === 'directory') {
                if (!SKIPPED_FOLDERS.has(entry.name)) await walk(entry, `${prefix}${entry.name}/`);
            } else if (entry.name.toLowerCase().endsWith('.brik')) {
                files.push({ path: `${prefix}${entry.name}`, savedText: await (await entry.getFile()).text(), handle: entry });
            }
        }
    };
    await walk(folder, '');
    return new Catalogue(folder.name, files);
}

/**
 * The .brik files of an `<input type="file">` (several files, or a folder through
 * `webkitdirectory`) or of a drop. A folder's files keep their paths below the folder, so that
 * `inkluder "sundhed/tema.brik"` finds them.
 */
export async function catalogueOfFiles(list: Iterable<File>): Promise<Catalogue | undefined> {
    const files = [...list].filter(file => file.name.toLowerCase().endsWith('.brik'));
    if (files.length === 0) return undefined;
    const relative = files.map(file => file.webkitRelativePath || file.name);
    // A folder's files come as `folder/…`: the folder is the catalogue, its name left out of the paths.
    const top = relative[0].includes('/') ? relative[0].slice(0, relative[0].indexOf('/') + 1) : '';
    const inFolder = top !== '' && relative.every(path => path.startsWith(top));
    const read = await Promise.all(files.map(async (file, i) => ({ path: inFolder ? relative[i].slice(top.length) : relative[i], savedText: await file.text() })));
    return new Catalogue(inFolder ? top.slice(0, -1) : files.length === 1 ? files[0].name : `${files.length} filer`, read);
}

/** The spreadsheets among a list of files, for the importer. */
export function spreadsheetsOf(list: Iterable<File>): File[] {
    return [...list].filter(file => /\.(xlsx|xlsm|csv|txt)$/i.test(file.name));
}

/**
 * Writes a file back where the browser gave a handle; else asks where to save it (Edge,
 * Chrome); else downloads it. Returns how it went: `saved`, `downloaded`, or `cancelled`.
 */
export async function saveFile(file: CatalogueFile, text: string): Promise<'saved' | 'downloaded' | 'cancelled'> {
    const picker = (window as PickerWindow).showSaveFilePicker;
    if (!file.handle && picker) {
        try {
            file.handle = await picker({ suggestedName: baseName(file.path), types: [{ description: 'Brik', accept: { 'text/plain': ['.brik'] } }] });
        } catch {
            return 'cancelled';
        }
    }
    if (file.handle) {
        const writable = await file.handle.createWritable();
        await writable.write(text);
        await writable.close();
        return 'saved';
    }
    downloadBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), baseName(file.path));
    return 'downloaded';
}

/** Lets the browser save bytes or text as a file of the user's downloads. */
export function downloadBlob(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function baseName(path: string): string {
    return path.slice(path.lastIndexOf('/') + 1);
}
