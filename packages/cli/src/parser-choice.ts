import { Option } from 'commander';
import type { ParserKind } from '@brik/language';

/**
 * The one place that says which parser `brik check` and `brik report` read whole files with.
 *
 * `fast` reads a file without the concrete syntax tree the editor needs (packages/language/src/
 * parser/fast/), and gives Langium's parser every file it cannot read exactly as Langium would (a
 * syntax error, a number pasted from Word, curly quotes). A file that gets a diagnostic is parsed
 * again by Langium when the first check asks for a position, so that every range and message is
 * Langium's. `test/fast-parser-differential.test.ts` holds the two to the same AST, the same
 * diagnostics and the same output. `--parser langium` forces Langium's parser.
 */
export const DEFAULT_PARSER: ParserKind = 'fast';

export const PARSER_KINDS: readonly ParserKind[] = ['fast', 'langium'];

export interface ParserOptions {
    readonly parser?: ParserKind;
}

/** `--parser fast|langium`, for the commands that read with DEFAULT_PARSER. */
export function parserOption(): Option {
    return new Option('--parser <parser>', "hvilken parser filerne læses med: 'fast' (uden det syntakstræ, editoren bruger; en fil med fejl eller advarsler læses også af langium, så positionerne er de samme) eller 'langium'")
        .choices(PARSER_KINDS).default(DEFAULT_PARSER);
}
