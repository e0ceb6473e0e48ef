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
