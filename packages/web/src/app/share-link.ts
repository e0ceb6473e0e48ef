import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/**
 * A catalogue in a link: its files compressed into the URL's fragment, which the browser never
 * sends to a server (as Langium's and TypeScript's playgrounds do, with lz-string).
 */

const KEY = 'katalog=';
/** Links longer than this are refused: mail programs and chat tools cut or mangle longer ones. */
export const MAX_LINK_LENGTH = 32_000;

export interface SharedCatalogue {
    /** Version of the link's format. */
    readonly v: 1;
    readonly name: string;
    /** The files by path. */
    readonly files: Readonly<Record<string, string>>;
    /** The path shown first. */
    readonly active?: string;
}

/** The page's address with the catalogue as its fragment; undefined when that link would be too long. */
export function shareLink(location: string, shared: SharedCatalogue): string | undefined {
    const link = `${location.replace(/#.*$/, '')}#${KEY}${compressToEncodedURIComponent(JSON.stringify(shared))}`;
    return link.length <= MAX_LINK_LENGTH ? link : undefined;
}

/** The catalogue in a fragment (`#katalog=…`), or undefined when the fragment holds none or cannot be read. */
export function sharedCatalogueOf(hash: string): SharedCatalogue | undefined {
    const fragment = hash.replace(/^#/, '');
    if (!fragment.startsWith(KEY)) return undefined;
    try {
        const value = JSON.parse(decompressFromEncodedURIComponent(fragment.slice(KEY.length)) ?? '') as Partial<SharedCatalogue>;
        if (value.v !== 1 || typeof value.files !== 'object' || value.files === null) return undefined;
        const files = Object.fromEntries(Object.entries(value.files).filter(([, text]) => typeof text === 'string'));
        return { v: 1, name: typeof value.name === 'string' ? value.name : 'delt katalog', files, active: typeof value.active === 'string' ? value.active : undefined };
    } catch {
        return undefined;
    }
}
