/**
 * What a container holds, in one phrase: its brikker, then its financing items, each left out
 * when there are none (a tema of financing alone is not "0 brikker"); `0 brikker` when empty.
 */
export function itemCount(brikker: number, financing: number, brikWord: (count: number) => string, financingWord: (count: number) => string): string {
    if (financing === 0) {
        return brikWord(brikker);
    }
    return brikker === 0 ? financingWord(financing) : `${brikWord(brikker)} · ${financingWord(financing)}`;
}
