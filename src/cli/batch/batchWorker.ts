/**
 * A worker thread of `perf-eval batch` (workerPool.ts): evaluates the files it is sent, one at a
 * time, with the same function the main thread uses, and posts each result back.
 */
import { parentPort } from 'node:worker_threads';
import { evaluateBytes, unreadableEntry, type FileJob, type FileResult } from './evaluateFile';

export interface WorkerRequest {
  readonly id: number;
  readonly job: FileJob;
  readonly bytes: Uint8Array;
}

export interface WorkerResponse {
  readonly id: number;
  readonly result: FileResult;
}

parentPort?.on('message', (request: WorkerRequest) => {
  // Evaluation failures become the file's entry; a failure to post the answer rejects unhandled and ends
  // the worker, which the pool reports (workerPool.ts).
  void evaluateBytes(request.job, request.bytes)
    .catch((error: unknown): FileResult => ({ entry: unreadableEntry(request.job, error) }))
    .then((result) => parentPort?.postMessage({ id: request.id, result } satisfies WorkerResponse));
});
