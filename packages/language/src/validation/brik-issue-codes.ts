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
    AmountMissing: 'brik/amount-missing',
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
