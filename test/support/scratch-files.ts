import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** The header of docs/language.md §1, for the small budgets the CLI tests write. */
export const HEADER = 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027';

/** Writes `content` to `name` below `dir`, making its folders; returns the file's path. */
export function writeIn(dir: string, name: string, content: string): string {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
}
