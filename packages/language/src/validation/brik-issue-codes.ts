/**
 * Stable codes of every diagnostic Brik reports. Tools (quick fixes, SARIF, CI filters) key on
 * these; never rename one.
 */
export const IssueCodes = {
    Syntax: 'brik/syntax',
    UnknownCharacter: 'brik/unknown-character',
    CommaDecimal: 'brik/comma-decimal',
    RangeReversed: 'brik/range-reversed',
    RangeNotation: 'brik/range-notation',
    SuspiciousMagnitude: 'brik/suspicious-magnitude',
    InvalidYear: 'brik/invalid-year',
    YearOutside: 'brik/year-outside',
    YearsNotIncreasing: 'brik/years-not-increasing',
    PermanentWithoutAmount: 'brik/permanent-without-amount',
    SettingMissing: 'brik/setting-missing',
    SettingRepeated: 'brik/setting-repeated',
    TooManyYears: 'brik/too-many-years',
    YearsReversed: 'brik/years-reversed',
    UnknownUnit: 'brik/unknown-unit',
    DuplicateName: 'brik/duplicate-name',
    DuplicateThemeNumber: 'brik/duplicate-theme-number',
    TotalMismatch: 'brik/total-mismatch',
    OmstillingPositive: 'brik/omstilling-positive',
    UnknownCategory: 'brik/unknown-category',
    PropertyRepeated: 'brik/property-repeated',
    MarkOnFinancing: 'brik/mark-on-financing',
    UnavoidableExceeds: 'brik/unavoidable-exceeds',
    MisplacedArea: 'brik/misplaced-area',
    CurlyQuotes: 'brik/curly-quotes'
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];

/** One line per code: what the rule is about (SARIF rule descriptions, documentation). */
export const IssueDescriptions: Readonly<Record<IssueCode, string>> = {
    'brik/syntax': 'Teksten følger ikke Briks grammatik.',
    'brik/unknown-character': 'Et tegn, som Brik ikke kan læse.',
    'brik/comma-decimal': 'Decimalkomma: Brik skriver decimaltal med punktum (2.8).',
    'brik/range-reversed': 'Et interval, hvis minimum er større end maksimum.',
    'brik/range-notation': "Et interval skrevet som i kataloget (0-10); Brik skriver 0..10.",
    'brik/suspicious-magnitude': 'Et beløb, der ligner et beløb i en anden enhed end budgettets.',
    'brik/invalid-year': 'Et årstal, der ikke er et firecifret år.',
    'brik/year-outside': "Et år uden for budgettets 'år'.",
    'brik/years-not-increasing': 'År i en profil, der ikke står i stigende rækkefølge.',
    'brik/permanent-without-amount': "'permanent' uden et beløb før det.",
    'brik/setting-missing': "Budgettet mangler 'enhed', 'prisniveau' eller 'år'.",
    'brik/setting-repeated': "'enhed', 'prisniveau' eller 'år' angivet mere end én gang.",
    'brik/too-many-years': 'Et budget med mere end 10 år.',
    'brik/years-reversed': "'år' med det sidste år før det første.",
    'brik/unknown-unit': 'En enhed, Brik ikke kender.',
    'brik/duplicate-name': 'To brikker eller finansieringspunkter med samme navn i ét budget.',
    'brik/duplicate-theme-number': 'To temaer med samme nummer.',
    'brik/total-mismatch': 'En angivet total, der ikke stemmer med summen af det, den dækker.',
    'brik/omstilling-positive': 'En omstilling, der giver en merudgift i budgetåret.',
    'brik/unknown-category': 'En kategori, der ikke er eff, bao eller am.',
    'brik/property-repeated': "'virksomhed' eller 'kategori' angivet mere end én gang i en brik.",
    'brik/mark-on-financing': 'En markering på et finansieringspunkt.',
    'brik/unavoidable-exceeds': 'En uomgængelig del, der er større end brikkens beløb.',
    'brik/misplaced-area': "Et 'område' inde i et tema eller et andet område.",
    'brik/curly-quotes': 'Krøllede anførselstegn fra Word.'
};
