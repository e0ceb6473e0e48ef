/**
 * Characters with which a spreadsheet starts a formula (with the full-width forms some
 * input methods type), and the tab and carriage return that can hide one.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text cell of a CSV or XLSX report, neutralised against formula injection: a name
 * such as `=HYPERLINK(…)` is written `'=HYPERLINK(…)`, so a spreadsheet shows it as text.
 * Only for text: numeric cells such as `-3.4` are written as they are.
 */
export function neutraliseFormula(text: string): string {
    return FORMULA_START.test(text) ? `'${text}` : text;
}
