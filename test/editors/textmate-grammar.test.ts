import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import type { IGrammar, StateStack } from 'vscode-textmate';
import { INITIAL, parseRawGrammar, Registry } from 'vscode-textmate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-brik.js';
import { KEYWORD_SAMPLES } from '../../packages/language/test/parser/keyword-samples.js';

// The extension's hand-written TextMate grammar, run by the same engine as VS Code
// (vscode-textmate with the Oniguruma regex library) over real catalogue lines.

const GRAMMAR = path.join(ROOT, 'packages/extension/syntaxes/brik.tmLanguage.json');

interface Token {
    readonly text: string;
    readonly scopes: readonly string[];
}

let grammar: IGrammar;

beforeAll(async () => {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text)
        }),
        loadGrammar: async scopeName => scopeName === 'source.brik'
            ? parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR)
            : null
    });
    const loaded = await registry.loadGrammar('source.brik');
    if (!loaded) throw new Error(`could not load ${GRAMMAR}`);
    grammar = loaded;
});

/** Every line of a text as tokens, carrying the state from line to line as an editor does. */
function tokenize(text: string): Token[][] {
    let state: StateStack = INITIAL;
    return text.split(/\r?\n/).map(line => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens.map(t => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    });
}

function example(name: string): Token[][] {
    return tokenize(readFileSync(path.join(ROOT, 'examples', name), 'utf8'));
}

/** The scopes of `token` on the first line of `lines` that is `line` (trimmed). */
function scopesOf(lines: Token[][], line: string, token: string): readonly string[] {
    const found = lines.find(tokens => tokens.map(t => t.text).join('').trim() === line);
    if (!found) throw new Error(`no line ${JSON.stringify(line)}`);
    const hit = found.find(t => t.text.trim() === token);
    if (!hit) throw new Error(`no token ${JSON.stringify(token)} in ${JSON.stringify(found.map(t => t.text))}`);
    return hit.scopes;
}

describe('the TextMate grammar on examples/region-nordjylland-2024.brik', () => {
    let lines: Token[][];
    beforeAll(() => { lines = example('region-nordjylland-2024.brik'); });

    it.each([
        ['budget "Budget 2024 – Region Nordjylland" {', 'budget', 'keyword.control.brik'],
        ['budget "Budget 2024 – Region Nordjylland" {', 'Budget 2024 – Region Nordjylland', 'string.quoted.double.brik'],
        ['budget "Budget 2024 – Region Nordjylland" {', '{', 'punctuation.section.block.begin.brik'],
        ['enhed mio. kr.', 'enhed', 'keyword.other.setting.brik'],
        ['enhed mio. kr.', 'mio. kr.', 'keyword.other.unit.brik'],
        ['prisniveau 2023', '2023', 'constant.numeric.year.brik'],
        ['år 2024..2027', 'år', 'keyword.other.setting.brik'],
        ['år 2024..2027', '2024', 'constant.numeric.year.brik'],
        ['år 2024..2027', '..', 'keyword.operator.range.brik'],
        ['år 2024..2027', '2027', 'constant.numeric.year.brik'],
        ['område "Sundhedsområdet" {', 'område', 'keyword.control.brik'],
        ['tema "1.1" "Kapacitetspres, arbejdsmiljø og rekruttering" {', 'tema', 'keyword.control.brik'],
        ['tema "1.1" "Kapacitetspres, arbejdsmiljø og rekruttering" {', '1.1', 'string.quoted.double.brik'],
        ['brik "Neurorehabilitering" {', 'brik', 'keyword.control.brik'],
        ['virksomhed "Region Nordjylland"', 'virksomhed', 'keyword.other.property.brik'],
        ['drift 0..10 permanent      // table: Drift 10,00 each year, Samlet 0-10,00', 'drift', 'support.type.kind.brik'],
        ['drift 0..10 permanent      // table: Drift 10,00 each year, Samlet 0-10,00', '0', 'constant.numeric.decimal.brik'],
        ['drift 0..10 permanent      // table: Drift 10,00 each year, Samlet 0-10,00', '..', 'keyword.operator.range.brik'],
        ['drift 0..10 permanent      // table: Drift 10,00 each year, Samlet 0-10,00', '10', 'constant.numeric.decimal.brik'],
        ['drift 0..10 permanent      // table: Drift 10,00 each year, Samlet 0-10,00', 'permanent', 'keyword.other.permanent.brik'],
        ['drift 0..10 permanent      // table: Drift 10,00 each year, Samlet 0-10,00', '//', 'comment.line.double-slash.brik'],
        ['drift 0..10 permanent      // table: Drift 10,00 each year, Samlet 0-10,00', 'table: Drift 10,00 each year, Samlet 0-10,00', 'comment.line.double-slash.brik'],
        ['drift 2024: 1.4, 2025: 2.6 permanent', '2024', 'constant.numeric.year.brik'],
        ['drift 2024: 1.4, 2025: 2.6 permanent', ':', 'punctuation.separator.key-value.brik'],
        ['drift 2024: 1.4, 2025: 2.6 permanent', '1.4', 'constant.numeric.decimal.brik'],
        ['drift 2024: 1.4, 2025: 2.6 permanent', ',', 'punctuation.separator.comma.brik'],
        ['anlæg 2024..2025: 0.5', 'anlæg', 'support.type.kind.brik'],
        ['anlæg 2024..2025: 0.5', '2025', 'constant.numeric.year.brik'],
        ['etablering 2024: 0.05', 'etablering', 'support.type.kind.brik'],
        ['årsværk 4 permanent        // "4 normeringer"', 'årsværk', 'support.type.kind.brik'],
        ['årsværk 4 permanent        // "4 normeringer"', '"4 normeringer"', 'comment.line.double-slash.brik'],
        ['uomgængelig', 'uomgængelig', 'storage.modifier.mark.brik'],
        ['uomgængelig 0.9', '0.9', 'constant.numeric.decimal.brik'],
        ['omstilling', 'omstilling', 'storage.modifier.mark.brik'],
        ['drift -5.0 permanent', '-5.0', 'constant.numeric.decimal.brik'],
        ['note "Delårsvirkning i 2024, fuld virkning fra 2025."', 'note', 'keyword.other.property.brik'],
        ['note "Delårsvirkning i 2024, fuld virkning fra 2025."', 'Delårsvirkning i 2024, fuld virkning fra 2025.', 'string.quoted.double.brik'],
        ['finansiering -27.0         // kræftmidler 2024 only; the frame from 2025 (Kræftplan V) is not known', 'finansiering', 'support.type.kind.brik'],
        ['finansiering "Råderum fra Økonomiaftale, drift" drift -111', 'finansiering', 'keyword.control.financing.brik'],
        ['finansiering "Råderum fra Økonomiaftale, drift" drift -111', 'drift', 'support.type.kind.brik'],
        ['finansiering "Råderum fra Økonomiaftale, drift" drift -111', '-111', 'constant.numeric.decimal.brik'],
        ['total opdrift 15.0..26.6', 'total', 'keyword.other.total.brik'],
        ['total opdrift 15.0..26.6', 'opdrift', 'support.type.column.brik'],
        ['total opdrift 15.0..26.6', '15.0', 'constant.numeric.decimal.brik'],
        ['total opdrift 15.0..26.6', '26.6', 'constant.numeric.decimal.brik'],
        ['total omstilling -8.4', 'omstilling', 'support.type.column.brik'],
        ['total finansiering -27.0', 'finansiering', 'support.type.column.brik'],
        ['total netto 168.5..241.1', 'netto', 'support.type.column.brik'],
        ['scenarie "Kun uomgængelige udgifter" { }', 'scenarie', 'keyword.control.brik'],
        ['scenarie "Kun uomgængelige udgifter" { }', '}', 'punctuation.section.block.end.brik']
    ])('%s: %s is %s', (line, token, scope) => {
        expect(scopesOf(lines, line, token)).toContain(scope);
    });

    it('keeps keywords inside names and comments out of the keyword scopes', () => {
        const scopes = scopesOf(lines, 'finansiering "Råderum fra Økonomiaftale, drift" drift -111', 'Råderum fra Økonomiaftale, drift');
        expect(scopes).toContain('string.quoted.double.brik');
        expect(scopes.some(s => s.startsWith('support.type'))).toBe(false);
        const comment = lines.flat().find(t => t.text.includes('overview table l. 500–698'));
        expect(comment?.scopes).toEqual(['source.brik', 'comment.line.double-slash.brik']);
    });

    it('scopes every non-blank token of the file (nothing falls through but names and spaces)', () => {
        const unscoped = lines.flat().filter(t => t.scopes.length === 1 && t.text.trim() !== '');
        expect(unscoped.map(t => t.text)).toEqual([]);
    });
});

describe('the TextMate grammar on the other examples', () => {
    it.each([
        ['enhed 1.000 kr.', '1.000 kr.', 'keyword.other.unit.brik'],
        ['kategori eff, bao', 'kategori', 'keyword.other.property.brik'],
        ['kategori eff, bao', 'eff', 'constant.language.category.brik'],
        ['kategori eff, bao', 'bao', 'constant.language.category.brik'],
        ['// tillad: omstilling-positive – en investering i 2024, der sparer 1.100 om året fra 2025', 'tillad', 'keyword.other.allow.brik'],
        ['// tillad: omstilling-positive – en investering i 2024, der sparer 1.100 om året fra 2025', 'omstilling-positive', 'constant.other.diagnostic-code.brik'],
        ['drift 2024: 1540, 2025: -1100 permanent', '-1100', 'constant.numeric.decimal.brik']
    ])('aarhus: %s: %s is %s', (line, token, scope) => {
        expect(scopesOf(example('aarhus-mso-spareforslag-2024.brik'), line, token)).toContain(scope);
    });

    it('reads årsværk ranges and profiles in the Midtjylland catalogue', () => {
        const lines = example('midtjylland-udvalgsemner-2020.brik');
        const line = 'årsværk 2020: 6..8         // "6-8 årsværk i 2020 ... svarende til en udgift på 5 mio. kr." (l. 156–158)';
        expect(scopesOf(lines, line, '2020')).toContain('constant.numeric.year.brik');
        expect(scopesOf(lines, line, '6')).toContain('constant.numeric.decimal.brik');
        expect(scopesOf(lines, line, '8')).toContain('constant.numeric.decimal.brik');
    });
});

describe('the TextMate grammar on what the examples do not show', () => {
    const source = [
        'fragment "Sundhed" {',
        '  /* a block comment',
        '     over two lines with drift 2.8 */',
        '  inkluder "sundhed/1-1-kapacitet.brik"',
        '  brik "Bedre indkøb" politisk omstilling drift 1_250.5 permanent',
        '  brik "B" uomgaengelig anlaeg 2,8',
        '  total aarsvaerk permanent: 2.8',
        '  brik "Reservationspulje" {',
        '    anlæg tidligere: 23_700, 2023: 1_870, efterfølgende: 793_999',
        '    anlaeg 2024: 1.355.700, efterfoelgende: 5',
        '    total anlæg samlet: 1_355_700',
        '  }',
        '}',
        'budget "B" {',
        '  enhed kr.',
        '  aar 2024..2025',
        '  prisindeks { 2023: 100.0  2024: 103.4 }',
        '  scenarie "Forlig" {',
        '    niveau midt',
        '    medtag alle',
        '    medtag tema "1.12"',
        '    fravælg "Affaldssortering"',
        '    fravaelg "Reservepulje"',
        '    ramme 0',
        '  }',
        '}'
    ];
    let lines: Token[][];
    beforeAll(() => { lines = tokenize(source.join('\n')); });

    it.each([
        ['fragment "Sundhed" {', 'fragment', 'keyword.control.brik'],
        ['/* a block comment', '/*', 'comment.block.brik'],
        ['over two lines with drift 2.8 */', 'over two lines with drift 2.8', 'comment.block.brik'],
        ['over two lines with drift 2.8 */', '*/', 'punctuation.definition.comment.end.brik'],
        ['inkluder "sundhed/1-1-kapacitet.brik"', 'inkluder', 'keyword.control.import.brik'],
        ['brik "Bedre indkøb" politisk omstilling drift 1_250.5 permanent', 'politisk', 'storage.modifier.mark.brik'],
        ['brik "Bedre indkøb" politisk omstilling drift 1_250.5 permanent', '1_250.5', 'constant.numeric.decimal.brik'],
        ['brik "B" uomgaengelig anlaeg 2,8', 'uomgaengelig', 'storage.modifier.mark.brik'],
        ['brik "B" uomgaengelig anlaeg 2,8', 'anlaeg', 'support.type.kind.brik'],
        ['brik "B" uomgaengelig anlaeg 2,8', '2,8', 'constant.numeric.decimal.comma.brik'],
        ['total aarsvaerk permanent: 2.8', 'aarsvaerk', 'support.type.kind.brik'],
        ['total aarsvaerk permanent: 2.8', 'permanent', 'keyword.other.permanent.brik'],
        ['anlæg tidligere: 23_700, 2023: 1_870, efterfølgende: 793_999', 'tidligere', 'keyword.other.period.brik'],
        ['anlæg tidligere: 23_700, 2023: 1_870, efterfølgende: 793_999', '23_700', 'constant.numeric.decimal.brik'],
        ['anlæg tidligere: 23_700, 2023: 1_870, efterfølgende: 793_999', '2023', 'constant.numeric.year.brik'],
        ['anlæg tidligere: 23_700, 2023: 1_870, efterfølgende: 793_999', 'efterfølgende', 'keyword.other.period.brik'],
        ['anlæg tidligere: 23_700, 2023: 1_870, efterfølgende: 793_999', '793_999', 'constant.numeric.decimal.brik'],
        ['anlaeg 2024: 1.355.700, efterfoelgende: 5', '1.355.700', 'constant.numeric.decimal.brik'],
        ['anlaeg 2024: 1.355.700, efterfoelgende: 5', 'efterfoelgende', 'keyword.other.period.brik'],
        ['total anlæg samlet: 1_355_700', 'samlet', 'keyword.other.period.brik'],
        ['total anlæg samlet: 1_355_700', '1_355_700', 'constant.numeric.decimal.brik'],
        ['enhed kr.', 'kr.', 'keyword.other.unit.brik'],
        ['aar 2024..2025', 'aar', 'keyword.other.setting.brik'],
        ['prisindeks { 2023: 100.0  2024: 103.4 }', 'prisindeks', 'keyword.other.setting.brik'],
        ['prisindeks { 2023: 100.0  2024: 103.4 }', '2024', 'constant.numeric.year.brik'],
        ['prisindeks { 2023: 100.0  2024: 103.4 }', '103.4', 'constant.numeric.decimal.brik'],
        ['niveau midt', 'niveau', 'keyword.other.scenario.brik'],
        ['niveau midt', 'midt', 'constant.language.level.brik'],
        ['medtag alle', 'medtag', 'keyword.other.scenario.brik'],
        ['medtag alle', 'alle', 'constant.language.all.brik'],
        ['medtag tema "1.12"', 'tema', 'keyword.control.brik'],
        ['fravælg "Affaldssortering"', 'fravælg', 'keyword.other.scenario.brik'],
        ['fravaelg "Reservepulje"', 'fravaelg', 'keyword.other.scenario.brik'],
        ['ramme 0', 'ramme', 'keyword.other.scenario.brik'],
        ['ramme 0', '0', 'constant.numeric.decimal.brik']
    ])('%s: %s is %s', (line, token, scope) => {
        expect(scopesOf(lines, line, token)).toContain(scope);
    });
});

describe('the TextMate grammar on a fragment without braces (§7)', () => {
    let lines: Token[][];
    beforeAll(() => { lines = example('region-nordjylland-2024-flere-filer/sundhed/1-9-uddannelsesomraadet.brik'); });

    it.each([
        ['fragment', 'fragment', 'keyword.control.brik'],
        ['enhed 1.000 kr.', 'enhed', 'keyword.other.setting.brik'],
        ['enhed 1.000 kr.', '1.000 kr.', 'keyword.other.unit.brik'],
        ['tema "1.9" "Uddannelsesområdet" {', 'tema', 'keyword.control.brik'],
        ['tema "1.9" "Uddannelsesområdet" {', 'Uddannelsesområdet', 'string.quoted.double.brik'],
        ['drift -900 permanent       // table: -0,88', '-900', 'constant.numeric.decimal.brik'],
        ['total omstilling -900', 'total', 'keyword.other.total.brik'],
        ['}', '}', 'punctuation.section.block.end.brik']
    ])('%s: %s is %s', (line, token, scope) => {
        expect(scopesOf(lines, line, token)).toContain(scope);
    });

    it('ends the file in the top-level scope: nothing is left open by the missing brace', () => {
        const last = lines.filter(tokens => tokens.some(t => t.text.trim() !== '')).at(-1)!;
        expect(last.map(t => t.scopes)).toEqual([['source.brik', 'punctuation.section.block.end.brik']]);
    });
});

describe('the TextMate grammar and the Langium grammar', () => {
    // Every word of brik.langium (KEYWORD_SAMPLES is typed by the generated keyword names, so a
    // keyword added to the grammar has a sample there): coloured as Brik's, not left as plain text.
    const words = Object.entries(KEYWORD_SAMPLES).filter(([keyword]) => /^\p{L}/u.test(keyword));

    it.each(words)('colours the keyword %s in its sample', (keyword, text) => {
        // `mio. kr.` and `1.000 kr.` are one token of the unit.
        const tokens = tokenize(text).flat().filter(token => token.text.trim().split(/\s+/).includes(keyword));
        expect(tokens.length, `${keyword} in ${text}`).toBeGreaterThan(0);
        for (const token of tokens) {
            expect(token.scopes.filter(scope => /^(keyword|support|storage|constant\.language)\./.test(scope)), `${keyword} in ${text}`).not.toEqual([]);
        }
    });
});
