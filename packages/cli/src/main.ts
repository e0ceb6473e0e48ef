import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { checkCommand } from './commands/check.js';
import { reportCommand } from './commands/report.js';
import { ExitCode, UsageError } from './exit-codes.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

function program(setExit: (code: number) => void): Command {
    const brik = new Command('brik')
        .description('Tjek budgetkataloger skrevet i Brik, og lav rapporter af dem.')
        .version(version, '-v, --version', 'vis versionen')
        .helpOption('-h, --help', 'vis denne hjælp')
        .helpCommand('help [kommando]', 'vis hjælp til en kommando')
        .showHelpAfterError('(brug --help for at se mulighederne)')
        .exitOverride()
        .addHelpText('after', `
Eksempler:
  $ brik check examples/
  $ brik report examples/region-nordjylland-2024.brik --format md --out rapport.md

Afslutningskoder: 0 ingen fejl (advarsler tilladt), 1 fejl i input, 2 kunne ikke køre.`);

    brik.command('check')
        .description('Tjek filer og mapper (alle .brik-filer under en mappe), og skriv hvert problem som path:linje:kolonne: error|warning: besked [kode].')
        .argument('<sti...>', '.brik-filer og mapper')
        .addOption(new Option('-f, --format <format>', 'udskriftsformat').choices(['text', 'json', 'sarif']).default('text'))
        .helpOption('-h, --help', 'vis denne hjælp')
        .addHelpText('after', `
Eksempler:
  $ brik check budget.brik
  $ brik check examples/ --format sarif > brik.sarif

Afslutningskode 0 uden fejl (advarsler tilladt), 1 med mindst én fejl, 2 hvis en fil ikke findes.`)
        .action(async (paths: string[], options: { format: 'text' | 'json' | 'sarif' }) => {
            setExit(await checkCommand(paths, { format: options.format, version }));
        });

    brik.command('report')
        .description('Beregn et budget, og skriv det som rapport: til standard output eller til en fil (hel eller slet ikke).')
        .argument('<fil>', 'budgettets .brik-fil')
        .addOption(new Option('-f, --format <format>', 'rapportformat').choices(['json', 'md']).default('json'))
        .option('-o, --out <sti>', 'skriv rapporten til denne fil i stedet for standard output')
        .addOption(new Option('-l, --locale <sprog>', 'sprog og talformat: da (1.234,5) eller en (1,234.5)').choices(['da', 'en']).default('da'))
        .option('--allow-errors', 'lav rapporten, selv om filen har fejl (rapporten markeres)', false)
        .helpOption('-h, --help', 'vis denne hjælp')
        .addHelpText('after', `
Eksempler:
  $ brik report budget.brik --format json > budget.json
  $ brik report budget.brik --format md --out budget.md --locale en

JSON-formatet (brik-report/1) er en stabil grænseflade: hvert beløb er en decimal-streng.`)
        .action(async (file: string, options: { format: 'json' | 'md'; out?: string; locale: 'da' | 'en'; allowErrors: boolean }) => {
            setExit(await reportCommand(file, options));
        });
    return brik;
}

/** Runs the CLI and returns its exit code; it never throws and never prints a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
    let exitCode: number = ExitCode.Ok;
    try {
        await program(code => exitCode = code).parseAsync(argv as string[]);
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version exit 0; every other commander error is a usage error.
            return error.exitCode === 0 ? ExitCode.Ok : ExitCode.CouldNotRun;
        }
        if (error instanceof UsageError) {
            process.stderr.write(`brik: ${error.message}\n`);
            return ExitCode.CouldNotRun;
        }
        process.stderr.write(`brik: uventet fejl: ${(error as Error)?.message ?? String(error)}\n`);
        return ExitCode.CouldNotRun;
    }
}
