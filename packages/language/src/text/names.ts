/**
 * The one form in which Brik holds and compares names (LANGUAGE.md §11): Unicode's NFC.
 * `Bådehavn` with `å` (U+00E5) and with `a` + U+030A, as macOS and some PDFs write it, is one
 * name. The value converter puts every name into this form as it is read, so that scopes,
 * references, duplicates, rename, reports and `brik diff` all compare the same text; the two
 * forms look alike wherever the name is shown.
 */
export function nameKey(name: string): string {
    return name.normalize('NFC');
}
