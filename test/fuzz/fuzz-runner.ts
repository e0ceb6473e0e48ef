import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { ROOT } from '../support/run-brik.js';
import type { Failure, FuzzCase } from './exercise.js';

export interface CaseResult {
    readonly failures: readonly Failure[];
    readonly ms: number;
}

/**
 * fuzz-worker.ts as one ES module a worker thread can start. It is bundled into node_modules
 * (ignored by git) so that its imports of langium and @brik/language resolve as the tests' do.
 */
async function workerScript(): Promise<string> {
    const outfile = path.join(ROOT, 'node_modules/.cache/brik-fuzz/fuzz-worker.mjs');
    await esbuild.build({
        entryPoints: [path.join(ROOT, 'test/fuzz/fuzz-worker.ts')], bundle: true, platform: 'node', format: 'esm',
        packages: 'external', outfile, logLevel: 'silent'
    });
    return outfile;
}

/**
 * Runs fuzz cases in a worker thread, one at a time, each within a time limit. A case over the
 * limit is a hang: the thread is terminated (which stops even an endless loop) and a new one started.
 */
export class FuzzRunner {
    private worker: Worker;
    private next = 0;

    private constructor(private readonly script: string) {
        this.worker = new Worker(script);
    }

    static async start(): Promise<FuzzRunner> {
        return new FuzzRunner(await workerScript());
    }

    run(fuzzCase: FuzzCase, options: { xlsx: boolean; limitMs: number }): Promise<CaseResult> {
        const id = this.next++;
        return new Promise<CaseResult>(resolve => {
            const done = (result: CaseResult) => {
                clearTimeout(timer);
                this.worker.off('message', onMessage);
                this.worker.off('error', onError);
                resolve(result);
            };
            const onMessage = (message: { id: number; failures: Failure[]; ms: number }) => {
                if (message.id === id) {
                    if (message.failures.length > 0) {
                        // A failure may leave the worker's workspace half-built: the next case starts afresh.
                        void this.worker.terminate();
                        this.worker = new Worker(this.script);
                    }
                    done({ failures: message.failures, ms: message.ms });
                }
            };
            const onError = (error: Error) => {
                this.worker = new Worker(this.script);
                done({ failures: [{ stage: 'worker', message: error.stack ?? error.message }], ms: 0 });
            };
            const timer = setTimeout(() => {
                void this.worker.terminate();
                this.worker = new Worker(this.script);
                done({ failures: [{ stage: 'hang', message: `no answer within ${options.limitMs} ms` }], ms: options.limitMs });
            }, options.limitMs);
            this.worker.on('message', onMessage);
            this.worker.on('error', onError);
            this.worker.postMessage({ id, fuzzCase, xlsx: options.xlsx });
        });
    }

    async stop(): Promise<void> {
        await this.worker.terminate();
    }
}
