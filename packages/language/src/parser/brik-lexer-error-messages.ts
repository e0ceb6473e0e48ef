import { DefaultLexerErrorMessageProvider } from 'langium';
import { pastedMinus } from '../text/pasted-text.js';
import { characterAt } from '../text/source-quote.js';

function describeCharacter(character: string): string {
    const code = character.codePointAt(0) ?? 0;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return code < 0x20 || (code >= 0x7f && code < 0xa0) ? `et usynligt kontroltegn (${hex})` : `tegnet '${character}' (${hex})`;
}

/** Characters Brik cannot read, with what the author most likely meant. */
export class BrikLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const character = characterAt(fullText, startOffset);
        // Characters as the eye counts them: an emoji is one, not two UTF-16 units.
        const after = [...fullText.slice(startOffset, startOffset + length)].length - 1;
        const minus = pastedMinus(character);
        if (minus || character === '-') {
            // Directly before a number it would have been read as minus (see pasted-number-token.ts).
            return `Brik kan ikke læse ${describeCharacter(character)} her. Er det et minus, så skriv '-' direkte foran tallet, fx -3.4; er det et interval, så skriv '..', fx 0..10.`;
        }
        switch (character) {
            case '–': case '—':
                return "Tankestreg bruges ikke til intervaller i Brik: skriv '..', fx 0..10.";
            case '"':
                return 'Teksten mangler sit afsluttende anførselstegn (") på samme linje.';
            case '“': case '”': case '„':
                return 'Krøllede anførselstegn fra Word: skriv navnet i lige anførselstegn ("), og afslut det på samme linje.';
            case '.':
                return "Et punktum kan ikke stå her. Tal skrives uden tusindtalspunktum (2455000 eller 2_455_000), intervaller med '..', og enheden som 'mio. kr.', '1.000 kr.' eller 'kr.'.";
            case '\uFFFD':
                return "Et tegn, der ikke kunne læses (U+FFFD): filen er nok ikke gemt som UTF-8 (men fx som Windows-1252 eller UTF-16). Gem den som UTF-8.";
            case ';':
                return "Semikolon bruges ikke i Brik; hver linje står for sig. Slet det.";
            default:
                return `Brik kan ikke læse ${describeCharacter(character)}${after > 0 ? ` og de ${after} tegn efter det` : ''}. Slet ${after > 0 ? 'dem' : 'det'}, eller skriv det i et navn i anførselstegn.`;
        }
    }
}
