import type { Locale } from '@brik/language/words';

/**
 * The words of the page's own controls, in Danish and English: one table per locale, typed
 * alike, as `@brik/language/words` is for figures. Words beside a figure (Balance, drift, ukendt)
 * come from `@brik/language/words`, never from here; diagnostics are Danish only.
 */
export interface PageWords {
    readonly openFolder: string;
    readonly openFiles: string;
    readonly openFolderFiles: string;
    readonly newCatalogue: string;
    readonly examples: string;
    readonly save: string;
    readonly share: string;
    readonly shareCopied: string;
    readonly shareTooLarge: string;
    readonly report: string;
    readonly download: string;
    readonly print: string;
    readonly language: string;
    readonly files: string;
    readonly outline: string;
    readonly problems: string;
    readonly noProblems: string;
    readonly dropHere: string;
    readonly unsaved: string;
    readonly saved: (name: string) => string;
    readonly downloaded: (name: string) => string;
    /** The question before a report that rests on errors, as `brik report --allow-errors` would make it. */
    readonly downloadWithErrors: (errors: number) => string;
    readonly noBudget: string;
    readonly importing: (name: string) => string;
    readonly imported: (name: string, warnings: number) => string;
    readonly importFailed: (name: string, message: string) => string;
    readonly starting: string;
    readonly reportBasedOnErrors: string;
}

const da: PageWords = {
    openFolder: 'Åbn mappe',
    openFiles: 'Åbn filer',
    openFolderFiles: 'Åbn mappe (filer)',
    newCatalogue: 'Nyt katalog',
    examples: 'Eksempler',
    save: 'Gem',
    share: 'Del link',
    shareCopied: 'Linket er kopieret. Kataloget står i linket og sendes ikke til nogen server.',
    shareTooLarge: 'Kataloget er for stort til et link; gem filen og send den i stedet.',
    report: 'Rapport',
    download: 'Hent',
    print: 'Udskriv (PDF)',
    language: 'Sprog',
    files: 'Filer',
    outline: 'Disposition',
    problems: 'Problemer',
    noProblems: 'Ingen problemer.',
    dropHere: 'Slip .brik-, .xlsx- eller .csv-filer her',
    unsaved: 'Der er ændringer, der ikke er gemt.',
    saved: name => `${name} er gemt.`,
    downloaded: name => `${name} er hentet.`,
    downloadWithErrors: errors => `Filen har ${errors === 1 ? 'en fejl' : `${errors} fejl`}, og rapporten vil bygge på dem (den markeres). Hent den alligevel?`,
    noBudget: 'Filen indeholder ikke et budget.',
    importing: name => `Importerer ${name} …`,
    imported: (name, warnings) => `${name} er importeret${warnings > 0 ? ` med ${warnings === 1 ? 'én advarsel' : `${warnings} advarsler`} (se Problemer)` : ''}.`,
    importFailed: (name, message) => `${name} kunne ikke importeres: ${message}`,
    starting: 'Starter sprogserveren …',
    reportBasedOnErrors: 'Rapporten bygger på en fil med fejl.'
};

const en: PageWords = {
    openFolder: 'Open folder',
    openFiles: 'Open files',
    openFolderFiles: 'Open folder (files)',
    newCatalogue: 'New catalogue',
    examples: 'Examples',
    save: 'Save',
    share: 'Share link',
    shareCopied: 'The link is copied. The catalogue is in the link and is sent to no server.',
    shareTooLarge: 'The catalogue is too large for a link; save the file and send it instead.',
    report: 'Report',
    download: 'Download',
    print: 'Print (PDF)',
    language: 'Language',
    files: 'Files',
    outline: 'Outline',
    problems: 'Problems',
    noProblems: 'No problems.',
    dropHere: 'Drop .brik, .xlsx or .csv files here',
    unsaved: 'There are unsaved changes.',
    saved: name => `${name} is saved.`,
    downloaded: name => `${name} is downloaded.`,
    downloadWithErrors: errors => `The file has ${errors === 1 ? 'an error' : `${errors} errors`}, and the report would rest on them (it is marked). Download it anyway?`,
    noBudget: 'The file holds no budget.',
    importing: name => `Importing ${name} …`,
    imported: (name, warnings) => `${name} is imported${warnings > 0 ? ` with ${warnings} warning${warnings === 1 ? '' : 's'} (see Problems)` : ''}.`,
    importFailed: (name, message) => `${name} could not be imported: ${message}`,
    starting: 'Starting the language server …',
    reportBasedOnErrors: 'The report rests on a file with errors.'
};

export function pageWords(locale: Locale): PageWords {
    return locale === 'en' ? en : da;
}
