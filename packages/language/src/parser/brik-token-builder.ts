import type { TokenType, TokenVocabulary } from 'chevrotain';
import type { Grammar, TokenBuilderOptions } from 'langium';
import { DefaultTokenBuilder } from 'langium';
import { pastedNumberToken } from './pasted-number-token.js';

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
        const number = tokens.find(token => token.name === 'NUMBER');
        const pasted = number ? [pastedNumberToken(number, tokens.find(token => token.name === 'COMMA_NUMBER'))] : [];
        return [...pasted, ...first, ...tokens.filter(token => !BEFORE_KEYWORDS.has(token.name))];
    }
}
