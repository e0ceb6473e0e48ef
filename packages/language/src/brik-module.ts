import type { DeepPartial, LangiumSharedCoreServices, Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import type { BrikLimits } from './brik-limits.js';
import type { HostWriters } from './report/render-report.js';
import { limitsOf } from './brik-limits.js';
import { BrikEvaluator } from './evaluation/brik-evaluator.js';
import { BrikCodeActionProvider } from './lsp/brik-code-action-provider.js';
import { BrikCodeLensProvider } from './lsp/brik-code-lens-provider.js';
import { BrikCompletionProvider } from './lsp/brik-completion-provider.js';
import { BrikDocumentSymbolProvider } from './lsp/brik-document-symbol-provider.js';
import { BrikHoverProvider } from './lsp/brik-hover-provider.js';
import { BrikInlayHintProvider } from './lsp/brik-inlay-hint-provider.js';
import { BrikNodeKindProvider } from './lsp/brik-node-kind-provider.js';
import { BrikRenameProvider } from './lsp/brik-rename-provider.js';
import { BrikDocumentUpdateHandler } from './lsp/brik-document-update-handler.js';
import { BrikRequestHandler } from './lsp/brik-requests.js';
import { BrikSemanticTokenProvider } from './lsp/brik-semantic-token-provider.js';
import { BrikSettings } from './lsp/brik-settings.js';
import { BrikFormatter } from './lsp/formatting/brik-formatter.js';
import { BrikLinker } from './references/brik-linker.js';
import { BrikScopeComputation } from './references/brik-scope-computation.js';
import { BrikScopeProvider } from './references/brik-scope-provider.js';
import { BrikGeneratedModule, BrikGeneratedSharedModule } from './generated/module.js';
import { createBrikParser } from './parser/brik-langium-parser.js';
import { createFastFirstParser } from './parser/fast/fast-first-parser.js';
import { BrikLexer } from './parser/brik-lexer.js';
import { BrikLexerErrorMessageProvider } from './parser/brik-lexer-error-messages.js';
import { BrikParserErrorMessageProvider } from './parser/brik-parser-error-messages.js';
import { BrikTokenBuilder } from './parser/brik-token-builder.js';
import { BrikValueConverter } from './parser/brik-value-converter.js';
import { BrikDocumentValidator } from './validation/brik-document-validator.js';
import { registerValidationChecks } from './validation/brik-validator.js';
import { BrikAstNodeDescriptionProvider } from './workspace/brik-ast-node-description-provider.js';
import { BrikDocumentBuilder } from './workspace/brik-document-builder.js';
import { BrikDocumentFactory } from './workspace/brik-document-factory.js';
import { BrikIncludes } from './workspace/brik-includes.js';
import { BrikReferenceDescriptionProvider } from './workspace/brik-reference-description-provider.js';
import { BrikIndexManager } from './workspace/brik-index-manager.js';
import { BrikParseChanges } from './workspace/parse-changes.js';
import { NameIndexes } from './validation/name-index.js';
import { readingWithoutByteOrderMark } from './workspace/byte-order-mark.js';

/** Services Brik adds to Langium's. */
export type BrikAddedServices = {
    evaluation: {
        Evaluator: BrikEvaluator;
    };
    lsp: {
        BrikSettings: BrikSettings;
        BrikRequestHandler: BrikRequestHandler;
    };
    validation: {
        NameIndexes: NameIndexes;
    };
};

/** Shared services Brik adds: the include graph between the documents of a workspace, the limits of what is read, and what each parse changed. */
export type BrikSharedAddedServices = {
    workspace: {
        Includes: BrikIncludes;
        Limits: BrikLimits;
        ParseChanges: BrikParseChanges;
    };
};

export type BrikSharedServices = LangiumSharedServices & BrikSharedAddedServices;

export type BrikServices = LangiumServices & BrikAddedServices & { shared: BrikSharedServices };

export const BrikModule: Module<BrikServices, PartialLangiumServices & BrikAddedServices> = {
    evaluation: {
        Evaluator: (services) => new BrikEvaluator(services)
    },
    references: {
        ScopeComputation: (services) => new BrikScopeComputation(services),
        ScopeProvider: (services) => new BrikScopeProvider(services),
        Linker: (services) => new BrikLinker(services)
    },
    lsp: {
        BrikSettings: (services) => new BrikSettings(services.shared),
        BrikRequestHandler: (services) => new BrikRequestHandler(services),
        HoverProvider: (services) => new BrikHoverProvider(services),
        InlayHintProvider: (services) => new BrikInlayHintProvider(services),
        CodeLensProvider: (services) => new BrikCodeLensProvider(services),
        CodeActionProvider: () => new BrikCodeActionProvider(),
        CompletionProvider: (services) => new BrikCompletionProvider(services),
        Formatter: (services) => new BrikFormatter(services),
        DocumentSymbolProvider: (services) => new BrikDocumentSymbolProvider(services),
        RenameProvider: (services) => new BrikRenameProvider(services),
        SemanticTokenProvider: (services) => new BrikSemanticTokenProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new BrikDocumentValidator(services),
        NameIndexes: (services) => new NameIndexes(services)
    },
    workspace: {
        AstNodeDescriptionProvider: (services) => new BrikAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: (services) => new BrikReferenceDescriptionProvider(services)
    },
    parser: {
        LangiumParser: (services) => createBrikParser(services),
        Lexer: (services) => new BrikLexer(services),
        ParserErrorMessageProvider: (services) => new BrikParserErrorMessageProvider(services.Grammar),
        LexerErrorMessageProvider: () => new BrikLexerErrorMessageProvider(),
        TokenBuilder: () => new BrikTokenBuilder(),
        ValueConverter: () => new BrikValueConverter()
    }
};

/** Shared services Brik adds or replaces: includes, and icons for Brik's nodes. */
export const BrikSharedModule: Module<BrikSharedServices, DeepPartial<LangiumSharedServices> & BrikSharedAddedServices> = {
    lsp: {
        NodeKindProvider: () => new BrikNodeKindProvider(),
        DocumentUpdateHandler: (shared) => new BrikDocumentUpdateHandler(shared)
    },
    workspace: {
        Includes: (shared) => new BrikIncludes(shared),
        DocumentBuilder: (shared) => new BrikDocumentBuilder(shared),
        LangiumDocumentFactory: (shared) => new BrikDocumentFactory(shared),
        Limits: () => limitsOf(),
        ParseChanges: (shared) => new BrikParseChanges(shared),
        IndexManager: (shared) => new BrikIndexManager(shared)
    }
};

/** Which parser reads a whole file: Langium's, or the fast one without a CST (parser/fast/) that gives Langium what it cannot read. */
export type ParserKind = 'langium' | 'fast';

/**
 * How the services are made: Langium's context, limits other than the defaults (the CLI's flags),
 * the parser (Langium's unless said; the editor needs the CST), and the host's report writers.
 */
export type BrikModuleContext = DefaultSharedModuleContext & {
    readonly limits?: Partial<BrikLimits>;
    readonly parser?: ParserKind;
    /** The writers of the formats the host supplies (pdf, in a server on Node), for the report request. */
    readonly hostWriters?: HostWriters;
};

/**
 * Creates the shared services and the Brik language services. Without an LSP connection
 * (the CLI, tests) the configuration is marked initialised so that builds run at once.
 */
export function createBrikServices(context: BrikModuleContext): { shared: BrikSharedServices; Brik: BrikServices } {
    const limits: Module<BrikSharedServices, DeepPartial<BrikSharedAddedServices>> = { workspace: { Limits: () => limitsOf(context.limits) } };
    // Every file is read without a byte-order mark: the CLI and the server count positions alike.
    const files = { ...context, fileSystemProvider: (services: LangiumSharedCoreServices) => readingWithoutByteOrderMark(context.fileSystemProvider(services)) };
    const shared = inject(createDefaultSharedModule(files), BrikGeneratedSharedModule, BrikSharedModule, limits);
    const parser: Module<BrikServices, PartialLangiumServices> = context.parser === 'fast' ? { parser: { LangiumParser: (services) => createFastFirstParser(services) } } : {};
    const requests: Module<BrikServices, DeepPartial<BrikAddedServices>> = { lsp: { BrikRequestHandler: (services) => new BrikRequestHandler(services, context.hostWriters) } };
    const Brik = inject(createDefaultModule({ shared }), BrikGeneratedModule, BrikModule, parser, requests);
    shared.ServiceRegistry.register(Brik);
    registerValidationChecks(Brik);
    // Made now, not on a first request, so that it hears every change of the settings.
    void Brik.lsp.BrikSettings;
    if (context.connection) {
        Brik.lsp.BrikRequestHandler.register();
    } else {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Brik };
}
