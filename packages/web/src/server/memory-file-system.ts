import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';

/**
 * The files of the catalogue the page opened, held in the worker: Langium reads the workspace and
 * every `inkluder` through this, as the CLI reads the disk. Folders are implied by the paths.
 */
export class MemoryFileSystem implements FileSystemProvider {
    private readonly files = new Map<string, string>();

    constructor(files: Readonly<Record<string, string>>) {
        for (const [uri, text] of Object.entries(files)) {
            this.files.set(URI.parse(uri).toString(), text);
        }
    }

    stat(uri: URI): Promise<FileSystemNode> {
        return Promise.resolve(this.statSync(uri));
    }

    statSync(uri: URI): FileSystemNode {
        const key = uri.toString();
        if (this.files.has(key)) return { uri, isFile: true, isDirectory: false };
        if (this.isFolder(key)) return { uri, isFile: false, isDirectory: true };
        throw new Error(`${uri.path} findes ikke.`);
    }

    exists(uri: URI): Promise<boolean> {
        return Promise.resolve(this.existsSync(uri));
    }

    existsSync(uri: URI): boolean {
        const key = uri.toString();
        return this.files.has(key) || this.isFolder(key);
    }

    readBinary(uri: URI): Promise<Uint8Array> {
        return Promise.resolve(this.readBinarySync(uri));
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    readFile(uri: URI): Promise<string> {
        return Promise.resolve(this.readFileSync(uri));
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) throw new Error(`${uri.path} findes ikke.`);
        return text;
    }

    readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return Promise.resolve(this.readDirectorySync(uri));
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = folderKey(uri.toString());
        const children = new Map<string, FileSystemNode>();
        for (const key of this.files.keys()) {
            if (!key.startsWith(prefix)) continue;
            const [name, ...below] = key.slice(prefix.length).split('/');
            const child = URI.parse(prefix + name);
            children.set(name, below.length > 0 ? { uri: child, isFile: false, isDirectory: true } : { uri: child, isFile: true, isDirectory: false });
        }
        return [...children.values()];
    }

    private isFolder(key: string): boolean {
        const prefix = folderKey(key);
        for (const file of this.files.keys()) {
            if (file.startsWith(prefix)) return true;
        }
        return false;
    }
}

function folderKey(key: string): string {
    return key.endsWith('/') ? key : `${key}/`;
}
