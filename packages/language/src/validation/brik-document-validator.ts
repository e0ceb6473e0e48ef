import type { Diagnostic } from 'vscode-languageserver';
import { CancellationToken } from 'vscode-languageserver';
import type { AstNode, LangiumDocument, ParseResult, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { DefaultDocumentValidator, interruptAndCheck, isAstNode, isOperationCancelled } from 'langium';
import type { BrikServices } from '../brik-module.js';
import type { BudgetHeader } from '../evaluation/budget-header.js';
import type { Totals } from '../evaluation/totals.js';
import { isArea, isInclude, isItem, isTheme } from '../generated/ast.js';
import { withoutAllowedWarnings } from './allowed-warnings.js';
import { BRIK_CHECK_CATEGORY, brikValidationChecks } from './brik-validator.js';
import { isAmbiguousLinkingError } from '../references/brik-linker.js';
import { IssueCodes } from './brik-issue-codes.js';
import { cutAtCharacter, wellFormed } from '../text/source-quote.js';
import type { ReplayedUnit } from './replayed-checks.js';

/** The longest message shown: one quoting a whole 10 MB line must not become 10 MB of output. */
const MAX_MESSAGE = 600;

/** How many nodes the walk visits between two looks at the cancellation token. */
const NODES_BETWEEN_CANCELLATION_CHECKS = 1000;

/**
 * A message cut in the middle, keeping what is wrong (its start) and what to do (its end), and
 * well-formed: the last guard behind quoteSource, should a message quote more than it ought to.
 */
export function clipMessage(message: string): string {
    const whole = wellFormed(message);
    if (whole.length <= MAX_MESSAGE) {
        return whole;
    }
    const end = whole.slice(-180);
    return `${cutAtCharacter(whole, 400)} … ${/^[\uDC00-\uDFFF]/.test(end) ? end.slice(1) : end}`;
}

/** A diagnostic's message as text: LSP 3.18 allows Markdown too, which Brik and Langium never send. */
export function diagnosticMessage(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function lexerCode(error: unknown): string {
    return (error as { code?: string }).code ?? IssueCodes.UnknownCharacter;
}

/** What Langium's ValidationRegistry does with a check that throws: log it, and report it as an error on the node. */
function reportThrownCheck(error: unknown, node: AstNode, accept: ValidationAcceptor): void {
    if (isOperationCancelled(error)) {
        throw error;
    }
    const context = 'An error occurred during validation';
    console.error(`${context}:`, error);
    if (error instanceof Error && error.stack) {
        console.error(error.stack);
    }
    accept('error', `${context}: ${error instanceof Error ? error.message : String(error)}`, { node });
}

/**
 * Puts the AST nodes directly below `node` on the stack, so that they come off it in the order
 * of Langium's `streamContents`: its properties in key order, each array in its order.
 */
function pushChildren(stack: AstNode[], node: AstNode): void {
    const keys = Object.keys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
        if (keys[k].startsWith('$')) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[keys[k]];
        if (isAstNode(value)) {
            stack.push(value);
        } else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) {
                if (isAstNode(value[i])) {
                    stack.push(value[i]);
                }
            }
        }
    }
}

/** The lexer's errors that leave a file without tokens. */
const UNREAD_FILE: ReadonlySet<string> = new Set([IssueCodes.FileTooLarge, IssueCodes.TokenTooLong]);

function isKeptUnit(node: AstNode): node is ReplayedUnit {
    return isItem(node) || isTheme(node) || isArea(node);
}

/** What the checks of a unit and of everything in it reported, under which header and totals. */
interface KeptReport {
    readonly header: BudgetHeader;
    /** The evaluator's totals of the unit: the same object while nothing in it changed. */
    readonly totals: Totals;
    readonly accepted: ReadonlyArray<Parameters<ValidationAcceptor>>;
}

/**
 * Gives lexer and parser errors stable Brik codes, like every other diagnostic, drops the
 * warnings an author has allowed with a `// tillad:` comment, and keeps messages short.
 *
 * Brik's checks run in one synchronous walk over the AST: Langium's own loop awaits every check
 * of every node, which cost about half of validation on a large catalogue.
 *
 * In a document open in an editor, what the checks of a brik, tema or område (and of everything
 * in it) reported is kept, and given again while the header (years, unit, price level) and the
 * evaluator's totals of the unit are the objects it was reported for: those checks read nothing
 * else (they are given UnitFacts and no service: replayed-checks.ts), and the evaluator makes the
 * totals of a unit anew exactly when the change event says something in it changed. So the kept
 * reports need no event of their own: a unit replaced by a parse is a new key, and the old one's
 * report goes with it (a WeakMap).
 * An edit that re-parses one brik (line-reparse.ts) leaves every other unit as it was, so a
 * keystroke checks one brik and the temaer and områder around it, not 10,000 brikker (issue 15,
 * part 3). A unit that holds an include is checked every time. The report is given to the
 * acceptor anew, so that its ranges are those of the unit's place now.
 */
export class BrikDocumentValidator extends DefaultDocumentValidator {
    private readonly services: BrikServices;
    /** Brik's checks of each node type, in the registry's order; built when first needed. */
    private checksByType: Map<string, ValidationCheck[]> | undefined;
    private readonly keptReports = new WeakMap<ReplayedUnit, KeptReport>();

    constructor(services: BrikServices) {
        super(services);
        this.services = services;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = withoutAllowedWarnings(document, await super.validateDocument(document, options, cancelToken));
        diagnostics.forEach(d => d.message = clipMessage(diagnosticMessage(d)));
        return diagnostics;
    }

    /**
     * Runs the checks of every node in the order of Langium's loop, and looks at the cancellation
     * token every thousand nodes. Langium's loop runs instead while it profiles validation, or if
     * the registry holds a check that Brik did not register.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = CancellationToken.None): Promise<void> {
        const checksByType = this.brikChecks();
        if (this.profiler?.isActive('validating') || !this.registryHoldsOnly(checksByType)) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        await interruptAndCheck(cancelToken);
        if (options.categories && !options.categories.includes(BRIK_CHECK_CATEGORY)) {
            return;
        }
        // Every node of a document stands under its header.
        const header = this.isOpen(rootNode) ? this.services.evaluation.Evaluator.header(rootNode) : undefined;
        let visited = 0;
        /** Runs the checks of `start` and everything below it; whether an include is among them. */
        const walk = async (start: AstNode, accept: ValidationAcceptor): Promise<boolean> => {
            let holdsInclude = false;
            const stack: AstNode[] = [start];
            while (stack.length > 0) {
                const node = stack.pop()!;
                if (header && node !== start && isKeptUnit(node)) {
                    holdsInclude = await this.validateKeptUnit(node, header, accept, walk) || holdsInclude;
                } else {
                    holdsInclude ||= isInclude(node);
                    const nodeOptions = this.validateSingleNodeOptions(node, options);
                    if (nodeOptions.validateNode) {
                        for (const check of checksByType.get(node.$type) ?? []) {
                            try {
                                const pending = check(node, accept, cancelToken);
                                if (pending) {
                                    await pending;
                                }
                            } catch (error) {
                                reportThrownCheck(error, node, accept);
                            }
                        }
                    }
                    if (nodeOptions.validateChildren) {
                        pushChildren(stack, node);
                    }
                }
                if (++visited % NODES_BETWEEN_CANCELLATION_CHECKS === 0) {
                    await interruptAndCheck(cancelToken);
                }
            }
            return holdsInclude;
        };
        await walk(rootNode, acceptor);
    }

    /**
     * The report of a brik, tema or område, kept from before when it holds, else made by walking
     * it (and kept, unless an include stands in it: what an include reports depends on other
     * files); whether an include stands in it.
     */
    private async validateKeptUnit(node: ReplayedUnit, header: BudgetHeader, accept: ValidationAcceptor, walk: (start: AstNode, accept: ValidationAcceptor) => Promise<boolean>): Promise<boolean> {
        const totals = this.services.evaluation.Evaluator.totalsOf(node);
        const kept = this.keptReports.get(node);
        if (kept?.header === header && kept.totals === totals) {
            kept.accepted.forEach(args => accept(...args));
            return false;
        }
        const accepted: Array<Parameters<ValidationAcceptor>> = [];
        const holdsInclude = await walk(node, (...args) => {
            accepted.push(args);
            accept(...args);
        });
        if (!holdsInclude) {
            this.keptReports.set(node, { header, totals, accepted });
        }
        return holdsInclude;
    }

    private isOpen(root: AstNode): boolean {
        const uri = root.$document?.uri.toString();
        return uri !== undefined && this.services.shared.workspace.TextDocuments?.get(uri) !== undefined;
    }

    /** Built as the registry builds its lists from the same record: a check of a type is a check of each of its subtypes. */
    private brikChecks(): Map<string, ValidationCheck[]> {
        if (!this.checksByType) {
            const reflection = this.services.shared.AstReflection;
            const checksByType = new Map(reflection.getAllTypes().map(type => [type, [] as ValidationCheck[]]));
            for (const [type, checks] of Object.entries(brikValidationChecks(this.services))) {
                for (const subtype of reflection.getAllSubTypes(type)) {
                    checksByType.get(subtype)?.push(...[checks].flat() as ValidationCheck[]);
                }
            }
            this.checksByType = checksByType;
        }
        return this.checksByType;
    }

    /** Whether the registry holds as many checks of each type as Brik registers, and so no other. */
    private registryHoldsOnly(checksByType: Map<string, ValidationCheck[]>): boolean {
        return [...checksByType].every(([type, checks]) => this.validationRegistry.getChecks(type).count() === checks.length);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const from = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        const errors = [...parseResult.lexerErrors, ...parseResult.lexerReport?.diagnostics ?? []];
        diagnostics.slice(from).forEach((d, i) => d.code = lexerCode(errors[i]));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const from = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        // One diagnostic per reference with an error, in the order Langium reports them.
        const errors = document.references.map(reference => reference.error).filter(error => error !== undefined);
        const silent = new Set<Diagnostic>();
        diagnostics.slice(from).forEach((d, i) => {
            const error = errors[i];
            if (isAmbiguousLinkingError(error) && error.silent) {
                silent.add(d);
            } else if (isAmbiguousLinkingError(error)) {
                // The quick fixes write each qualified form (brik-code-action-provider.ts).
                d.code = IssueCodes.AmbiguousName;
                d.data = { ...d.data as object, replacement: error.qualified[0], alternatives: error.qualified.slice(1) };
            } else {
                d.code = IssueCodes.UnknownName;
            }
        });
        if (silent.size > 0) {
            const kept = diagnostics.filter(d => !silent.has(d));
            diagnostics.length = 0;
            diagnostics.push(...kept);
        }
    }

    /**
     * A file Brik could not read has no tokens: that it does not begin with `budget` says nothing
     * more. Nor does an empty file open in an editor, where completion offers a budget's skeleton
     * (`budget { … }`); `brik check` still reports it.
     */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        if (parseResult.lexerErrors.some(error => UNREAD_FILE.has(lexerCode(error)))) {
            return;
        }
        const root = parseResult.value as AstNode;
        if (this.isOpen(root) && isBlank(root.$document!.textDocument.getText())) {
            return;
        }
        const from = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        diagnostics.slice(from).forEach(d => d.code = IssueCodes.Syntax);
    }
}

/** Text with nothing but white space and comments; read only up to its first other character. */
function isBlank(text: string): boolean {
    let at = 0;
    while (at < text.length) {
        if (/\s/.test(text[at])) {
            at++;
        } else if (text.startsWith('//', at)) {
            const end = text.indexOf('\n', at);
            at = end < 0 ? text.length : end;
        } else if (text.startsWith('/*', at)) {
            const end = text.indexOf('*/', at + 2);
            at = end < 0 ? text.length : end + 2;
        } else {
            return false;
        }
    }
    return true;
}
