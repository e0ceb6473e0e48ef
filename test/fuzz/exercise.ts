import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, URI } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-protocol';
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import type { Document } from '@brik/language';
import {
    buildReportModel, createBrikServices, csvReport, evaluateDeclaredTotal, htmlReport, isAmountLine, isArea, isBudget, isFragment,
    isItem, isScenario, isTheme, isTotal, jsonReport, markdownReport, REPORT_FORMATS, ReportViewError, xlsxReport
} from '@brik/language';
import { Random } from './random.js';

/** The server renders every format; the text ones are quick enough for every fuzz case. */
const TEXT_FORMATS = REPORT_FORMATS.filter(format => !format.binary).map(format => format.id);

/** One thing that went wrong with one mutant: where, and what was thrown or found. */
export interface Failure {
    readonly stage: string;
    readonly message: string;
}

/** A case: the files of a workspace (paths relative to it) and the one that was mutated. */
export interface FuzzCase {
    readonly files: Readonly<Record<string, string>>;
    readonly target: string;
    readonly seed: number;
}

const files = new VirtualFileSystemProvider();
const { shared, Brik } = createBrikServices({ fileSystemProvider: () => files });
const evaluator = Brik.evaluation.Evaluator;
const lsp = Brik.lsp;
const FORMAT = { tabSize: 2, insertSpaces: true };

// Langium reports an exception inside a validation check, a linker or a builder on the console
// and carries on: for the fuzzer, any such message is a failure.
const logged: string[] = [];
for (const method of ['error', 'warn'] as const) {
    console[method] = (...args: unknown[]) => logged.push(args.map(arg => arg instanceof Error ? arg.stack ?? arg.message : String(arg)).join(' '));
}

let folders = 0;

/** Loads the files into a fresh folder of the workspace and builds them with validation. */
async function load(texts: Readonly<Record<string, string>>): Promise<{ folder: URI; documents: Map<string, LangiumDocument> }> {
    const folder = URI.parse(`file:///fuzz/${folders++}`);
    shared.workspace.Includes.setRoots([folder]);
    const documents = new Map<string, LangiumDocument>();
    for (const [path, text] of Object.entries(texts)) {
        const uri = URI.parse(`${folder.toString()}/${path}`);
        files.insert(uri, text);
        documents.set(path, await shared.workspace.LangiumDocuments.getOrCreateDocument(uri));
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return { folder, documents };
}

async function unload(documents: Map<string, LangiumDocument>): Promise<void> {
    const uris = [...documents.values()].map(document => document.uri);
    uris.forEach(uri => files.delete(uri));
    await shared.workspace.DocumentBuilder.update([], uris);
}

/** Runs one stage; what it throws is a failure of that stage, not the end of the case. */
async function stage<T>(failures: Failure[], name: string, run: () => T | Promise<T>): Promise<T | undefined> {
    try {
        return await run();
    } catch (error) {
        // A refusal with a message (rename to an empty or a used name) is an answer, not a failure.
        if (error instanceof ReportViewError || (error instanceof ResponseError && error.code === LSPErrorCodes.RequestFailed)) {
            return undefined;
        }
        failures.push({ stage: name, message: error instanceof Error ? error.stack ?? error.message : String(error) });
        return undefined;
    }
}

function randomPositions(document: LangiumDocument, random: Random, count: number): Position[] {
    const length = document.textDocument.getText().length;
    return Array.from({ length: count }, () => document.textDocument.positionAt(random.int(length + 1)));
}

function whole(document: LangiumDocument): Range {
    return { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
}

/** The parser, the validator and the evaluator on every node that has figures. */
function evaluateAll(root: AstNode): void {
    for (const node of [root, ...AstUtils.streamAllContents(root)]) {
        if (isBudget(node) || isFragment(node) || isArea(node) || isTheme(node) || isItem(node)) {
            evaluator.totalsOf(node);
            evaluator.header(node);
        } else if (isScenario(node)) {
            evaluator.scenario(node);
        } else if (isTotal(node)) {
            evaluateDeclaredTotal(evaluator, node);
        } else if (isAmountLine(node)) {
            evaluator.lineSeries(node);
        }
    }
}

/** Every LSP provider Brik has, at random positions where they take one. */
async function providers(document: LangiumDocument, random: Random, failures: Failure[]): Promise<void> {
    const textDocument = { uri: document.uri.toString() };
    const none = CancellationToken.None;
    for (const position of randomPositions(document, random, 4)) {
        const at = { textDocument, position };
        await stage(failures, 'hover', () => lsp.HoverProvider?.getHoverContent(document, at));
        await stage(failures, 'completion', () => lsp.CompletionProvider?.getCompletion(document, at, none));
        await stage(failures, 'definition', () => lsp.DefinitionProvider?.getDefinition(document, at, none));
        await stage(failures, 'references', () => lsp.ReferencesProvider?.findReferences(document, { ...at, context: { includeDeclaration: true } }, none));
        await stage(failures, 'highlight', () => lsp.DocumentHighlightProvider?.getDocumentHighlight(document, at, none));
        await stage(failures, 'prepareRename', () => lsp.RenameProvider?.prepareRename(document, at, none));
        await stage(failures, 'rename', () => lsp.RenameProvider?.rename(document, { ...at, newName: random.pick(['Nyt navn', '"__proto__"', '', '"']) }, none));
    }
    const range = whole(document);
    await stage(failures, 'inlayHints', () => lsp.InlayHintProvider?.getInlayHints(document, { textDocument, range }, none));
    await stage(failures, 'codeLens', () => lsp.CodeLensProvider?.provideCodeLens(document, { textDocument }, none));
    await stage(failures, 'codeActions', () => lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range, context: { diagnostics: document.diagnostics ?? [] } }, none));
    await stage(failures, 'documentSymbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }, none));
    await stage(failures, 'semanticTokens', () => lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument }, none));
    await stage(failures, 'foldingRanges', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument }, none));
    const [from, to] = randomPositions(document, random, 2).sort((a, b) => a.line - b.line || a.character - b.character);
    await stage(failures, 'rangeFormatting', () => lsp.Formatter?.formatDocumentRange(document, { textDocument, range: { start: from, end: to }, options: FORMAT }));
    await stage(failures, 'balanceRequest', () => lsp.BrikRequestHandler.balance({ uri: textDocument.uri }));
    await stage(failures, 'reportRequest', () => lsp.BrikRequestHandler.report({ uri: textDocument.uri, format: random.pick(TEXT_FORMATS) }));
}

/** Every report writer on the whole budget, and on one scenario and one price level when it has them. */
async function reports(root: Document, random: Random, failures: Failure[], xlsx: boolean): Promise<void> {
    const scenarios = isBudget(root) ? root.members.filter(isScenario).map(s => s.name) : [];
    const views = [{}, { scenario: scenarios.length > 0 ? random.pick(scenarios) : 'Intet' }, { priceLevel: 2020 + random.int(10) }];
    for (const view of views) {
        const model = await stage(failures, 'reportModel', () => buildReportModel(evaluator, root, { basedOnErrors: true, ...view }));
        if (!model) {
            continue;
        }
        const locale = random.pick(['da', 'en'] as const);
        await stage(failures, 'json', () => jsonReport(model));
        await stage(failures, 'md', () => markdownReport(model, { locale }));
        await stage(failures, 'html', () => htmlReport(model, { locale }));
        await stage(failures, 'csv', () => csvReport(model, { locale }));
        if (xlsx) {
            await stage(failures, 'xlsx', () => xlsxReport(model, { locale }));
        }
    }
}

/** The tokens of a text with their images, comments included: what formatting must keep (a `//` comment but its trailing blanks). */
function tokenStream(text: string): string[] {
    const lexed = Brik.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset)
        .map(token => `${token.tokenType.name} ${token.tokenType.name === 'SL_COMMENT' ? token.image.trimEnd() : token.image}`);
}

function codes(diagnostics: readonly Diagnostic[] | undefined): string[] {
    return (diagnostics ?? []).map(d => String(d.code)).sort();
}

function meaning(root: AstNode): string | undefined {
    return isBudget(root) || isFragment(root) ? jsonReport(buildReportModel(evaluator, root)) : undefined;
}

/**
 * Formatting may change whitespace only: the same tokens and comments in the same order, the
 * same diagnostics, the same evaluated report; and formatting the result changes nothing more.
 */
async function formatting(fuzzCase: FuzzCase, document: LangiumDocument, failures: Failure[]): Promise<void> {
    const textDocument = { uri: document.uri.toString() };
    const edits = await lsp.Formatter?.formatDocument(document, { textDocument, options: FORMAT }) ?? [];
    if (edits.length === 0) {
        return;
    }
    const text = document.textDocument.getText();
    const formatted = TextDocument.applyEdits(TextDocument.create(textDocument.uri, 'brik', 0, text), edits);
    if (tokenStream(formatted).join('\n') !== tokenStream(text).join('\n')) {
        failures.push({ stage: 'formatting', message: `formatting changed the tokens:\n${formatted}` });
        return;
    }
    const before = { codes: codes(document.diagnostics), meaning: meaning(document.parseResult.value) };
    const reloaded = await load({ ...fuzzCase.files, [fuzzCase.target]: formatted });
    try {
        const again = reloaded.documents.get(fuzzCase.target)!;
        const after = { codes: codes(again.diagnostics), meaning: meaning(again.parseResult.value) };
        if (JSON.stringify(after) !== JSON.stringify(before)) {
            failures.push({ stage: 'formatting', message: `formatting changed the meaning: ${JSON.stringify(before.codes)} → ${JSON.stringify(after.codes)}\n${formatted}` });
        }
        const second = await lsp.Formatter?.formatDocument(again, { textDocument: { uri: again.uri.toString() }, options: FORMAT }) ?? [];
        if (second.length > 0) {
            failures.push({ stage: 'formatting', message: `formatting is not idempotent: a second pass makes ${second.length} edits\n${formatted}` });
        }
    } finally {
        await unload(reloaded.documents);
    }
}

/**
 * Feeds one mutant to everything that reads a `.brik` file: parser, validator, evaluator, every
 * LSP provider and every report writer; checks that formatting keeps its meaning. Returns what failed.
 */
export async function exercise(fuzzCase: FuzzCase, options: { xlsx: boolean }): Promise<Failure[]> {
    const failures: Failure[] = [];
    const random = new Random(fuzzCase.seed ^ 0x5eed);
    logged.length = 0;
    const loaded = await stage(failures, 'build', () => load(fuzzCase.files));
    if (loaded) {
        try {
            const document = loaded.documents.get(fuzzCase.target)!;
            const root = document.parseResult.value;
            await stage(failures, 'evaluate', () => evaluateAll(root));
            await providers(document, random, failures);
            if (isBudget(root) || isFragment(root)) {
                await reports(root, random, failures, options.xlsx);
            }
            await stage(failures, 'format', () => formatting(fuzzCase, document, failures));
        } finally {
            await stage(failures, 'unload', () => unload(loaded.documents));
        }
    }
    failures.push(...logged.map(message => ({ stage: 'console', message })));
    return failures;
}
