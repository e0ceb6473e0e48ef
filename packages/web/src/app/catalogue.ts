/** Where a file of the catalogue can be written back, when the browser allows it (File System Access API). */
export interface WritableFile {
    createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

/** One file of the open catalogue. */
export interface CatalogueFile {
    /** The path inside the catalogue, `/`-separated: `sundhed/tema-1.brik`. */
    readonly path: string;
    /** The text as last opened or saved. */
    savedText: string;
    /** The file to write to, where the browser gave one. */
    handle?: WritableFile;
}

/** The URI the server knows a catalogue file by: every catalogue lives under one virtual folder. */
export const ROOT_URI = 'file:///katalog';

export function uriOfPath(path: string): string {
    return `${ROOT_URI}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

export function pathOfUri(uri: string): string {
    return uri.slice(ROOT_URI.length + 1).split('/').map(decodeURIComponent).join('/');
}

/**
 * The files of what the user opened: a folder, some files, an example, a shared link or a new
 * catalogue. The language server reads them all, so that `inkluder` finds its files among them.
 */
export class Catalogue {
    readonly files = new Map<string, CatalogueFile>();

    constructor(readonly name: string, files: Iterable<CatalogueFile>) {
        for (const file of files) this.files.set(file.path, file);
    }

    /** The .brik files, the budget files first (a file that includes others), then by path. */
    brikFiles(): CatalogueFile[] {
        return [...this.files.values()].filter(file => file.path.toLowerCase().endsWith('.brik')).sort((a, b) => a.path.localeCompare(b.path, 'da'));
    }

    /** The file to show first: one that includes others, else one with a budget, else the first. */
    firstFile(): CatalogueFile | undefined {
        const files = this.brikFiles();
        return files.find(file => /^\s*inkluder\b/m.test(file.savedText)) ?? files.find(file => /^\s*budget\b/m.test(file.savedText)) ?? files[0];
    }

    /** The files by URI, as the worker starts with them. */
    texts(current: (file: CatalogueFile) => string): Record<string, string> {
        return Object.fromEntries(this.brikFiles().map(file => [uriOfPath(file.path), current(file)]));
    }

    /** A path not yet taken: `import.brik`, then `import-2.brik`. */
    freePath(wanted: string): string {
        if (!this.files.has(wanted)) return wanted;
        const dot = wanted.lastIndexOf('.');
        for (let n = 2; ; n++) {
            const candidate = `${wanted.slice(0, dot)}-${n}${wanted.slice(dot)}`;
            if (!this.files.has(candidate)) return candidate;
        }
    }
}
