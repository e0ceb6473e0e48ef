// `node:fs/promises` for the importer in the browser (import-adapter.ts): the one file being
// imported, from memory. Only what read-table.ts calls.

const files = new Map<string, Uint8Array>();

/** Runs `read` while `name` reads as `bytes`. */
export async function withFile<T>(name: string, bytes: Uint8Array, read: () => Promise<T>): Promise<T> {
    files.set(name, bytes);
    try {
        return await read();
    } finally {
        files.delete(name);
    }
}

export function bytesOf(name: string): Uint8Array {
    const bytes = files.get(name);
    if (!bytes) throw new Error(`${name} findes ikke.`);
    return bytes;
}

export function readFile(name: string): Promise<Uint8Array> {
    return Promise.resolve(bytesOf(name));
}

export function stat(name: string): Promise<{ isFile(): boolean }> {
    return files.has(name) ? Promise.resolve({ isFile: () => true }) : Promise.reject(new Error(`${name} findes ikke.`));
}
