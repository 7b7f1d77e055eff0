/**
 * The batch part of `npm run bench` (issue 14), in one run so the ratios compare like with like:
 *  - a shell loop of `perf-eval evaluate` (one process per file, as an officer's script would do) over
 *    LOOP_SAMPLE copies of the sample project — each file costs the same, so its files per second hold for
 *    any count — against `perf-eval batch` over 200 copies (with and without `--outputs`): the throughput ratio;
 *  - `perf-eval batch` over 2,000 copies: peak RSS against the 200-file run (memory must stay flat), and the
 *    time the summary of 2,000 files took to build and write (target under 2 s).
 * Every run is a child process of the compiled command line (lib/, which `npm run bench` rebuilds first), so
 * start-up and module loading count as they do for a user; peak RSS is the child's own.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SAMPLE_PATH } from './makeSample';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'perf-eval.js');
const LIB = path.join(ROOT, 'lib');
export const LOOP_SAMPLE = 20;

interface BatchChild {
  readonly wallMs: number;
  readonly peakRssMb: number;
  readonly code: number;
  readonly jobs: number;
  readonly summaryMs: number;
  readonly processed: number;
}

/** Runs `perf-eval batch` in a fresh node process that reports its own figures as JSON. */
function batchChild(args: readonly string[]): BatchChild {
  const script = `
    const started = Date.now();
    const { parseCommand } = require(${JSON.stringify(path.join(LIB, 'cli', 'args.js'))});
    const { runBatch } = require(${JSON.stringify(path.join(LIB, 'cli', 'batch', 'batchRun.js'))});
    const sink = { write: () => true };
    runBatch(parseCommand(${JSON.stringify(['batch', ...args])}), { stdout: sink, stderr: sink }).then((outcome) => {
      const s = outcome.stats;
      process.stdout.write(JSON.stringify({ wallMs: Date.now() - started, peakRssMb: process.resourceUsage().maxRSS / 1024,
        code: outcome.code, jobs: s.jobs, summaryMs: s.summaryMs, processed: s.processed }));
    });`;
  const start = performance.now();
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const wall = performance.now() - start;
  if (result.status !== 0) throw new Error(`batch child failed: ${result.stderr}`);
  const figures = JSON.parse(result.stdout) as BatchChild;
  return { ...figures, wallMs: wall };
}

function copies(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const file = path.join(dir, `项目${String(i).padStart(4, '0')}.xlsx`);
    copyFileSync(SAMPLE_PATH, file);
    files.push(file);
  }
  return files;
}

export function benchBatch(): string[][] {
  const rows: string[][] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-eval-bench-batch-'));
  try {
    const small = copies(path.join(dir, 'in200'), 200);
    const loopOut = path.join(dir, 'loop-out');
    mkdirSync(loopOut);
    const loopStart = performance.now();
    const loop = spawnSync(
      'sh',
      ['-c', `for f in "$@"; do "${process.execPath}" "${BIN}" evaluate "$f" -o "${loopOut}/$(basename "$f")" > /dev/null || exit 1; done`, 'loop', ...small.slice(0, LOOP_SAMPLE)],
      { encoding: 'utf8' },
    );
    const loopMs = performance.now() - loopStart;
    if (loop.status !== 0) throw new Error(`shell loop failed: ${loop.stderr}`);
    const loopRate = LOOP_SAMPLE / (loopMs / 1000);
    rows.push([`shell loop of perf-eval evaluate (${LOOP_SAMPLE} of the 200 copies)`, `${Math.round(loopMs)} ms`, `${loopRate.toFixed(2)} files/s`]);

    const ratio = (child: BatchChild, files: number): string => `${(files / (child.wallMs / 1000) / loopRate).toFixed(1)}× the shell loop`;
    const b200 = batchChild([path.join(dir, 'in200'), '-o', path.join(dir, 's200.xlsx')]);
    rows.push([
      'perf-eval batch, 200 copies of the sample',
      `${Math.round(b200.wallMs)} ms`,
      `${(200 / (b200.wallMs / 1000)).toFixed(1)} files/s = ${ratio(b200, 200)} (target ≥ 30×); ${b200.jobs} thread(s); peak RSS ${b200.peakRssMb.toFixed(0)} MB`,
    ]);
    const b200o = batchChild([path.join(dir, 'in200'), '-o', path.join(dir, 's200o.xlsx'), '--outputs', path.join(dir, 'out200')]);
    rows.push([
      'perf-eval batch --outputs (each project\'s workbook too), 200 copies',
      `${Math.round(b200o.wallMs)} ms`,
      `${ratio(b200o, 200)}; peak RSS ${b200o.peakRssMb.toFixed(0)} MB`,
    ]);
    const b200w = batchChild([path.join(dir, 'in200'), '-o', path.join(dir, 's200w.xlsx'), '--jobs', '2']);
    rows.push(['perf-eval batch --jobs 2, 200 copies', `${Math.round(b200w.wallMs)} ms`, `${(b200.wallMs / b200w.wallMs).toFixed(2)}× one thread`]);

    rmSync(path.join(dir, 'out200'), { recursive: true, force: true });
    copies(path.join(dir, 'in2000'), 2000);
    // Memory against the 200-file run like for like: one thread each (2,000 copies add up to enough bytes for
    // the batch to take worker threads by itself, each with its own engine, which is not growth).
    const b2000 = batchChild([path.join(dir, 'in2000'), '-o', path.join(dir, 's2000.xlsx'), '--jobs', '1']);
    rows.push([
      'perf-eval batch --jobs 1, 2,000 copies',
      `${Math.round(b2000.wallMs)} ms`,
      `peak RSS ${b2000.peakRssMb.toFixed(0)} MB = ${(b2000.peakRssMb / b200.peakRssMb).toFixed(2)}× the 200-file run (flat: ~1×)`,
    ]);
    rows.push(['  summary of 2,000 files built and written', `${Math.round(b2000.summaryMs)} ms`, 'target < 2,000 ms']);
    const b2000auto = batchChild([path.join(dir, 'in2000'), '-o', path.join(dir, 's2000a.xlsx')]);
    rows.push([
      'perf-eval batch, 2,000 copies (threads as the batch chooses)',
      `${Math.round(b2000auto.wallMs)} ms`,
      `${b2000auto.jobs} thread(s); peak RSS ${b2000auto.peakRssMb.toFixed(0)} MB`,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
