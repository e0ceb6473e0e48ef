import { quotedString } from '../../src/parser/brik-value-converter.js';

/** Text that a report must show as text: markup, script, template and formula attempts. */
export const XSS_CORPUS = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(2)>',
    '<a href="javascript:alert(3)">klik</a>',
    '</style><script>alert(4)</script>',
    '<svg onload=alert(5)>',
    '{{constructor.constructor(\'alert(6)\')()}}',
    '" onmouseover="alert(7)',
    '\' onfocus=\'alert(8)',
    '</title></desc></text><script>alert(9)</script>',
    '<!-- <iframe srcdoc="<script>alert(10)</script>"> -->',
    '&lt;script&gt;alert(11)&lt;/script&gt;',
    '${process.exit(12)}',
    '<style>@import url(//x)</style>'
] as const;

/** Text a spreadsheet would read as a formula. */
export const FORMULA_CORPUS = ['=1+2', '+SUM(1;2)', '-2+3', '@cmd', '\tTab', '\rReturn', '＝1+2', "=cmd|' /C calc'!A0", '＋1', '－1', '＠SUM(A1)', '=HYPERLINK("http://x";"klik")'] as const;

/**
 * The texts of FORMULA_CORPUS that a .brik file can hold: a string ends at its line, and `\r` in
 * it is a backslash and an r (LANGUAGE.md §11), so no name or note holds a line break.
 */
export const FILE_FORMULA_CORPUS = FORMULA_CORPUS.filter(text => !/[\r\n]/.test(text));

/** `text` as a Brik string literal (a tab stands in it as itself). */
export function brikString(text: string): string {
    return quotedString(text);
}

/** A budget's members in which every text from the file is one of the given texts. */
export function everywhere(texts: readonly string[]): string {
    return texts.map((text, i) => {
        const s = brikString(text);
        return `område ${s} {\n  tema ${brikString(`${i}${text}`)} ${s} {\n    brik ${s} uomgængelig politisk drift ${i + 1} permanent { virksomhed ${s} note ${s} kategori eff }\n  }\n}`;
    }).join('\n') + `\nfinansiering ${brikString(`${texts[0]} finansiering`)} drift -1`;
}
