/**
 * Text from a `.brik` file, made inert in Markdown: no emphasis, strikethrough, code, links,
 * HTML, table breaks or a heading's closing `#`s, and on one line. The text never starts a
 * line (it follows `# `, a cell's `|`, `**name**: `), so parentheses, dots and the like stay
 * as they are and the raw file reads well too. The reports and the extension's tooltip share it.
 */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&').replace(/\r?\n/g, ' ');
}
