/** Theme 1.1 of Region Nordjylland's budgetkatalog 2024 (seed 003), as the example has it. */
export const NORDJYLLAND = `budget "Budget 2024 – Region Nordjylland" {
  enhed mio. kr.
  prisniveau 2023
  år 2024..2027
  område "Sundhedsområdet" {
    tema "1.1" "Kapacitetspres, arbejdsmiljø og rekruttering" {
      brik "Optimal udnyttelse af hospitalernes sengekapacitet" drift 0..10 permanent
      brik "Kapacitetsudvidelse – Børn og unge med funktionelle lidelser" drift 2.6 permanent
      brik "Neurorehabilitering" {
        virksomhed "Neuroenhed Nord, Regionshospital Nordjylland (RHN)"
        drift 2.8 permanent
      }
      brik "Næste fase af garantiklinik i Thisted, herunder opstart af våd AMD" drift 3.0 permanent
      brik "Ældremedicinsk team og geriatrisk stuegang på tværs af hospitalet" drift 2024: 1.4, 2025: 2.6 permanent
      brik "Support til vagtplanlægningsprocessen" drift 2.4 permanent
      brik "Øget neurologisk kapacitet" drift 2.8 permanent
      brik "Senfølgeklinik efter Covid-19" drift 0..1.6 permanent
      total opdrift 15.0..26.6
    }
  }
  finansiering "Råderum fra Økonomiaftale, drift" drift -111
}
`;

/** Marks the first occurrence of `needle` in the snippet with the cursor marker `<|>`, `offset` characters in. */
export function at(needle: string, offset = 1, text = NORDJYLLAND): string {
    const index = text.indexOf(needle);
    if (index < 0) {
        throw new Error(`${needle} is not in the text`);
    }
    return text.slice(0, index + offset) + '<|>' + text.slice(index + offset);
}
