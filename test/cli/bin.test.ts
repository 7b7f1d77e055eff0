/**
 * The real `perf-eval` bin as a child process (test/helpers/builtBin.ts builds it into a temporary lib/).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Report } from '../../src/app/report';
import { binEnv, buildBin } from '../helpers/builtBin';
import { SEED_XLSX } from '../helpers/fixtures';
import { tempDir } from './cliHarness';

describe('bin/perf-eval.js', () => {
  const dir = tempDir();
  let bin = '';

  beforeAll(() => {
    bin = buildBin(dir);
  }, 120_000);

  function perfEval(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: binEnv() });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('evaluates the seed with --json: exit 0, one JSON object', () => {
    const out = path.join(dir, 'seed.out.xlsx');
    const { status, stdout, stderr } = perfEval('evaluate', SEED_XLSX, '-o', out, '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect([report.total, report.grade, report.provisional]).toEqual([62.5, '中', true]);
  });

  it('exits 2 with one line on stderr for a missing file', () => {
    const { status, stdout, stderr } = perfEval('validate', path.join(dir, 'missing.xlsx'), '--lang', 'en-US');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([`perf-eval: File not found: ${path.join(dir, 'missing.xlsx')}.`]);
  });
});
