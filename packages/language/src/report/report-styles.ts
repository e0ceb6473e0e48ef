export interface ReportStyleOptions {
    /** Characters of the widest printed figure or period header: every figure column gets that width. */
    readonly figureChars: number;
    /** Many periods print on A4 landscape, so that names keep room beside the figures. */
    readonly landscape: boolean;
    /** How many figure columns a table has: on a narrow screen the table scrolls rather than squeeze the names. */
    readonly figureColumns: number;
    /** `Side 3 af 7` in the page footer: the words around the counters. */
    readonly pageWords: readonly [string, string];
}

const FONT = '"Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", system-ui, sans-serif';

/** The HTML report's one stylesheet: system fonts, tabular figures, and an A4 print layout. */
export function reportStyles(options: ReportStyleOptions): string {
    const [page, of] = options.pageWords.map(word => JSON.stringify(word));
    const width = options.landscape ? 80 : 60;
    return `
:root { --ink: #1f2933; --muted: #56616c; --rule: #c5cdd5; --hair: #e2e6ea; --accent: #23476a; --shade: #f1f4f7; --figure: calc(${options.figureChars}ch + 1.4em); }
* { box-sizing: border-box; }
html { font-size: 15px; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: var(--ink); font: 1rem/1.45 ${FONT}; }
main { max-width: ${width}rem; margin: 0 auto; padding: 2.75rem 2.25rem 2rem; }
header.title { border-bottom: 3px solid var(--accent); padding-bottom: .9rem; margin-bottom: 1.6rem; }
.kicker { margin: 0 0 .35rem; font-size: .75rem; letter-spacing: .09em; text-transform: uppercase; color: var(--accent); font-weight: 600; }
h1 { margin: 0 0 .45rem; font-size: 1.95rem; line-height: 1.2; font-weight: 650; letter-spacing: -.01em; }
.meta { margin: 0; color: var(--muted); }
h2 { margin: 2.4rem 0 .7rem; padding-bottom: .3rem; font-size: 1.4rem; line-height: 1.25; font-weight: 650; border-bottom: 1.5px solid var(--accent); }
h3 { margin: 1.9rem 0 .5rem; font-size: 1.1rem; line-height: 1.3; font-weight: 650; }
h4, h5, h6 { margin: 1.5rem 0 .45rem; font-size: 1rem; font-weight: 650; }
.number { color: var(--accent); font-variant-numeric: tabular-nums; margin-right: .2em; }
.count { margin: -.35rem 0 .6rem; font-size: .8rem; color: var(--muted); }
.banner { margin: 0 0 1.6rem; padding: .85rem 1.1rem; border: 2px solid #7d1b1b; border-left-width: 10px; background: #fbecec; color: #5a1111; font-weight: 650; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: .86rem; line-height: 1.35; margin: 0 0 .4rem; }
col.kind { width: 7.4em; }
col.figure { width: var(--figure); }
table.figures { min-width: calc(22em + ${options.figureColumns} * var(--figure)); }
th, td { padding: .34rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { padding-top: .2rem; font-size: .78rem; font-weight: 600; color: var(--muted); vertical-align: bottom; border-bottom: 1.5px solid var(--ink); }
.num { text-align: right; white-space: nowrap; overflow-wrap: normal; font-variant-numeric: tabular-nums lining-nums; }
td.zero { color: #97a2ad; }
thead th.num { white-space: normal; }
[data-period="samlet"] { border-left: 1px solid var(--rule); }
tbody.items tr + tr > * { border-top: 1px solid var(--hair); }
tbody.items tr.capital > * { border-top: none; padding-top: 0; color: var(--muted); }
tbody.totals > tr > * { background: var(--shade); }
tbody.totals > tr:first-child > * { border-top: 1.5px solid var(--ink); font-weight: 700; }
tbody.totals > tr.part > * { padding-top: .12rem; padding-bottom: .12rem; font-size: .82rem; color: var(--muted); }
tbody.totals > tr:last-child > * { border-bottom: 1px solid var(--rule); padding-bottom: .4rem; }
tbody.group > tr.heading > th { padding-top: .9rem; font-size: .78rem; letter-spacing: .06em; text-transform: uppercase; color: var(--accent); border-bottom: 1px solid var(--rule); }
tbody.group > tr.balance > * { font-weight: 700; border-top: 1.5px solid var(--ink); background: var(--shade); }
.item-name { font-weight: 550; }
.owner { margin-top: .1rem; font-size: .78rem; color: var(--muted); }
.note { margin: .2rem 0 0; font-size: .78rem; color: var(--muted); font-style: italic; }
.mark { font-weight: 700; color: var(--accent); }
.category { display: block; font-size: .75rem; color: var(--muted); }
.legend { margin: 1.4rem 0 0; padding: .7rem 0 0; border-top: 1px solid var(--rule); font-size: .82rem; color: var(--muted); }
.legend p { margin: .15rem 0; }
.legend .mark { margin-right: .3em; }
figure { margin: 1.6rem 0 .6rem; }
figcaption { margin-bottom: .45rem; font-size: .95rem; font-weight: 650; }
svg.chart { display: block; width: 100%; max-width: 52rem; height: auto; }
svg.chart text { font-family: ${FONT}; font-size: 11px; fill: var(--ink); }
svg.chart text.tick { font-size: 10px; fill: var(--muted); }
svg.chart text.period { font-weight: 650; }
svg.chart text.figure { font-variant-numeric: tabular-nums; }
svg.chart text.small { font-size: 9px; }
.scroll { overflow-x: auto; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
footer { max-width: ${width}rem; margin: 0 auto; padding: 0 2.25rem 2.5rem; font-size: .78rem; color: var(--muted); }
footer p { margin: 0; padding-top: .6rem; border-top: 1px solid var(--rule); }
/* The report beside the editor (about 530 px) or on a phone: narrower margins and columns, so that the
   summary shows every period side by side, and the charts' text drawn larger to stay legible scaled down. */
@media (max-width: 45rem) {
  html { font-size: 14px; }
  main { padding: 1.25rem .75rem 1rem; }
  footer { padding: 0 .75rem 1.5rem; }
  h1 { font-size: 1.5rem; }
  table { font-size: .76rem; }
  th, td { padding: .26rem .28rem; }
  :root { --figure: calc(${options.figureChars}ch + .6em); }
  col.kind { width: 4.6em; }
  table.figures { min-width: calc(8em + ${options.figureColumns} * var(--figure)); }
  svg.chart text { font-size: 15px; }
  svg.chart text.tick { font-size: 13px; }
  svg.chart text.small { font-size: 12px; }
}
.banner ul.errors { margin: .4rem 0 0; padding-left: 1.2rem; font-weight: 400; }
@media print {
  @page { size: A4${options.landscape ? ' landscape' : ''}; margin: 15mm 14mm 17mm; @bottom-right { content: ${page} " " counter(page) " " ${of} " " counter(pages); font: 8pt ${FONT}; color: #56616c; } }
  html { font-size: 9.5pt; }
  body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main, footer { max-width: none; padding: 0; }
  footer { margin-top: 2rem; }
  h2, h3, h4, h5, h6, figcaption { break-after: avoid; break-inside: avoid; }
  section.area { break-before: page; }
  thead { display: table-header-group; }
  tr, figure, .banner { break-inside: avoid; }
  .scroll { overflow: visible; }
  table.figures { min-width: 0; }
}
`.trimStart();
}
