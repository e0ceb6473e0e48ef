import { execFile, execFileSync } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { FileSystemNode, FileSystemProvider, URI } from 'langium';
import { StrictUtf8FileSystemProvider } from './input-files.js';
import { isInside } from './workspace-root.js';

export type Readability = 'readable' | 'missing' | 'outside';

/** Where the CLI reads `.brik` files from: the disk, or one revision of a git repository. */
export interface SourceFiles {
    readonly provider: FileSystemProvider;
    /** Whether an included file may be read: it exists and lies inside `root`. */
    readability(target: URI, root: string): Promise<Readability>;
    /** A file's size in bytes, asked before reading it (--max-bytes); undefined when there is no such file. */
    size(uri: URI): Promise<number | undefined>;
}

/**
 * The files on disk, read strictly as UTF-8 (see input-files.ts); an include is read only if
 * its real path (links followed) is inside the root.
 */
export const diskFiles: SourceFiles = {
    provider: new StrictUtf8FileSystemProvider(),
    async readability(target, root) {
        const real = await realpath(target.fsPath).catch(() => undefined);
        if (!real) {
            return 'missing';
        }
        return isInside(real, await realpath(root)) ? 'readable' : 'outside';
    },
    async size(uri) {
        return (await stat(uri.fsPath).catch(() => undefined))?.size;
    }
};

const run = promisify(execFile);

/** The repository's top folder, for `brik diff --git`. */
export async function gitTopLevel(cwd: string): Promise<string> {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd });
    return stdout.trim();
}

/**
 * The files of one git revision, read with `git show REV:PATH`: the old side of `brik diff --git`.
 * Only paths inside the repository can be named, so nothing outside it is ever read.
 */
export function gitFiles(revision: string, topLevel: string): SourceFiles {
    const spec = (uri: URI) => `${revision}:${path.relative(topLevel, uri.fsPath).split(path.sep).join('/')}`;
    const show = (uri: URI) => execFileSync('git', ['show', spec(uri)], { cwd: topLevel, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
    const exists = (uri: URI) => {
        try {
            execFileSync('git', ['cat-file', '-e', spec(uri)], { cwd: topLevel, stdio: 'ignore' });
            return true;
        } catch {
            return false;
        }
    };
    const node = (uri: URI): FileSystemNode => ({ uri, isFile: exists(uri), isDirectory: false });
    const provider: FileSystemProvider = {
        stat: async uri => node(uri),
        statSync: node,
        exists: async uri => exists(uri),
        existsSync: exists,
        readFile: async uri => show(uri),
        readFileSync: show,
        readBinary: async uri => new TextEncoder().encode(show(uri)),
        readBinarySync: uri => new TextEncoder().encode(show(uri)),
        readDirectory: async () => [],
        readDirectorySync: () => []
    };
    return {
        provider,
        async readability(target, root) {
            if (!isInside(target.fsPath, root) || !isInside(target.fsPath, topLevel)) {
                return 'outside';
            }
            return exists(target) ? 'readable' : 'missing';
        },
        async size(uri) {
            const { stdout } = await run('git', ['cat-file', '-s', spec(uri)], { cwd: topLevel }).catch(() => ({ stdout: '' }));
            return /^[0-9]+\s*$/.test(stdout) ? Number(stdout) : undefined;
        }
    };
}

