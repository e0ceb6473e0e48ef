import type * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import keywords from 'virtual:brik-keywords';
import configuration from '../../../extension/language-configuration.json' with { type: 'json' };

type Monaco = typeof monaco;

/**
 * The `brik` language in Monaco: the extension's language configuration (comments, brackets,
 * indentation), and a Monarch tokenizer whose keywords are the grammar's own (the build reads
 * them from the generated grammar), so that the page colours what the parser reads.
 */
export function registerBrikLanguage(m: Monaco): void {
    m.languages.register({ id: 'brik', extensions: ['.brik'], aliases: ['Brik'] });
    m.languages.setLanguageConfiguration('brik', {
        comments: { lineComment: configuration.comments.lineComment, blockComment: configuration.comments.blockComment as [string, string] },
        brackets: configuration.brackets as Array<[string, string]>,
        autoClosingPairs: configuration.autoClosingPairs,
        surroundingPairs: configuration.surroundingPairs.map(([open, close]) => ({ open, close })),
        indentationRules: {
            increaseIndentPattern: new RegExp(configuration.indentationRules.increaseIndentPattern),
            decreaseIndentPattern: new RegExp(configuration.indentationRules.decreaseIndentPattern)
        }
    });
    m.languages.setMonarchTokensProvider('brik', {
        keywords,
        tokenizer: {
            root: [
                [/\/\/.*$/, 'comment'],
                [/\/\*/, 'comment', '@comment'],
                [/["“„”][^"“„”]*["“„”]?/, 'string'],
                [/[+-]?\d[\d_.,]*/, 'number'],
                [/[a-zA-ZæøåÆØÅéÉüÜ_][\wæøåÆØÅéÉüÜ]*/, { cases: { '@keywords': 'keyword', '@default': 'identifier' } }],
                [/[{}]/, 'delimiter.bracket']
            ],
            comment: [
                [/[^*]+/, 'comment'],
                [/\*\//, 'comment', '@pop'],
                [/\*/, 'comment']
            ]
        }
    });
}
