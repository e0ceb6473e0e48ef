import type { CompletionContext } from 'langium/lsp';

/** The part of a name the user has typed, and the text a completion of it replaces. */
export interface TypedName {
    /** What stands between the opening quote (if any) and the cursor. */
    readonly typed: string;
    readonly start: number;
    readonly end: number;
}

/** Where the name the cursor is in begins: an opening quote before it on its line that no quote closes. */
function openingQuote(line: string): number | undefined {
    let open: number | undefined;
    for (let i = 0; i < line.length; i++) {
        if (open !== undefined && line[i] === '\\') {
            i++;
        } else if (line[i] === '"') {
            open = open === undefined ? i : undefined;
        } else if (open === undefined && line.startsWith('//', i)) {
            return undefined;
        }
    }
    return open;
}

/** Just after the quote that closes the name at `from`, if one does on the same line. */
function closingQuote(text: string, from: number): number | undefined {
    for (let i = from; i < text.length && text[i] !== '\n' && text[i] !== '\r'; i++) {
        if (text[i] === '\\') {
            i++;
        } else if (text[i] === '"') {
            return i + 1;
        }
    }
    return undefined;
}

/**
 * Names are written in quotes, and an editor closes a quote as it is opened: the user completes
 * `medtag "Aff|"`, or `medtag "Neuro reha|` where it does not. Langium would match `"Aff`
 * against the name, or only the last word, and leave the opening quote beside the inserted
 * `"Affaldssortering"`. Here the quotes are not part of what is typed, and a completion replaces
 * the name with both its quotes.
 */
export function typedName(context: CompletionContext): TypedName {
    const text = context.textDocument.getText();
    const { tokenOffset, offset } = context;
    const start = nameStart(text, offset);
    if (start === undefined) {
        return { typed: text.substring(tokenOffset, offset), start: tokenOffset, end: offset };
    }
    return { typed: text.substring(start + 1, offset), start, end: closingQuote(text, offset) ?? offset };
}

/** The offset of the opening quote of the name `offset` stands in, if it stands in one. */
export function nameStart(text: string, offset: number): number | undefined {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const open = openingQuote(text.substring(lineStart, offset));
    return open === undefined ? undefined : lineStart + open;
}

/** A label as the user would type it: a quoted label (a virksomhed) without its quotes. */
export function unquoted(label: string): string {
    return label.length >= 2 && label.startsWith('"') && label.endsWith('"') ? label.slice(1, -1) : label;
}
