import { realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { UsageError } from './exit-codes.js';
import { displayPath } from './problems.js';

/**
 * What a command writes with `--out`: a report, or a catalogue (`brik import`). `brik fmt` is
 * the one command that writes over `.brik` files, its own inputs, by design (whitespace only).
 */
export type OutputKind = 'report' | 'catalogue';

export interface OutputPolicy {
    readonly kind: OutputKind;
    /** Every file the command read: the given files and every file they include. */
    readonly inputs: readonly string[];
    /** `--overwrite`: a catalogue may replace an existing file (never one of the inputs). */
    readonly overwrite?: boolean;
}

/** The flag that lets `brik import --out` replace an existing file. */
export const OVERWRITE_FLAG = '--overwrite';

/** Two paths that name the same file on disk, also through a link or another spelling. */
async function sameFile(a: string, b: string): Promise<boolean> {
    if (path.resolve(a) === path.resolve(b)) {
        return true;
    }
    const [first, second] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
    return first !== undefined && second !== undefined && first.dev === second.dev && first.ino === second.ino;
}

/**
 * Refuses, before anything is written, a target no command may write: one of the files the
 * command read (never, whatever the flags); for a report, any `.brik` file, a catalogue's
 * name; for a catalogue, any existing file unless `--overwrite` says to replace it. Written
 * over in silence, a hand-written catalogue is lost (issue 21).
 */
export async function guardOutput(out: string, policy: OutputPolicy): Promise<void> {
    const shown = displayPath(path.resolve(out));
    for (const input of policy.inputs) {
        if (await sameFile(out, input)) {
            throw new UsageError(`--out ${shown} er en af de filer, kommandoen læser; den skrives aldrig over. Vælg et andet navn til --out.`);
        }
    }
    const existing = await stat(out).catch(() => undefined);
    if (policy.kind === 'report' && (out.toLowerCase().endsWith('.brik') || existing?.isFile() && path.extname(await realName(out)).toLowerCase() === '.brik')) {
        throw new UsageError(`--out ${shown} er en .brik-fil; en rapport skrives aldrig over et katalog eller som et. Giv rapporten formatets endelse, fx --out rapport.md.`);
    }
    if (policy.kind === 'catalogue' && existing !== undefined && !policy.overwrite) {
        throw new UsageError(`${shown} findes allerede, og brik import skriver ikke over den. Vælg et andet navn til --out, eller brug ${OVERWRITE_FLAG} for at erstatte den.`);
    }
}

/** The name a link leads to, so that `rapport.md` linked to `budget.brik` counts as a catalogue. */
function realName(file: string): Promise<string> {
    return realpath(file).catch(() => file);
}
