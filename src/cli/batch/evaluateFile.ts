/**
 * One file of a batch, from its bytes: open with the .xlsx host, run the shared use case, and write
 * the project's own evaluated workbook when asked (to a temporary name, then renamed, so an interrupted
 * batch never leaves half a file). The same function runs on the main thread and in a worker
 * (batchWorker.ts). It never throws: a file that cannot be read is an `unreadable` entry.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '../../domain/diagnostics/types';
import type { Report } from '../../app/report';
import { WORKBENCH } from '../../app/workbench';
import { evaluateSnapshotAsync } from '../../app/useCases';
import { parseModeWord } from '../../domain/tracking/mode';
import { registerTrackingEngine } from '../../app/trackingEngine';
import { TRACKING } from '../../app/trackingChunk';

// The command line has tracking mode's engine at once (the lazy chunk is the pane's), on the main
// thread and in every worker: no dynamic import, which a worker's require hook may not resolve.
registerTrackingEngine(TRACKING);
import { entryFromReport, type BatchEntry } from '../../app/batch/entry';
import { XlsxHost, type SaveOutcome } from '../../hosts/xlsx/xlsxHost';
import { XlsxOpenError, fileSystemFailure } from '../../hosts/xlsx/openErrors';
import { cliMessages } from '../messages';

export interface FileJob {
  readonly file: string;
  /** Where the project's own workbook goes, if anywhere. */
  readonly output?: string;
  readonly locale: Locale;
  readonly profile: string;
  /** `self`, `tracking`, or `auto`: the file's own mode (DOMAIN.md §9). */
  readonly mode: string;
  /** Send the full report back (for `--json`). */
  readonly wantReport: boolean;
}

export interface FileResult {
  readonly entry: BatchEntry;
  readonly report?: Report;
  /** How the project's own workbook was made (as `evaluate --json` says it), when one was written. */
  readonly save?: SaveOutcome;
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0] ?? '';
}

/** Node's codes for a file that is missing or cannot be read (others are not the file's fault). */
const FILE_SYSTEM_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EIO', 'ELOOP', 'ENAMETOOLONG', 'EBUSY']);

/** The entry of a file that could not be opened or read. */
export function unreadableEntry(job: Pick<FileJob, 'file' | 'locale'>, error: unknown): BatchEntry {
  const m = cliMessages(job.locale);
  if (error instanceof XlsxOpenError) return { kind: 'unreadable', file: job.file, reason: error.reason, message: m.openFailure(error.reason, job.file) };
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && FILE_SYSTEM_CODES.has(code)) {
    const reason = fileSystemFailure(code);
    return { kind: 'unreadable', file: job.file, reason, message: m.openFailure(reason, job.file) };
  }
  return { kind: 'unreadable', file: job.file, reason: 'internal', message: m.internalError(message(error)) };
}

/** Writes `bytes` to `file` through a temporary name in the same folder. */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function evaluateBytes(job: FileJob, bytes: Uint8Array): Promise<FileResult> {
  let host: XlsxHost;
  let result;
  try {
    host = await XlsxHost.fromBuffer(bytes, job.file, { lean: true });
    const mode = parseModeWord(job.mode);
    // With the workbench, as `evaluate` runs: the same report (its comparison) and the same outputs.
    result = await evaluateSnapshotAsync(await host.read(), {
      locale: job.locale,
      profile: job.profile,
      workbench: WORKBENCH,
      ...(mode ? { mode } : {}),
    });
  } catch (error) {
    return { entry: unreadableEntry(job, error) };
  }
  const { report, plan } = result;
  const scored = report.scored;
  // The mode the file was scored in (under `auto`, its own).
  const context = { profile: job.profile, mode: report.mode === 'tracking' ? 'tracking' : 'self' };
  let entry = entryFromReport(job.file, report, context);
  let save: SaveOutcome | undefined;
  if (scored && job.output !== undefined) {
    try {
      await host.apply(plan);
      await writeAtomically(job.output, await host.toBuffer());
      entry = { ...entry, output: job.output };
      save = host.saveOutcome;
    } catch (error) {
      entry = { ...entry, outputError: message(error) };
    }
  }
  if (!job.wantReport) return { entry };
  return save === undefined ? { entry, report } : { entry, report, save };
}
