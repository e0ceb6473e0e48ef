import { URI } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createBrikServices } from '@brik/language';
import { exercise } from './exercise.js';

/**
 * What the fuzz suite (and the corpus of broken inputs) found, each cut down to a few lines and
 * fed to everything again: parser, validator, evaluator, every LSP provider, every report writer,
 * and the formatter's meaning check. Each crashed before its fix.
 */
const HEADER = 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2025';
const budget = (members: string, header = HEADER) => `budget "B" {\n  ${header}\n${members}\n}\n`;

describe('regressions found by fuzzing', () => {
    it.each([
        ['a file that is neither budget nor fragment: a check read the members of the empty root', 'Dette er ikke et katalog'],
        ['an empty file', ''],
        ['a total without its figure: the declared total read a range that is not there', budget('  tema "T" {\n    brik "A" drift 1\n    total\n  }')],
        ['a brik without its name: reports and hover escaped a name that is not there', budget('  tema "T" {\n    brik drift 2\n  }')],
        ['a scenario without its name', budget('  brik "A" drift 1\n  scenarie { medtag alle }')],
        ['a note without its text', budget('  brik "A" {\n    drift 1\n    note\n  }')],
        ["an 'enhed' without its unit: the frame read a unit that is not there", budget('  brik "A" drift 1', 'enhed\n  prisniveau 2023\n  år 2024..2025')],
        ['an empty name: Langium refuses to describe a node without a name, and the whole build failed', budget('  tema "" {\n    brik "" drift 1\n  }\n  scenarie "S" { medtag "" }')],
        ['a total with 41 decimals: Intl prints at most 20', budget(`  tema "T" {\n    brik "A" drift 1\n    total 0.${'0'.repeat(40)}1\n  }`)],
        ['kategori constructor: a category looked up on an object found its prototype', budget('  brik "A" {\n    drift 1\n    kategori constructor, toString, __proto__\n  }')]
    ])('%s', async (_, text) => {
        expect(await exercise({ files: { 'budget.brik': text }, target: 'budget.brik', seed: 1 }, { xlsx: true })).toEqual([]);
    });
});

describe('regressions found by fuzzing, in several files', () => {
    it.each([
        ['an inkluder path with a lone surrogate: the URI threw, and the whole build failed', 'sundhed/1-11-nye-fagli\uD84Ege.brik'],
        ['an empty inkluder path: it was silently ignored', '']
    ])('%s', async (_, path) => {
        const files = {
            'budget.brik': budget(`  inkluder ${JSON.stringify(path)}\n  inkluder "del.brik"`),
            'del.brik': 'fragment {\n  brik "A" drift 1\n}\n'
        };
        expect(await exercise({ files, target: 'budget.brik', seed: 2 }, { xlsx: false })).toEqual([]);
    });

    it('reports an empty or unreadable inkluder path as a missing file', async () => {
        const files = new VirtualFileSystemProvider();
        const { shared } = createBrikServices({ fileSystemProvider: () => files });
        const uri = URI.parse('file:///arbejde/budget.brik');
        files.insert(uri, budget('  inkluder ""\n  inkluder "x\uD800.brik"'));
        const document = await shared.workspace.LangiumDocuments.getOrCreateDocument(uri);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(document.diagnostics?.map(d => `${d.range.start.line + 1}: ${d.code}`)).toEqual(['5: brik/include-missing', '6: brik/include-missing']);
    });
});
