import { escapeHtml, REPORT_CONTENT_SECURITY_POLICY } from '@brik/language/html';

/**
 * The report arrives as one self-contained HTML page (inline CSS and SVG, no script). The
 * webview shows it under the policy the report itself declares, which allows nothing else.
 */
export { REPORT_CONTENT_SECURITY_POLICY };

const META = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">`;

/** The page with the policy as the first element of its head, whatever the page declared. */
export function withContentSecurityPolicy(html: string): string {
    const head = /<head(\s[^>]*)?>/i.exec(html);
    if (head) {
        const end = head.index + head[0].length;
        return html.slice(0, end) + META + html.slice(end);
    }
    const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
    if (htmlTag) {
        const end = htmlTag.index + htmlTag[0].length;
        return `${html.slice(0, end)}<head>${META}</head>${html.slice(end)}`;
    }
    return `<!DOCTYPE html><html><head>${META}</head><body>${html}</body></html>`;
}

/** A page that says why there is no report. */
export function messagePage(title: string, message: string): string {
    return withContentSecurityPolicy(`<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`
        + '<style>body{font-family:var(--vscode-font-family,sans-serif);color:var(--vscode-foreground);padding:1.5em}</style></head>'
        + `<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>`);
}

