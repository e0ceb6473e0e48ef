/**
 * How much of its input Brik reads, so that no file exhausts memory or the stack: beyond a
 * limit, Brik reports a positioned error instead of reading on.
 */
export interface BrikLimits {
    /** The most characters of one file that are read; a longer file is one error at its start. */
    readonly maxCharacters: number;
    /**
     * The deepest nesting of `{ … }` blocks. An included fragment counts one level below its
     * `inkluder`, so that a catalogue assembled from many files is bounded too.
     */
    readonly maxDepth: number;
}

/** Far beyond any real catalogue (the largest are well under 1 MB and 8 levels deep). */
export const DEFAULT_LIMITS: BrikLimits = { maxCharacters: 2_000_000, maxDepth: 32 };

/**
 * The highest `maxDepth` that may be configured: the parser descends once per level, and a
 * few hundred levels exhaust Node's default stack.
 */
export const MAX_DEPTH_CEILING = 100;

/** The highest `maxCharacters` that may be configured: 100 MB, far past what the editor can show. */
export const MAX_CHARACTERS_CEILING = 100_000_000;

/**
 * No limit on a file's characters: for the CLI, which counts the memory its files need before it
 * reads them (and so refuses what would not fit), where the editor keeps its limit.
 */
export const NO_CHARACTER_LIMIT = Number.POSITIVE_INFINITY;

/** The limits with some of them overridden, each kept within its ceiling (or lifted with NO_CHARACTER_LIMIT). */
export function limitsOf(overrides: Partial<BrikLimits> = {}): BrikLimits {
    const clamp = (value: number | undefined, fallback: number, ceiling: number) =>
        value === undefined || !Number.isInteger(value) || value < 1 ? fallback : Math.min(value, ceiling);
    return {
        maxCharacters: overrides.maxCharacters === NO_CHARACTER_LIMIT
            ? NO_CHARACTER_LIMIT
            : clamp(overrides.maxCharacters, DEFAULT_LIMITS.maxCharacters, MAX_CHARACTERS_CEILING),
        maxDepth: clamp(overrides.maxDepth, DEFAULT_LIMITS.maxDepth, MAX_DEPTH_CEILING)
    };
}
