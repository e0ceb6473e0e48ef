import { distance } from 'fastest-levenshtein';

/**
 * The keyword a misspelt word most likely meant (`drfit` → `drift`, `anlag` → `anlæg`),
 * or undefined when nothing is close enough to be a helpful guess.
 */
export function closestKeyword(word: string, keywords: Iterable<string>): string | undefined {
    const lower = word.toLowerCase();
    // Short words are too easily close to anything: allow one edit for them, two otherwise.
    let bestDistance = word.length <= 3 ? 1 : 2;
    let best: string | undefined;
    for (const keyword of keywords) {
        if (!/^[a-zæøå]/.test(keyword)) {
            continue;
        }
        const d = distance(lower, keyword);
        if (d < bestDistance || (d === bestDistance && best === undefined)) {
            best = keyword;
            bestDistance = d;
        }
    }
    return best;
}
