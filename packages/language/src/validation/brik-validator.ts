import type { ValidationCategory, ValidationChecks } from 'langium';
import type { BrikAstType } from '../generated/ast.js';
import type { BrikServices } from '../brik-module.js';
import { checkAmounts } from './amount-checks.js';
import { checkBudgetSettings, checkPriceLevel, checkUnit, checkYearsSetting } from './header-checks.js';
import { checkAreaPlacement, checkCategories, checkFinancingMarks, checkOmstillingMarked, checkOmstillingSaves, checkPropertiesOnce, checkUnavoidablePart } from './item-checks.js';
import { checkFragmentContents, checkInclude, checkNamesAcrossFiles } from './include-checks.js';
import { checkNameGiven, checkUniqueNames } from './name-checks.js';
import { checkOuterPeriods, checkPermanentHasAmount, checkProfileYears } from './profile-checks.js';
import { checkPriceIndex } from './price-index-checks.js';
import { checkPastedNumbers } from './pasted-number-checks.js';
import { checkStrings } from './string-checks.js';
import { checkScenarioRamme } from './scenario-checks.js';
import { checkDeclaredTotal } from './total-checks.js';
import type { DocumentChecks, UnitChecks } from './replayed-checks.js';
import { unitChecks } from './replayed-checks.js';

/**
 * The checks of what may stand in a brik, tema or område, whose reports BrikDocumentValidator
 * replays while the unit's header and totals are those it reported under. Out here no service is
 * in reach, and a check is given the node and UnitFacts only: one that read more (another
 * brik's totals, a scenario) would be replayed stale, and does not compile.
 */
const UNIT_CHECKS: UnitChecks = {
    Area: [checkAreaPlacement, checkNameGiven],
    Theme: [checkNameGiven],
    Item: [checkNameGiven, checkOmstillingSaves, checkOmstillingMarked, checkPropertiesOnce, checkFinancingMarks, checkUnavoidablePart],
    Category: [checkCategories],
    AmountLine: [checkPermanentHasAmount, checkProfileYears, checkOuterPeriods],
    Range: [checkAmounts],
    Total: [checkDeclaredTotal]
};

/** The checks of every node type; each check is a small function in one of the *-checks files. */
export function brikValidationChecks(services: BrikServices): ValidationChecks<BrikAstType> {
    const evaluator = services.evaluation.Evaluator;
    const includes = services.shared.workspace.Includes;
    const documentChecks: DocumentChecks = {
        Budget: [checkBudgetSettings, checkNameGiven],
        Document: [checkUniqueNames(services.validation.NameIndexes), checkNamesAcrossFiles(evaluator, includes), checkStrings, checkPastedNumbers],
        Fragment: [checkFragmentContents],
        Include: [checkInclude(includes)],
        YearsSetting: [checkYearsSetting],
        PriceLevelSetting: [checkPriceLevel],
        Unit: [checkUnit],
        Scenario: [checkScenarioRamme(evaluator), checkNameGiven],
        PriceIndex: [checkPriceIndex]
    };
    return { ...documentChecks, ...unitChecks(evaluator, UNIT_CHECKS) };
}

/** The category of every Brik check: the server runs them on each edit, as the CLI does. */
export const BRIK_CHECK_CATEGORY: ValidationCategory = 'fast';

/**
 * Registers the checks with Langium's registry. BrikDocumentValidator runs the same record
 * in its own walk, and falls back to Langium's loop if the registry holds any other check.
 */
export function registerValidationChecks(services: BrikServices): void {
    services.validation.ValidationRegistry.register(brikValidationChecks(services), undefined, BRIK_CHECK_CATEGORY);
}
