import type { Disposable } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { BrikConfiguration } from './configuration.js';

/** What commands and views of the extension share. */
export interface BrikContext {
    /** The desktop's client (Node) or the web's (a worker). */
    readonly client: BaseLanguageClient;
    readonly configuration: BrikConfiguration;
    /** Disposed when the extension is deactivated. */
    readonly subscriptions: Disposable[];
}
