/**
 * The real `perf-eval` bin as a child process: builds the command line with tsconfig.cli.json into a
 * temporary lib/ (not the repository's), copies bin/perf-eval.js beside it, and runs it with node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/app/report';
import { SEED_XLSX } from '../helpers/fixtures';
import { tempDir } from './cliHarness';

const ROOT = path.resolve(__dirname, '../..');

describe('bin/perf-eval.js', () => {
  const dir = tempDir();
  const bin = path.join(dir, 'bin', 'perf-eval.js');

  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json', '--outDir', path.join(dir, 'lib')], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    mkdirSync(path.dirname(bin));
    copyFileSync(path.join(ROOT, 'bin', 'perf-eval.js'), bin);
  }, 120_000);

  function perfEval(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    });
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
