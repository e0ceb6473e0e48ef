/**
 * Keywords with an ASCII spelling (§1): a keyboard without æ, ø and å writes `anlaeg` for
 * `anlæg`. Both spellings are the same keyword; Brik names and completes the Danish one.
 */
const DANISH_SPELLING: ReadonlyMap<string, string> = new Map([
    ['aar', 'år'],
    ['anlaeg', 'anlæg'],
    ['aarsvaerk', 'årsværk'],
    ['omraade', 'område'],
    ['uomgaengelig', 'uomgængelig'],
    ['fravaelg', 'fravælg'],
    ['efterfoelgende', 'efterfølgende']
]);

/** The ASCII spellings, which completion does not offer (the Danish spelling stands beside them). */
export const ASCII_SPELLINGS: ReadonlySet<string> = new Set(DANISH_SPELLING.keys());

/** The canonical spelling of a keyword: Danish letters, composed (NFC); any other keyword as it is. */
export function canonicalKeyword(keyword: string): string {
    return DANISH_SPELLING.get(keyword) ?? keyword.normalize('NFC');
}
