import type { BuildOptions, Cancellation, LangiumDocument } from 'langium';
import { DefaultDocumentBuilder, delayNextTick, OperationCancelled } from 'langium';

/**
 * Lets the messages already received run before a build starts parsing. Langium starts a build
 * for every change, and parsing is not interruptible: an editor that sends changes faster than a
 * large catalogue parses (a paste, a multi-cursor edit, a tool) had the server parse once per
 * change and fall minutes behind. Now a change already waiting cancels the build before it
 * parses, so a burst is built once; a change typed alone is built at once, as before. A request
 * among the changes still waits for the newest text: the build is already under way.
 */
export class BrikDocumentBuilder extends DefaultDocumentBuilder {
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        await delayNextTick();
        if (cancelToken.isCancellationRequested) {
            throw OperationCancelled;
        }
        return super.buildDocuments(documents, options, cancelToken);
    }
}
