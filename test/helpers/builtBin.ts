/**
 * The real `perf-eval` bin for tests that spawn it: the command line compiled with tsconfig.cli.json
 * into a temporary lib/ (never the repository's, which may be stale), with bin/perf-eval.js beside it.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** Builds into `dir` and returns the bin's path; takes ~10–20 s (give beforeAll 120 s). */
export function buildBin(dir: string): string {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json', '--outDir', path.join(dir, 'lib')], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  const bin = path.join(dir, 'bin', 'perf-eval.js');
  mkdirSync(path.dirname(bin), { recursive: true });
  copyFileSync(path.join(ROOT, 'bin', 'perf-eval.js'), bin);
  return bin;
}

/** The environment a spawned bin needs to find the repository's node_modules from a temporary folder. */
export function binEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') };
}
