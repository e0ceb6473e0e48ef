// @ts-check
// Mutants of what is kept across edits (issue 15 part 3, issue 26 part 2): each breaks one rule
// in the source, and packages/language/test/workspace/incremental-equivalence.test.ts must fail
// on every one of them, on an assertion (not a crash). The source is restored after each.
//
//   node tools/equivalence-mutants.mjs [name ...]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = 'packages/language/src';
const TEST = 'packages/language/test/workspace/incremental-equivalence.test.ts';

/** @type {Array<{ name: string; rule: string; file: string; from: string; to: string }>} */
const MUTANTS = [
    // Issue 15, part 3: what each cache forgets.
    {
        name: 'evaluator-ignores-brik',
        rule: 'the evaluator forgets what a line re-parse changed',
        file: 'evaluation/brik-evaluator.ts',
        from: "case 'brik': return this.itemReplaced(change.old, change.item);",
        to: "case 'brik': return;"
    },
    {
        name: 'container-totals-kept',
        rule: 'the totals of the containers that count a re-parsed brik are made anew',
        file: 'evaluation/brik-evaluator.ts',
        from: 'stale.forEach(container => this.totals.delete(container));',
        to: ''
    },
    {
        name: 'scenarios-kept',
        rule: 'every scenario is evaluated anew after a line re-parse',
        file: 'evaluation/brik-evaluator.ts',
        from: `        // What a scenario includes may change with any brik (a name, a mark).
        this.scenarios.clear();`,
        to: ''
    },
    {
        name: 'evaluator-ignores-whole',
        rule: 'the evaluator forgets everything after a whole parse',
        file: 'evaluation/brik-evaluator.ts',
        from: "case 'removed': return this.forgetAll();",
        to: "case 'removed': return;"
    },
    {
        name: 'report-replayed-on-header-alone',
        rule: "a unit's report is replayed only while its totals are the same object",
        file: 'validation/brik-document-validator.ts',
        from: 'kept?.header === header && kept.totals === totals',
        to: 'kept?.header === header'
    },
    {
        name: 'name-index-not-carried',
        rule: 'the name index follows a re-parsed brik',
        file: 'validation/name-index.ts',
        from: 'index.replace(change.old, change.item);',
        to: ''
    },
    {
        name: 'descriptions-not-carried',
        rule: 'the scope descriptions follow a re-parsed brik',
        file: 'references/brik-scope-computation.ts',
        from: 'return before.with(at, this.descriptions.createDescription(change.item, change.item.name, AstUtils.getDocument(change.item)));',
        to: 'return before;'
    },
    {
        name: 'inclusions-not-diffed',
        rule: 'the scenario sums above a brik whose inclusion changed (relinked) are made anew',
        file: 'evaluation/scenario-sums.ts',
        from: 'if (kept.inclusions[i] !== inclusions[i]) {',
        to: 'if (false) {'
    },
    // Issue 26, part 2: one change event, to which every cache kept across edits subscribes.
    {
        name: 'kept-per-parse-unsubscribed',
        rule: 'a value kept with a tree subscribes to ParseChanges',
        file: 'workspace/kept-per-parse.ts',
        from: 'changes.onChange(change => {',
        to: 'void changes; ((change: any) => {'
    },
    {
        name: 'scenario-sums-unsubscribed',
        rule: 'the scenario sums subscribe to ParseChanges for a re-parsed brik',
        file: 'evaluation/scenario-sums.ts',
        from: 'return this.forgetAbove(change.item);',
        to: 'return;'
    },
    {
        name: 'scenario-sums-ignore-whole',
        rule: 'the scenario sums subscribe to ParseChanges for a whole parse',
        file: 'evaluation/scenario-sums.ts',
        from: "case 'removed': return this.kept.clear();",
        to: "case 'removed': return;"
    },
    // Issue 26, part 2: lists of items copied on write.
    {
        name: 'item-list-patched-in-place',
        rule: 'a list of items handed out never changes: a line re-parse makes a new one',
        file: 'evaluation/brik-evaluator.ts',
        from: 'this.itemLists.set(container, items!.with(at, fresh));',
        to: '(items as Item[])[at] = fresh;'
    },
    // Issue 26, part 2: a replayed check reads only its unit.
    {
        name: 'replayed-check-reads-outside',
        rule: 'a replayed check reads the totals of its own unit, not those around it',
        file: 'validation/replayed-checks.ts',
        from: 'return this.evaluator.totalsOf(countedAtOrAbove(this.node));',
        to: 'let root = this.node; while (root.$container) { root = root.$container; } return this.evaluator.totalsOf(countedAtOrAbove(root));'
    }
];

const only = process.argv.slice(2);
const chosen = only.length ? MUTANTS.filter(mutant => only.includes(mutant.name)) : MUTANTS;
const rows = [];
let survived = 0;
for (const mutant of chosen) {
    const file = path.join(ROOT, SRC, mutant.file);
    const original = readFileSync(file, 'utf8');
    if (original.split(mutant.from).length !== 2) {
        throw new Error(`${mutant.name}: the text to mutate is not in ${mutant.file} exactly once`);
    }
    const restore = () => writeFileSync(file, original);
    process.once('SIGINT', () => {
        restore();
        process.exit(130);
    });
    let output;
    let status;
    try {
        writeFileSync(file, original.replace(mutant.from, () => mutant.to));
        const run = spawnSync('npx', ['vitest', 'run', TEST], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
        output = `${run.stdout}${run.stderr}`;
        status = run.status;
    } finally {
        restore();
        process.removeAllListeners('SIGINT');
    }
    // Caught on an assertion, not by a crash or a file that no longer compiles.
    const at = /((?:edit \d+ \([a-z]+\)|step \d+)[^\n]*)/.exec(output)?.[1];
    const caught = status !== 0 && /AssertionError/.test(output) && at !== undefined;
    survived += caught ? 0 : 1;
    rows.push(`| ${mutant.name} | ${mutant.rule} | ${caught ? `fails at ${at.replace(/\|/g, '/').slice(0, 90)}` : `**survives** (exit ${status})`} |`);
    console.error(`${mutant.name}: ${caught ? 'caught' : 'SURVIVED'}`);
}
console.log(['| mutant | rule broken | incremental-equivalence.test.ts |', '| --- | --- | --- |', ...rows].join('\n'));
process.exit(survived === 0 ? 0 : 1);
