// The public API of @brik/language: what the CLI, the extension's language server and the tests
// that cross packages use. Everything else is internal to the package (its own unit tests import
// it from ../src). `@brik/language/protocol` holds the editor's requests, `@brik/language/html`
// the HTML escaping the extension's webview shares.

// Services: the Langium module with Brik's additions, and the limits of what is read.
export { createBrikServices } from './brik-module.js';
export type { BrikModuleContext, BrikServices, BrikSharedServices, ParserKind } from './brik-module.js';
export { fastParseStatistics, isFastParse } from './parser/fast/fast-parser.js';
export { DEFAULT_LIMITS, MAX_CHARACTERS_CEILING, MAX_DEPTH_CEILING, NO_CHARACTER_LIMIT } from './brik-limits.js';
export type { BrikLimits } from './brik-limits.js';
export { BYTE_ORDER_MARK } from './workspace/byte-order-mark.js';

// The syntax tree, generated from brik.langium: its node types and their type guards.
export * from './generated/ast.js';

// Figures: exact amounts, ranges and totals, and how they are printed.
export { ExactDecimal } from './evaluation/exact-decimal.js';
export type { Interval } from './evaluation/interval.js';
export { periodOf, yearlyPeriods } from './evaluation/totals.js';
export type { BudgetName, ColumnName, Columns, KindColumn, OuterPeriod, Period, Series, Totals } from './evaluation/totals.js';
export { evaluateDeclaredTotal, isDeclaredTotal } from './evaluation/declared-total.js';
export type { DeclaredTotal, TotalProblem } from './evaluation/declared-total.js';
export { amountFormat, formatAmount, formatInterval } from './format/format-amount.js';
export type { AmountFormat, Locale } from './format/format-amount.js';

// Text as users paste and print it: amounts from cells and PDFs, strings as Brik writes them.
export { readPrintedAmount } from './text/printed-amount.js';
export type { PrintedAmount, PrintedNumberStyle } from './text/printed-amount.js';
export { quotedString } from './parser/brik-value-converter.js';

// Diagnostics: every code, and what each means; how a terminal is named to the user.
export { IssueCodes, IssueDescriptions } from './validation/brik-issue-codes.js';
export type { IssueCode } from './validation/brik-issue-codes.js';
export { diagnosticMessage } from './validation/brik-document-validator.js';
export { MAX_QUOTED, quoteSource } from './text/source-quote.js';
export { TERMINAL_DESCRIPTIONS } from './parser/brik-parser-error-messages.js';
// Fixes of pasted text that never change a figure: one list for the editor's fix-all and `brik fmt --fix`.
export { FIX_ALL_PASTED_TEXT_KIND, PASTED_TEXT_CODES, pastedTextFixes } from './lsp/pasted-text-fixes.js';
export type { PastedTextFix } from './lsp/pasted-text-fixes.js';

// Reports: what one covers, its model, and the writers of every format.
export { reportErrors, reportRefused, reportScope } from './workspace/report-scope.js';
export type { ReportError, ReportScope } from './workspace/report-scope.js';
export { buildReportModel, ReportViewError } from './report/report-model.js';
export type { ReportModel, ReportNode, ReportNodeKind, ReportView, ScenarioSummary } from './report/report-model.js';
export { wordsOf } from './words/words.js';
export type { Words } from './words/words.js';
export { PATH_SEPARATOR, budgetsWithMoney, nodeTitle, printedIntervals, rangeColumnNames, reportPeriods } from './report/report-structure.js';
export type { PrintedPeriod } from './report/report-structure.js';
export { figureHeading, headerWords, rangeEndOf, readFigureHeading, readItemKind, readLineKind, readMarkWord } from './report/sheet-headings.js';
export type { FigureBlock, FigureHeading, RangeEnd } from './report/sheet-headings.js';
export type { LineKind } from './evaluation/item-lines.js';
export { isReportFormat, REPORT_FORMAT_IDS, REPORT_FORMATS, reportFormatInfo } from './report/report-formats.js';
export type { ReportFormat, ReportFormatInfo } from './report/report-formats.js';
export { base64Of, NoReportWriterError, renderReport, reportText } from './report/render-report.js';
export type { HostWriters, ReportOutput, ReportWriter, ReportWriterOptions } from './report/render-report.js';
export { jsonReport, jsonReportChunks } from './report/json-report.js';
export { markdownReport } from './report/markdown-report.js';
export { htmlReport } from './report/html-report.js';
export { csvReport } from './report/csv-report.js';
export { xlsxReport } from './report/xlsx-report.js';
export { diffBudgets, hasChanges } from './report/budget-diff.js';
export { diffJson, diffMarkdown, diffText } from './report/diff-report.js';
