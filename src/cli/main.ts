/**
 * `perf-eval`: the command-line door. It parses arguments, opens the workbook with the .xlsx host,
 * runs the shared use cases (src/app/useCases.ts) and prints. Exit codes: 0 a result was produced
 * (provisional included); 1 nothing to score (no indicator table, or NOTHING_SCORED), or `validate`
 * found errors; 2 usage error, a file that
 * cannot be read or written, or an unexpected internal error — always one line on stderr.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '../domain/diagnostics/types';
import type { EvaluationMode } from '../domain/workbookSettings';
import type * as UseCases from '../app/useCases';
import type { TemplateLayout } from '../app/useCases';
import type { SaveOutcome, XlsxHost } from '../hosts/xlsx/xlsxHost';
import { XlsxOpenError } from '../hosts/xlsx/openErrors';
import { parseCommand, requestedLocale } from './args';
import { cliMessages, type CliMessages } from './messages';
import { evaluationSummary, validationSummary } from './summary';
import type { InterruptSource } from './batch/batchRun';
import type { DraftDocument } from '../domain/workbench/draft/draftTypes';

export interface TextOutput {
  write(text: string): unknown;
}

export interface CliIo {
  readonly stdout: TextOutput;
  readonly stderr: TextOutput;
  /** Ctrl-C, for the commands that stop cleanly on it (batch); the default handler applies to the others. */
  readonly interrupt?: InterruptSource;
}

export const EXIT_OK = 0;
export const EXIT_NOTHING_OR_ERRORS = 1;
export const EXIT_USAGE_OR_FILE = 2;

/** `IN.xlsx` → `IN.评价结果.xlsx` in the same folder. */
export function defaultOutputPath(input: string): string {
  const base = path.basename(input).replace(/\.xlsx$/i, '');
  return path.join(path.dirname(input), `${base}.评价结果.xlsx`);
}

/**
 * The engine and the .xlsx host, loaded when a command needs them: `perf-eval --help` and usage errors
 * then start about as fast as a bare node (requiring both costs more than node's own start).
 */
async function useCases(): Promise<typeof UseCases> {
  const [cases, tracking, engine] = await Promise.all([import('../app/useCases'), import('../app/trackingChunk'), import('../app/trackingEngine')]);
  // The command line has tracking mode's engine at once (the lazy chunk is the pane's).
  engine.registerTrackingEngine(tracking.TRACKING);
  return cases;
}

async function xlsxHost(): Promise<typeof XlsxHost> {
  return (await import('../hosts/xlsx/xlsxHost')).XlsxHost;
}

/** A failure already phrased for the user: one line on stderr, exit 2. */
class CliFailure extends Error {}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0] ?? text;
}

function errorText(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error));
}

async function openInput(file: string, m: CliMessages): Promise<XlsxHost> {
  try {
    return await (await xlsxHost()).open(file, { lean: true });
  } catch (error) {
    if (error instanceof XlsxOpenError) throw new CliFailure(m.openFailure(error.reason, file));
    throw error;
  }
}

/**
 * Saves, creating the output's folder when missing (`-o out/result.xlsx`), and says how the file was
 * made. Only writing the file is a file failure; an error while making its bytes is an internal one.
 */
async function saveTo(host: XlsxHost, file: string, m: CliMessages): Promise<SaveOutcome> {
  let bytes: Buffer;
  try {
    bytes = await host.toBuffer();
  } catch (error) {
    // A package the fallback writer cannot load is a limit of the file, said in one line like a write failure.
    if (error instanceof Error && error.name === 'FallbackLoadError') throw new CliFailure(m.writeFailure(file, error.message));
    throw error;
  }
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, bytes);
  } catch (error) {
    throw new CliFailure(m.writeFailure(file, errorText(error)));
  }
  const outcome = host.saveOutcome;
  if (!outcome) throw new Error('the workbook was saved without a save outcome');
  return outcome;
}

/** Writes the draft report as .docx, creating its folder when missing. */
async function saveDraft(draft: DraftDocument, file: string, m: CliMessages): Promise<void> {
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    // The Word writer (the docx package) is loaded for --report only, like the engine (see `useCases`).
    const { draftDocx } = await import('../hosts/docx/draftDocx');
    await writeFile(file, await draftDocx(draft));
  } catch (error) {
    throw new CliFailure(m.writeFailure(file, errorText(error)));
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

function print(out: TextOutput, lines: readonly string[]): void {
  out.write(`${lines.join('\n')}\n`);
}

async function evaluateCommand(
  io: CliIo,
  m: CliMessages,
  locale: Locale,
  input: string,
  output: string | undefined,
  json: boolean,
  reportPath: string | undefined,
  profile: string | undefined,
  mode: EvaluationMode | undefined,
): Promise<number> {
  const host = await openInput(input, m);
  const { recompute } = await useCases();
  const { loadWorkbench } = await import('../app/loadWorkbench');
  // A chosen profile is remembered in the output workbook, as the pane remembers its choice.
  const chosen = { ...(profile !== undefined ? { profile, settings: { profile } } : {}), ...(mode !== undefined ? { mode } : {}) };
  const { report, draft } = await recompute(host, { locale, workbench: await loadWorkbench(), ...chosen });
  // Nothing scored (no indicator table, or NOTHING_SCORED): no file is written, exit 1 (DOMAIN.md §8.13).
  const scored = report.scored;
  const target = output ?? defaultOutputPath(input);
  const save = scored ? await saveTo(host, target, m) : undefined;
  const draftPath = scored ? reportPath : undefined;
  if (draftPath !== undefined && draft) await saveDraft(draft, draftPath, m);
  // `save` says how the output was made: patched, or by ExcelJS and why (absent when nothing was written).
  if (json) io.stdout.write(`${JSON.stringify(save === undefined ? report : { ...report, save }, null, 2)}\n`);
  else print(io.stdout, evaluationSummary(report, m, save === undefined ? undefined : { path: target, save }, draftPath));
  return scored ? EXIT_OK : EXIT_NOTHING_OR_ERRORS;
}

async function validateCommand(
  io: CliIo,
  m: CliMessages,
  locale: Locale,
  input: string,
  json: boolean,
  profile: string | undefined,
  mode: EvaluationMode | undefined,
): Promise<number> {
  const host = await openInput(input, m);
  const { validate } = await useCases();
  const { report } = await validate(host, { locale, ...(profile !== undefined ? { profile } : {}), ...(mode !== undefined ? { mode } : {}) });
  const count = (severity: string): number => report.diagnostics.filter((d) => d.severity === severity).length;
  const errors = count('error');
  if (json) {
    const result = {
      valid: errors === 0,
      counts: { error: errors, warning: count('warning'), info: count('info') },
      diagnostics: report.diagnostics,
    };
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    print(io.stdout, validationSummary(report, m));
  }
  return errors > 0 ? EXIT_NOTHING_OR_ERRORS : EXIT_OK;
}

async function templateCommand(
  io: CliIo,
  m: CliMessages,
  output: string,
  layout: TemplateLayout,
  profile: string | undefined,
  mode: EvaluationMode | undefined,
): Promise<number> {
  if (await exists(output)) throw new CliFailure(m.outputExists(output));
  const host = (await xlsxHost()).create();
  const { insertTemplate } = await useCases();
  const { created } = await insertTemplate(host, { layout, ...(profile !== undefined ? { profile } : {}), ...(mode !== undefined ? { mode } : {}) });
  await saveTo(host, output, m);
  print(io.stdout, [m.templateCreated(created, output)]);
  return EXIT_OK;
}

/** Runs one command line (without the `node perf-eval` part); resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let m = cliMessages(requestedLocale(argv));
  const fail = (message: string): number => {
    io.stderr.write(`perf-eval: ${firstLine(message)}\n`);
    return EXIT_USAGE_OR_FILE;
  };
  try {
    const command = parseCommand(argv);
    m = cliMessages(command.locale);
    switch (command.kind) {
      case 'help':
        print(io.stdout, [m.usage]);
        return command.requested ? EXIT_OK : EXIT_USAGE_OR_FILE;
      case 'usageError':
        return fail(`${command.message} ${m.usageHint}`);
      case 'evaluate':
        return await evaluateCommand(io, m, command.locale, command.input, command.output, command.json, command.report, command.profile, command.mode);
      case 'validate':
        return await validateCommand(io, m, command.locale, command.input, command.json, command.profile, command.mode);
      case 'template':
        return await templateCommand(io, m, command.output, command.layout, command.profile, command.mode);
      case 'batch': {
        // Loaded for this command only, like the engine (see `useCases`).
        const batch = await import('./batch/batchRun');
        try {
          return (await batch.runBatch(command, io)).code;
        } catch (error) {
          if (error instanceof batch.BatchUsageError) return fail(error.message);
          throw error;
        }
      }
    }
  } catch (error) {
    if (error instanceof CliFailure) return fail(error.message);
    return fail(m.internalError(errorText(error)));
  }
}

/**
 * SIGINT for a command that listens: the first Ctrl-C asks it to stop cleanly, a second one exits at
 * once (130). A command that does not listen keeps Node's default (exit at once).
 */
const processInterrupt: InterruptSource = {
  listen(onInterrupt) {
    let count = 0;
    const handler = (): void => {
      count++;
      if (count > 1) process.exit(130);
      onInterrupt();
    };
    process.on('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
};

/** The bin's entry: real argv and streams; sets the exit code and lets stdout drain. */
export function runFromProcess(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`perf-eval … | head`) is not an error of ours.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  void run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, interrupt: processInterrupt }).then((code) => {
    process.exitCode = code;
  });
}
