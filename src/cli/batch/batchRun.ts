/**
 * `perf-eval batch`: evaluates a folder's (or a list's) workbooks in one process and writes the
 * summary workbook (src/app/batch/summaryPlan.ts). Files are read one by one (a few at a time with
 * workers), so memory stays bounded whatever their number: what is kept per file is its summary
 * entry. Ctrl-C (the `interrupt` source) stops dispatching, finishes the file on the main thread (or
 * abandons those in workers), and writes the summary of what was done — through a temporary name, so
 * whatever is on disk is a whole file — then exits 130.
 */
import { access, readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BatchEntry } from '../../app/batch/entry';
import { buildSummaryPlan } from '../../app/batch/summaryPlan';
import { getProfile } from '../../domain/schema/profiles';
import { summaryToBuffer } from '../../hosts/xlsx/summary/summaryWorkbook';
import type { CliIo } from '../main';
import { cliMessages } from '../messages';
import type { BatchCommand } from './batchArgs';
import { BatchCache, cachePath, sha256 } from './batchCache';
import { collectInputs, outputPaths, pathKey, type BatchInput } from './batchFiles';
import { batchMessages } from './batchMessages';
import { batchProgress } from './batchProgress';
import { evaluateBytes, unreadableEntry, writeAtomically, type FileJob, type FileResult } from './evaluateFile';
import { WorkerPool } from './workerPool';

export const EXIT_INTERRUPTED = 130;

/**
 * Worker threads pay only when there is enough work to share: each loads the engine and ExcelJS
 * (~0.4 s) and warms up on its own, and measured on this project's 2-core machine two workers over 200
 * small files were slower than one thread (see the README's batch figures). So: one thread unless the
 * files add up to at least WORKER_MIN_BYTES and there are at least WORKER_MIN_FILES of them; then one
 * worker per core, at most MAX_AUTO_WORKERS. `--jobs` overrides (1: the main thread alone).
 */
export const WORKER_MIN_BYTES = 24 * 1024 * 1024;
export const WORKER_MIN_FILES = 4;
const MAX_AUTO_WORKERS = 4;

export function jobsFor(inputs: readonly BatchInput[], cores: number = availableParallelism()): number {
  const bytes = inputs.reduce((sum, i) => sum + i.size, 0);
  if (cores < 2 || inputs.length < WORKER_MIN_FILES || bytes < WORKER_MIN_BYTES) return 1;
  return Math.min(cores, MAX_AUTO_WORKERS, inputs.length);
}

export interface BatchStats {
  readonly files: number;
  readonly processed: number;
  readonly unchanged: number;
  readonly interrupted: boolean;
  readonly jobs: number;
  /** Wall time of the whole run and of writing the summary, ms. */
  readonly ms: number;
  readonly summaryMs: number;
}

export interface BatchOutcome {
  readonly code: number;
  readonly stats?: BatchStats;
}

/** A source of Ctrl-C: calls `onInterrupt` on each; returns a function that stops listening. */
export interface InterruptSource {
  listen(onInterrupt: () => void): () => void;
}

/** A failure phrased for the user (exit 2). */
export class BatchUsageError extends Error {}

function fixed2(n: number): string {
  return n.toFixed(2);
}

function resultText(entry: BatchEntry, m: ReturnType<typeof batchMessages>): string {
  if (entry.kind === 'unreadable') return entry.message;
  if (!entry.scored) return m.noIndicators;
  return `${fixed2(entry.total)} ${entry.grade}${entry.provisional ? ' 暂定' : ''}`;
}

export async function runBatch(command: BatchCommand, io: CliIo & { readonly interrupt?: InterruptSource }): Promise<BatchOutcome> {
  const started = performance.now();
  const m = batchMessages(command.locale);
  const summary = command.summary;
  const cacheFile = cachePath(summary);
  const outputsDir = command.outputs;

  const { inputs, skipped } = await collectInputs(command.inputs, new Set([pathKey(summary), pathKey(cacheFile)]), outputsDir ? [outputsDir] : []);
  if (inputs.length === 0) throw new BatchUsageError(m.noFiles(command.inputs.join(' ')));
  if (inputs.some((i) => pathKey(i.file) === pathKey(summary))) throw new BatchUsageError(m.summaryIsInput(summary));
  const outputs = outputsDir ? outputPaths(inputs, outputsDir) : undefined;

  const cache = command.incremental
    ? await BatchCache.load(summary, {
        profile: command.profile,
        mode: command.mode,
        locale: command.locale,
        outputs: outputsDir ? path.resolve(outputsDir) : null,
      })
    : undefined;

  const jobs = command.jobs ?? jobsFor(inputs);
  const pool = jobs > 1 ? new WorkerPool(jobs) : undefined;
  const progress = batchProgress(io.stderr, inputs.length, m.progressLine);
  if (skipped > 0 && !command.json) io.stderr.write(`${m.skippedFiles(skipped)}\n`);

  let interrupted = false;
  let onInterrupt: () => void = () => undefined;
  /** Settles at the first Ctrl-C, so waiting for a worker stops waiting then. */
  const interruptedSignal = new Promise<void>((resolve) => (onInterrupt = resolve));
  const stopListening = io.interrupt?.listen(() => {
    interrupted = true;
    onInterrupt();
  });

  const entries: (BatchEntry | undefined)[] = new Array<BatchEntry | undefined>(inputs.length);
  let unchanged = 0;
  let nextLine = 0;
  const lines: (string | undefined)[] = [];
  /** JSON lines go out in the batch's order, whatever order the workers finish in. */
  const flushLines = (all = false): void => {
    while (nextLine < inputs.length && (lines[nextLine] !== undefined || (all && entries[nextLine] === undefined))) {
      const line = lines[nextLine];
      if (line !== undefined) io.stdout.write(`${line}\n`);
      lines[nextLine] = undefined;
      nextLine++;
    }
  };

  const finish = (index: number, result: FileResult, hash: string | undefined, fromCache: boolean): void => {
    const { entry } = result;
    entries[index] = entry;
    if (hash !== undefined) cache?.record(entry.file, hash, entry);
    if (fromCache) unchanged++;
    progress.tick(entry.file, fromCache ? m.unchanged : resultText(entry, m));
    if (command.json) {
      const line =
        entry.kind === 'unreadable'
          ? { file: entry.file, error: { reason: entry.reason, message: entry.message }, ...(fromCache ? { unchanged: true } : {}) }
          : fromCache
            ? { file: entry.file, unchanged: true, sha256: hash, entry }
            : { file: entry.file, ...result.report, ...(result.save ? { save: result.save } : {}) };
      lines[index] = JSON.stringify(line);
      flushLines();
    }
  };

  const inFlight = new Set<Promise<void>>();
  const limit = pool ? jobs * 2 : 1;
  for (let index = 0; index < inputs.length && !interrupted; index++) {
    const input = inputs[index] as BatchInput;
    const output = outputs?.[index];
    const job: FileJob = {
      file: input.file,
      ...(output !== undefined ? { output } : {}),
      locale: command.locale,
      profile: command.profile,
      mode: command.mode,
      wantReport: command.json,
    };
    let bytes: Buffer;
    try {
      bytes = await readFile(input.file);
    } catch (error) {
      finish(index, { entry: unreadableEntry(job, error) }, undefined, false);
      continue;
    }
    const hash = cache ? sha256(bytes) : undefined;
    const cached = hash !== undefined ? cache?.lookup(input.file, hash) : undefined;
    if (cached && (cached.kind === 'unreadable' || !cached.scored || output === undefined || (await exists(output)))) {
      finish(index, { entry: cached }, hash, true);
      continue;
    }
    if (!pool) {
      finish(index, await evaluateBytes(job, bytes), hash, false);
      continue;
    }
    const task = pool.run(job, bytes).then((result) => finish(index, result, hash, false));
    const tracked: Promise<void> = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    while (inFlight.size >= limit && !interrupted) await Promise.race([...inFlight, interruptedSignal]);
  }
  if (pool) {
    if (interrupted) {
      const abandoned = pool.inFlight;
      await pool.close();
      await Promise.all(abandoned.map((job) => (job.output ? rm(`${job.output}.${process.pid}.tmp`, { force: true }) : undefined)));
    } else {
      await Promise.all(inFlight);
      await pool.close();
    }
  }
  progress.stop();
  flushLines(true);

  const done = entries.filter((e): e is BatchEntry => e !== undefined);
  const summaryStart = performance.now();
  if (done.length > 0) {
    const plan = buildSummaryPlan({
      entries: done,
      fileCount: inputs.length,
      interrupted: done.length < inputs.length,
      outputs: outputs !== undefined,
      profile: getProfile(command.profile),
      locale: command.locale,
      reasonTitle: (reason) => (batchMessages('zh-CN').reasonTitles as Readonly<Record<string, string>>)[reason] ?? reason,
    });
    try {
      await writeAtomically(summary, await summaryToBuffer(plan));
    } catch (error) {
      throw new BatchUsageError(cliMessages(command.locale).writeFailure(summary, error instanceof Error ? error.message : String(error)));
    }
    if (cache) await cache.save();
  }
  const summaryMs = performance.now() - summaryStart;
  stopListening?.();

  const report = command.json ? io.stderr : io.stdout;
  const lines2: string[] = [];
  if (interrupted) lines2.push(m.interrupted(done.length, inputs.length));
  else lines2.push(m.done(done.length, ((performance.now() - started) / 1000).toFixed(1)));
  if (done.length > 0) {
    lines2.push(countsLine(done, unchanged, m));
    lines2.push(m.summaryWritten(summary));
    if (outputsDir) lines2.push(m.outputsWritten(outputsDir));
  } else {
    lines2.push(m.summaryNotWritten);
  }
  report.write(`${lines2.join('\n')}\n`);

  const stats: BatchStats = {
    files: inputs.length,
    processed: done.length,
    unchanged,
    interrupted,
    jobs,
    ms: performance.now() - started,
    summaryMs,
  };
  return { code: interrupted ? EXIT_INTERRUPTED : 0, stats };
}

function countsLine(done: readonly BatchEntry[], unchanged: number, m: ReturnType<typeof batchMessages>): string {
  let scored = 0;
  let provisional = 0;
  let unscored = 0;
  let unreadable = 0;
  const grades: Record<string, number> = {};
  for (const e of done) {
    if (e.kind === 'unreadable') unreadable++;
    else if (!e.scored) unscored++;
    else {
      scored++;
      if (e.provisional) provisional++;
      grades[e.grade] = (grades[e.grade] ?? 0) + 1;
    }
  }
  return `${m.counts(scored, provisional, unscored, unreadable, unchanged)}\n${m.grades(grades)}`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
