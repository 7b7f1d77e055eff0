/**
 * `npm run bench`: prints a table of timings, asserts nothing.
 *  (a) the engine alone (evaluateSnapshot on in-memory grids): 10,000 indicators + 100,000 expense rows
 *      → indicators per second (target ≥ 100,000/s), as the median of ENGINE_WARM_RUNS warm runs after
 *      ENGINE_WARMUP unmeasured ones (V8 tiers a large function up over several calls); the cold first
 *      run (JIT still compiling) is printed on its own line;
 *  (b) a generated workbook of 5,000 indicators + 50,000 expense rows in a temporary .xlsx, against the
 *      raw floor: unzipping every part with fflate and a trivial byte scan of it (counting `<`), the
 *      least any reader must do. Measured against it (issue 11's targets): `perf-eval evaluate` end to
 *      end in-process (read + evaluate + apply + save; ≤ 3×), evaluating its own output again (≤ 3.5×),
 *      and the peak RSS of each (≤ 2× the floor's). ExcelJS loading the same file is printed for
 *      comparison (what the command line read with before the streaming reader);
 *  (c) the command line's start: `node bin/perf-eval.js --help` against a bare `node -e ''` (≤ 1.5×),
 *      with the bin built into a temporary folder, and a whole `evaluate` in a fresh process.
 *  (d) `perf-eval batch` (benchBatch.ts): throughput against a shell loop of `perf-eval evaluate`, peak RSS at
 *      200 and 2,000 files, and the time to write the summary of 2,000 files.
 * Every timed phase runs in a child process of its own (median of RUNS), so that its peak RSS is its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
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

/** The raw floor: read the file, inflate every part with fflate, count the `<` of each. */
function rawFloor(file: string): number {
  let tags = 0;
  for (const part of Object.values(unzipSync(readFileSync(file)))) {
    for (let i = 0; i < part.length; i++) if (part[i] === 0x3c) tags++;
  }
  return tags;
}

async function child(phase: string, file: string, out: string): Promise<ChildResult> {
  const runs: number[] = [];
  if (phase === 'raw') {
    for (let i = 0; i < RUNS; i++) runs.push((await timed(() => rawFloor(file)))[0]);
    return { runs, peakRssMb: peakRssMb() };
  }
  if (phase === 'exceljs') {
    for (let i = 0; i < RUNS; i++) runs.push((await timed(() => new ExcelJS.Workbook().xlsx.readFile(file)))[0]);
    return { runs, peakRssMb: peakRssMb() };
  }
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

function spawnChild(phase: string, file: string, out = ''): ChildResult {
  const result = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', phase, file, out], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`bench child ${phase} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ChildResult;
}

const f0 = (ms: number): string => `${Math.round(ms)} ms`;
const f1 = (n: number): string => n.toFixed(1);
const times = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

/** Wall time of a fresh node process, median of RUNS. */
function processMs(args: readonly string[], env?: NodeJS.ProcessEnv): number {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore', env });
    runs.push(performance.now() - start);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}`);
  }
  return median(runs);
}

/** The command line built into `dir` (as the tests do), so the bench never runs a stale lib/. */
function buildBin(dir: string): string {
  const root = path.resolve(__dirname, '..');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json', '--outDir', path.join(dir, 'lib')], { cwd: root });
  const bin = path.join(dir, 'bin', 'perf-eval.js');
  mkdirSync(path.dirname(bin), { recursive: true });
  copyFileSync(path.join(root, 'bin', 'perf-eval.js'), bin);
  return bin;
}

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

    const output = path.join(dir, 'bench.评价结果.xlsx');
    const again = path.join(dir, 'bench.again.xlsx');
    const raw = spawnChild('raw', file);
    const exceljs = spawnChild('exceljs', file);
    const e2e = spawnChild('e2e', file, output);
    const own = spawnChild('e2e', output, again);
    const rawOwn = spawnChild('raw', output);
    const rawMs = median(raw.runs);
    const e2eMs = median(e2e.runs);
    const ownMs = median(own.runs);
    const rss = (r: ChildResult): string => `peak RSS ${f1(r.peakRssMb)} MB`;
    rows.push([`raw floor: fflate unzip + byte scan of every part (median of ${RUNS})`, f0(rawMs), rss(raw)]);
    rows.push([`ExcelJS load alone, for comparison (median of ${RUNS})`, f0(median(exceljs.runs)), `${times(median(exceljs.runs), rawMs)} the raw floor; ${rss(exceljs)}`]);
    rows.push([
      `perf-eval evaluate end to end, in-process (median of ${RUNS})`,
      f0(e2eMs),
      `${times(e2eMs, rawMs)} the raw floor (target ≤ 3×); ${rss(e2e)} = ${times(e2e.peakRssMb, raw.peakRssMb)} the floor's (target ≤ 2×); exit ${e2e.exitCode ?? '?'}`,
    ]);
    for (const [name, ms] of Object.entries(e2e.phases ?? {})) rows.push([`  phase: ${name}`, f0(ms), '']);
    rows.push([
      `perf-eval evaluate on its own output (${f1(statSync(output).size / 1024 / 1024)} MB), in-process (median of ${RUNS})`,
      f0(ownMs),
      `${times(ownMs, rawMs)} the input's raw floor (target ≤ 3.5×), ${times(ownMs, median(rawOwn.runs))} its own (${f0(median(rawOwn.runs))}); ${rss(own)}; exit ${own.exitCode ?? '?'}`,
    ]);

    // (c) The command line's start, and a whole run in a fresh process.
    const binDir = path.join(dir, 'cli');
    const bin = buildBin(binDir);
    const env = { ...process.env, NODE_PATH: path.resolve(__dirname, '../node_modules') };
    const bareMs = processMs(['-e', '']);
    const helpMs = processMs([bin, '--help'], env);
    rows.push([`node -e '' (median of ${RUNS})`, f0(bareMs), '']);
    rows.push([`node bin/perf-eval.js --help (median of ${RUNS})`, f0(helpMs), `${times(helpMs, bareMs)} bare node (target ≤ 1.5×)`]);
    const coldMs = processMs([bin, 'evaluate', file, '-o', output], env);
    rows.push([`node bin/perf-eval.js evaluate, a fresh process each (median of ${RUNS})`, f0(coldMs), `${times(coldMs, rawMs)} the raw floor`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // (d) A department's projects together.
  rows.push(...benchBatch());

  console.log(renderTable([{ header: 'measure' }, { header: 'time', align: 'right' }, { header: 'result' }], rows).join('\n'));
}

if (process.argv[2] === '--child') {
  const [phase, file, out] = [process.argv[3] ?? '', process.argv[4] ?? '', process.argv[5] ?? ''];
  child(phase, file, out).then(
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
