import type { IToken, TokenType } from 'chevrotain';
import type { Grammar } from 'langium';
import { AstUtils, GrammarAST, LangiumParserErrorMessageProvider } from 'langium';
import { canonicalKeyword } from '../helpers/keywords.js';
import { LINE_KINDS } from '../evaluation/item-column.js';
import { closestKeyword } from './keyword-suggestion.js';
import { PASTED_NUMBER } from './pasted-number-token.js';
import { quoteSource } from '../text/source-quote.js';

/**
 * Every terminal in the user's words: a message never shows a token's name (LANGUAGE.md §11).
 * A terminal missing here is described as THING, and test/parser/syntax-errors.test.ts fails.
 */
export const TERMINAL_DESCRIPTIONS: Readonly<Record<string, string>> = {
    STRING: 'et navn i anførselstegn, fx "Neurorehabilitering"',
    NUMBER: 'et tal, fx 2.8',
    COMMA_NUMBER: 'et tal, fx 2.8',
    PASTED_NUMBER: 'et tal, fx 2.8',
    // `0-10` is read for the validator to explain; what the user should write is a number or `0..10`.
    PRINTED_RANGE: 'et tal, fx 2.8',
    FINANCING_ITEM: `'finansiering' med et navn`,
    WORD: 'et ord',
    EOF: 'slutningen af filen'
};
const THING = 'et tal, et navn eller et ord';

/** What may stand inside each block, for the message when something else stands there. */
const BLOCK_CONTENTS: Record<string, string> = {
    Budget: "enhed, prisniveau, år, prisindeks, område, tema, brik, finansiering, total, inkluder og scenarie",
    Fragment: "enhed, område, tema, brik, finansiering, total og inkluder",
    Area: "tema, brik, finansiering, total og inkluder",
    Theme: "tema, brik, finansiering, total og inkluder",
    Item: `beløbslinjer (${[...new Set([...LINE_KINDS].map(canonicalKeyword))].join(', ')}), markeringer (omstilling, uomgængelig, politisk) og egenskaber (virksomhed, note, kategori)`,
    PriceIndex: "linjer som 2024: 103.4",
    Scenario: "niveau, medtag, fravælg og ramme"
};

const BLOCK_NAMES: Record<string, string> = {
    Budget: 'budgettet', Fragment: 'fragmentet', Area: 'området', Theme: 'temaet', Item: 'brikken',
    PriceIndex: 'prisindekset', Scenario: 'scenariet'
};

function ruleOf(ruleName: string): string {
    return ruleName.replace(/\u200B$/, '');
}

/** Terminals by their description; anything else the parser expects is a keyword, shown as written. */
function expectedText(type: TokenType, keywords: ReadonlySet<string>): string {
    if (Object.hasOwn(TERMINAL_DESCRIPTIONS, type.name)) {
        return TERMINAL_DESCRIPTIONS[type.name];
    }
    // A keyword's ASCII spelling (`efterfoelgende`) is the same word: say it once, in Danish.
    return keywords.has(type.name) ? `'${canonicalKeyword(type.name)}'` : THING;
}

function actualText(token: IToken): string {
    switch (token.tokenType.name) {
        case 'EOF': return 'slutningen af filen';
        case 'STRING': return `teksten ${quoteSource(token.image)}`;
        case 'NUMBER': case 'COMMA_NUMBER': case PASTED_NUMBER: case 'PRINTED_RANGE': return `tallet ${quoteSource(token.image)}`;
        case 'WORD': return `ordet '${quoteSource(token.image)}'`;
        default: return `'${quoteSource(token.image)}'`;
    }
}


function joinAlternatives(texts: string[]): string {
    const unique = [...new Set(texts)];
    return unique.length <= 1 ? unique.join('') : `${unique.slice(0, -1).join(', ')} eller ${unique[unique.length - 1]}`;
}

/** `enhed "mio. kr."`: a unit is written as the catalogue prints it, not as a name. */
function unitInQuotes(rule: string, actual: IToken): string | undefined {
    if (rule !== 'Unit' || actual.tokenType.name !== 'STRING') {
        return undefined;
    }
    const written = `enhed ${quoteSource(actual.image.slice(1, -1).trim())}`;
    // Every unit ends in "kr.", whose point ends the sentence too.
    return `Enheden skrives uden anførselstegn: skriv ${written}${written.endsWith('.') ? '' : '.'}`;
}

/**
 * Syntax errors in the words of the people who write budgets: what was expected, what was
 * found, what may stand in the block at hand, and the keyword a misspelt word resembles.
 */
export class BrikParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    private readonly keywords: string[];
    private readonly keywordSet: ReadonlySet<string>;

    constructor(grammar: Grammar) {
        super();
        this.keywords = [...new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value))];
        this.keywordSet = new Set(this.keywords);
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const { expected, actual } = options;
        const rule = ruleOf(options.ruleName);
        if (expected.name === '}' && BLOCK_CONTENTS[rule]) {
            if (actual.tokenType.name === 'EOF') {
                return `Filen slutter, før ${BLOCK_NAMES[rule]} er lukket: der mangler en afsluttende '}'.`;
            }
            return `Uventet ${actualText(actual)} i ${BLOCK_NAMES[rule]}. Her kan stå ${BLOCK_CONTENTS[rule]}, eller '}', der lukker ${BLOCK_NAMES[rule]}.${this.suggestion(actual)}`;
        }
        return unitInQuotes(rule, actual) ?? `Forventede ${expectedText(expected, this.keywordSet)}, men fandt ${actualText(actual)}.${this.suggestion(actual)}`;
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `Der står ${actualText(options.firstRedundant)} efter den afsluttende '}'. En fil rummer ét budget eller ét fragment; flyt det ind i budgettet, eller slet det.`;
    }

    /**
     * What stands after the members of a fragment without braces (§7), which run to the end of
     * the file: something that cannot stand in a fragment, or a lone '}' that most likely closes
     * a '{' the first line lacks. (The parser knows the form only once the file is parsed.)
     */
    unbracedFragmentMessage(actual: IToken): string {
        if (actual.tokenType.name === '}') {
            return "Der står '}', men fragmentet begynder ikke med '{'. Skriv 'fragment {' i første linje, eller slet '}': uden klammer rummer fragmentet resten af filen.";
        }
        return `Uventet ${actualText(actual)} i fragmentet. Her kan stå ${BLOCK_CONTENTS.Fragment}.${this.suggestion(actual)}`;
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const firsts = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0])).filter(Boolean);
        const actual = options.actual[0];
        if (ruleOf(options.ruleName) === 'Document') {
            return `En Brik-fil begynder med 'budget "Navn" {' eller 'fragment', men her står ${actualText(actual)}.${this.suggestion(actual)}`;
        }
        return unitInQuotes(ruleOf(options.ruleName), actual)
            ?? `Forventede ${joinAlternatives(firsts.map(type => expectedText(type, this.keywordSet)))}, men fandt ${actualText(actual)}.${this.suggestion(actual)}`;
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const firsts = options.expectedIterationPaths.map(path => path[0]).filter(Boolean);
        const actual = options.actual[0];
        return `Forventede ${joinAlternatives(firsts.map(type => expectedText(type, this.keywordSet)))}, men fandt ${actualText(actual)}.${this.suggestion(actual)}`;
    }

    private suggestion(token: IToken): string {
        if (token.tokenType.name !== 'WORD') {
            return '';
        }
        const keyword = closestKeyword(token.image, this.keywords);
        return keyword ? ` Mente du '${keyword}'?` : '';
    }
}
