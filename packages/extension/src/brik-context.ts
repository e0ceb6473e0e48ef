import type { Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { BrikConfiguration } from './configuration.js';

/** What commands and views of the extension share. */
export interface BrikContext {
    readonly client: LanguageClient;
    readonly configuration: BrikConfiguration;
    /** Disposed when the extension is deactivated. */
    readonly subscriptions: Disposable[];
}
