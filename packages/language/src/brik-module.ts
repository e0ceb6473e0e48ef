import type { Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { BrikEvaluator } from './evaluation/brik-evaluator.js';
import { BrikGeneratedModule, BrikGeneratedSharedModule } from './generated/module.js';
import { BrikLexerErrorMessageProvider } from './parser/brik-lexer-error-messages.js';
import { BrikParserErrorMessageProvider } from './parser/brik-parser-error-messages.js';
import { BrikTokenBuilder } from './parser/brik-token-builder.js';
import { BrikDocumentValidator } from './validation/brik-document-validator.js';
import { registerValidationChecks } from './validation/brik-validator.js';

/** Services Brik adds to Langium's. */
export type BrikAddedServices = {
    evaluation: {
        Evaluator: BrikEvaluator;
    };
};

export type BrikServices = LangiumServices & BrikAddedServices;

export const BrikModule: Module<BrikServices, PartialLangiumServices & BrikAddedServices> = {
    evaluation: {
        Evaluator: (services) => new BrikEvaluator(services)
    },
    validation: {
        DocumentValidator: (services) => new BrikDocumentValidator(services)
    },
    parser: {
        ParserErrorMessageProvider: (services) => new BrikParserErrorMessageProvider(services.Grammar),
        LexerErrorMessageProvider: () => new BrikLexerErrorMessageProvider(),
        TokenBuilder: () => new BrikTokenBuilder()
    }
};

/**
 * Creates the shared services and the Brik language services. Without an LSP connection
 * (the CLI, tests) the configuration is marked initialised so that builds run at once.
 */
export function createBrikServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Brik: BrikServices } {
    const shared = inject(createDefaultSharedModule(context), BrikGeneratedSharedModule);
    const Brik = inject(createDefaultModule({ shared }), BrikGeneratedModule, BrikModule);
    shared.ServiceRegistry.register(Brik);
    registerValidationChecks(Brik);
    if (!context.connection) {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Brik };
}
