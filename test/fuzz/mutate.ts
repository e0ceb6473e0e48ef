import type { Random } from './random.js';

/**
 * What a mutant may gain: Brik's own words and signs, the mistakes of Word and Excel, and text
 * no catalogue should hold (control characters, lone surrogates, code).
 */
const TOKENS = [
    'budget', 'fragment', 'område', 'omraade', 'tema', 'brik', 'finansiering', 'drift', 'etablering', 'anlæg', 'anlaeg',
    'årsværk', 'aarsvaerk', 'permanent', 'omstilling', 'uomgængelig', 'politisk', 'virksomhed', 'note', 'kategori', 'eff',
    'tidligere', 'tidligere:', 'efterfølgende', 'efterfoelgende:', 'samlet', 'samlet:', '62.000', '1.355.700', '1.5.3',
    'total', 'opdrift', 'netto', 'enhed', 'mio.', 'kr.', '1.000', 'prisniveau', 'år', 'prisindeks', 'inkluder', 'scenarie',
    'niveau', 'min', 'max', 'midt', 'medtag', 'fravælg', 'alle', 'ramme', '{', '}', '{', '}', ':', ',', '..', '–', '—', '-',
    '0', '2.8', '-3.4', '0..10', '10..0', '0-10', '0,0–10,0', '2,8', '12,000', '1_250.5', '2024', '2025:', '2027', '9999',
    '1'.repeat(45), '0.' + '0'.repeat(40) + '1', '1'.repeat(120), '"Ny brik"', '"Neurorehabilitering"', '"1.1"', '"',
    '“Navn”', '„Navn“', '”Navn”', '"__proto__"', '"constructor"', '"toString"', '"${process.exit()}"', '"<script>alert(1)</script>"',
    '"=HYPERLINK(\\"x\\")"', '"sundhed/1-1-kapacitet.brik"', '"../uden-for.brik"', '// tillad: omstilling-positive', '/*', '*/',
    '/* kommentar */', '// kommentar', '\uFEFF', '\u00A0', '\u2003', '\u3000', '\u200B', '\0', '\r\n', '\r', '\t'
];

/** Single characters inserted as "bytes": what a broken encoding or a binary file brings. */
const CHARACTERS = ['\0', '\u0001', '\u001B', '\u007F', '\u0085', '\uFFFD', '\uD800', '\uDC00', '\uFEFF', '\u00A0', '\u2028', '\u202E', '"', '{', '}', '\\', '\n'];

const TOKEN = /"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\s+|[0-9][0-9_.,]*|[\p{L}_]+|./gsu;

function lines(text: string): string[] {
    return text.split('\n');
}

function tokens(text: string): string[] {
    return text.match(TOKEN) ?? [];
}

function withList<T>(list: T[], change: (list: T[]) => void): T[] {
    const copy = [...list];
    change(copy);
    return copy;
}

type Mutation = (text: string, random: Random) => string;

const lineMutations: Mutation[] = [
    (text, r) => withList(lines(text), l => l.splice(r.int(l.length), 1)).join('\n'),
    (text, r) => withList(lines(text), l => { const i = r.int(l.length); l.splice(i, 0, l[i]); }).join('\n'),
    (text, r) => withList(lines(text), l => { const i = r.int(l.length); const j = r.int(l.length); [l[i], l[j]] = [l[j], l[i]]; }).join('\n')
];

const tokenMutations: Mutation[] = [
    (text, r) => withList(tokens(text), t => t.splice(r.int(t.length), 1)).join(''),
    (text, r) => withList(tokens(text), t => { const i = r.int(t.length); t.splice(i, 0, t[i]); }).join(''),
    (text, r) => withList(tokens(text), t => { const i = r.int(t.length); const j = r.int(t.length); [t[i], t[j]] = [t[j], t[i]]; }).join(''),
    (text, r) => withList(tokens(text), t => t.splice(r.int(t.length + 1), 0, r.chance(0.5) ? ` ${r.pick(TOKENS)} ` : r.pick(TOKENS))).join('')
];

const byteMutations: Mutation[] = [
    (text, r) => { const i = r.int(text.length + 1); return text.slice(0, i) + r.pick(CHARACTERS) + text.slice(i); },
    (text, r) => { const i = r.int(text.length + 1); return text.slice(0, i) + String.fromCharCode(r.int(0x10000)) + text.slice(i); },
    (text, r) => { const i = r.int(text.length); return text.slice(0, i) + String.fromCharCode(r.int(0x100)) + text.slice(i + 1); },
    (text, r) => text.slice(0, r.int(text.length + 1))
];

/** One to four mutations of a real catalogue: lines and tokens deleted, duplicated, swapped, inserted; bytes; truncation. */
export function mutate(text: string, random: Random): string {
    let mutant = text;
    const count = 1 + random.int(4);
    for (let i = 0; i < count; i++) {
        const family = random.pick([lineMutations, tokenMutations, tokenMutations, byteMutations]);
        mutant = random.pick(family)(mutant, random);
    }
    return mutant;
}
