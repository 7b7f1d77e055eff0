/**
 * The real command line over every workbook other programs wrote (test/fixtures/producers/, 178 files):
 * - an ordinary file that openpyxl opens or LibreOffice converts (verdicts.tsv, made by
 *   tools/producerVerdicts.py) is read: exit 0 or 1 (these are not self-evaluation workbooks, so mostly 1:
 *   nothing to score), never an open failure — but for the two refused on purpose (REFUSED_ON_PURPOSE);
 * - a hostile one (`crash`, `clusterfuzz`, `poc-`, `bomb`, `xxe`, `corrupted`) answers within 10 s with
 *   exit 1 or 2 and peaks under 1 GB;
 * - every file: at most one line on stderr, never a stack trace.
 * The bin runs in a few child processes at a time (each is a fresh node: ~0.3 s); a preload reports
 * each child's peak memory on fd 3.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { binEnv, buildBin } from '../../helpers/builtBin';
import { PRODUCERS_DIR } from '../../helpers/fixtures';
import { tempDir } from '../../cli/cliHarness';
import { readable, readVerdicts, type Verdict } from './producerVerdicts';

const HOSTILE_SECONDS = 10;
const ORDINARY_SECONDS = 60;
const PARALLEL = 3;
const GIGABYTE_KB = 1024 * 1024;

interface Outcome {
  readonly verdict: Verdict;
  readonly code: number | null;
  readonly stderr: string;
  readonly timedOut: boolean;
  /** Peak resident memory of the child, in kB. */
  readonly peakKb: number;
}

const dir = tempDir();
let bin = '';
let preload = '';
const outcomes: Outcome[] = [];

function runOne(verdict: Verdict, index: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const out = path.join(dir, `out-${index}.xlsx`);
    const child = spawn(process.execPath, ['--require', preload, bin, 'evaluate', path.join(PRODUCERS_DIR, verdict.file), '-o', out, '--json'], {
      env: binEnv(),
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let peak = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => (peak += chunk.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, (verdict.hostile ? HOSTILE_SECONDS : ORDINARY_SECONDS) * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ verdict, code, stderr, timedOut, peakKb: Number(peak) || 0 });
    });
  });
}

beforeAll(async () => {
  bin = buildBin(dir);
  preload = path.join(dir, 'peak-rss.js');
  writeFileSync(preload, "process.on('exit', () => { try { require('fs').writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });\n");
  const verdicts = readVerdicts();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < verdicts.length) {
      const index = next++;
      const verdict = verdicts[index];
      if (verdict) outcomes.push(await runOne(verdict, index));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}, 600_000);

const OPEN_FAILURE = /已损坏|不完整|不是 Excel 工作簿|是旧版|设有打开密码|超过|压缩炸弹/;

/** Ordinary files another reader opens that perf-eval refuses on purpose: why, and the line each gives. */
const REFUSED_ON_PURPOSE: Readonly<Record<string, { readonly why: string; readonly line: RegExp }>> = {
  'poi/54764.xlsx': {
    why: 'its shared strings declare a "billion laughs" entity bomb in a DTD (POI bug 54764, a security test); Excel refuses any DTD, LibreOffice drops the entities',
    line: /已损坏/,
  },
  'poi/58616.xlsx': {
    why: "encrypted with Excel's default password (VelvetSweatshop), which LibreOffice tries; perf-eval does not decrypt and says the file is encrypted",
    line: /设有打开密码/,
  },
};

describe('perf-eval over the producer corpus', () => {
  test('covers every file of the verdict table', () => {
    expect(outcomes.length).toBe(readVerdicts().length);
    expect(outcomes.length).toBeGreaterThan(170);
  });

  test('reads every file that openpyxl or LibreOffice opens: exit 0 or 1, no open failure', () => {
    const failures = outcomes
      .filter((o) => readable(o.verdict) && !o.verdict.hostile && !(o.verdict.file in REFUSED_ON_PURPOSE))
      .filter((o) => o.timedOut || (o.code !== 0 && o.code !== 1) || OPEN_FAILURE.test(o.stderr))
      .map((o) => `${o.verdict.file}: exit ${o.code}${o.timedOut ? ' (timed out)' : ''} ${o.stderr.trim()}`);
    expect(failures).toEqual([]);
  });

  test('answers every hostile file within 10 s with exit 1 or 2, under 1 GB', () => {
    const hostile = outcomes.filter((o) => o.verdict.hostile);
    expect(hostile.length).toBeGreaterThanOrEqual(10);
    const failures = hostile
      .filter((o) => o.timedOut || (o.code !== 1 && o.code !== 2) || o.peakKb === 0 || o.peakKb > GIGABYTE_KB)
      .map((o) => `${o.verdict.file}: exit ${o.code}${o.timedOut ? ' (timed out)' : ''}, peak ${Math.round(o.peakKb / 1024)} MB`);
    expect(failures).toEqual([]);
  });

  test('prints at most one line on stderr for every file, never a stack trace', () => {
    const noisy = outcomes
      .filter((o) => o.stderr.trimEnd().split('\n').length > 1 || /\n\s+at /.test(o.stderr) || o.timedOut)
      .map((o) => `${o.verdict.file}: ${JSON.stringify(o.stderr.slice(0, 300))}`);
    expect(noisy).toEqual([]);
  });

  test('refuses only hostile files, files no other reader opens, and those refused on purpose, each with the line for its kind', () => {
    const refused = outcomes.filter((o) => o.code === 2);
    for (const o of refused) {
      expect(o.stderr).toMatch(OPEN_FAILURE);
      const purpose = REFUSED_ON_PURPOSE[o.verdict.file];
      if (purpose) expect(o.stderr).toMatch(purpose.line);
      else expect(o.verdict.hostile || !readable(o.verdict)).toBe(true);
    }
    for (const file of Object.keys(REFUSED_ON_PURPOSE)) expect(refused.map((o) => o.verdict.file)).toContain(file);
  });
});
