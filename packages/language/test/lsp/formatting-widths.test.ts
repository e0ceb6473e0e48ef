import { expectFormatting } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/lsp/formatting/brik-layout.js';
import { brik } from '../brik-test-services.js';

const formatting = expectFormatting(brik);
const options = { insertSpaces: true, tabSize: 2 };

/** `e` and a combining acute accent: one letter on screen, two UTF-16 units. */
const CAFE = 'Cafe\u0301';

/** The formatter aligns what the eye sees, and leaves no blank at the end of a line. */
describe('formatting widths and line ends', () => {
    it.each([
        ['Drift', 5],
        [CAFE, 4],
        ['Café', 4],
        ['😀', 1],
        ['🇩🇰', 1],
        ['👩‍👩‍👧', 1],
        ['Æblegrød', 8]
    ])('%s is %i columns wide', (text, columns) => {
        expect(displayWidth(text)).toBe(columns);
    });

    it('aligns amounts after a name with a combining accent by its graphemes', async () => {
        await formatting({
            before: `budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n  brik "${CAFE}" drift 1\n  brik "Kiosk" drift 2\n  brik "Ost" drift 3\n}\n`,
            after: `budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n  brik "${CAFE}"  drift 1\n  brik "Kiosk" drift 2\n  brik "Ost"   drift 3\n}\n`,
            options
        });
    });

    it('aligns after emoji and flags as one column each', async () => {
        await formatting({
            before: `budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n  brik "🇩🇰 Danmark" drift 1\n  brik "Sverige" drift 2\n}\n`,
            after: `budget "B" {\n  enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027\n  brik "🇩🇰 Danmark" drift 1\n  brik "Sverige"   drift 2\n}\n`,
            options
        });
    });

    it('removes the blanks after a // comment, as after every other line', async () => {
        await formatting({
            before: `budget "B" {   \n  // en kommentar   \n  enhed mio. kr. \t\n  prisniveau 2023  // P/L \u00A0\t \n  år 2024..2027\n  /* blok */   \n}  // slut   `,
            after: `budget "B" {\n  // en kommentar\n  enhed mio. kr.\n  prisniveau 2023  // P/L\n  år 2024..2027\n  /* blok */\n}  // slut\n`,
            options
        });
    });
});
