import { quotedString } from '../parser/brik-value-converter.js';
import type { AstNode, LangiumDocument, LangiumDocuments } from 'langium';
import { AstUtils, CstUtils, URI, UriUtils } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { Range, RenameParams, TextDocumentPositionParams, WorkspaceEdit } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { BrikServices } from '../brik-module.js';
import type { Item } from '../generated/ast.js';
import { isItem, isScenario, isTheme } from '../generated/ast.js';
import { includeHosts, placeOf } from '../references/brik-place.js';
import { membersOf, readRoot } from '../helpers/document-root.js';
import { forEachMember } from '../helpers/members.js';
import type { BrikIncludes } from '../workspace/brik-includes.js';

/** Names are compared as Unicode's NFC (LANGUAGE.md §11): `å` typed as one or as two characters is one name. */
function sameName(a: string, b: string): boolean {
    return a.normalize('NFC') === b.normalize('NFC');
}

function whatItIs(node: AstNode): string {
    return isItem(node) ? (node.kind === 'brik' ? 'brikken' : 'finansieringspunktet') : isTheme(node) ? 'temaet' : 'scenariet';
}

function refuse(message: string): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

/**
 * Names are quoted strings: rename offers the name without quotes and writes it back quoted.
 * It refuses an empty name, one over several lines, and one that another tema or scenario of the
 * same budget already has (in any file the budget includes), or another brik of the same container
 * (§3): scenarios and reports refer to things by name, so such a rename would make a reference
 * point at two things.
 */
export class BrikRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;
    private readonly includes: BrikIncludes;
    private readonly services: BrikServices;

    constructor(services: BrikServices) {
        super(services);
        this.services = services;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.includes = services.shared.workspace.Includes;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const name = params.newName.trim().replace(/^"(.*)"$/, '$1');
        if (name.trim() === '') {
            throw refuse('Et navn kan ikke være tomt: skriv det nye navn, fx Neurorehabilitering.');
        }
        if (/[\r\n]/.test(name)) {
            throw refuse('Et navn står på én linje: skriv det nye navn uden linjeskift.');
        }
        const target = this.targetAt(document, params);
        const taken = target && this.holderOf(target, name);
        if (taken) {
            throw refuse(`Navnet "${name}" bruges allerede af ${taken}. Navne skal være entydige i et tema eller område, fordi scenarier og rapporter henviser til dem: vælg et andet navn.`);
        }
        return super.rename(document, { ...params, newName: quotedString(name) });
    }

    /** The name inside its quotes, which the editor offers for editing. */
    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const range = this.renameNodeRange(document, params.position);
        if (!range || range.start.line !== range.end.line) {
            return undefined;
        }
        return { start: { ...range.start, character: range.start.character + 1 }, end: { ...range.end, character: range.end.character - 1 } };
    }

    /** What the name at the cursor declares or refers to, as Langium's rename finds it. */
    private targetAt(document: LangiumDocument, params: TextDocumentPositionParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    /**
     * Another brik, tema or scenario that is known by `name` where `target` is: in its budget,
     * the files that budget includes, and every budget that includes its file. Undefined if none.
     */
    private holderOf(target: AstNode, name: string): string | undefined {
        if (!isItem(target) && !isTheme(target) && !isScenario(target)) {
            return undefined;
        }
        for (const document of this.namespace(target)) {
            const root = readRoot(document.parseResult.value);
            const others: AstNode[] = [];
            if (root && isScenario(target)) {
                others.push(...membersOf(root).filter(isScenario).filter(scenario => sameName(scenario.name, name)));
            } else if (root) {
                forEachMember(root, node => {
                    const names = isItem(node) && isItem(target) ? [node.name] : isTheme(node) && isTheme(target) ? [node.name, node.number] : [];
                    if (names.some(known => known !== undefined && sameName(known, name))) {
                        others.push(node);
                    }
                });
            }
            const other = others.find(node => node !== target && (!isItem(node) || !isItem(target) || this.standTogether(node, target)));
            if (other) {
                return `${whatItIs(other)} i ${UriUtils.basename(document.uri)}, linje ${(other.$cstNode?.range.start.line ?? 0) + 1}`;
            }
        }
        return undefined;
    }

    /**
     * Whether two brikker stand in one container (§3: only there must their names differ), in
     * their own files or in a budget that includes them.
     */
    private standTogether(a: Item, b: Item): boolean {
        if (a.$container === b.$container) {
            return true;
        }
        const evaluator = this.services.evaluation.Evaluator;
        return this.namespace(b).some(document => {
            const root = readRoot(document.parseResult.value);
            if (!root) {
                return false;
            }
            const hosts = includeHosts(root, include => evaluator.includedFragment(include));
            return placeOf(b, hosts) === placeOf(a, hosts);
        });
    }

    /** The documents whose names a name in `node`'s document must differ from. */
    private namespace(node: AstNode): LangiumDocument[] {
        const uri = AstUtils.getDocument(node).uri;
        const roots = [uri.toString(), ...this.includes.includersOf(uri)];
        const uris = new Set(roots.flatMap(root => [root, ...this.includes.includedBy(URI.parse(root))]));
        return [...uris].map(known => this.documents.getDocument(URI.parse(known))).filter((doc): doc is LangiumDocument => doc !== undefined);
    }
}
