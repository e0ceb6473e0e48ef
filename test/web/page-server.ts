import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/run-brik.js';

export const WEB_DIST = path.join(ROOT, 'packages/web/dist');

/** `npm run web` as a user starts it, on a free port: resolves with the address it prints. */
export async function startPageServer(): Promise<{ url: string; process: ChildProcess }> {
    if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
        throw new Error('packages/web/dist is not built: run `npm run build` first.');
    }
    const child = spawn(process.execPath, [path.join(ROOT, 'packages/web/serve.mjs'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
            if (found) resolve(found[0]);
        });
        child.once('exit', code => reject(new Error(`npm run web ended with ${code}: ${out}`)));
    });
    return { url, process: child };
}
