import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../src/report/formula-injection.js';
import { FORMULA_CORPUS } from './injection-corpus.js';

describe('neutraliseFormula', () => {
    it.each(FORMULA_CORPUS)('prefixes %j with an apostrophe, so a spreadsheet shows it as text', text => {
        expect(neutraliseFormula(text)).toBe(`'${text}`);
    });

    it.each(['Bedre indkøb', '1.6 Medicin', '', '(!) Vækst', 'a=b', "'allerede citeret"])('leaves %j as it is', text => {
        expect(neutraliseFormula(text)).toBe(text);
    });
});
