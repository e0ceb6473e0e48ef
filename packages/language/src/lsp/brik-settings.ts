import type { ConfigurationProvider } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Locale } from '../format/format-amount.js';

/** The `brik.*` settings of the editor, read through Langium's configuration provider. */
export class BrikSettings {
    private readonly configuration: ConfigurationProvider;

    constructor(shared: LangiumSharedServices) {
        this.configuration = shared.workspace.ConfigurationProvider;
    }

    /** `brik.locale`: `da` (1.234,5) unless the user chose `en`. */
    async locale(): Promise<Locale> {
        return await this.configuration.getConfiguration('brik', 'locale') === 'en' ? 'en' : 'da';
    }

    /** `brik.inlayHints.enabled`, on unless switched off. */
    async inlayHintsEnabled(): Promise<boolean> {
        const inlayHints = await this.configuration.getConfiguration('brik', 'inlayHints') as { enabled?: boolean } | undefined;
        return inlayHints?.enabled !== false;
    }
}
