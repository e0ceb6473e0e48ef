import { describe, expect, it } from 'vitest';
import { characterAt, cutAtCharacter, MAX_QUOTED, quoteSource, wellFormed } from '../../src/text/source-quote.js';
import { clipMessage } from '../../src/validation/brik-document-validator.js';
import { budget } from '../brik-test-services.js';
import { diagnosticsOf } from '../validation/expect-diagnostics.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** One function quotes the file in a message: at most MAX_QUOTED characters, whole characters only. */
describe('quoteSource', () => {
    it.each([
        ['Neurorehabilitering', 'Neurorehabilitering'],
        ['x'.repeat(80), 'x'.repeat(80)],
        ['x'.repeat(81), `${'x'.repeat(79)}…`],
        ['7'.repeat(10_000_000), `${'7'.repeat(79)}…`],
        // An emoji on the cut: kept whole or left out, never split.
        [`${'x'.repeat(78)}😀😀`, `${'x'.repeat(78)}…`],
        [`${'x'.repeat(77)}😀😀`, `${'x'.repeat(77)}😀…`],
        ['a\uD957b', 'a\uFFFDb'],
        ['\uDC00', '\uFFFD']
    ])('%#', (text, quoted) => {
        expect(quoteSource(text)).toBe(quoted);
        expect(quoteSource(text).length).toBeLessThanOrEqual(MAX_QUOTED);
        expect(LONE_SURROGATE.test(quoteSource(text))).toBe(false);
    });

    it('cuts before a character, never inside a pair', () => {
        expect(cutAtCharacter('ab😀', 3)).toBe('ab');
        expect(cutAtCharacter('ab😀', 4)).toBe('ab😀');
        expect(wellFormed('😀\uD83D')).toBe('😀\uFFFD');
        expect(characterAt('a😀', 1)).toBe('😀');
    });

    it('clipMessage keeps a long message well-formed at both cuts', () => {
        const message = '😀'.repeat(1000);
        const clipped = clipMessage(message);
        expect(clipped.length).toBeLessThanOrEqual(600);
        expect(LONE_SURROGATE.test(clipped)).toBe(false);
    });
});

describe('messages that quote the file', () => {
    it('name a character outside the BMP whole, and count it as one', async () => {
        const found = await diagnosticsOf(budget('brik "A" drift 1 😀'));
        expect(found.map(f => f.message)).toContain("Brik kan ikke læse tegnet '😀' (U+1F600). Slet det, eller skriv det i et navn i anførselstegn.");
    });

    it('quote a long name at most MAX_QUOTED characters', async () => {
        const name = `${'Æ'.repeat(100)}`;
        const found = await diagnosticsOf(budget(`brik "${name}" drift 1\nbrik "${name}" drift 2`));
        const duplicate = found.map(f => f.message).find(message => message.startsWith('Navnet "'));
        expect(duplicate).toMatch(new RegExp(`^Navnet "${'Æ'.repeat(79)}…" bruges allerede i linje 5, `));
    });

    it('quote a long word the parser did not expect at most MAX_QUOTED characters', async () => {
        const [found] = await diagnosticsOf(budget(`brik "A" ${'drift'.repeat(100)} 1`));
        expect(found.message).toBe(`Uventet ordet '${'drift'.repeat(15)}drif…' i budgettet. Her kan stå enhed, prisniveau, år, prisindeks, område, tema, brik, finansiering, total, inkluder og scenarie, eller '}', der lukker budgettet.`);
    });
});
