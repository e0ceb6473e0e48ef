import { EmptyFileSystem } from 'langium';
import { parseHelper, validationHelper } from 'langium/test';
import type { Document } from '../src/generated/ast.js';
import { createBrikServices } from '../src/brik-module.js';

/** Services built once for all tests of this package, with no file system. */
export const services = createBrikServices(EmptyFileSystem);
export const brik = services.Brik;
export const parse = parseHelper<Document>(brik);
export const validate = validationHelper<Document>(brik);

/** A budget with the header of docs/language.md §1 around the given members. */
export function budget(members: string, header = 'enhed mio. kr.\n  prisniveau 2023\n  år 2024..2027'): string {
    return `budget "Test" {\n  ${header}\n${members}\n}\n`;
}
