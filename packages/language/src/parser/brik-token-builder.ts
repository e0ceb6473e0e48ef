import type { TokenPattern, TokenType, TokenVocabulary } from 'chevrotain';
import type { Grammar, GrammarAST, TokenBuilderOptions } from 'langium';
import { DefaultTokenBuilder, RegExpUtils } from 'langium';
import { pastedNumberToken } from './pasted-number-token.js';
import { PRINTED_RANGE } from '../text/pasted-text.js';

/** Terminals that must be tried before the keywords they begin with. */
const BEFORE_KEYWORDS = new Set(['FINANCING_ITEM']);

/**
 * Langium tries keywords before terminals. FINANCING_ITEM is the keyword `finansiering`
 * followed by a name, so it has to come first, or the keyword would always win. A number pasted
 * from Word or a PDF (`−3.4`, `–3.4`, `1 250`) comes before everything: its dash would otherwise
 * be read as the range keyword `–`, and its digits as two numbers.
 */
export class BrikTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const first = tokens.filter(token => BEFORE_KEYWORDS.has(token.name));
        const printedRange = tokens.find(token => token.name === 'PRINTED_RANGE');
        if (printedRange) {
            // Every dash of the pasted-text table, not only the grammar's `-–—` (see PRINTED_RANGE).
            printedRange.PATTERN = PRINTED_RANGE;
        }
        const number = tokens.find(token => token.name === 'NUMBER');
        const pasted = number ? [pastedNumberToken(number, tokens.find(token => token.name === 'COMMA_NUMBER'))] : [];
        return [...pasted, ...first, ...tokens.filter(token => !BEFORE_KEYWORDS.has(token.name))];
    }

    /**
     * `år`, `årsværk` and `område` also as macOS and some PDFs write them, decomposed (NFD: `a`
     * and a combining ring). Brik compares keywords and names in NFC (see canonicalKeyword).
     */
    protected override buildKeywordPattern(keyword: GrammarAST.Keyword, caseInsensitive: boolean): TokenPattern {
        const decomposed = keyword.value.normalize('NFD');
        if (caseInsensitive || decomposed === keyword.value) {
            return super.buildKeywordPattern(keyword, caseInsensitive);
        }
        return new RegExp([...keyword.value].map(character => {
            const parts = character.normalize('NFD');
            return parts === character ? RegExpUtils.escapeRegExp(character) : `(?:${RegExpUtils.escapeRegExp(character)}|${RegExpUtils.escapeRegExp(parts)})`;
        }).join(''));
    }
}
