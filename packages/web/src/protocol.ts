/**
 * What the page and its worker say to each other beyond LSP and Brik's own requests
 * (`@brik/language/protocol`): the files the worker starts with.
 */

/** The first message the page posts to a new worker, before any LSP message: the catalogue's files. */
export interface StartMessage {
    readonly kind: 'brik-web/start';
    /** Every file of the opened folder or files, by URI (`file:///katalog/budget.brik`), as text. */
    readonly files: Readonly<Record<string, string>>;
}

export function isStartMessage(data: unknown): data is StartMessage {
    return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'brik-web/start';
}
