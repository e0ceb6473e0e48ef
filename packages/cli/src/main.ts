import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import type { FmtOptions } from './commands/fmt.js';
import { fmtCommand } from './commands/fmt.js';
import type { ImportOptions } from './commands/import.js';
import { importCommand, UNITS } from './commands/import.js';
import type { ColumnOverrides } from './import/columns.js';
import { columnOverride, TEXT_ROLE_NAMES } from './import/columns.js';
import { SIGN_CONVENTIONS } from './import/sign-convention.js';
import type { ReportOptions } from './commands/report.js';
import { reportCommand } from './commands/report.js';
import { danishHelp, danishOutput } from './danish-commander.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { inputFileError, isFileSystemError } from './input-files.js';
import type { LimitOptions } from './limits.js';
import { IMPORT_DEFAULT_MAX_BYTES } from './import-limits.js';
import { limitOptions } from './limits.js';
import { OVERWRITE_FLAG } from './output-guard.js';
import type { ParserOptions } from './parser-choice.js';
import { parserOption } from './parser-choice.js';
import { REPORT_FORMAT_IDS } from '@brik/language';
import { formatsHelp } from './report-formats.js';
import { stayQuietOnClosedPipe } from './write-output.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

function program(setExit: (code: number) => void): Command {
    const brik = new Command('brik')
        .description('Tjek budgetkataloger skrevet i Brik, og lav rapporter af dem.')
        .version(version, '-v, --version', 'vis versionen')
        .helpOption('-h, --help', 'vis denne hjælp')
        .helpCommand('help [kommando]', 'vis hjælp til en kommando')
        .showHelpAfterError('(brug --help for at se mulighederne)')
        .exitOverride()
        .configureOutput(danishOutput)
        .configureHelp(danishHelp)
        .addHelpText('after', `
Eksempler:
  $ brik check examples/
  $ brik report examples/region-nordjylland-2024.brik --format md --out rapport.md
  $ brik report examples/ --format html --out rapporter/
  $ brik diff --git main budget.brik
  $ brik fmt --check examples/
  $ brik import spareforslag.xlsx --out spareforslag.brik

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
  $ brik check fra-andre.brik --max-bytes 2000000

Uden --max-bytes læses hver fil, der er plads til i hukommelsen; ellers stopper brik med kode 2
og siger, hvordan Node får mere. En fil over --max-bytes læses ikke og er en fejl i linje 1;
blokke '{ … }' dybere end --max-depth springes over med en fejl, hvor de begynder.
Afslutningskode 0 uden fejl (advarsler tilladt), 1 med mindst én fejl (også en fil, der ikke er
UTF-8), 2 hvis en fil ikke findes eller ikke må læses.`)
        .addOption(parserOption())
        .action(async (paths: string[], options: { format: 'text' | 'json' | 'sarif' } & LimitOptions & ParserOptions) => {
            setExit(await checkCommand(paths, { ...options, version }));
        });

    brik.command('report')
        .description('Beregn et budget, og skriv det som rapport: til standard output eller til en fil (hel eller slet ikke). En mappe giver én rapport pr. budget i den.')
        .argument('<sti>', 'budgettets .brik-fil, eller en mappe med kataloger (kræver --out)')
        .addOption(new Option('-f, --format <format>', 'rapportformat').choices(REPORT_FORMAT_IDS).default('json'))
        .option('-o, --out <sti>', 'skriv rapporten til denne fil i stedet for standard output (aldrig over en .brik-fil eller en fil, rapporten læser); for en mappe: mappen, rapporterne skrives i')
        .addOption(new Option('-l, --locale <sprog>', 'sprog og talformat: da (1.234,5) eller en (1,234.5)').choices(['da', 'en']).default('da'))
        .option('--allow-errors', 'lav rapporten, selv om filen har fejl (rapporten markeres)', false)
        .option('-s, --scenario <navn>', 'kun scenariets brikker, med scenariets beløb (niveau og uomgængelige dele)')
        .addOption(new Option('-p, --prisniveau <år>', 'omregn alle beløb til dette prisniveau med budgettets prisindeks').argParser(parseYear))
        .option('--browser <sti>', 'den Chromium-browser (Chromium, Chrome, Edge), der udskriver --format pdf; uden: den, der findes på maskinen')
        .helpOption('-h, --help', 'vis denne hjælp')
        .addHelpText('after', `
Eksempler:
  $ brik report budget.brik --format json > budget.json
  $ brik report budget.brik --format md --scenario "Forlig, minimum"
  $ brik report budget.brik --format html --prisniveau 2024 --out budget-pl2024.html
  $ brik report budget.brik --format md --out budget.md --locale en
  $ brik report budget.brik --format html --out budget.html
  $ brik report budget.brik --format xlsx --out budget.xlsx
  $ brik report budget.brik --format docx --out budget.docx
  $ brik report budget.brik --format pdf --out budget.pdf
  $ brik report examples/ --format html --out rapporter/

Formater:
${formatsHelp()}

En mappe giver OUT/<navn>.<format> for hvert budget under den; fragmenter springes over.
En fil over --max-bytes laves der ingen rapport af, heller ikke med --allow-errors.
Afslutningskode 1, hvis en fil har fejl (de øvrige rapporter skrives alligevel), 2 ved
forkert brug, fx en mappe uden --out.`)
        .addOption(parserOption())
        .action(async (target: string, options: ReportOptions) => {
            setExit(await reportCommand(target, options));
        });
    brik.command('diff')
        .description('Vis hvad der er ændret mellem to versioner af et budget: nye, fjernede, omdøbte og ændrede brikker, subtotaler og balance.')
        .argument('<fil...>', 'GAMMEL.brik NY.brik, eller med --git én fil')
        .option('-g, --git <rev>', 'sammenlign filen med dens version i git-revisionen REV (fx HEAD, main, en tag)')
        .addOption(new Option('-f, --format <format>', 'udskriftsformat').choices(['text', 'md', 'json']).default('text'))
        .addOption(new Option('-l, --locale <sprog>', 'sprog og talformat: da eller en').choices(['da', 'en']).default('da'))
        .option('--fail-on-change', 'afslut med kode 1, hvis noget er ændret (til pipelines)', false)
        .helpOption('-h, --help', 'vis denne hjælp')
        .addHelpText('after', `
Eksempler:
  $ brik diff budget-1-behandling.brik budget-2-behandling.brik
  $ brik diff --git main budget.brik --format md > ændringer.md
  $ brik diff --git HEAD~1 budget.brik --fail-on-change

Ældre beløb omregnes til den nye versions enhed. En version med fejl kan ikke sammenlignes (kode 1).
Afslutningskode 0; med --fail-on-change 1, hvis noget er ændret; 2 ved forkert brug.`)
        .action(async (files: string[], options: { git?: string; format: 'text' | 'md' | 'json'; locale: 'da' | 'en'; failOnChange: boolean } & LimitOptions) => {
            setExit(await diffCommand(files, options));
        });
    brik.command('fmt')
        .description('Formatér .brik-filer, som editoren gør: indrykning, mellemrum og justerede beløb. Kun mellemrum ændres, aldrig et tal, et navn eller en kommentar.')
        .argument('<sti...>', '.brik-filer og mapper')
        .option('-c, --check', 'skriv intet; vis de filer, der ikke er formateret, og afslut med kode 1, hvis der er nogen', false)
        .option('--fix', 'ret også tekst sat ind fra Word og PDF\'er (minustegn, hårde mellemrum mellem cifre, krøllede anførselstegn, \\ i stier) til Briks egne tegn; aldrig et tal. Hver rettelse vises', false)
        .helpOption('-h, --help', 'vis denne hjælp')
        .addHelpText('after', `
Eksempler:
  $ brik fmt budget.brik
  $ brik fmt examples/
  $ brik fmt --check examples/
  $ brik fmt --fix fra-pdf.brik

Uden --check skrives hver ændret fil hel eller slet ikke, og dens sti vises. En fil med
syntaksfejl, eller som ikke er gemt som UTF-8, røres ikke; den vises med sine fejl.
Afslutningskode 0, når alt er formateret; 1 med --check, hvis en fil ikke er formateret, og når en
fil har syntaksfejl; 2 hvis en fil ikke findes eller ikke må læses.`)
        .action(async (paths: string[], options: FmtOptions) => {
            setExit(await fmtCommand(paths, options));
        });
    brik.command('import')
        .description('Læs et budgetkatalog fra et regneark (.xlsx) eller en CSV-fil, og skriv det som en formateret .brik-fil, hvor hver subtotal i arket er en erklæret total, der tjekkes.')
        .argument('<fil>', 'FIL.xlsx eller FIL.csv')
        .option('--sheet <navn>', 'arket, der skal læses (standard: det første med en kendt overskriftsrække)')
        .option('-o, --out <fil>', 'skriv .brik-filen hertil (hel eller slet ikke) i stedet for standard output; en fil, der findes, erstattes kun med --overwrite')
        .option(OVERWRITE_FLAG, 'erstat --out-filen, hvis den findes (aldrig den fil, der importeres)', false)
        .addOption(new Option('--enhed <enhed>', 'beløbenes enhed, hvis arket ikke siger den').choices(UNITS))
        .addOption(new Option('--prisniveau <år>', 'prisniveauet, hvis arket ikke siger det').argParser(parseYear))
        .addOption(new Option('--år <år>', 'årene, hvis arket ikke har en kolonne pr. år: 2024 eller 2024..2027').argParser(parseYears))
        .addOption(new Option('--fortegn <konvention>', 'arkets fortegn: udgift (+ er merudgift, som i Brik) eller besparelse (positive tal er besparelser, skrives som omstilling med negative beløb)').choices(SIGN_CONVENTIONS))
        .addOption(new Option('--kolonne <bogstav=betydning>', 'hvad en kolonne betyder, fx C=2024, D=tema, F=ignorer (kan gentages)').argParser(parseColumnOverride))
        .option('--vis', 'vis, hvordan hver kolonne og række læses, og skriv intet')
        .helpOption('-h, --help', 'vis denne hjælp')
        .addHelpText('after', `
Eksempler:
  $ brik import spareforslag.xlsx --fortegn besparelse --out spareforslag.brik
  $ brik import katalog.xlsx --vis
  $ brik import katalog.csv --kolonne E=ignorer --kolonne C="2024 min" --out katalog.brik
  $ brik import katalog.xlsx --sheet "Ark2" --enhed "mio. kr." --prisniveau 2023 --år 2024..2027 --out katalog.brik
  $ brik import oversigt.csv > oversigt.brik

Kendte kolonner: navn (Budgetbrik, Forslag, Navn, Initiativ), Type, (!), *, Markering, Virksomhed,
Kategori (Eff/BAO/AM), Bemærkning/Note, et år pr. kolonne (2024, 2024 min), Varigt/Permanent,
Tidligere år, Efterfølgende år, I alt/Overslag i alt, Årsværk/Personaleændringer, Drift/Anlæg,
Opdrift/Omstilling/Finansiering. Rækker med "I alt …" eller "Total …" bliver til total-linjer.
Det, der ikke kan oversættes, bliver en //-kommentar og en advarsel, der nævner cellen (Ark1!C14).
Et regneark eller en CSV-fil over ${new Intl.NumberFormat('da-DK').format(IMPORT_DEFAULT_MAX_BYTES)} byte (på disken eller pakket ud) læses ikke; --max-bytes
hæver grænsen. En fil, der findes, erstattes af --out kun med --overwrite.
Afslutningskode 0, når hvert tal i arket står i filen, og den er uden fejl (advarsler tilladt);
1, når filen er skrevet, men en celle i en beløbskolonne ikke kunne læses (cellen nævnes), eller
den importerede fil har fejl (fx en subtotal i arket, der ikke passer); 2 hvis filen ikke kan
læses, eller et tilvalg mangler.`)
        .action(async (file: string, options: ImportOptions) => {
            setExit(await importCommand(file, options));
        });
    for (const command of brik.commands) {
        limitOptions().forEach(option => command.addOption(option));
    }
    return brik;
}

function parseYear(text: string): number {
    if (!/^[0-9]{4}$/.test(text)) {
        throw new InvalidArgumentError('skriv et firecifret år, fx 2024.');
    }
    return Number(text);
}

function parseYears(text: string): number[] {
    const match = /^([0-9]{4})(?:\.\.([0-9]{4}))?$/.exec(text);
    const first = Number(match?.[1]);
    const last = Number(match?.[2] ?? match?.[1]);
    if (!match || last < first || last - first >= 10) {
        throw new InvalidArgumentError('skriv et år eller en periode på højst 10 år, fx 2024 eller 2024..2027.');
    }
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** `C=2024` for --kolonne, added to the ones given before it. */
function parseColumnOverride(text: string, previous: ColumnOverrides | undefined): ColumnOverrides {
    const override = columnOverride(text);
    if (!override) {
        throw new InvalidArgumentError(`skriv en kolonnes bogstav og en overskrift, Brik kender, fx C=2024, C="2024 min", D=Varigt eller en af ${Object.values(TEXT_ROLE_NAMES).join(', ')}.`);
    }
    return new Map([...previous ?? [], override]);
}

/** Runs the CLI and returns its exit code; it never throws and never prints a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
    let exitCode: number = ExitCode.Ok;
    stayQuietOnClosedPipe();
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
        if (isFileSystemError(error) && error.path !== undefined) {
            // A file that went away or could not be read mid-command: the same words as when it is named.
            process.stderr.write(`brik: ${inputFileError(error.path, error).message}\n`);
            return ExitCode.CouldNotRun;
        }
        process.stderr.write(`brik: uventet fejl: ${(error as Error)?.message ?? String(error)}\n`);
        return ExitCode.CouldNotRun;
    }
}
