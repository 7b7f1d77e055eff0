/**
 * `npm run bench`: prints a table of timings, asserts nothing.
 *  (a) the engine alone (evaluateSnapshot on in-memory grids): 10,000 indicators + 100,000 expense rows
 *      → indicators per second (target ≥ 100,000/s), as the median of ENGINE_WARM_RUNS warm runs after
 *      ENGINE_WARMUP unmeasured ones (V8 tiers a large function up over several calls); the cold first
 *      run (JIT still compiling) is printed on its own line;
 *  (b) a generated workbook of 5,000 indicators + 50,000 expense rows in a temporary .xlsx: ExcelJS alone
 *      loading it (the floor, median of RUNS) against `perf-eval evaluate` end to end in-process (read +
 *      evaluate + apply + save, median of RUNS), the ratio (target ≤ 1.5×) and the peak RSS of each.
 * The floor and the end-to-end runs each happen in a child process so that their peak RSS is their own.
 *  (c) `perf-eval batch` (benchBatch.ts): throughput against a shell loop of `perf-eval evaluate`, peak RSS at
 *      200 and 2,000 files, and the time to write the summary of 2,000 files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { evaluateSnapshot } from '../src/app/useCases';
import { run } from '../src/cli/main';
import { renderTable } from '../src/cli/table';
import { XlsxHost } from '../src/hosts/xlsx/xlsxHost';
import { workbookPlan, workbookSnapshot } from './generateWorkbook';
import { benchBatch } from './benchBatch';

const ENGINE_SIZE = { indicators: 10_000, expenses: 100_000 };
const FILE_SIZE = { indicators: 5_000, expenses: 50_000 };
const RUNS = 5;
const ENGINE_WARM_RUNS = 10;
const ENGINE_WARMUP = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timed<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

interface ChildResult {
  readonly runs: number[];
  readonly peakRssMb: number;
  readonly phases?: Record<string, number>;
  readonly exitCode?: number;
}

const sink = { write: (): boolean => true };

async function child(phase: string, file: string): Promise<ChildResult> {
  const runs: number[] = [];
  if (phase === 'floor') {
    for (let i = 0; i < RUNS; i++) runs.push((await timed(() => new ExcelJS.Workbook().xlsx.readFile(file)))[0]);
    return { runs, peakRssMb: peakRssMb() };
  }
  const out = path.join(path.dirname(file), 'bench.评价结果.xlsx');
  let exitCode = -1;
  for (let i = 0; i < RUNS; i++) {
    const [ms, code] = await timed(() => run(['evaluate', file, '-o', out], { stdout: sink, stderr: process.stderr }));
    runs.push(ms);
    exitCode = code;
  }
  const peak = peakRssMb();
  // One more run, phase by phase, to show where the time goes.
  const [open, host] = await timed(() => XlsxHost.open(file, { lean: true }));
  const [read, snapshot] = await timed(() => host.read());
  const [evaluate, result] = await timed(() => evaluateSnapshot(snapshot));
  const [apply] = await timed(() => host.apply(result.plan));
  const [save] = await timed(() => host.save(out));
  return { runs, peakRssMb: peak, phases: { open, read, evaluate, apply, save }, exitCode };
}

function spawnChild(phase: string, file: string): ChildResult {
  const result = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', phase, file], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`bench child ${phase} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ChildResult;
}

const f0 = (ms: number): string => `${Math.round(ms)} ms`;
const f1 = (n: number): string => n.toFixed(1);

async function main(): Promise<void> {
  const rows: string[][] = [];

  // (a) The engine alone: the first run in this process (cold: the JIT is still compiling), then the
  // median of warm runs (steady state, what a long-lived add-in or a second file sees).
  const snapshot = workbookSnapshot(ENGINE_SIZE);
  const [coldMs, coldResult] = await timed(() => evaluateSnapshot(snapshot));
  const scored = coldResult.evaluation.indicators.length;
  for (let i = 0; i < ENGINE_WARMUP; i++) evaluateSnapshot(snapshot);
  const engineRuns: number[] = [];
  for (let i = 0; i < ENGINE_WARM_RUNS; i++) engineRuns.push((await timed(() => evaluateSnapshot(snapshot)))[0]);
  const engineMs = median(engineRuns);
  const perSecond = (ms: number): string =>
    `${Math.round((ENGINE_SIZE.indicators / ms) * 1000).toLocaleString('en-US')} indicators/s`;
  const engineSize = `${ENGINE_SIZE.indicators} indicators + ${ENGINE_SIZE.expenses} expense rows`;
  rows.push([
    `engine: evaluateSnapshot, ${engineSize} (median of ${ENGINE_WARM_RUNS} after ${ENGINE_WARMUP} warm-up runs)`,
    f0(engineMs),
    `${perSecond(engineMs)} (target ≥ 100,000/s; ${scored} rows read)`,
  ]);
  rows.push([`engine: evaluateSnapshot, cold first run`, f0(coldMs), perSecond(coldMs)]);

  // (b) A generated workbook, end to end.
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-eval-bench-'));
  const file = path.join(dir, 'bench.xlsx');
  try {
    const [generateMs] = await timed(async () => {
      const host = XlsxHost.create();
      await host.apply(workbookPlan(FILE_SIZE));
      await host.save(file);
    });
    rows.push([
      `generate ${FILE_SIZE.indicators} indicators + ${FILE_SIZE.expenses} expense rows`,
      f0(generateMs),
      `${f1(statSync(file).size / 1024 / 1024)} MB file`,
    ]);

    const floor = spawnChild('floor', file);
    const e2e = spawnChild('e2e', file);
    const floorMs = median(floor.runs);
    const e2eMs = median(e2e.runs);
    rows.push([`floor: ExcelJS readFile alone (median of ${RUNS})`, f0(floorMs), `peak RSS ${f1(floor.peakRssMb)} MB`]);
    rows.push([
      `perf-eval evaluate end to end, in-process (median of ${RUNS})`,
      f0(e2eMs),
      `${(e2eMs / floorMs).toFixed(2)}× the floor (target ≤ 1.5×); peak RSS ${f1(e2e.peakRssMb)} MB; exit ${e2e.exitCode ?? '?'}`,
    ]);
    for (const [name, ms] of Object.entries(e2e.phases ?? {})) rows.push([`  phase: ${name}`, f0(ms), '']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // (c) A department's projects together.
  rows.push(...benchBatch());

  console.log(renderTable([{ header: 'measure' }, { header: 'time', align: 'right' }, { header: 'result' }], rows).join('\n'));
}

if (process.argv[2] === '--child') {
  const [phase, file] = [process.argv[3] ?? '', process.argv[4] ?? ''];
  child(phase, file).then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
