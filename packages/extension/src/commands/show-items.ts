import { commands } from 'vscode';
import type { ShowItemsArguments } from '@brik/language/protocol';
import type { BrikContext } from '../brik-context.js';

/**
 * What a tema's or område's code lens runs (`8 brikker · 3 finansieringspunkter`): its items in a
 * peek list where the lens is. The server sends LSP values; VS Code's command wants its own.
 */
export function showItems(brik: BrikContext) {
    const convert = brik.client.protocol2CodeConverter;
    return async (...args: unknown[]): Promise<void> => {
        const [uri, position, locations] = args as ShowItemsArguments;
        await commands.executeCommand('editor.action.showReferences',
            convert.asUri(uri), convert.asPosition(position), locations.map(location => convert.asLocation(location)));
    };
}
