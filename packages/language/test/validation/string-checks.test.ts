import { describe, expect, it } from 'vitest';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { budget } from '../brik-test-services.js';
import { fixed } from '../lsp/lsp-test-documents.js';
import { expectOnly } from './expect-diagnostics.js';

describe("Word's curly quotes", () => {
    it.each([
        ['“Neurorehabilitering”'],
        ['„Neurorehabilitering“'],
        ['”Neurorehabilitering”']
    ])('reads %s as the name, reports it, and writes it with straight quotes', async name => {
        const [found] = await expectOnly(budget(`brik <|${name}|> drift 2.8 permanent`), IssueCodes.CurlyQuotes);
        expect(found.message).toBe('Krøllede anførselstegn fra Word: skriv "Neurorehabilitering" med lige anførselstegn (").');
        expect(await fixed(budget(`brik ${name} drift 2.8 permanent`), IssueCodes.CurlyQuotes))
            .toEqual([budget('brik "Neurorehabilitering" drift 2.8 permanent')]);
    });

    it('flags every quoted text, names, numbers, owners and notes alike, and still computes', async () => {
        const source = budget('tema <|„1.1“|> <|“Kapacitet”|> {\n  brik <|“A”|> {\n    virksomhed <|”Blodbanken”|>\n    drift 2\n    note <|“Fra Word”|>\n  }\n}');
        await expectOnly(source, IssueCodes.CurlyQuotes);
    });

    it('takes a financing item written with curly quotes as a financing item', async () => {
        await expectOnly(budget('finansiering <|”Råderum”|> drift -111 permanent'), IssueCodes.CurlyQuotes);
    });
});

describe("ranges pasted from Word", () => {
    it.each([
        ['0 – 10', '0..10'],
        ['0–10', '0..10'],
        ['0,0–10,0', '0.0..10.0'],
        ['1—2', '1..2']
    ])('rewrites %s as %s with a quick fix', async (range, replacement) => {
        expect(await fixed(budget(`brik "A" drift ${range} permanent`), IssueCodes.RangeNotation))
            .toEqual([budget(`brik "A" drift ${replacement} permanent`)]);
    });
});

describe('text that was not UTF-8', () => {
    it("reports a name holding U+FFFD, as a Windows-1252 file read as UTF-8 has for 'å'", async () => {
        const [found] = await expectOnly(budget('brik <|"Sundhedsomr\uFFFDdet"|> drift 1'), IssueCodes.UnknownCharacter);
        expect(found.message).toMatch(/UTF-8/);
    });
});
