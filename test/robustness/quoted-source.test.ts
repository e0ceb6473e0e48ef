import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUOTED } from '@brik/language';
import { Random } from '../fuzz/random.js';
import { fileUri, LspServerProcess } from '../lsp/lsp-server-process.js';
import { runBrikAsync } from '../support/run-brik.js';

/**
 * A message quotes at most MAX_QUOTED characters of the file, and never half a character
 * (packages/language/src/text/source-quote.ts). On a file of random bytes the server once sent a
 * 174 KB diagnostic holding a lone `\ud957`, and Neovim 0.7 rejected the whole message. Here
 * files of random bytes, as an editor decodes them (UTF-8, unreadable bytes as U+FFFD), mixed
 * with Brik's words, long names and characters outside the BMP, go through `brik check` and
 * through the language server over stdio.
 */

const FILES = 24;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Brik's own words, so that the parser gets past the first token and quotes what follows. */
const PIECES = ['budget "', 'brik "', 'tema "', '" {', '}', ' drift ', ' 2024: ', '1.234,5', '0..10', '–', '“', '\n', '\n  ', ' // ', '"', 'enhed ', '10.000.000', 'år 2024..2027', 'kategori '];
/** Characters outside the Basic Multilingual Plane: two UTF-16 units each, the pairs a cut may split. */
const ASTRAL = ['😀', '𝔅', '\u{1F1E9}\u{1F1F0}', '\u{66957}', '\u{20BB7}'];

function randomText(random: Random): string {
    const parts: string[] = [];
    const length = 200 + random.int(6000);
    let size = 0;
    while (size < length) {
        const kind = random.int(10);
        let part: string;
        if (kind < 3) {
            const bytes = Uint8Array.from({ length: 1 + random.int(40) }, () => random.int(256));
            part = new TextDecoder('utf-8').decode(bytes);
        } else if (kind < 6) {
            part = random.pick(PIECES);
        } else if (kind < 8) {
            part = random.pick(ASTRAL).repeat(1 + random.int(3));
        } else {
            // A long run on one line: a name, a number or a word far beyond what a message may quote.
            const unit = random.pick(['x', '7', 'Æ', '😀', 'a😀', ' ']);
            part = unit.repeat(50 + random.int(3000));
        }
        parts.push(part);
        size += part.length;
    }
    return parts.join('');
}

/** The longest stretch of `message` that is also in `source`, from MAX_QUOTED + 2 characters up. */
function quotesMoreThanAllowed(message: string, source: string): string | undefined {
    const window = MAX_QUOTED + 2;
    for (let i = 0; i + window <= message.length; i++) {
        const piece = message.slice(i, i + window);
        if (source.includes(piece)) {
            return piece;
        }
    }
    return undefined;
}

let dir: string;
const texts = new Map<string, string>();

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brik-quoted-source-'));
    const random = new Random(20261207);
    for (let i = 0; i < FILES; i++) {
        const file = path.join(dir, `tilfaeldig-${String(i).padStart(2, '0')}.brik`);
        const text = randomText(random);
        writeFileSync(file, text);
        texts.set(file, text);
    }
});

interface Quoted {
    readonly file: string;
    readonly message: string;
}

/** What is wrong with the messages: each that quotes too much, or holds half a character. */
function badMessages(messages: readonly Quoted[]): Array<{ file: string; message: string; why: string }> {
    return messages.flatMap(({ file, message }) => {
        const source = texts.get(file) ?? '';
        const tooMuch = quotesMoreThanAllowed(message, source);
        const why = LONE_SURROGATE.test(message) ? 'a lone surrogate' : tooMuch !== undefined ? `quotes more than ${MAX_QUOTED}: ${tooMuch}` : undefined;
        return why ? [{ file: path.basename(file), message: message.slice(0, 200), why }] : [];
    });
}

describe('every message on random files quotes at most MAX_QUOTED characters, whole', () => {
    it('brik check', async () => {
        const result = await runBrikAsync(['check', '--format', 'json', dir]);
        expect(result.code).toBe(1);
        const problems = JSON.parse(result.stdout).problems as Array<{ path: string; message: string }>;
        expect(problems.length).toBeGreaterThan(FILES);
        expect(badMessages(problems.map(problem => ({ file: path.resolve(problem.path), message: problem.message })))).toEqual([]);
        // The longest message is one of Brik's own sentences, never a quoted file.
        expect(Math.max(...problems.map(problem => problem.message.length))).toBeLessThanOrEqual(400);
    });

    describe('the language server over stdio', () => {
        let server: LspServerProcess;

        beforeAll(async () => {
            server = await LspServerProcess.start();
        });

        afterAll(async () => {
            await server?.stop();
        });

        it('publishes only whole, short quotes', async () => {
            const messages: Quoted[] = [];
            for (const [file, text] of texts) {
                const uri = fileUri(file);
                server.open(uri, text);
                const diagnostics = await server.diagnostics(uri);
                messages.push(...diagnostics.map(diagnostic => ({ file, message: String(diagnostic.message) })));
            }
            expect(messages.length).toBeGreaterThan(FILES);
            expect(badMessages(messages)).toEqual([]);
            expect(Math.max(...messages.map(message => message.message.length))).toBeLessThanOrEqual(400);
        }, 120_000);
    });
});
