import { parentPort } from 'node:worker_threads';
import type { FuzzCase } from './exercise.js';
import { exercise } from './exercise.js';

// The worker side of fuzz-runner.ts: one case per message, its failures back. A case that
// never answers is a hang, and the runner terminates this thread.
parentPort!.on('message', async (message: { id: number; fuzzCase: FuzzCase; xlsx: boolean }) => {
    const started = performance.now();
    const failures = await exercise(message.fuzzCase, { xlsx: message.xlsx })
        .catch((error: unknown) => [{ stage: 'exercise', message: error instanceof Error ? error.stack ?? error.message : String(error) }]);
    parentPort!.postMessage({ id: message.id, failures, ms: performance.now() - started });
});
