// @ts-check
// The results as Markdown tables (printed, and written to bench/results.md) and the issue's
// targets checked against them.

const s = (x, digits = 2) => x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits);
const ms = (x) => x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1);
const count = (x) => x === undefined ? '–' : x >= 1e6 ? `${s(x / 1e6, 2)} M` : x >= 1e3 ? `${s(x / 1e3, 1)} k` : s(x, 0);
const failed = (m) => m?.exitCodes?.some(code => code !== 0) ? ` **exit ${m.exitCodes.join('/')}**` : '';
const wallCell = (m) => m?.wall ? `${s(m.wall.median)} (${s(m.wall.min)}–${s(m.wall.max)})${failed(m)}` : '–';
const rssCell = (m) => m?.rss ? `${s(m.rss.median, 0)} (${s(m.rss.min, 0)}–${s(m.rss.max, 0)})` : '–';
const ratio = (a, b) => a !== undefined && b !== undefined && b > 0 ? a / b : undefined;

const ROWS = [
    ['check', 'brik check one.brik'],
    ['checkSplit', 'brik check split/ (100 files)'],
    ['report', 'brik report one.brik --format json'],
    ['reportSplit', 'brik report split/budget.brik --format json'],
    ['floor', 'regex floor (tokenise + decimal.js sum)'],
    ['hledger', 'hledger -f journal check']
];

/** The issue's targets, each with the measured value and whether it is met. */
export function targets(results) {
    const size = (name) => results.sizes?.[name];
    const check = (name) => size(name)?.check;
    const lsp = results.lsp;
    const list = [];
    const crashed1M = check('1M')?.exitCodes?.some(code => code !== 0) ?? false;
    const add = (what, limit, value, unit, lower = true) => {
        if (value === undefined || Number.isNaN(value)) return;
        // A process that did not finish has no time or memory to compare.
        const broken = crashed1M && what.includes('1M');
        list.push({
            what, limit: `${lower ? '≤' : '≥'} ${limit}${unit}`,
            value: `${s(value, unit === ' ms' || unit === ' MB' ? 0 : 2)}${unit}${broken ? ' (did not finish)' : ''}`,
            met: !broken && (lower ? value <= limit : value >= limit)
        });
    };
    add('brik check 10k: wall', 0.5, check('10k')?.wall?.median, ' s');
    add('brik check 100k: wall', 1.5, check('100k')?.wall?.median, ' s');
    add('brik check 100k: peak RSS', 400, check('100k')?.rss?.median, ' MB');
    if (check('1M')) {
        const finished = check('1M').exitCodes?.every(code => code === 0);
        list.push({ what: 'brik check 1M: finishes', limit: 'exit 0', value: `exit ${check('1M').exitCodes?.join('/')}`, met: finished });
    }
    add('brik check 1M: wall', 20, check('1M')?.wall?.median, ' s');
    add('brik check 1M: peak RSS', 3072, check('1M')?.rss?.median, ' MB');
    add('scaling 10k→100k (wall ratio)', 10, ratio(check('100k')?.wall?.median, check('10k')?.wall?.median), '×');
    add('scaling 100k→1M (wall ratio)', 11, ratio(check('1M')?.wall?.median, check('100k')?.wall?.median), '×');
    add('Brik/hledger at 10k', 0.5, ratio(check('10k')?.wall?.median, size('10k')?.hledger?.wall?.median), '×');
    add('Brik/hledger at 100k', 0.5, ratio(check('100k')?.wall?.median, size('100k')?.hledger?.wall?.median), '×');
    add('Brik/regex floor at 100k', 2, ratio(check('100k')?.wall?.median, size('100k')?.floor?.wall?.median), '×');
    if (lsp) {
        add('server: edit → diagnostics p95', 100, lsp.edits?.p95, ' ms');
        add('server: every edit → diagnostics (p99)', 50, lsp.edits?.p99, ' ms');
        add('server: every edit → diagnostics (max)', 50, lsp.edits?.max, ' ms');
        add('server: hover (median)', 30, lsp.hover?.median, ' ms');
        add('server: inlay hints, one screen (median)', 30, lsp.inlayHints?.median, ' ms');
        add('server: completion (median)', 50, lsp.completion?.median, ' ms');
        add('server: RSS after the edits', 250, lsp.rssAfterEditsMb, ' MB');
    }
    add('server at 100k: edit → diagnostics p95', 500, results.lspLarge?.edits?.p95, ' ms');
    return list;
}

function processTable(results, baseline) {
    const lines = [];
    const before = baseline ? ` | before: wall s | before: RSS MB` : '';
    lines.push(`| size | what | wall s, median (min–max) | CPU s | peak RSS MB, median (min–max) | brikker/s | MB/s${before} |`);
    lines.push(`| --- | --- | --- | --- | --- | --- | ---${baseline ? ' | --- | ---' : ''} |`);
    for (const [name, size] of Object.entries(results.sizes ?? {})) {
        for (const [key, label] of ROWS) {
            const m = size[key];
            if (!m) continue;
            const old = baseline?.sizes?.[name]?.[key];
            const extra = baseline ? ` | ${wallCell(old)} | ${old?.rss ? s(old.rss.median, 0) : '–'}` : '';
            lines.push(`| ${name} | ${label} | ${wallCell(m)} | ${s(m.cpu?.median)} | ${rssCell(m)} | ${count(m.brikPerS)} | ${s(m.mbPerS, 1)}${extra} |`);
        }
    }
    return lines.join('\n');
}

function ratioTable(results, baseline) {
    const rows = [];
    // A process that did not finish (exit 2 or a crash) has no time to compare.
    const wall = (r, name, key) => {
        const measured = r?.sizes?.[name]?.[key];
        return measured?.exitCodes?.some(code => code !== 0) ? undefined : measured?.wall?.median;
    };
    const times = (x) => x === undefined ? '–' : `${s(x)}×`;
    const add = (label, f) => rows.push(`| ${label} | ${times(f(results))} |${baseline ? ` ${times(f(baseline))} |` : ''}`);
    add('brik check 10k → 100k', r => ratio(wall(r, '100k', 'check'), wall(r, '10k', 'check')));
    add('brik check 100k → 1M', r => ratio(wall(r, '1M', 'check'), wall(r, '100k', 'check')));
    for (const name of ['1k', '10k', '100k', '1M']) {
        add(`Brik/hledger at ${name} (check ÷ hledger check)`, r => ratio(wall(r, name, 'check'), wall(r, name, 'hledger')));
    }
    for (const name of ['10k', '100k', '1M']) {
        add(`Brik/regex floor at ${name}`, r => ratio(wall(r, name, 'check'), wall(r, name, 'floor')));
    }
    for (const name of ['100k', '1M']) {
        add(`check 100 files ÷ one file at ${name}`, r => ratio(wall(r, name, 'checkSplit'), wall(r, name, 'check')));
    }
    return [`| ratio | value |${baseline ? ' before |' : ''}`, `| --- | --- |${baseline ? ' --- |' : ''}`, ...rows].join('\n');
}

function lspTable(lsp, old) {
    if (!lsp) return '';
    const row = (label, m, o, unit = 'ms') => `| ${label} | ${ms(m?.p50 ?? m?.median)} | ${ms(m?.p95)} | ${ms(m?.p99)} | ${ms(m?.max)} |${old !== undefined ? ` ${ms(o?.p50 ?? o?.median)} / ${ms(o?.p95)} |` : ''}`;
    return [
        `Language server on ${lsp.file} (${lsp.edits?.n} edits: changes, no-op edits, undo/redo, the whole text sent again unchanged; times in ms):`,
        '',
        `| what | p50 | p95 | p99 | max |${old ? ' before: p50 / p95 |' : ''}`,
        `| --- | --- | --- | --- | --- |${old ? ' --- |' : ''}`,
        row('edit → fresh diagnostics', lsp.edits, old?.edits),
        ...Object.entries(lsp.editsByKind ?? {}).map(([kind, m]) => row(`… of them ${kind} (${m?.n})`, m, undefined)),
        row('hover on a brik', lsp.hover, old?.hover),
        row(`inlay hints, 60 lines (${lsp.inlayHints?.hints} hints)`, lsp.inlayHints, old?.inlayHints),
        row(`completion of a name in a scenario (${lsp.completion?.candidates} candidates)`, lsp.completion, old?.completion),
        row('completion of a keyword', lsp.keywordCompletion, old?.keywordCompletion),
        row('formatting the whole file', lsp.formatting, old?.formatting),
        row('the HTML report (Brik: Vis rapport) after an edit', lsp.reportAfterEdit, old?.reportAfterEdit),
        row('the HTML report of an unchanged file', lsp.report, old?.report),
        '',
        `Open to first diagnostics: ${ms(lsp.openMs)} ms${old ? ` (before: ${ms(old.openMs)})` : ''}. ` +
        `Server RSS after opening ${s(lsp.rssAfterOpenMb, 0)} MB, after the edits ${s(lsp.rssAfterEditsMb, 0)} MB, peak ${s(lsp.peakRssMb, 0)} MB` +
        `${old ? ` (before: ${s(old.rssAfterOpenMb, 0)}, ${s(old.rssAfterEditsMb, 0)}, ${s(old.peakRssMb, 0)})` : ''}.`
    ].join('\n');
}

function parserTable(rows, old) {
    if (!rows) return '';
    const oldRow = (count) => old?.find(r => r.count === count);
    return [
        `| brikker in one tema | parse ms | ×, size ×2 | with comments ms | × |${old ? ' before: ms | × |' : ''}`,
        `| --- | --- | --- | --- | --- |${old ? ' --- | --- |' : ''}`,
        ...rows.map(r => `| ${count(r.count)} | ${ms(r.plainMs)} | ${s(r.plainRatio)} | ${ms(r.commentedMs)} | ${s(r.commentedRatio)} |` +
            (old ? ` ${ms(oldRow(r.count)?.plainMs)} | ${s(oldRow(r.count)?.plainRatio)} |` : ''))
    ].join('\n');
}

/** The whole results as Markdown, with an earlier run's figures beside them when given. */
export function markdown(results, baseline) {
    const load = results.load ?? {};
    const parts = [
        `# Brik benchmark: ${results.label}`,
        '',
        `${results.date}, ${results.commit ?? ''}; ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB, Node ${results.machine.node}. ` +
        `Load average before ${load.before?.load1 ?? '–'}, after ${load.after?.load1 ?? '–'}. Peak RSS by ${results.rssMethod}.` +
        (baseline ? ` "Before" is ${baseline.label} (${baseline.commit ?? ''}, ${baseline.date}).` : ''),
        ...results.notes.map(note => `Note: ${note}.`),
        '',
        '## Targets',
        '',
        '| target | limit | measured | met |',
        '| --- | --- | --- | --- |',
        ...results.targets.map(t => `| ${t.what} | ${t.limit} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`),
        '',
        '## Whole processes',
        '',
        processTable(results, baseline),
        '',
        '## Ratios',
        '',
        ratioTable(results, baseline),
        ''
    ];
    if (results.startup) {
        const old = baseline?.startup;
        parts.push('## Start-up', '', `| process | wall s, median (min–max) | peak RSS MB |${old ? ' before: wall s |' : ''}`, `| --- | --- | --- |${old ? ' --- |' : ''}`,
            `| node -e 0 | ${wallCell(results.startup.node)} | ${s(results.startup.node.rss?.median, 0)} |${old ? ` ${wallCell(old.node)} |` : ''}`,
            `| brik --version | ${wallCell(results.startup.brikVersion)} | ${s(results.startup.brikVersion.rss?.median, 0)} |${old ? ` ${wallCell(old.brikVersion)} |` : ''}`, '');
        const extension = results.startup.extension;
        if (extension) {
            parts.push(`VS Code extension bundle: require ${s(extension.requireMs, 0)} ms (budget 500), activate ${s(extension.activateMs, 0)} ms (budget 200)${extension.requireMs < 500 && extension.activateMs < 200 ? '' : ' — over budget'}.`, '');
        }
    }
    const servers = [['lsp', results.lsp], ['lspLarge', results.lspLarge], ['lspSmall', results.lspSmall]].filter(([, lsp]) => lsp);
    if (servers.length > 0) {
        parts.push('## Language server', '');
        servers.forEach(([key, lsp]) => parts.push(lspTable(lsp, baseline?.[key]), ''));
    }
    if (results.parser) {
        parts.push('## Parser scaling (one container)', '', parserTable(results.parser, baseline?.parser), '');
    }
    if (results.web) {
        const web = results.web;
        parts.push('## Web page (Chromium)', '', '| measure | value |', '| --- | --- |',
            `| page, gzipped (Monaco, the page, its editor worker and font) | ${(web.pageGzipBytes / 1024).toFixed(0)} KB |`,
            `| language server worker, gzipped | ${(web.workerGzipBytes / 1024).toFixed(0)} KB |`,
            `| exceljs, gzipped (loaded on the first workbook) | ${(web.exceljsGzipBytes / 1024).toFixed(0)} KB |`,
            `| load → first diagnostics, 51 brikker | ${web.exampleFirstDiagnosticsS.toFixed(2)} s |`,
            `| open → first diagnostics, 1k brikker | ${web.oneKFirstDiagnosticsS.toFixed(2)} s |`,
            `| edit → diagnostics at 1k, p50 / p95 (${web.oneKEdit.edits} edits) | ${web.oneKEdit.p50Ms.toFixed(0)} / ${web.oneKEdit.p95Ms.toFixed(0)} ms |`,
            '', web.overBudget.length > 0 ? `Over budget: ${web.overBudget.join('; ')}.` : 'Within the budgets of bench/web.mjs.', '');
    }
    return parts.join('\n');
}
