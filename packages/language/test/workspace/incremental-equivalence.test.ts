import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, DocumentState, TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { evaluateDeclaredTotal, isDeclaredTotal } from '../../src/evaluation/declared-total.js';
import type { Document } from '../../src/generated/ast.js';
import { isArea, isBudget, isFragment, isItem, isScenario, isTheme, isTotal } from '../../src/generated/ast.js';
import { VirtualWorkspace } from './virtual-workspace.js';
import { Random } from '../../../../test/fuzz/random.js';

/**
 * Part 3 of issue 15 lets caches survive an edit. Before any may, this proves what an edit in the
 * server gives (BrikDocumentFactory.update with its line re-parse, then BrikDocumentBuilder.update)
 * equals a cold build of the same texts with fresh services: every diagnostic of every file, the
 * evaluator's totals of every container and brik, hover at containers, brikker, totals and
 * scenarios, and every inlay hint. The edits are random but seeded (BRIK_EQUIVALENCE_SEED), on a
 * budget that includes fragments: amounts, names with a scenario's reference, marks, scenario
 * clauses, declared totals made to hold or fail, `inkluder` lines, syntax errors and their undoing.
 * A list of items the evaluator handed out before an edit is, after it, what it was (copy on write).
 * A few edits are written out, for what the random ones seldom meet.
 *
 * `node tools/equivalence-mutants.mjs` breaks each rule of the caches kept across edits in turn
 * (one change event, copy on write, replayed checks that read only their unit) and shows that
 * this test fails on every such mutant.
 */

const EXAMPLE = path.resolve(__dirname, '../../../../examples/region-nordjylland-2024-flere-filer');
const SEED = Number(process.env.BRIK_EQUIVALENCE_SEED ?? 1515);
const EDITS = Number(process.env.BRIK_EQUIVALENCE_EDITS ?? 200);

/** The fuzz suite's seeded generator (mulberry32): the same edits on every run. */
function random(seed: number): () => number {
    const source = new Random(seed);
    return () => source.next();
}

const INCLUDED = ['sundhed/1-2-akutomraadet.brik', 'sundhed/1-4-psykiatri.brik', 'sundhed/1-5-det-naere.brik'];
/** On disk, but not included at first: an `inkluder` edit brings it in. */
const SPARE = 'sundhed/1-3-kraeftomraadet.brik';

/**
 * One-line brikker, the ones the line re-parse takes alone, with marks and a declared total; two
 * share a name, so that renaming one changes which brik a scenario's clause names.
 */
const ONE_LINERS = `// Egne forslag, én linje pr. brik.
fragment {
  tema "1.13" "Egne forslag" {
    brik "Flere jordemødre" drift 1.2 permanent
    brik "Kortere ventetid" uomgængelig drift 0.5..1.5 permanent
    brik "Ny skanner" anlæg 2024: 4.25
    brik "Færre vikarer" omstilling drift -0.8 permanent
    brik "Sommerbemanding" politisk drift 2024: 0.3
    finansiering "Puljemidler" drift -1.0
    brik "Rengøring" drift 0.7 permanent // en kommentar
    brik "Flere jordemødre" drift 0.4 permanent // samme navn: omdøbes den første, peger scenariet på denne
    total opdrift 7.35..8.35
  }
}
`;

function workspaceFiles(): Record<string, string> {
    const budget = readFileSync(path.join(EXAMPLE, 'budget.brik'), 'utf8')
        .split('\n')
        .filter(line => !/^\s*inkluder /.test(line) || INCLUDED.some(file => line.includes(file)))
        .join('\n')
        .replace('    inkluder "sundhed/1-2', '    inkluder "sundhed/egne.brik"\n    inkluder "sundhed/1-2')
        .replace('  scenarie "Alt, maksimum"', '  scenarie "Udvalgte" {\n    niveau max\n    medtag "Flere jordemødre", "Etablering af STIME"\n    ramme 40\n  }\n\n  scenarie "Alt, maksimum"');
    const files: Record<string, string> = { 'budget.brik': budget, 'sundhed/egne.brik': ONE_LINERS };
    for (const file of [...INCLUDED, SPARE]) {
        files[file] = readFileSync(path.join(EXAMPLE, file), 'utf8');
    }
    return files;
}

type Files = Record<string, string>;

/** A file to edit: the one-line brikker, which the line re-parse takes alone, a third of the time. */
function pickFile(files: Files, next: () => number): string {
    return next() < 0.35 ? 'sundhed/egne.brik' : pick(next, Object.keys(files))!;
}

function pick<T>(next: () => number, among: readonly T[]): T | undefined {
    return among.length ? among[Math.floor(next() * among.length)] : undefined;
}

/** Line numbers of `lines` that match `pattern`. */
function linesMatching(lines: readonly string[], pattern: RegExp): number[] {
    return lines.flatMap((line, i) => pattern.test(line) ? [i] : []);
}

function withLine(text: string, change: (lines: string[]) => boolean): string | undefined {
    const lines = text.split('\n');
    return change(lines) ? lines.join('\n') : undefined;
}

const MARKS = ['uomgængelig', 'politisk', 'omstilling'];
const ITEM_LINE = /^\s*(brik|finansiering) "[^"]*"/;

/** The kinds of edit, each on the current texts; undefined when the edit finds nothing to change. */
const EDIT_KINDS: Record<string, (files: Files, next: () => number, cold: Cold) => Files | undefined> = {
    amount(files, next) {
        const file = pickFile(files, next);
        return optional(file, withLine(files[file], lines => {
            const line = pick(next, linesMatching(lines, /^\s*((brik|finansiering) "[^"]*" .*[0-9]|(drift|anlæg|etablering|årsværk) .*[0-9])/));
            if (line === undefined) {
                return false;
            }
            const text = lines[line];
            const name = text.indexOf('"') < 0 ? 0 : text.lastIndexOf('"') + 1;
            const digits = [...text.slice(name).matchAll(/[0-9]/g)].map(m => name + m.index);
            const at = pick(next, digits)!;
            lines[line] = text.slice(0, at) + String(Math.floor(next() * 10)) + text.slice(at + (next() < 0.7 ? 1 : 0));
            return true;
        }));
    },
    rename(files, next) {
        const file = pickFile(files, next);
        const names = [...files[file].matchAll(/^\s*(?:brik|finansiering) "([^"]*)"/gm)].map(m => m[1]);
        const name = pick(next, names);
        if (name === undefined) {
            return undefined;
        }
        const renamed = next() < 0.5 && name.length > 3 ? name.slice(0, -1) : `${name} II`;
        const changed: Files = { [file]: files[file].replace(`"${name}"`, `"${renamed}"`) };
        // A rename renames the scenario's reference too; sometimes the user forgets it.
        const referenced = new RegExp(`(medtag |fravælg |, )"${escapeRegExp(name)}"`);
        if (referenced.test(files['budget.brik']) && next() < 0.7) {
            const budget = changed['budget.brik'] ?? files['budget.brik'];
            changed['budget.brik'] = budget.replace(referenced, `$1"${renamed}"`);
        }
        return changed;
    },
    mark(files, next) {
        const file = pickFile(files, next);
        return optional(file, withLine(files[file], lines => {
            const line = pick(next, linesMatching(lines, ITEM_LINE));
            if (line === undefined) {
                return false;
            }
            const present = MARKS.filter(mark => lines[line].includes(` ${mark}`));
            if (present.length && next() < 0.5) {
                lines[line] = lines[line].replace(` ${pick(next, present)!}`, '');
            } else {
                const name = lines[line].indexOf('"', lines[line].indexOf('"') + 1) + 1;
                lines[line] = `${lines[line].slice(0, name)} ${pick(next, MARKS)!}${lines[line].slice(name)}`;
            }
            return true;
        }));
    },
    clause(files, next) {
        return optional('budget.brik', withLine(files['budget.brik'], lines => {
            const scenario = lines.findIndex(line => line.includes('scenarie "Udvalgte" {'));
            const end = lines.findIndex((line, i) => i > scenario && line.trim() === '}');
            if (scenario < 0 || end < 0) {
                return false;
            }
            if (end - scenario > 1 && next() < 0.45) {
                lines.splice(scenario + 1 + Math.floor(next() * (end - scenario - 1)), 1);
                return true;
            }
            const names = Object.values(files).flatMap(text => [...text.matchAll(/^\s*brik "([^"]*)"/gm)].map(m => m[1]));
            const themes = Object.values(files).flatMap(text => [...text.matchAll(/^\s*tema "([^"]*)"/gm)].map(m => m[1]));
            const clause = pick(next, [
                () => `medtag "${pick(next, names)!}"`,
                () => `fravælg "${pick(next, names)!}"`,
                () => `medtag tema "${pick(next, themes)!}"`,
                () => `fravælg tema "${pick(next, themes)!}"`,
                () => `ramme ${Math.floor(next() * 60)}.${Math.floor(next() * 10)}`,
                () => `niveau ${pick(next, ['min', 'max', 'midt'])!}`
            ])!();
            lines.splice(scenario + 1, 0, `    ${clause}`);
            return true;
        }));
    },
    total(files, next, cold) {
        const file = pickFile(files, next);
        const document = cold.workspace.document(file);
        const totals = AstUtils.streamAllContents(document.parseResult.value).filter(isTotal).toArray();
        const total = pick(next, totals);
        if (!total?.value.$cstNode) {
            return undefined;
        }
        const { offset, end } = total.value.$cstNode;
        const text = files[file];
        const result = evaluateDeclaredTotal(cold.workspace.brik.evaluation.Evaluator, total);
        let value: string;
        if (next() < 0.5 && isDeclaredTotal(result) && !result.computed.unknown) {
            // made to hold: the figure the cold build computes
            const { min, max } = result.computed;
            value = min.eq(max) ? min.toString() : `${min.toString()}..${max.toString()}`;
        } else {
            value = `${Math.floor(next() * 300) - 100}.${Math.floor(next() * 10)}`;
        }
        return { [file]: text.slice(0, offset) + value + text.slice(end) };
    },
    include(files, next) {
        return optional('budget.brik', withLine(files['budget.brik'], lines => {
            const includes = linesMatching(lines, /^\s*inkluder /);
            if (includes.length && next() < 0.5) {
                lines.splice(pick(next, includes)!, 1);
                return true;
            }
            const missing = [SPARE, ...INCLUDED, 'sundhed/egne.brik'].filter(file => !includes.some(i => lines[i].includes(file)));
            const file = next() < 0.15 ? 'sundhed/findes-ikke.brik' : pick(next, missing) ?? 'sundhed/findes-ikke.brik';
            const area = lines.findIndex(line => line.includes('område "Sundhedsområdet" {'));
            lines.splice(area + 1, 0, `    inkluder "${file}"`);
            return true;
        }));
    },
    error(files, next) {
        const file = pickFile(files, next);
        return optional(file, withLine(files[file], lines => {
            const line = Math.floor(next() * lines.length);
            lines[line] = pick(next, [
                `${lines[line]} drfit`,
                lines[line].replace('}', ''),
                lines[line].replace(/([0-9])\.([0-9])/, '$1,$2'),
                `${lines[line]} "`,
                lines[line].replace('"', '')
            ])!;
            return true;
        }));
    }
};

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function optional(file: string, text: string | undefined): Files | undefined {
    return text === undefined ? undefined : { [file]: text };
}

interface Cold { readonly workspace: VirtualWorkspace; readonly documents: Record<string, LangiumDocument> }

async function coldBuild(files: Files): Promise<Cold> {
    const workspace = new VirtualWorkspace();
    const documents = await workspace.build(files);
    return { workspace, documents };
}

/** Everything an editor shows of one file, and every figure the evaluator gives for its nodes. */
async function observe(workspace: VirtualWorkspace, file: string): Promise<unknown> {
    const document = workspace.document(file) as LangiumDocument<Document>;
    const root = document.parseResult.value;
    const evaluator = workspace.brik.evaluation.Evaluator;
    const nodes = AstUtils.streamAllContents(root).toArray();
    const evaluated = [root, ...nodes].filter(node => isBudget(node) || isFragment(node) || isArea(node) || isTheme(node) || isItem(node));
    const totals = evaluated.map(node => [node.$type, node.$cstNode?.offset, JSON.stringify(evaluator.totalsOf(node as Parameters<typeof evaluator.totalsOf>[0]))]);
    const items: AstNode[] = nodes.filter(isItem).filter((_, i) => i % 3 === 0);
    const hovered: AstNode[] = [...nodes.filter(node => isArea(node) || isTheme(node) || isTotal(node) || isScenario(node)), ...items];
    const hovers = [];
    for (const node of hovered) {
        const name = node.$cstNode!;
        const position = document.textDocument.positionAt(name.offset + 1);
        const hover = await workspace.brik.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
        hovers.push([node.$type, position, hover?.contents]);
    }
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
    const hints = await workspace.brik.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: whole });
    return {
        diagnostics: (document.diagnostics ?? []).map(d => [d.range, d.code, d.message, d.severity]),
        totals,
        hovers,
        hints: (hints ?? []).map(hint => [hint.position, hint.label, hint.paddingLeft, hint.kind])
    };
}

/** The evaluator's list of a file's items, as handed out, and what it held then. */
function heldList(workspace: VirtualWorkspace, file: string): { file: string; list: readonly AstNode[]; items: readonly AstNode[] } {
    const root = workspace.document(file).parseResult.value;
    const list = isBudget(root) || isFragment(root) ? workspace.brik.evaluation.Evaluator.itemsOf(root) : [];
    return { file, list, items: [...list] };
}

/** A server's workspace of `files`, each open in an editor. */
async function openServer(files: Files): Promise<VirtualWorkspace> {
    const server = new VirtualWorkspace();
    await server.build(files);
    for (const [file, text] of Object.entries(files)) {
        server.shared.workspace.TextDocuments.set(TextDocument.create(server.uri(file).toString(), 'brik', 1, text));
    }
    return server;
}

/** The editor's buffers change; the builder is told, as the server's update handler does. */
async function send(server: VirtualWorkspace, changed: Files): Promise<void> {
    const textDocuments = server.shared.workspace.TextDocuments;
    for (const [file, text] of Object.entries(changed)) {
        const uri = server.uri(file).toString();
        textDocuments.set(TextDocument.update(textDocuments.get(uri)!, [{ text }], textDocuments.get(uri)!.version + 1));
    }
    await server.shared.workspace.DocumentBuilder.update(Object.keys(changed).map(file => server.uri(file)), []);
    await server.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
}

/** Every file of the server shows what a cold build of `files` shows. */
async function expectCold(server: VirtualWorkspace, files: Files, cold: Cold, label: string): Promise<void> {
    for (const file of Object.keys(files)) {
        expect(server.document(file).textDocument.getText(), `${label} of ${file}`).toBe(files[file]);
        expect(await observe(server, file), `${label}, seen in ${file}`).toEqual(await observe(cold.workspace, file));
    }
}

describe('an edit in the server', () => {
    it(`gives, edit after edit (${EDITS}, seed ${SEED}), what a cold build of the same texts gives`, async () => {
        let files = workspaceFiles();
        const server = await openServer(files);
        let cold = await coldBuild(files);
        const next = random(SEED);
        const kinds = Object.keys(EDIT_KINDS);
        const made: Record<string, number> = {};
        let reparsed = 0;
        let broken = 0;
        let undo: Files | undefined;
        for (let i = 0; i < EDITS; i++) {
            let kind = 'undo';
            let changed: Files | undefined = undo;
            undo = undefined;
            while (!changed) {
                kind = pick(next, kinds)!;
                changed = EDIT_KINDS[kind](files, next, cold);
                if (changed && Object.entries(changed).every(([file, text]) => files[file] === text)) {
                    changed = undefined;
                }
            }
            if (kind === 'error') {
                undo = Object.fromEntries(Object.keys(changed).map(file => [file, files[file]]));
            }
            made[kind] = (made[kind] ?? 0) + 1;
            const roots = Object.fromEntries(Object.keys(changed).map(file => [file, server.document(file).parseResult.value]));
            const handedOut = Object.keys(files).map(file => heldList(server, file));
            await send(server, changed);
            handedOut.forEach(held => expect(held.list.every((item, at) => item === held.items[at]) && held.list.length === held.items.length,
                `edit ${i + 1} (${kind}): the list of items of ${held.file} handed out before it changed`).toBe(true));
            reparsed += Object.keys(changed).filter(file => server.document(file).parseResult.value === roots[file]).length;
            broken += Object.keys(changed).some(file => {
                const { lexerErrors, parserErrors } = server.document(file).parseResult;
                return lexerErrors.length + parserErrors.length > 0;
            }) ? 1 : 0;
            files = { ...files, ...changed };
            cold = await coldBuild(files);
            await expectCold(server, files, cold, `edit ${i + 1} (${kind}) of ${Object.keys(changed).join(', ')}`);
        }
        // Every kind of edit was made, enough went the line re-parse's short way, and enough left a syntax error.
        expect(Object.keys(made).sort()).toEqual([...kinds, 'undo'].sort());
        expect(reparsed).toBeGreaterThan(EDITS / 10);
        expect(broken).toBeGreaterThan(EDITS / 40);
    }, 120_000);

    it('gives what a cold build gives when a rename makes a scenario name nothing in another tema', async () => {
        // "Rengøring" in tema 1 takes the name the scenario names in tema 2, and gives it back: what
        // the scenario includes changes in a tema the edited brik is not in, with no parse of it.
        const fragment = [
            'fragment {',
            '  tema "1" "Egne" {',
            '    brik "Tolke" drift 1 permanent',
            '    brik "Rengøring" drift 0.7 permanent',
            '  }',
            '  tema "2" "Flere" {',
            '    brik "Rengøring II" drift 0.2 permanent',
            '  }',
            '}',
            ''
        ].join('\n');
        const budget = 'budget "B" {\n  enhed mio. kr.\n  prisniveau 2024\n  år 2024..2025\n  område "O" {\n    inkluder "egne.brik"\n  }\n  scenarie "S" {\n    medtag "Rengøring II"\n  }\n}\n';
        let files: Files = { 'budget.brik': budget, 'egne.brik': fragment };
        const server = await openServer(files);
        const steps = [
            fragment.replace('drift 1 permanent', 'drift 2 permanent'),
            fragment.replace('drift 1 permanent', 'drift 2 permanent').replace('"Rengøring"', '"Rengøring II"'),
            fragment.replace('drift 1 permanent', 'drift 2 permanent')
        ];
        for (const [i, text] of steps.entries()) {
            const root = server.document('egne.brik').parseResult.value;
            await send(server, { 'egne.brik': text });
            expect(server.document('egne.brik').parseResult.value, 'a line re-parse').toBe(root);
            files = { ...files, 'egne.brik': text };
            await expectCold(server, files, await coldBuild(files), `step ${i + 1}`);
        }
    });
});
