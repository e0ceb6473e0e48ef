import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationCategory, ValidationOptions } from 'langium';
import { DefaultDocumentValidator } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { BrikServices } from '../../src/brik-module.js';
import { BrikDocumentValidator } from '../../src/validation/brik-document-validator.js';

type ValidateAstNodes = (rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken?: CancellationToken) => Promise<void>;

/** Langium 4.1's own loop over the nodes, which awaits every check of every node. */
const langiumLoop = (DefaultDocumentValidator.prototype as unknown as { validateAstNodes: ValidateAstNodes }).validateAstNodes;

/** Brik's validator in every respect but one: its checks run in Langium's loop, not in Brik's walk. */
export class LangiumLoopValidator extends BrikDocumentValidator {
    protected override validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken?: CancellationToken): Promise<void> {
        return langiumLoop.call(this, rootNode, options, acceptor, cancelToken);
    }
}

/** Every selection of categories a build asks for: the CLI's (all), the server's on an edit, and each alone. */
export const CATEGORY_SELECTIONS: ReadonlyArray<ValidationCategory[] | undefined> = [undefined, ['fast', 'built-in'], ['fast'], ['slow'], ['built-in']];

/**
 * The diagnostics of a document for every selection of categories, as Brik's walk gives them and
 * as Langium's loop gives them, each selection serialised: equal strings are equal bytes.
 */
export async function validatedBothWays(services: BrikServices, document: LangiumDocument): Promise<{ walk: string[]; loop: string[] }> {
    const walk = services.validation.DocumentValidator;
    const loop = new LangiumLoopValidator(services);
    const result = { walk: [] as string[], loop: [] as string[] };
    for (const categories of CATEGORY_SELECTIONS) {
        const options = categories ? { categories } : {};
        result.loop.push(JSON.stringify(await loop.validateDocument(document, options)));
        result.walk.push(JSON.stringify(await walk.validateDocument(document, options)));
    }
    return result;
}
