import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_LIMITS, MAX_CHARACTERS_CEILING, MAX_DEPTH_CEILING } from '@brik/language';

/**
 * How much the CLI reads: `--max-bytes` of each file and `--max-depth` levels of `{ … }`.
 * Without `--max-bytes` a file of any size is read if it fits in memory: the MemoryBudget
 * counts each file before it is read and refuses what would not fit, so a byte limit by
 * default would only refuse large catalogues that Brik can check.
 */
export interface LimitOptions {
    readonly maxBytes?: number;
    readonly maxDepth: number;
}

export const DEFAULT_LIMIT_OPTIONS: LimitOptions = { maxDepth: DEFAULT_LIMITS.maxDepth };

function wholeNumber(ceiling: number, example: string) {
    return (text: string): number => {
        const value = /^[0-9]+$/.test(text) ? Number(text) : NaN;
        if (!(value >= 1 && value <= ceiling)) {
            throw new InvalidArgumentError(`skriv et helt tal fra 1 til ${ceiling}, fx ${example}.`);
        }
        return value;
    };
}

/** The two options, for every command that reads `.brik` files. */
export function limitOptions(): Option[] {
    return [
        new Option('--max-bytes <byte>', `læs højst så mange byte af hver fil, op til ${MAX_CHARACTERS_CEILING}; en større fil er en fejl, og den læses ikke (uden tilvalget: hver fil, der er plads til i hukommelsen)`)
            .argParser(wholeNumber(MAX_CHARACTERS_CEILING, '5000000')),
        new Option('--max-depth <niveauer>', `højst så mange blokke '{ … }' inde i hinanden, også gennem inkluder; det, der står dybere, er en fejl og læses ikke; op til ${MAX_DEPTH_CEILING}`)
            .argParser(wholeNumber(MAX_DEPTH_CEILING, '40')).default(DEFAULT_LIMIT_OPTIONS.maxDepth)
    ];
}
