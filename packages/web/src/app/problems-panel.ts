import type { Diagnostic } from 'vscode-languageserver-protocol';
import { messageText } from '../client/monaco-convert.js';
import type { PageWords } from './page-words.js';

/** One line of the problems list: a diagnostic of a file, or an importer's warning about a cell. */
export interface Problem {
    readonly path: string;
    readonly uri: string;
    readonly diagnostic: Diagnostic;
}

const SEVERITY = ['', 'fejl', 'advarsel', 'info', 'tip'] as const;

/**
 * The problems of every file of the catalogue as text, errors first, each a button that jumps
 * to its place in the editor: what a screen reader reads, and what a user can copy.
 */
export class ProblemsPanel {
    constructor(private readonly list: HTMLOListElement, private readonly count: HTMLElement, private readonly jump: (problem: Problem) => void) {}

    show(problems: readonly Problem[], words: PageWords): void {
        const sorted = [...problems].sort((a, b) => (a.diagnostic.severity ?? 1) - (b.diagnostic.severity ?? 1)
            || a.path.localeCompare(b.path, 'da') || a.diagnostic.range.start.line - b.diagnostic.range.start.line);
        this.count.textContent = `(${problems.length})`;
        const items = sorted.map(problem => {
            const { diagnostic } = problem;
            const item = document.createElement('li');
            const severity = SEVERITY[diagnostic.severity ?? 1] ?? 'fejl';
            item.className = `problem severity-${diagnostic.severity ?? 1}`;
            const button = document.createElement('button');
            button.type = 'button';
            const place = document.createElement('span');
            place.className = 'place';
            place.textContent = `${problem.path}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
            const kind = document.createElement('span');
            kind.className = 'kind';
            kind.textContent = severity;
            const message = document.createElement('span');
            message.className = 'text';
            message.textContent = messageText(diagnostic);
            button.append(kind, ' ', place, ' ', message);
            if (diagnostic.code !== undefined) {
                const code = document.createElement('span');
                code.className = 'code';
                code.textContent = `[${String(diagnostic.code)}]`;
                button.append(' ', code);
            }
            button.addEventListener('click', () => this.jump(problem));
            item.append(button);
            return item;
        });
        if (items.length === 0) {
            const none = document.createElement('li');
            none.className = 'none';
            none.textContent = words.noProblems;
            items.push(none);
        }
        this.list.replaceChildren(...items);
    }
}
