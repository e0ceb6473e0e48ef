const ENTITIES: Readonly<Record<string, string>> = {
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
};

/**
 * Text from a `.brik` file made inert in HTML and inline SVG, in element content and in
 * double-quoted attribute values alike: a brik named `<script>` is shown, never run.
 */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => ENTITIES[character]);
}

/**
 * The policy every report page is shown under, written into the HTML report and set again by
 * the extension's webview: no script runs and nothing is fetched, even if text from a file were
 * ever left unescaped; the page allows its own inline style and data-URL images, nothing else.
 */
export const REPORT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
