/** The CLI's exit codes (docs/cli.md). */
export const ExitCode = {
    /** No error (warnings allowed). */
    Ok: 0,
    /** The input has at least one error, or a report of it was refused. */
    Errors: 1,
    /** Brik could not run: no such file, bad flags, a file that could not be written. */
    CouldNotRun: 2
} as const;

/** A failure that ends the command with CouldNotRun and a one-line message on stderr. */
export class UsageError extends Error {}
