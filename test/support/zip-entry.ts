import yauzl from 'yauzl';

/** The text of one entry of a zip file (a .docx's `word/document.xml`), or undefined when it has none. */
export function readZipEntry(file: string, name: string): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
        yauzl.open(file, { lazyEntries: true }, (error, zip) => {
            if (error || !zip) return reject(error);
            zip.on('entry', (entry: yauzl.Entry) => {
                if (entry.fileName !== name) return zip.readEntry();
                zip.openReadStream(entry, (streamError, stream) => {
                    if (streamError || !stream) return reject(streamError);
                    const chunks: Buffer[] = [];
                    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
                    stream.on('end', () => { zip.close(); resolve(Buffer.concat(chunks).toString('utf8')); });
                    stream.on('error', reject);
                });
            });
            zip.on('end', () => resolve(undefined));
            zip.on('error', reject);
            zip.readEntry();
        });
    });
}
