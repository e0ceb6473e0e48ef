// `node:path` for the importer in the browser (import-adapter.ts): names of a dropped file, no folders.

export function extname(file: string): string {
    const name = basename(file);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(dot) : '';
}

export function basename(file: string, extension?: string): string {
    const name = file.slice(file.lastIndexOf('/') + 1);
    return extension && name.endsWith(extension) ? name.slice(0, -extension.length) : name;
}

export function dirname(file: string): string {
    const slash = file.lastIndexOf('/');
    return slash > 0 ? file.slice(0, slash) : '.';
}

export function join(...parts: string[]): string {
    return parts.filter(Boolean).join('/');
}

export function resolve(...parts: string[]): string {
    return join(...parts);
}
