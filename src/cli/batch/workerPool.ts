/**
 * A few worker threads (node:worker_threads) that evaluate files for the batch, one file each at a
 * time. A worker that dies (a hostile file exhausting its memory) fails only the file it held and is
 * replaced. Each worker loads the engine and ExcelJS on its own and warms up on its own, which is why
 * the batch uses them only where they pay (see jobsFor in batchRun.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileJob, FileResult } from './evaluateFile';
import { unreadableEntry } from './evaluateFile';
import type { WorkerRequest, WorkerResponse } from './batchWorker';

interface Pending {
  readonly job: FileJob;
  readonly bytes: Uint8Array;
  readonly resolve: (result: FileResult) => void;
}

interface Slot {
  worker: Worker;
  busy: { readonly id: number; readonly pending: Pending } | undefined;
}

/**
 * The worker: the compiled script beside this module, else (running from the TypeScript sources, as
 * the bench and the tests do) the source through tsx's require hook.
 */
function newWorker(): Worker {
  const js = path.join(__dirname, 'batchWorker.js');
  if (existsSync(js)) return new Worker(js);
  const ts = JSON.stringify(path.join(__dirname, 'batchWorker.ts'));
  return new Worker(`require('tsx/cjs'); require(${ts});`, { eval: true });
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.spawn(), busy: undefined });
  }

  private spawn(): Worker {
    const worker = newWorker();
    worker.on('message', (response: WorkerResponse) => this.settle(worker, response.result));
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new Error(`worker stopped (exit ${code})`)));
    return worker;
  }

  /** Evaluates one file in the next free worker. */
  run(job: FileJob, bytes: Uint8Array): Promise<FileResult> {
    return new Promise((resolve) => {
      this.queue.push({ job, bytes, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.closed || slot.busy) continue;
      const pending = this.queue.shift();
      if (!pending) return;
      const id = this.nextId++;
      slot.busy = { id, pending };
      const request: WorkerRequest = { id, job: pending.job, bytes: pending.bytes };
      slot.worker.postMessage(request);
    }
  }

  private settle(worker: Worker, result: FileResult): void {
    const slot = this.slots.find((s) => s.worker === worker);
    const busy = slot?.busy;
    if (!slot || !busy) return;
    slot.busy = undefined;
    busy.pending.resolve(result);
    this.dispatch();
  }

  private fail(worker: Worker, error: Error): void {
    const slot = this.slots.find((s) => s.worker === worker);
    if (!slot || this.closed) return;
    const busy = slot.busy;
    slot.busy = undefined;
    void worker.terminate();
    slot.worker = this.spawn();
    if (busy) busy.pending.resolve({ entry: unreadableEntry(busy.pending.job, error) });
    this.dispatch();
  }

  /** Jobs handed to a worker and not finished: what an interrupted batch abandons. */
  get inFlight(): readonly FileJob[] {
    return this.slots.flatMap((s) => (s.busy ? [s.busy.pending.job] : []));
  }

  /** Stops every worker; files they held are abandoned (their promises never settle). */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
