import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
// Both are CommonJS modules whose module.exports is also their `default`: Node's ES-module import
// gives module.exports, which TypeScript (NodeNext) types as the namespace, hence `.default ??`.
const AjvDraft04 = ajvDraft04.default ?? ajvDraft04;
const addFormats = ajvFormats.default ?? ajvFormats;
// The official SARIF 2.1.0 schema (draft-04), as Microsoft publishes it in @microsoft/jest-sarif.
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

/** The schema errors of a SARIF log; empty when it is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
    return validateSarif(log) ? [] : (validateSarif.errors ?? []).map(e => `${e.instancePath} ${e.message}`);
}
