#!/usr/bin/env node
// `npm run web`: serves the built page (dist/) on 127.0.0.1 and prints its address. Node's own
// http module: a static site needs nothing more. `--port N` (default 8080, or a free port when it
// is taken; 0 picks a free one).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dist');
const TYPES = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.json': 'application/json', '.map': 'application/json', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.png': 'image/png',
    '.txt': 'text/plain; charset=utf-8', '.LEGAL.txt': 'text/plain; charset=utf-8'
};

/** Starts the server; resolves with its address once it listens. */
export function serve(port = 8080, root = DIST) {
    const server = createServer((request, response) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
        const file = path.join(root, path.normalize(pathname === '/' ? '/index.html' : pathname));
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
            response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Ikke fundet');
            return;
        }
        response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        createReadStream(file).pipe(response);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            const address = server.address();
            resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/` });
        });
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    if (!existsSync(path.join(DIST, 'index.html'))) {
        console.error('packages/web/dist is not built: run `npm run build` first.');
        process.exit(2);
    }
    const index = process.argv.indexOf('--port');
    const port = index >= 0 ? Number(process.argv[index + 1]) : 8080;
    // Port 8080 taken by another program: any free port, unless the user asked for this one.
    const { url } = await serve(port).catch(error => index < 0 && error.code === 'EADDRINUSE' ? serve(0) : Promise.reject(error));
    console.log(`Brik: ${url}  (Ctrl+C stops)`);
}
