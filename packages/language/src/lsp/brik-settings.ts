import type { ConfigurationProvider, Event } from 'langium';
import { Emitter } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Locale } from '../format/format-amount.js';

/** The settings section the server asks the editor for (`workspace/configuration`). */
export const SETTINGS_SECTION = 'brik';

/**
 * The `brik.*` settings of the editor. They are read once, when the editor has answered
 * `workspace/configuration` at start-up, and again on each `workspace/didChangeConfiguration`;
 * a request reads them synchronously, so a request that starts sees one locale to its end.
 * Until the editor has answered, the defaults hold (`da`, hints on).
 */
export class BrikSettings {
    private readonly configuration: ConfigurationProvider;
    private readonly changed = new Emitter<void>();
    private current: { locale: Locale; inlayHintsEnabled: boolean } = { locale: 'da', inlayHintsEnabled: true };

    constructor(shared: LangiumSharedServices) {
        this.configuration = shared.workspace.ConfigurationProvider;
        this.configuration.onConfigurationSectionUpdate(update => {
            if (update.section === SETTINGS_SECTION) {
                this.update(update.configuration);
            }
        });
        // Langium stores the section fetched at start-up without an update event.
        void this.configuration.ready.then(() => this.readStored());
    }

    /** `brik.locale`: `da` (1.234,5) unless the user chose `en`. */
    get locale(): Locale {
        return this.current.locale;
    }

    /** `brik.inlayHints.enabled`, on unless switched off. */
    get inlayHintsEnabled(): boolean {
        return this.current.inlayHintsEnabled;
    }

    /** Fires when a setting has changed: what the editor shows must be asked for again. */
    get onDidChange(): Event<void> {
        return this.changed.event;
    }

    private async readStored(): Promise<void> {
        const [locale, inlayHints] = await Promise.all([
            this.configuration.getConfiguration(SETTINGS_SECTION, 'locale'),
            this.configuration.getConfiguration(SETTINGS_SECTION, 'inlayHints')
        ]);
        this.update({ locale, inlayHints });
    }

    private update(section: unknown): void {
        const { locale, inlayHints } = (typeof section === 'object' && section !== null ? section : {}) as { locale?: unknown; inlayHints?: { enabled?: unknown } };
        const next = { locale: locale === 'en' ? 'en' : 'da', inlayHintsEnabled: inlayHints?.enabled !== false } as const;
        if (next.locale !== this.current.locale || next.inlayHintsEnabled !== this.current.inlayHintsEnabled) {
            this.current = next;
            this.changed.fire();
        }
    }
}
