import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { AstNode, ParseResult } from 'langium';
import { EmptyFileSystem, isReference } from 'langium';
import { afterAll, describe, expect, it } from 'vitest';
import type { Budget, ParserKind } from '@brik/language';
import { buildReportModel, createBrikServices, fastParseStatistics, isBudget, isFastParse, jsonReport, reportScope } from '@brik/language';
import { loadDocuments } from '../packages/cli/src/load-documents.js';
import { problemsOf } from '../packages/cli/src/problems.js';
import { DEFAULT_LIMIT_OPTIONS } from '../packages/cli/src/limits.js';
import { diskFiles } from '../packages/cli/src/source-files.js';
import { caseSeed, fuzzCase, seedCatalogues } from './fuzz/fuzz-cases.js';
import { ROOT, runBrik } from './support/run-brik.js';

/**
 * The fast parser (packages/language/src/parser/fast/) against Langium's, which it must never
 * contradict: over every example, fixture, brik block of docs/language.md and a fuzz corpus,
 * - where Langium's parse has a lexing or syntax error, the fast parser gives the text to Langium;
 * - where the fast parser answers, its AST is Langium's: every node, type, container, property,
 *   value and reference text;
 * - validated on its AST, the same diagnostics (code, severity, message) as on Langium's;
 * - and `brik check`'s problems, with their exact ranges, and `brik report --format json` are
 *   the same with `--parser fast` as with `--parser langium`.
 */

const langium = createBrikServices(EmptyFileSystem).Brik.parser.LangiumParser;
const fast = createBrikServices({ ...EmptyFileSystem, parser: 'fast' }).Brik.parser.LangiumParser;

/** A node as plain data: what an AST comparison can see, and whether each child points back at its container. */
function shape(node: AstNode, container?: AstNode): Record<string, unknown> {
    const result: Record<string, unknown> = {
        $type: node.$type,
        $containerProperty: node.$containerProperty,
        $containerIndex: node.$containerIndex,
        $containerIsParent: node.$container === container
    };
    for (const [key, value] of Object.entries(node)) {
        if (!key.startsWith('$')) {
            result[key] = plain(value, node);
        }
    }
    return result;
}

function plain(value: unknown, container: AstNode): unknown {
    if (Array.isArray(value)) {
        return value.map(item => plain(item, container));
    }
    if (isReference(value)) {
        return { $refText: value.$refText };
    }
    if (typeof value === 'object' && value !== null && '$type' in value) {
        return shape(value as AstNode, container);
    }
    return value;
}

function hasErrors(result: ParseResult): boolean {
    return result.lexerErrors.length > 0 || result.parserErrors.length > 0 || (result.lexerReport?.diagnostics.length ?? 0) > 0;
}

interface Counts {
    fast: number;
    langium: number;
}

/** Parses with both; returns whether the fast parser answered. */
function compareParse(text: string): boolean {
    const expected = langium.parse(text);
    const actual = fast.parse(text);
    if (!isFastParse(actual.value)) {
        return false;
    }
    expect(hasErrors(expected), 'the fast parser answered where Langium has an error').toBe(false);
    expect(hasErrors(actual)).toBe(false);
    expect(shape(actual.value)).toStrictEqual(shape(expected.value));
    return true;
}

const workspaces: string[] = [];
afterAll(() => workspaces.forEach(folder => rmSync(folder, { recursive: true, force: true })));
// A throw inside the fast parser falls back to Langium, so the outputs agree: count it as a failure here.
afterAll(() => expect(fastParseStatistics.failures).toBe(0));

function writeWorkspace(files: Readonly<Record<string, string>>): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'brik-differential-'));
    workspaces.push(folder);
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        writeFileSync(path.join(folder, name), text);
    }
    return folder;
}

function jsonReports(workspace: Awaited<ReturnType<typeof loadDocuments>>): string[] {
    return workspace.documents.filter(document => isBudget(document.parseResult.value)).map(document => {
        const scope = reportScope(workspace.services.shared, document);
        const model = buildReportModel(workspace.services.evaluation.Evaluator, document.parseResult.value as Budget, { basedOnErrors: scope.basedOnErrors });
        return jsonReport(model);
    });
}

/** The files of a workspace checked and reported with both parsers: the same problems, with their ranges, and the same reports. */
async function compareWorkspace(folder: string, targets: readonly string[], counts: Counts): Promise<void> {
    const files = targets.map(target => path.join(folder, target));
    const options = (parser: ParserKind) => ({ ...DEFAULT_LIMIT_OPTIONS, parser });
    const reference = await loadDocuments(files, folder, diskFiles, options('langium'));
    const parsesBefore = fastParseStatistics.langiumParses;
    const chosen = await loadDocuments(files, folder, diskFiles, options('fast'));
    const problems = problemsOf(chosen.documents, chosen.unread);
    expect(problems).toStrictEqual(problemsOf(reference.documents, reference.unread));
    expect(jsonReports(chosen)).toStrictEqual(jsonReports(reference));
    const read = chosen.documents.filter(document => isFastParse(document.parseResult.value));
    if (read.length > 0) {
        counts.fast++;
    } else {
        counts.langium++;
    }
    // Langium parses a fast-read file again only to position a diagnostic (one a `// tillad:` may
    // then allow), or to name a line in one (a name in two files): never in a clean workspace.
    const mayBeReported = chosen.documents.some(document => (document.diagnostics ?? []).length > 0 || document.textDocument.getText().includes('tillad:'));
    expect(fastParseStatistics.langiumParses - parsesBefore).toBeLessThanOrEqual(mayBeReported ? read.length : 0);
}

function brikFiles(folder: string): string[] {
    return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.brik')).sort()
        .map(name => path.join(folder, name));
}

const CORPUS = [...brikFiles('examples'), ...brikFiles('test/fixtures'), ...readdirSync(path.join(ROOT, 'packages'))
    .flatMap(pkg => { try { return brikFiles(`packages/${pkg}/test`); } catch { return []; } })];

/** docs/language.md's brik blocks, a block of members wrapped in a budget as language-reference.test.ts does. */
function referenceBlocks(): string[] {
    const markdown = readFileSync(path.join(ROOT, 'docs/language.md'), 'utf8');
    return [...markdown.matchAll(/^```brik\n([\s\S]*?)^```$/gm)].map(match => {
        const text = match[1];
        return /^\s*(?:\/\/[^\n]*\n\s*)*(budget|fragment)\b/.test(text) ? text : `budget "Test" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n${text}\n}\n`;
    });
}

/** Names the mutant (by its seed: `fuzzCase(seedCatalogues(), seed)`) when a comparison fails. */
function withSeed<T>(seed: number, compare: () => T): T {
    try {
        const result = compare();
        return result instanceof Promise ? result.catch((error: unknown) => { throw failedAt(seed, error); }) as T : result;
    } catch (error) {
        throw failedAt(seed, error);
    }
}

function failedAt(seed: number, error: unknown): Error {
    return new Error(`mutant ${seed}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

const FUZZ_SEED = 20261129;
const MUTANTS = 300;

describe('the fast parser against Langium\'s', () => {
    it('gives the same AST for every example and fixture, and answers for the clean ones', () => {
        expect(CORPUS.length).toBeGreaterThan(40);
        const answered = CORPUS.filter(file => compareParse(readFileSync(path.join(ROOT, file), 'utf8')));
        // Every example is clean, so the fast parser must read them all itself.
        expect(answered.filter(file => file.startsWith('examples/')).length).toBe(CORPUS.filter(file => file.startsWith('examples/')).length);
    }, 120_000);

    it('gives the same AST for every brik block of docs/language.md', () => {
        const blocks = referenceBlocks();
        expect(blocks.length).toBeGreaterThan(15);
        const answered = blocks.filter(compareParse);
        expect(answered.length).toBeGreaterThan(blocks.length / 2);
    });

    it(`gives the same AST for ${MUTANTS} mutants, or gives them to Langium`, () => {
        const seeds = seedCatalogues();
        let answered = 0;
        for (let n = 0; n < MUTANTS; n++) {
            const mutant = fuzzCase(seeds, caseSeed(FUZZ_SEED, n));
            if (withSeed(mutant.seed, () => compareParse(mutant.files[mutant.target]))) {
                answered++;
            }
        }
        // Most mutants have a syntax error; those that do not must be read by the fast parser.
        expect(answered).toBeGreaterThan(MUTANTS / 10);
    }, 120_000);

    it('gives the same check output and JSON report for every example and fixture', async () => {
        const counts = { fast: 0, langium: 0 };
        for (const file of CORPUS) {
            await compareWorkspace(path.join(ROOT, path.dirname(file)), [path.basename(file)], counts);
        }
        expect(counts.fast).toBeGreaterThan(0);
    }, 240_000);

    it('gives the same check output and JSON report for the brik blocks of docs/language.md', async () => {
        const counts = { fast: 0, langium: 0 };
        for (const text of referenceBlocks()) {
            await compareWorkspace(writeWorkspace({ 'eksempel.brik': text }), ['eksempel.brik'], counts);
        }
        expect(counts.fast).toBeGreaterThan(0);
    }, 240_000);

    it(`gives the same check output and JSON report for ${MUTANTS} mutants`, async () => {
        const seeds = seedCatalogues();
        const counts = { fast: 0, langium: 0 };
        for (let n = 0; n < MUTANTS; n++) {
            const mutant = fuzzCase(seeds, caseSeed(FUZZ_SEED, n));
            await withSeed(mutant.seed, () => compareWorkspace(writeWorkspace(mutant.files), [mutant.target], counts));
        }
        expect(counts.langium).toBeGreaterThan(0);
        expect(counts.fast).toBeGreaterThan(MUTANTS / 10);
    }, 600_000);

    it('gives the same output from the built brik command, --parser fast or langium', () => {
        for (const args of [['check', 'examples', 'test/fixtures'], ['check', 'examples', '--format', 'json'],
            ['report', 'examples/region-nordjylland-2024.brik', '--format', 'json'],
            ['report', 'examples/region-nordjylland-2024-flere-filer/budget.brik', '--format', 'json']]) {
            const [withFast, withLangium] = (['fast', 'langium'] as const).map(parser => runBrik([...args, '--parser', parser]));
            expect(withFast.stdout.length).toBeGreaterThan(0);
            expect(withFast).toStrictEqual(withLangium);
        }
    }, 120_000);
});
