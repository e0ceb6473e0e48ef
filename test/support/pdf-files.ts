import { execFileSync } from 'node:child_process';

// A PDF read as a reader reads it, with Debian's poppler-utils (.ci/run installs them).

/** pdftotext -layout, with Word's non-breaking hyphen and the word joiners read as what they show. */
export function pdfText(file: string): string {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\u2011/g, '-').replace(/\u2060/g, '');
}

/** The number of pages, as pdfinfo counts them. */
export function pdfPages(file: string): number {
    return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}
