/** The text a new catalogue starts from: a budget with one tema and one brik, which checks without errors. */
export function newCatalogueText(year: number): string {
    return `budget "Nyt budget ${year}" {
  enhed mio. kr.
  prisniveau ${year - 1}
  år ${year}..${year + 3}

  tema "1" "Første tema" {
    brik "Første brik" {
      virksomhed "Afdeling"
      drift 1.0 permanent
    }
  }
}
`;
}
