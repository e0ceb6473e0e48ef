// @ts-check
// A seeded, deterministic generator of realistic Brik catalogues (and of an hledger journal with
// as many transactions as the catalogue has brikker). The same seed and size always give the
// same bytes, so figures from two runs, or two machines, compare like for like.

/** mulberry32: a small, fast PRNG with a 32-bit state; good enough for test data. */
export function random(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const WORDS = ['Styrkelse', 'Udvidelse', 'Nedbringelse', 'Omlægning', 'Effektivisering', 'Digitalisering',
    'Øget', 'Bedre', 'Fælles', 'Ny', 'Samling', 'Tilpasning', 'Reduktion', 'Etablering', 'Videreførelse'];
const OBJECTS = ['akutområdet', 'sengekapaciteten', 'ventetider', 'medicinindkøb', 'rengøring', 'vagtplanlægning',
    'psykiatrien', 'kræftbehandling', 'rehabilitering', 'administrationen', 'it-drift', 'bygningsdrift',
    'uddannelsesstillinger', 'præhospital indsats', 'tandpleje', 'hjemmepleje', 'skoleområdet', 'vejvedligehold'];
const OWNERS = ['Aalborg Universitetshospital', 'Regionshospital Nordjylland', 'Psykiatrien', 'Koncern Økonomi',
    'Mennesker og Organisation', 'Region Nordjylland', 'Den Præhospitale Virksomhed', 'Sygehusapotek'];
const AREAS = ['Sundhedsområdet', 'Psykiatri', 'Det sociale område', 'Regional udvikling', 'Administration', 'Kollektiv trafik'];
const THEMES = ['Kapacitet', 'Akutområdet', 'Kræftområdet', 'Det nære sundhedsvæsen', 'Medicin', 'Forskning',
    'Det digitale', 'Uddannelse', 'Tekniske udgifter', 'Bygninger', 'Rekruttering', 'Arbejdsmiljø'];
const NOTES = ['Delårsvirkning i 2024, fuld virkning fra 2025.', 'Forudsætter aftale med kommunerne.',
    'Beløbet er et skøn; udgiften afhænger af aktiviteten.', 'Finansieres delvist af puljemidler.'];
const COMMENTS = ['// skøn fra fagområdet', '// tal fra oversigtstabellen', '// ændret efter 1. behandling',
    '// profil som i kataloget'];

/** An amount in tenths written as Brik writes it: `2.8`, `-3.4`, `5`. */
function amount(tenths, whole = false) {
    if (whole && tenths % 10 === 0) {
        return String(tenths / 10);
    }
    const sign = tenths < 0 ? '-' : '';
    const size = Math.abs(tenths);
    return `${sign}${Math.floor(size / 10)}.${size % 10}`;
}

function range(min, max) {
    return min === max ? amount(min) : `${amount(min)}..${amount(max)}`;
}

/**
 * One brik: its text and its budget-year (2024) drift netto as an interval in tenths, so that
 * the declared totals of its tema hold.
 */
function brik(rnd, name, indent) {
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const tenths = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
    const roll = rnd();
    const head = `${indent}brik "${name}"`;
    if (roll < 0.55) {
        const a = tenths(1, 299);
        return { text: `${head} drift ${amount(a, true)} permanent`, min: a, max: a };
    }
    if (roll < 0.63) {
        const a = tenths(1, 150);
        return { text: `${head} drift ${amount(a)}`, min: a, max: a };
    }
    if (roll < 0.73) {
        const a = -tenths(1, 120);
        return { text: `${head} omstilling drift ${amount(a)} permanent`, min: a, max: a };
    }
    if (roll < 0.78) {
        const a = tenths(0, 50);
        const b = a + tenths(10, 200);
        return { text: `${head} uomgængelig drift ${range(a, b)} permanent`, min: a, max: b };
    }
    if (roll < 0.81) {
        const a = tenths(1, 80);
        const b = tenths(1, 80);
        return { text: `${head} politisk drift 2024: ${amount(a)}, 2025: ${amount(b)} permanent`, min: a, max: a };
    }
    if (roll < 0.83) {
        const a = -tenths(10, 300);
        return { text: `${indent}finansiering "${name}" drift ${amount(a)} permanent`, min: a, max: a };
    }
    if (roll < 0.88) {
        const a = tenths(1, 100);
        return { text: `${head} drift 2025..2026: ${amount(a)}`, min: 0, max: 0 };
    }
    // The block form: owner, a profile, sometimes establishment, anlæg, staff, a category and a note.
    const inner = `${indent}  `;
    const lines = [`${head} {`, `${inner}virksomhed "${pick(OWNERS)}"`];
    const saving = rnd() < 0.3;
    if (saving) {
        lines.push(`${inner}omstilling`);
    }
    const first = saving ? -tenths(1, 60) : tenths(1, 60);
    const later = saving ? -tenths(1, 90) : tenths(1, 90);
    lines.push(`${inner}drift 2024: ${amount(first)}, 2025: ${amount(later)} permanent`);
    let min = first;
    if (!saving && rnd() < 0.3) {
        const once = tenths(5, 100);
        lines.push(`${inner}etablering 2024: ${amount(once)}`);
        min += once;
    }
    if (rnd() < 0.2) {
        lines.push(`${inner}anlæg 2025..2026: ${amount(tenths(10, 500))}`);
    }
    if (rnd() < 0.3) {
        lines.push(`${inner}årsværk ${tenths(1, 12)} permanent`);
    }
    if (saving) {
        lines.push(`${inner}kategori ${pick(['eff', 'bao', 'am'])}`);
    }
    if (rnd() < 0.5) {
        lines.push(`${inner}note "${pick(NOTES)}"`);
    }
    lines.push(`${indent}}`);
    return { text: lines.join('\n'), min, max: min };
}

/**
 * The members of a catalogue: områder of temaer of brikker, `count` brikker in all, numbered
 * from `start` so that names and tema numbers are unique across files. Returns the text, the
 * names of a few brikker and temaer for the scenarios, and the number of brikker written.
 */
function areas(rnd, count, { start, indent }) {
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const out = [];
    const sample = { items: [], themes: [] };
    let written = 0;
    let areaNumber = start.area;
    let serial = start.brik;
    while (written < count) {
        areaNumber++;
        out.push(`${indent}område "${pick(AREAS)} ${areaNumber}" {`);
        const themes = 5 + Math.floor(rnd() * 16);
        for (let t = 1; t <= themes && written < count; t++) {
            const number = `${areaNumber}.${t}`;
            out.push(`${indent}  tema "${number}" "${pick(THEMES)}" {`);
            if (sample.themes.length < 8 && rnd() < 0.05) {
                sample.themes.push(number);
            }
            const items = Math.min(count - written, 3 + Math.floor(rnd() * 18));
            let min = 0;
            let max = 0;
            for (let i = 0; i < items; i++) {
                serial++;
                const name = `${pick(WORDS)} ${pick(OBJECTS)} ${serial}`;
                if (rnd() < 0.04) {
                    out.push(`${indent}    ${pick(COMMENTS)}`);
                }
                const item = brik(rnd, name, `${indent}    `);
                out.push(item.text);
                min += item.min;
                max += item.max;
                if (sample.items.length < 40 && rnd() < 0.01) {
                    sample.items.push(name);
                }
            }
            written += items;
            if (rnd() < 0.5) {
                out.push(`${indent}    total ${range(min, max)}`);
            }
            out.push(`${indent}  }`);
        }
        out.push(`${indent}}`);
    }
    return { text: out.join('\n'), sample, written, next: { area: areaNumber, brik: serial } };
}

const HEADER = `  enhed mio. kr.
  prisniveau 2023
  år 2024..2027
  prisindeks { 2023: 100.0  2024: 103.4  2025: 106.1  2026: 108.9  2027: 111.5 }
`;

const FINANCING = `  tema "Finansiering" {
    finansiering "Råderum fra Økonomiaftale, drift" drift -111 permanent
    finansiering "Administrative omprioriteringer" drift -28.6
  }
`;

function quoteList(names) {
    return names.map(name => `"${name}"`).join(', ');
}

function scenarios(sample) {
    const items = sample.items.length > 0 ? sample.items : [];
    const half = Math.ceil(items.length / 2);
    const blocks = ['  scenarie "Kun uomgængelige udgifter" { }'];
    const minimum = ['  scenarie "Forlig, minimum" {', '    niveau min'];
    if (items.length > 0) minimum.push(`    medtag ${quoteList(items.slice(0, half))}`);
    if (sample.themes.length > 0) minimum.push(`    medtag tema ${quoteList(sample.themes.slice(0, 2))}`);
    if (items.length > half) minimum.push(`    fravælg ${quoteList(items.slice(half, half + 2))}`);
    minimum.push('    ramme 0', '  }');
    blocks.push(minimum.join('\n'));
    blocks.push(['  scenarie "Alt, maksimum" {', '    niveau max', '    medtag alle', '  }'].join('\n'));
    return blocks.join('\n\n') + '\n';
}

/** A whole budget of `count` brikker in one file. */
export function oneFile(count, seed = 1) {
    const rnd = random(seed);
    const body = areas(rnd, count, { start: { area: 0, brik: 0 }, indent: '  ' });
    return `// Generated by bench/lib/generate.mjs: ${count} brikker, seed ${seed}.
budget "Benchmark ${count}" {
${HEADER}
${body.text}

${FINANCING}
${scenarios(body.sample)}}
`;
}

/**
 * The same size split over `parts` fragments that one budget includes: `budget.brik` and
 * `dele/del-NNN.brik`. Returns a map from relative path to text.
 */
export function splitFiles(count, parts = 100, seed = 1) {
    const rnd = random(seed);
    const files = new Map();
    const includes = [];
    const sample = { items: [], themes: [] };
    let next = { area: 0, brik: 0 };
    for (let part = 0; part < parts; part++) {
        const share = Math.floor(count * (part + 1) / parts) - Math.floor(count * part / parts);
        const name = `dele/del-${String(part + 1).padStart(3, '0')}.brik`;
        const body = areas(rnd, share, { start: next, indent: '  ' });
        next = body.next;
        sample.items.push(...body.sample.items.slice(0, 40 - sample.items.length));
        sample.themes.push(...body.sample.themes.slice(0, 8 - sample.themes.length));
        files.set(name, `// Generated by bench/lib/generate.mjs: part ${part + 1} of ${parts}.\nfragment "Del ${part + 1}" {\n${body.text}\n}\n`);
        includes.push(`  inkluder "${name}"`);
    }
    files.set('budget.brik', `// Generated by bench/lib/generate.mjs: ${count} brikker in ${parts} fragments, seed ${seed}.
budget "Benchmark ${count} i ${parts} filer" {
${HEADER}
${includes.join('\n')}

${FINANCING}
${scenarios(sample)}}
`);
    return files;
}

/**
 * An hledger journal with `count` transactions, each one posting of about a brik's size and
 * shape (a dated description, an account by area and theme, an amount, a balancing account).
 */
export function journal(count, seed = 1) {
    const rnd = random(seed);
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const out = [`; Generated by bench/lib/generate.mjs: ${count} transactions, seed ${seed}.`, ''];
    for (let i = 1; i <= count; i++) {
        const day = String(1 + (i % 28)).padStart(2, '0');
        const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
        const tenths = Math.floor(rnd() * 3000) - 600;
        out.push(`2024-${month}-${day} ${pick(WORDS)} ${pick(OBJECTS)} ${i}`);
        out.push(`    udgifter:område ${1 + (i % 50)}:tema ${1 + (i % 12)}    ${amount(tenths)} DKK`);
        out.push('    aktiver:budget');
        out.push('');
    }
    return out.join('\n');
}
