import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Command, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Document } from '@brik/language';
import { buildReportModel, createBrikServices, FIX_ALL_PASTED_TEXT_KIND, IssueCodes, jsonReport, PASTED_TEXT_CODES } from '@brik/language';
import { ROOT } from '../support/run-brik.js';

/**
 * No quick fix of pasted or printed text changes a figure, whatever order the author applies them
 * in (issue 22: "–1 250" became -1 after one fix): over every fixture and example that has such
 * text, each fix alone, every order of them (random orders where there are many), and the
 * fix-all action leave the JSON report (brik-report/1) as it was, but for `basedOnErrors`.
 */
const RUNS = Number(process.env.BRIK_PROPERTY_RUNS ?? 8);
const { Brik } = createBrikServices(EmptyFileSystem);
const parse = parseHelper<Document>(Brik);

/**
 * The problems whose fix writes what is read in Brik's characters: the pasted text of fix-all, and
 * the printed notations whose fixes are offered one by one. A fix that is not preferred answers a
 * question (`12,000` in 1.000 kr.) and may change the figure, so it is left out.
 */
const RESPELLING = new Set([...PASTED_TEXT_CODES, IssueCodes.SpaceInNumber, IssueCodes.CommaDecimal, IssueCodes.RangeNotation,
    IssueCodes.RangeReversed, IssueCodes.ThousandsDots]);

function brikFiles(folder: string): string[] {
    return readdirSync(path.join(ROOT, folder), { recursive: true }).map(String).filter(name => name.endsWith('.brik'))
        .map(name => path.join(folder, name)).sort();
}

/** The report of a text, as `brik report --format json --allow-errors` gives it, without the flag that it rests on errors. */
function report(document: LangiumDocument<Document>): unknown {
    const json = JSON.parse(jsonReport(buildReportModel(Brik.evaluation.Evaluator, document.parseResult.value))) as Record<string, unknown>;
    delete json.basedOnErrors;
    return json;
}

async function open(text: string): Promise<LangiumDocument<Document>> {
    return parse(text, { validation: true });
}

function isAction(action: CodeAction | Command): action is CodeAction {
    return 'edit' in action || 'kind' in action;
}

function applied(document: LangiumDocument, action: CodeAction): string {
    return TextDocument.applyEdits(document.textDocument as TextDocument, action.edit?.changes?.[document.uri.toString()] ?? []);
}

/** The quick fixes of every figure-keeping problem of a document, each as the text it gives. */
async function respellings(document: LangiumDocument): Promise<Array<{ title: string; code: string; text: string }>> {
    const diagnostics = (document.diagnostics ?? []).filter(d => RESPELLING.has(String(d.code)));
    const found: Array<{ title: string; code: string; text: string }> = [];
    for (const diagnostic of diagnostics) {
        const actions = (await Brik.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) ?? []).filter(isAction);
        for (const action of actions.filter(a => a.isPreferred !== false && (a.diagnostics?.length ?? 0) > 0)) {
            found.push({ title: action.title, code: String((action.diagnostics as Diagnostic[])[0].code), text: applied(document, action) });
        }
    }
    return found;
}

async function fixAll(document: LangiumDocument): Promise<CodeAction | undefined> {
    const actions = await Brik.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] }
    }) ?? [];
    return actions.filter(isAction).find(action => action.kind === FIX_ALL_PASTED_TEXT_KIND);
}

/** Applies fixes one at a time, each chosen by `choose` among those the file then offers, to the end; checks the report at every step. */
async function applyInOrder(text: string, expected: unknown, choose: (count: number, step: number) => number): Promise<string> {
    let current = text;
    for (let step = 0; step < 200; step++) {
        const document = await open(current);
        expect(report(document), `after ${step} fixes:\n${current}`).toEqual(expected);
        const fixes = await respellings(document);
        if (fixes.length === 0) {
            return current;
        }
        current = fixes[choose(fixes.length, step)].text;
    }
    throw new Error('the fixes do not come to an end');
}

const subjects = await Promise.all([...brikFiles('test/fixtures'), ...brikFiles('examples')].map(async file => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const document = await open(text);
    return { file, text, count: (await respellings(document)).length };
}));
const withPastedText = subjects.filter(subject => subject.count > 0);

describe('no fix of pasted text changes a figure, in any order', () => {
    it('has subjects: the fixtures of pasted text, among others', () => {
        expect(withPastedText.map(subject => subject.file)).toEqual(expect.arrayContaining([
            path.join('test/fixtures', 'pasted-from-word.brik'), path.join('test/fixtures', 'pasted-every-sign.brik')
        ]));
    });

    it.each(withPastedText.map(subject => [subject.file, subject.count, subject.text] as const))('%s: each of its %i fixes alone', async (_file, _count, text) => {
        const document = await open(text);
        const expected = report(document);
        for (const fix of await respellings(document)) {
            expect(report(await open(fix.text)), `${fix.code}: ${fix.title}`).toEqual(expected);
        }
    });

    it.each(withPastedText.map(subject => [subject.file, subject.count, subject.text] as const))('%s: top to bottom, bottom to top, and random orders of its %i fixes', async (_file, count, text) => {
        const expected = report(await open(text));
        await applyInOrder(text, expected, () => 0);
        await applyInOrder(text, expected, fixes => fixes - 1);
        // A file of 70 fixes takes some seconds an order: fewer random orders there.
        await fc.assert(fc.asyncProperty(fc.array(fc.nat(), { minLength: 200, maxLength: 200 }), async choices => {
            await applyInOrder(text, expected, (fixes, step) => choices[step] % fixes);
        }), { numRuns: count > 20 ? Math.ceil(RUNS / 4) : RUNS });
    }, 180_000);

    it.each(withPastedText.map(subject => [subject.file, subject.text] as const))('%s: fix-all, which leaves no pasted text', async (_file, text) => {
        const document = await open(text);
        const action = await fixAll(document);
        const pasted = (document.diagnostics ?? []).filter(d => PASTED_TEXT_CODES.has(String(d.code)));
        expect(action === undefined).toBe(pasted.length === 0);
        if (action) {
            const after = await open(applied(document, action));
            expect(report(after)).toEqual(report(document));
            expect((after.diagnostics ?? []).filter(d => PASTED_TEXT_CODES.has(String(d.code)))).toEqual([]);
        }
    });
});

describe('the fixes of issue 22\'s paste', () => {
    it('fix –1 250 to -1_250 by either fix, and either keeps tema 1.1 at -3600', async () => {
        const text = readFileSync(path.join(ROOT, 'test/fixtures/pasted-every-sign.brik'), 'utf8');
        const document = await open(text);
        const line = (fixed: string) => fixed.split('\n').find(l => l.includes('"Kapacitet"'))?.split(' //')[0];
        const fixes = (await respellings(document)).filter(fix => line(fix.text) !== line(text));
        expect(fixes.map(fix => [fix.code, fix.title, line(fix.text)])).toEqual([
            [IssueCodes.PastedMinus, 'Skriv -1_250', '    brik "Kapacitet" omstilling drift -1_250 permanent'],
            [IssueCodes.PastedDigitSpace, 'Skriv -1_250', '    brik "Kapacitet" omstilling drift -1_250 permanent']
        ]);
        for (const fix of fixes) {
            const theme = (report(await open(fix.text)) as { children: Array<{ name: string; total: { drift: { netto: Record<string, { min: string }> } } }> })
                .children.find(child => child.name === "Fra PDF'en");
            expect(theme?.total.drift.netto['2025'].min).toBe('-3600');
        }
    });
});
