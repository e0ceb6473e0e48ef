import type { TokenType, TokenVocabulary } from 'chevrotain';
import type { Grammar, TokenBuilderOptions } from 'langium';
import { DefaultTokenBuilder } from 'langium';

/** Terminals that must be tried before the keywords they begin with. */
const BEFORE_KEYWORDS = new Set(['FINANCING_ITEM']);

/**
 * Langium tries keywords before terminals. FINANCING_ITEM is the keyword `finansiering`
 * followed by a name, so it has to come first, or the keyword would always win.
 */
export class BrikTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const first = tokens.filter(token => BEFORE_KEYWORDS.has(token.name));
        return [...first, ...tokens.filter(token => !BEFORE_KEYWORDS.has(token.name))];
    }
}
