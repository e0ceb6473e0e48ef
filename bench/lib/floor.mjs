#!/usr/bin/env node
// @ts-check
// The floor for any parser in Node: read the same .brik text, split it into every token with
// one regular expression, and add up every number exactly with decimal.js (as Brik's evaluator
// does). No syntax tree, no checks, no totals per node. Run as a whole process, like `brik check`.
//   node bench/lib/floor.mjs FILE|FOLDER…
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Decimal } from 'decimal.js';

const D = Decimal.clone({ precision: 1000 });
const TOKEN = /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:\\.|[^"\\\n])*"|[“„][^“”„"\n]*[”“]|([+-]?[0-9][0-9_]*(?:[.,][0-9]+)?)|\.\.|[\p{L}_][\p{L}0-9_.]*|[{}:,–—-]|./guy;

function files(target) {
    if (!statSync(target).isDirectory()) return [target];
    return readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap(entry =>
        entry.isDirectory() ? files(path.join(target, entry.name)) : entry.name.endsWith('.brik') ? [path.join(target, entry.name)] : []);
}

let sum = new D(0);
let tokens = 0;
let numbers = 0;
for (const file of process.argv.slice(2).flatMap(files)) {
    const text = readFileSync(file, 'utf8');
    TOKEN.lastIndex = 0;
    let match;
    while ((match = TOKEN.exec(text)) !== null) {
        tokens++;
        if (match[1] !== undefined) {
            numbers++;
            sum = sum.plus(match[1].replace(/_/g, '').replace(',', '.'));
        }
    }
}
process.stdout.write(`${tokens} tokens, ${numbers} numbers, sum ${sum.toFixed()}\n`);
