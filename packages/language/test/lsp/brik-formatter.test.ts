import { expectFormatting } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { brik } from '../brik-test-services.js';
import { identifier, open } from './lsp-test-documents.js';

const formatting = expectFormatting(brik);
const options = { insertSpaces: true, tabSize: 2 };

const MESSY = `budget "Budget 2024" {
enhed mio. kr.
      prisniveau 2023   // P/L-2023
  år 2024 .. 2027



    område "Sundhedsområdet" {
  tema "1.6"   "Medicin og lægelige artikler" {
    brik "Vækst i medicinudgifter" uomgængelig drift 19..35 permanent
brik "Bedre indkøb" omstilling drift -3.4 permanent   // indkøbsbesparelser
      brik "Sensorbaserede glukosemålere" drift 2024 : 3.0 , 2025: 5.0 permanent
    /* en blok,
       der beholder sin form */
    brik "Styrkelse" {
  drift 0.7 permanent
    note "Fire enheder à 0,6 mio. kr."   }
      total opdrift 24.7..40.7
  }
}
}`;

const TIDY = `budget "Budget 2024" {
  enhed mio. kr.
  prisniveau 2023   // P/L-2023
  år 2024..2027

  område "Sundhedsområdet" {
    tema "1.6" "Medicin og lægelige artikler" {
      brik "Vækst i medicinudgifter"      uomgængelig drift 19..35 permanent
      brik "Bedre indkøb"                 omstilling drift -3.4 permanent   // indkøbsbesparelser
      brik "Sensorbaserede glukosemålere" drift 2024: 3.0, 2025: 5.0 permanent
      /* en blok,
       der beholder sin form */
      brik "Styrkelse" {
        drift 0.7 permanent
        note "Fire enheder à 0,6 mio. kr." }
      total opdrift 24.7..40.7
    }
  }
}
`;

describe('BrikFormatter', () => {
    it('indents by depth, spaces tokens, aligns one-line brikker and keeps every comment', async () => {
        await formatting({ before: MESSY, after: TIDY, options });
    });

    it('is idempotent: formatting a formatted file changes nothing', async () => {
        const document = await open(TIDY);
        expect(await brik.lsp.Formatter!.formatDocument(document, { textDocument: identifier(document), options })).toEqual([]);
    });

    it('lays out tidligere, efterfølgende and a total in a brik\'s block like years and totals', async () => {
        await formatting({
            before: 'budget "B" {\nenhed 1.000 kr.\nbrik "Reservationspulje" {\nanlæg tidligere : 23_700 ,2023:1_870,  efterfølgende :793_999\n     total anlæg samlet :  819_569\n}\n}',
            after: 'budget "B" {\n  enhed 1.000 kr.\n  brik "Reservationspulje" {\n    anlæg tidligere: 23_700, 2023: 1_870, efterfølgende: 793_999\n    total anlæg samlet: 819_569\n  }\n}\n',
            options
        });
    });

    it.each([{ insertSpaces: false, tabSize: 4 }, { insertSpaces: true, tabSize: 4 }, { insertSpaces: true, tabSize: 8 }, { insertSpaces: false, tabSize: 2 }])(
        'indents two spaces a level whatever tab settings the editor sends: %o', async editorOptions => {
            await formatting({ before: 'budget "B" {\nenhed kr.\ntema "T" {\n\tbrik "A" drift 1\n}\n}', after: 'budget "B" {\n  enhed kr.\n  tema "T" {\n    brik "A" drift 1\n  }\n}\n', options: editorOptions });
        });

    it('keeps a byte order mark and Windows line breaks', async () => {
        await formatting({ before: '\uFEFFbudget "B" {\r\nenhed kr.\r\n}', after: '\uFEFFbudget "B" {\r\n  enhed kr.\r\n}\r\n', options });
    });

    it('keeps a lone carriage return as the line break it is to an editor (found by the fuzz suite)', async () => {
        // Joined into a space, it moved a name onto the line a `// tillad:` covers, and a warning vanished.
        await formatting({ before: 'budget "B" {\r  enhed kr.\r  brik\r"A" drift 1\r}', after: 'budget "B" {\r  enhed kr.\r  brik\r  "A" drift 1\r}\r', options });
        await formatting({ before: 'budget "B" {\n  enhed kr.\n  brik \r "A" drift 1\n}\n', after: 'budget "B" {\n  enhed kr.\n  brik\n  "A" drift 1\n}\n', options });
    });

    it('keeps the form of a fragment the author chose: with braces indented, without them at the margin (§7)', async () => {
        const members = 'enhed 1.000 kr.\ntema "IT og digitalisering" {\nbrik "IT-investeringer"   anlæg 2024..2027: 15_000\nbrik "Drift af IT" drift 1_200 permanent\n}\n';
        await formatting({
            before: `fragment\n  ${members}`,
            after: 'fragment\nenhed 1.000 kr.\ntema "IT og digitalisering" {\n  brik "IT-investeringer" anlæg 2024..2027: 15_000\n  brik "Drift af IT"      drift 1_200 permanent\n}\n',
            options
        });
        await formatting({
            before: `fragment "IT" {\n${members}}`,
            after: 'fragment "IT" {\n  enhed 1.000 kr.\n  tema "IT og digitalisering" {\n    brik "IT-investeringer" anlæg 2024..2027: 15_000\n    brik "Drift af IT"      drift 1_200 permanent\n  }\n}\n',
            options
        });
    });

    it('leaves a file with syntax errors alone', async () => {
        const document = await open('budget "B" {\nenhed kr.\n  brik "A" drift');
        expect(await brik.lsp.Formatter!.formatDocument(document, { textDocument: identifier(document), options })).toEqual([]);
    });
});
