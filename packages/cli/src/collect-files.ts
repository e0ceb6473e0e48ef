import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { inputPath } from './input-files.js';

async function walk(directory: string): Promise<string[]> {
    const entries = await readdir(directory, { withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(directory, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
            files.push(...await walk(full));
        } else if (entry.isFile() && entry.name.endsWith('.brik')) {
            files.push(full);
        }
    }
    return files;
}

/** The `.brik` files named by the arguments: files as given, folders searched recursively; a path that cannot be read is an InputFileError. */
export async function collectBrikFiles(paths: readonly string[]): Promise<string[]> {
    const files: string[] = [];
    for (const given of paths) {
        const info = await inputPath(given, { folders: true });
        files.push(...(info.isDirectory() ? await walk(given) : [given]));
    }
    return [...new Set(files.map(file => path.resolve(file)))];
}
