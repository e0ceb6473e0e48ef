import { describe, expect, it } from 'vitest';
import { IssueCodes } from '../../src/validation/brik-issue-codes.js';
import { withoutByteOrderMark } from '../../src/workspace/byte-order-mark.js';
import { VirtualWorkspace } from './virtual-workspace.js';

describe('a file with a UTF-8 byte-order mark (LANGUAGE.md §11)', () => {
    it('is read without it, so the server puts a line-1 problem where the editor shows it: character 7, not 8', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({ 'budget.brik': '\uFEFFbudget ”B” {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024\n}\n' });
        const [curly] = workspace.document('budget.brik').diagnostics!;
        expect({ code: curly.code, range: curly.range }).toEqual({ code: IssueCodes.CurlyQuotes, range: { start: { line: 0, character: 7 }, end: { line: 0, character: 10 } } });
        expect(workspace.document('budget.brik').textDocument.getText().startsWith('budget')).toBe(true);
    });

    it('reads an included fragment without it too', async () => {
        const workspace = new VirtualWorkspace();
        await workspace.build({
            'budget.brik': 'budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024\n  inkluder "del.brik"\n}\n',
            'del.brik': '\uFEFFfragment { brik "A" drift 2,8 }\n'
        });
        expect(workspace.document('del.brik').diagnostics!.map(d => [d.code, d.range.start.character])).toEqual([[IssueCodes.CommaDecimal, 26]]);
    });

    it('leaves a mark that is not first, and text without one, as they are', () => {
        expect(withoutByteOrderMark('\uFEFFa\uFEFF')).toBe('a\uFEFF');
        expect(withoutByteOrderMark('abc')).toBe('abc');
    });
});
