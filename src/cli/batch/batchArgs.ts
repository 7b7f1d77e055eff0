/**
 * `perf-eval batch DIR|FILES… -o 汇总.xlsx [--outputs DIR] [--profile ID] [--mode self|tracking] [--json]
 * [--jobs N] [--incremental] [--lang …]` → one command (or a usage error).
 */
import { parseArgs } from 'node:util';
import type { Locale } from '../../domain/diagnostics/types';
import { profileIds } from '../../domain/schema/profiles';
import { cliMessages } from '../messages';
import { batchMessages } from './batchMessages';

export interface BatchCommand {
  readonly kind: 'batch';
  readonly locale: Locale;
  /** Folders and files, as the user named them. */
  readonly inputs: readonly string[];
  /** The summary workbook. */
  readonly summary: string;
  /** Where each project's own evaluated workbook goes, if anywhere. */
  readonly outputs?: string;
  readonly profile: string;
  /** `self` or `tracking` for every file; `auto`: each file's own (its 评价类型, its dates: DOMAIN.md §9). */
  readonly mode: BatchMode;
  readonly json: boolean;
  /** Worker threads asked for; undefined: decided by the files (see jobsFor in batchRun.ts). */
  readonly jobs?: number;
  readonly incremental: boolean;
}

export type BatchMode = 'auto' | 'self' | 'tracking';

export type BatchParse = BatchCommand | { readonly kind: 'usageError'; readonly locale: Locale; readonly message: string };

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  outputs: { type: 'string' },
  profile: { type: 'string' },
  mode: { type: 'string' },
  json: { type: 'boolean' },
  jobs: { type: 'string' },
  incremental: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const MAX_JOBS = 16;

/** Parses the arguments of a command line whose command is `batch`; `locale` is already known. */
export function parseBatchCommand(argv: readonly string[], locale: Locale): BatchParse {
  const m = cliMessages(locale);
  const b = batchMessages(locale);
  const usageError = (message: string): BatchParse => ({ kind: 'usageError', locale, message });
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return usageError(m.badOption(message.split('\n')[0]?.replace(/\.$/, '') ?? message));
  }
  const { values, positionals } = parsed;
  const inputs = positionals.slice(1);
  if (values.output === undefined || values.output === '') return usageError(b.needsSummary);
  if (inputs.length === 0) return usageError(b.needsInputs);
  if (values.outputs === '') return usageError(m.badOption('--outputs ""'));
  const profile = values.profile ?? 'central';
  if (!profileIds().includes(profile)) return usageError(b.badProfile(profile, profileIds()));
  const mode = values.mode ?? 'auto';
  if (mode !== 'auto' && mode !== 'self' && mode !== 'tracking') return usageError(b.badMode(mode));
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = /^\d+$/.test(values.jobs) ? Number(values.jobs) : NaN;
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) return usageError(b.badJobs(values.jobs));
  }
  return {
    kind: 'batch',
    locale,
    inputs,
    summary: values.output,
    ...(values.outputs !== undefined ? { outputs: values.outputs } : {}),
    profile,
    mode,
    json: values.json === true,
    ...(jobs !== undefined ? { jobs } : {}),
    incremental: values.incremental === true,
  };
}
