import { AstUtils, EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/generated/ast.js';
import { isItem } from '../../src/generated/ast.js';
import { createBrikServices } from '../../src/brik-module.js';
import { yearlyPeriods } from '../../src/evaluation/totals.js';
import { isFastParse } from '../../src/parser/fast/fast-parser.js';
import { PASTED_GROUP_SPACES, PASTED_MINUS_SIGNS, PLAIN_GROUP_SPACE } from '../../src/text/pasted-text.js';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { budget } from '../brik-test-services.js';

const THOUSANDS = 'enhed 1.000 kr.\n  prisniveau 2023\n  år 2024..2027';

/** Every sign the language reads before a number: Brik's own, spaced or not, and every pasted minus, spaced or not. */
const SIGNS: ReadonlyArray<readonly [string, string]> = [
    ['-', 'Brik\'s -'],
    ['- ', 'Brik\'s - and a space'],
    ...PASTED_MINUS_SIGNS.flatMap(sign => {
        const hex = `U+${sign.character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        return [[sign.character, hex], [`${sign.character}\u00A0`, `${hex} and a no-break space`]] as const;
    })
];

/** Every space the language reads between digit groups. */
const SPACES: ReadonlyArray<readonly [string, string]> = [
    [PLAIN_GROUP_SPACE, 'a plain space'],
    ...PASTED_GROUP_SPACES.map(space => [space.character, `U+${space.character.charCodeAt(0).toString(16).toUpperCase()}`] as const)
];

const CASES = SIGNS.flatMap(([sign, signName]) => SPACES.map(([space, spaceName]) => [signName, spaceName, sign, space] as const));

const parsers = {
    langium: createBrikServices(EmptyFileSystem).Brik,
    fast: createBrikServices({ ...EmptyFileSystem, parser: 'fast' }).Brik
};

/** Each brik's netto per year and permanent, read by one parser, as exact decimal strings. */
async function netto(parser: keyof typeof parsers, text: string): Promise<Record<string, string[]>> {
    const services = parsers[parser];
    const document = await parseHelper<Document>(services)(text, { validation: true });
    expect(document.parseResult.lexerErrors).toEqual([]);
    expect(document.parseResult.parserErrors).toEqual([]);
    const items = AstUtils.streamAllContents(document.parseResult.value).filter(isItem).toArray();
    return Object.fromEntries(items.map(item => [item.name, yearlyPeriods(services.evaluation.Evaluator.totalsOf(item).drift.netto)
        .map(i => i.min.eq(i.max) ? i.min.toFixed() : `${i.min.toFixed()}..${i.max.toFixed()}`)]));
}

async function codes(text: string): Promise<string[]> {
    const document = await parseHelper<Document>(parsers.langium)(text, { validation: true });
    return (document.diagnostics ?? []).map(d => String(d.code));
}

describe('every minus the language reads combines with every digit-group space (LANGUAGE.md §11)', () => {
    it.each(CASES)('%s before 1, %s, 250 is -1250 in both parsers', async (_signName, _spaceName, sign, space) => {
        const text = budget(`tema "T" {\n  brik "A" drift ${sign}1${space}250 permanent\n  brik "B" drift 0..${sign}1${space}250\n  brik "C" drift 2024: ${sign}2${space}500${space}000, 2025: 1 permanent\n}`, THOUSANDS);
        const expected = {
            A: ['-1250', '-1250', '-1250', '-1250', '-1250'],
            B: ['-1250..0', '0', '0', '0', '0'],
            C: ['-2500000', '1', '1', '1', '1']
        };
        expect(await netto('langium', text)).toEqual(expected);
        expect(await netto('fast', text)).toEqual(expected);
        const found = await codes(text);
        // The space is reported on every amount; the range `0..-1250` is reversed, and says so.
        expect(found.filter(code => code === (space === PLAIN_GROUP_SPACE ? IssueCodes.SpaceInNumber : IssueCodes.PastedDigitSpace))).toHaveLength(3);
        expect(found.filter(code => code === IssueCodes.PastedMinus)).toHaveLength(sign === '-' ? 0 : 3);
        expect(found.filter(code => code === IssueCodes.Syntax)).toEqual([]);
    });

    it('reads +1 250 as 1250, and 0–1 250, 0-1 250 and 1 250-2 500 as printed ranges of whole numbers', async () => {
        const text = budget('brik "A" drift +1\u00A0250\nbrik "B" drift 0–1\u00A0250\nbrik "C" drift 0-1\u202F250\nbrik "D" drift 1\u00A0250-2\u00A0500', THOUSANDS);
        const expected = { A: ['1250', '0', '0', '0', '0'], B: ['0..1250', '0', '0', '0', '0'], C: ['0..1250', '0', '0', '0', '0'], D: ['1250..2500', '0', '0', '0', '0'] };
        expect(await netto('langium', text)).toEqual(expected);
        expect(await netto('fast', text)).toEqual(expected);
    });

    it('gives a text with pasted numbers to Langium in the fast parser, and reads Brik\'s own -1_250 itself', async () => {
        const fast = parseHelper<Document>(parsers.fast);
        expect(isFastParse((await fast(budget('brik "A" drift -1\u00A0250', THOUSANDS))).parseResult.value)).toBe(false);
        expect(isFastParse((await fast(budget('brik "A" drift -1_250', THOUSANDS))).parseResult.value)).toBe(true);
    });

    it('keeps a dash after a number a range and profiles split by spaces two periods', async () => {
        const text = budget('brik "A" drift 0 –1\u00A0250\nbrik "B" drift 2024: -1 2025: -2 permanent', THOUSANDS);
        const expected = { A: ['0..1250', '0', '0', '0', '0'], B: ['-1', '-2', '-2', '-2', '-2'] };
        expect(await netto('langium', text)).toEqual(expected);
        expect(await netto('fast', text)).toEqual(expected);
    });

    it('reads a pasted minus before thousands dots in 1.000 kr. as the figure meant: −62.000 is -62000, 1 250.000 is 1250000', async () => {
        const text = budget('brik "A" drift −62.000\nbrik "B" drift 1\u00A0250.000', THOUSANDS);
        const expected = { A: ['-62000', '0', '0', '0', '0'], B: ['1250000', '0', '0', '0', '0'] };
        expect(await netto('langium', text)).toEqual(expected);
        expect(await netto('fast', text)).toEqual(expected);
    });
});
