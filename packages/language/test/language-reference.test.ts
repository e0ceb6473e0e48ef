import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Budget, Theme } from '../src/generated/ast.js';
import { isTheme } from '../src/generated/ast.js';
import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import { brik, budget, parse, validate } from './brik-test-services.js';
import { seriesText } from './series-text.js';
import { VirtualWorkspace } from './workspace/virtual-workspace.js';

/**
 * Every example of docs/language.md §1–§5, verbatim, with the totals the reference states.
 * The reference is normative: if one of these fails, Brik is wrong, not the example.
 */
const SECTION_1 = `budget "Budget 2024 – Region Nordjylland" {
  enhed mio. kr.          // mio. kr. | 1.000 kr. | kr.   — the unit of every amount below
  prisniveau 2023         // P/L-2023: the price level the amounts are stated in
  år 2024..2027           // budget year 2024 and the overslagsår 2025–2027

  område "Sundhedsområdet" {
    tema "1.1" "Kapacitetspres, arbejdsmiljø og rekruttering" {
      brik "Neurorehabilitering" drift 2.8 permanent
    }
  }
}`;

const SECTION_3_FORMS = `brik "Neurorehabilitering" drift 2.8 permanent

brik "Udvidelse af plasmaferesetapninger" {
  virksomhed "Blodbanken, Aarhus Universitetshospital"
  drift 2024: 2.4 permanent
  etablering 2024: 6.0
  note "Fire decentrale tappeenheder à 0,6 mio. kr. om året."
}`;

const SECTION_3_KINDS = `brik "Bedre indkøb" omstilling drift -3.4 permanent     // a saving or reallocation
finansiering "Råderum fra Økonomiaftale, drift" drift -111 permanent`;

const SECTION_3_MARKS = `brik "Vækst i medicinudgifter" uomgængelig drift 19..35 permanent
brik "Fællesregional handleplan på det diagnostiske område" uomgængelig 0.9 drift 2024: 1.8`;

const SECTION_4 = `tema "1.6" "Medicin og lægelige artikler" {
  brik "Vækst i medicinudgifter" uomgængelig drift 19..35 permanent
  brik "De særlige medicinindsatser" omstilling drift -5 permanent
  brik "Sensorbaserede glukosemålere" drift 5 permanent
  brik "Styrkelse af vederlagsfri udlevering" drift 0.7 permanent
  brik "Bedre indkøb" omstilling drift -3.4 permanent
  total opdrift 24.7..40.7
  total omstilling -8.4
}`;

const YEARS = [2024, 2025, 2026, 2027];

async function evaluate(text: string) {
    const document = await parse(text, { validation: true });
    const root = document.parseResult.value as Budget;
    return { document, root, totals: brik.evaluation.Evaluator.totalsOf(root) };
}

describe('§1: files and the document', () => {
    it('parses the example without a single diagnostic', async () => {
        const { document, totals } = await evaluate(SECTION_1);
        expect(document.diagnostics).toEqual([]);
        expect(seriesText(totals.drift.netto, YEARS)).toEqual({ 2024: '2.8', 2025: '2.8', 2026: '2.8', 2027: '2.8', permanent: '2.8' });
    });

    it('accepts the ae/oe/aa spellings of æ/ø/å', async () => {
        const text = SECTION_1.replace('år 2024', 'aar 2024').replace('område', 'omraade')
            .replace('drift 2.8 permanent', 'anlaeg 2.8 permanent\n      brik "B" uomgaengelig aarsvaerk 3');
        const { document, totals } = await evaluate(text);
        expect(document.diagnostics).toEqual([]);
        expect(seriesText(totals.anlæg.opdrift, YEARS).permanent).toBe('2.8');
        expect(seriesText(totals.årsværk, YEARS)[2024]).toBe('3');
    });

    it('reads both comment styles', async () => {
        const { document } = await evaluate(SECTION_1.replace('område', '/* fra kataloget */ område'));
        expect(document.diagnostics).toEqual([]);
    });
});

describe('§2: amounts, ranges and signs', () => {
    it('reads 2.8, -3.4, 0 and 1_250.5 exactly', async () => {
        const { totals } = await evaluate(budget(`brik "A" drift 2.8\nbrik "B" drift -3.4\nbrik "C" drift 0\nbrik "D" anlæg 1_250.5`));
        expect(seriesText(totals.drift.netto, YEARS)[2024]).toBe('-0.6');
        expect(seriesText(totals.anlæg.netto, YEARS)[2024]).toBe('1250.5');
    });

    it('adds ranges end by end: 0..10 + 2.6 = 2.6..12.6', async () => {
        const { totals } = await evaluate(budget(`brik "A" drift 0..10\nbrik "B" drift 2.6`));
        expect(seriesText(totals.drift.netto, YEARS)[2024]).toBe('2.6..12.6');
    });

    it('never rounds through binary floating point: 0.1 + 0.2 = 0.3', async () => {
        const { totals } = await evaluate(budget(`brik "A" drift 0.1\nbrik "B" drift 0.2`));
        expect(seriesText(totals.drift.netto, YEARS)[2024]).toBe('0.3');
    });
});

/** The profile table of §3, and what each profile gives for `år 2024..2027`. */
const PROFILES: ReadonlyArray<[string, Record<string, string>]> = [
    ['2.8', { 2024: '2.8', 2025: '0', 2026: '0', 2027: '0', permanent: '0' }],
    ['2.8 permanent', { 2024: '2.8', 2025: '2.8', 2026: '2.8', 2027: '2.8', permanent: '2.8' }],
    ['2024: 1.4, 2025: 2.6 permanent', { 2024: '1.4', 2025: '2.6', 2026: '2.6', 2027: '2.6', permanent: '2.6' }],
    ['2024..2025: 1.2', { 2024: '1.2', 2025: '1.2', 2026: '0', 2027: '0', permanent: '0' }],
    ['2025: 0..5', { 2024: '0', 2025: '0..5', 2026: '0', 2027: '0', permanent: '0' }],
    ['2024: 3.8, 2025: 5.0, permanent: 6.3', { 2024: '3.8', 2025: '5', 2026: '6.3', 2027: '6.3', permanent: '6.3' }]
];

describe('§3: brikker and their profiles', () => {
    it.each(PROFILES)('profile %s', async (profile, expected) => {
        const { document, totals } = await evaluate(budget(`brik "A" drift ${profile}`));
        expect(document.diagnostics).toEqual([]);
        expect(seriesText(totals.drift.opdrift, YEARS)).toEqual(expected);
    });

    it('treats the one-line and the block form alike, and combines drift and etablering', async () => {
        const { document, root } = await evaluate(budget(SECTION_3_FORMS));
        expect(document.diagnostics).toEqual([]);
        const [neuro, plasma] = brik.evaluation.Evaluator.itemsOf(root);
        expect(seriesText(brik.evaluation.Evaluator.totalsOf(neuro).drift.opdrift, YEARS).permanent).toBe('2.8');
        expect(seriesText(brik.evaluation.Evaluator.totalsOf(plasma).drift.opdrift, YEARS))
            .toEqual({ 2024: '8.4', 2025: '2.4', 2026: '2.4', 2027: '2.4', permanent: '2.4' });
    });

    it('puts omstilling and finansiering items in their own columns', async () => {
        const { document, totals } = await evaluate(budget(SECTION_3_KINDS));
        expect(document.diagnostics).toEqual([]);
        expect(seriesText(totals.drift.omstilling, YEARS)[2024]).toBe('-3.4');
        expect(seriesText(totals.drift.finansiering, YEARS).permanent).toBe('-111');
        expect(seriesText(totals.drift.opdrift, YEARS)[2024]).toBe('0');
        expect(seriesText(totals.drift.netto, YEARS)[2026]).toBe('-114.4');
    });

    it('parses uomgængelig with and without an amount', async () => {
        const { document, totals } = await evaluate(budget(SECTION_3_MARKS));
        expect(document.diagnostics).toEqual([]);
        expect(seriesText(totals.drift.opdrift, YEARS)).toEqual({ 2024: '20.8..36.8', 2025: '19..35', 2026: '19..35', 2027: '19..35', permanent: '19..35' });
    });
});

describe('§4 and §5: declared totals and what is computed', () => {
    it('accepts the declared totals of theme 1.6, and computes netto 16.3..32.3', async () => {
        const { document, root } = await evaluate(budget(SECTION_4));
        expect(document.diagnostics).toEqual([]);
        const theme = AstUtils.streamAllContents(root).find(isTheme) as Theme;
        const totals = brik.evaluation.Evaluator.totalsOf(theme);
        expect(seriesText(totals.drift.opdrift, YEARS)[2024]).toBe('24.7..40.7');
        expect(seriesText(totals.drift.omstilling, YEARS)[2024]).toBe('-8.4');
        expect(seriesText(totals.drift.netto, YEARS)[2024]).toBe('16.3..32.3');
    });

    it('reports a declared total that does not hold', async () => {
        const result = await validate(budget(SECTION_4.replace('total omstilling -8.4', 'total omstilling -8.5')));
        expect(result.diagnostics.map(d => d.message)).toEqual([
            'Totalen holder ikke: angivet -8.5, beregnet -8,4 (drift, omstilling, 2024). Ret totalen til -8.4, eller ret de beløb, den summerer.'
        ]);
    });
});

/**
 * docs/language.md is the project's normative reference: every `brik` example in it must parse and
 * give exactly the diagnostics it marks with `// forventer: CODE` (usually none), and so every
 * `total` it states must hold. The examples above are its §1–§5, verbatim.
 */
const REFERENCE = path.resolve(__dirname, '../../../docs/language.md');
const referenceText = readFileSync(REFERENCE, 'utf8');

interface Example {
    /** The block's first line: how a failing example is named. */
    readonly key: string;
    readonly section: string;
    readonly text: string;
    /** `// fil: NAME`: one file of a workspace made of the section's examples. */
    readonly file?: string;
}

function examplesOf(markdown: string): Example[] {
    const examples: Example[] = [];
    let section = '';
    for (const match of markdown.matchAll(/^## (.*)$|^```brik\n([\s\S]*?)^```$/gm)) {
        if (match[1] !== undefined) {
            section = match[1];
            continue;
        }
        const text = match[2];
        const key = text.split('\n').find(line => line.trim() !== '')!.trim();
        examples.push({ key, section, text, file: /^\/\/ fil: (\S+)/.exec(key)?.[1] });
    }
    return examples;
}

/** `line: brik/code` for every `// forventer: code` of the text, 1-based. */
function marked(text: string): string[] {
    return text.split('\n').flatMap((line, i) => [...line.matchAll(/\/\/ forventer: ([a-z-]+)/g)].map(m => `${i + 1}: brik/${m[1]}`));
}

function found(document: LangiumDocument, lineOffset = 0): string[] {
    return (document.diagnostics ?? []).map(d => `${d.range.start.line + 1 - lineOffset}: ${String(d.code)}`);
}

/** What Brik reports for one example, and what the example says it must report. */
async function check(example: Example, all: readonly Example[]): Promise<{ found: string[]; expected: string[] }> {
    if (example.file) {
        const files = all.filter(other => other.section === example.section && other.file);
        const workspace = new VirtualWorkspace();
        const documents = await workspace.build(Object.fromEntries(files.map(other => [other.file!, other.text])));
        return { found: found(documents[example.file]).sort(), expected: marked(example.text).sort() };
    }
    const whole = /^\s*(?:\/\/[^\n]*\n\s*)*(budget|fragment)\b/.test(example.text);
    const source = whole ? example.text : budget(example.text);
    const offset = whole ? 0 : source.slice(0, source.indexOf(example.text)).split('\n').length - 1;
    const document = await parse(source, { validation: true });
    return { found: found(document, offset).sort(), expected: marked(example.text).sort() };
}

describe('docs/language.md, the normative reference', () => {
    const examples = examplesOf(referenceText);

    it('has examples, each named by a first line of its own', () => {
        expect(examples.length).toBeGreaterThan(15);
        expect(new Set(examples.map(example => example.key)).size).toBe(examples.length);
    });

    it('holds the examples this file tests in detail, verbatim', () => {
        const texts = examples.map(example => example.text.trimEnd());
        for (const section of [SECTION_1, SECTION_3_FORMS, SECTION_3_KINDS, SECTION_3_MARKS, SECTION_4]) {
            expect(texts).toContain(section);
        }
        const profiles = [...referenceText.matchAll(/^\| `([^`]*)` \| [^|]*\|$/gm)].map(m => m[1]).filter(p => /^[0-9]/.test(p));
        expect(profiles).toEqual(PROFILES.map(([profile]) => profile));
    });

    it('states its totals in total lines, which Brik checks', () => {
        const totals = examples.flatMap(example => example.text.split('\n').filter(line => /^\s*total\b/.test(line)));
        expect(totals.length).toBeGreaterThanOrEqual(12);
    });

    it.each(examples.map(example => [example.key, example]))('%s: exactly the diagnostics it marks', async (_, example) => {
        const result = await check(example, examples);
        expect(result.found).toEqual(result.expected);
    });

    it.each(['README.md', 'packages/extension/README.md'])('the example of %s is clean too', async readme => {
        const text = readFileSync(path.resolve(__dirname, '../../..', readme), 'utf8');
        const found = examplesOf(text);
        expect(found.length).toBeGreaterThan(0);
        for (const example of found) {
            const result = await check(example, found);
            expect(result.found).toEqual(result.expected);
        }
    });
});
