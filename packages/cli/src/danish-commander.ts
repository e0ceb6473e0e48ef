import type { Help, Option, OutputConfiguration } from 'commander';

/**
 * Commander writes its help headings and usage errors in English. Brik's users read Danish, so
 * the headings are renamed and each error commander can raise is rewritten here; a message this
 * table does not know (a newer commander) is shown as commander wrote it, never dropped.
 */
const TITLES: Readonly<Record<string, string>> = {
    'Usage:': 'Brug:',
    'Arguments:': 'Argumenter:',
    'Options:': 'Tilvalg:',
    'Global Options:': 'Fælles tilvalg:',
    'Commands:': 'Kommandoer:'
};

type Rewrite = readonly [RegExp, (...groups: string[]) => string];

const ERRORS: readonly Rewrite[] = [
    [/^error: unknown option '(.*)'$/, flag => `ukendt tilvalg '${flag}'.`],
    [/^error: unknown command '(.*)'$/, name => `ukendt kommando '${name}'. Kommandoerne er check, report og diff.`],
    [/^error: missing required argument '(.*)'$/, name => `mangler <${name}>.`],
    [/^error: option '(.*)' argument missing$/, flags => `tilvalget ${flags} mangler sin værdi.`],
    [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
        (flags, value, choices) => `'${value}' kan ikke bruges til ${flags}; vælg mellem ${choices}.`],
    [/^error: option '(.*)' argument '(.*)' is invalid\. (.*)$/, (flags, value, reason) => `'${value}' kan ikke bruges til ${flags}: ${reason}`],
    [/^error: too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+)\.$/,
        (expected, got) => `for mange argumenter: kommandoen tager ${expected}, men fik ${got}.`]
];

const SUGGESTION = /^\(Did you mean (?:one of )?(.*)\?\)$/;

/** Commander's error text, first line the error and perhaps a second with its suggestion, in Danish. */
export function danishError(text: string): string {
    const [first, ...rest] = text.trimEnd().split('\n');
    let message = first;
    for (const [expression, rewrite] of ERRORS) {
        const groups = expression.exec(first);
        if (groups) {
            message = `brik: ${rewrite(...groups.slice(1))}`;
            break;
        }
    }
    const suggestions = rest.map(line => {
        const similar = SUGGESTION.exec(line);
        return similar ? `Mente du ${similar[1].split(', ').join(' eller ')}?` : line;
    });
    return [message, ...suggestions].join('\n') + '\n';
}

export const danishOutput: OutputConfiguration = {
    outputError: (text, write) => write(danishError(text))
};

/** Commander's own placeholders, `[options]` and `[command]`, in the words of the headings. */
function danishPlaceholders(text: string): string {
    return text.replace('[options]', '[tilvalg]').replace('[command]', '[kommando]');
}

/** Help with Danish headings, and the choices and default of an option in Danish words. */
export const danishHelp: Partial<Help> = {
    styleTitle: title => TITLES[title] ?? title,
    styleUsage: usage => danishPlaceholders(usage),
    // The command list in `brik --help`: `check [tilvalg] <sti...>`.
    styleSubcommandTerm: term => danishPlaceholders(term),
    optionDescription(option: Option): string {
        const extra: string[] = [];
        if (option.argChoices) {
            extra.push(`en af ${option.argChoices.join(', ')}`);
        }
        // A flag's default (false) says nothing a user needs; a value's default does.
        if (option.defaultValue !== undefined && (option.required || option.optional)) {
            extra.push(`standard: ${option.defaultValueDescription ?? String(option.defaultValue)}`);
        }
        return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
    }
};
