import type { ConfigurationChangeEvent, WorkspaceConfiguration } from 'vscode';
import { workspace } from 'vscode';
import type { Locale } from '@brik/language/words';

/** The settings section; the server reads the same section through workspace/configuration. */
export const CONFIGURATION_SECTION = 'brik';

export type TraceLevel = 'off' | 'messages' | 'verbose';

/** A key below `brik.`, as declared in the extension's package.json. */
export type SettingKey = 'inlayHints.enabled' | 'locale' | 'trace.server';

/**
 * The `brik.*` settings, typed, with the defaults package.json declares. The client reads
 * settings only through this object; values are read when asked for, so they are never stale.
 */
export class BrikConfiguration {
    /** Whether the server shows inlay hints (computed totals at the end of lines). */
    get inlayHintsEnabled(): boolean {
        return this.section.get<boolean>('inlayHints.enabled', true);
    }

    /** How figures are printed: `da` is `1.234,5`, `en` is `1,234.5`. */
    get locale(): Locale {
        return this.section.get<string>('locale') === 'en' ? 'en' : 'da';
    }

    /** How much of the LSP traffic goes to the output channel (vscode-languageclient reads it itself). */
    get traceServer(): TraceLevel {
        const value = this.section.get<string>('trace.server');
        return value === 'messages' || value === 'verbose' ? value : 'off';
    }

    affects(event: ConfigurationChangeEvent, key: SettingKey): boolean {
        return event.affectsConfiguration(`${CONFIGURATION_SECTION}.${key}`);
    }

    private get section(): WorkspaceConfiguration {
        return workspace.getConfiguration(CONFIGURATION_SECTION);
    }
}
