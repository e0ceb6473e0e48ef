import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { Area, Document, Interval, Series, Theme } from '@brik/language';
import { createBrikServices, isArea, isTheme } from '@brik/language';
import { ROOT } from './run-brik.js';

const { Brik } = createBrikServices(EmptyFileSystem);
const parse = parseHelper<Document>(Brik);
export const evaluator = Brik.evaluation.Evaluator;

/** The `.brik` files of a folder of the repository (relative paths), below it too if `deep`. */
export function brikFiles(folder: string, deep = false): string[] {
    return readdirSync(path.join(ROOT, folder), { recursive: deep, encoding: 'utf8' }).filter(name => name.endsWith('.brik')).sort()
        .map(name => path.join(folder, name));
}

/** The edits the formatter would make to a catalogue (none, for a formatted one). */
export async function formattingEdits(file: string) {
    const document = await parse(readFileSync(path.join(ROOT, file), 'utf8'));
    return Brik.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
}

/** Parses and validates a catalogue of the repository (a path relative to its root). */
export async function loadCatalogue(file: string) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const document = await parse(text, { validation: true });
    const root = document.parseResult.value;
    const containers = AstUtils.streamAllContents(root).filter(node => isTheme(node) || isArea(node)).toArray() as Array<Theme | Area>;
    /** The totals of the tema or område with this number or name. */
    const container = (numberOrName: string) => {
        const found = containers.find(c => (isTheme(c) && c.number === numberOrName) || c.name === numberOrName);
        if (!found) throw new Error(`no tema or område ${numberOrName} in ${file}`);
        return evaluator.totalsOf(found);
    };
    return { text, document, root, theme: container, area: container };
}

/** A computed interval as the catalogues print it: rounded to one decimal, `15.0..26.6`. */
export function printed(interval: Interval, decimals = 1): string {
    const min = interval.min.toFixed(decimals);
    const max = interval.max.toFixed(decimals);
    return min === max ? min : `${min}..${max}`;
}

export function budgetYear(series: Series): Interval {
    return series[0];
}
