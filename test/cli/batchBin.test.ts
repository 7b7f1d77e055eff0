/**
 * The real `perf-eval batch` as a child process (built like bin.test.ts into a temporary lib/): Ctrl-C
 * in the middle of a run leaves a valid summary of what was done and exits 130; worker threads run
 * from the compiled script.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_XLSX } from '../helpers/fixtures';
import { tempDir } from './cliHarness';
import { summaryRows } from './batchHarness';

const ROOT = path.resolve(__dirname, '../..');
const COPIES = 80;

describe('perf-eval batch as a process', () => {
  const dir = tempDir();
  const bin = path.join(dir, 'bin', 'perf-eval.js');
  const input = path.join(dir, 'in');

  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json', '--outDir', path.join(dir, 'lib')], { cwd: ROOT, stdio: 'pipe' });
    mkdirSync(path.dirname(bin));
    copyFileSync(path.join(ROOT, 'bin', 'perf-eval.js'), bin);
    copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
    mkdirSync(input);
    for (let i = 1; i <= COPIES; i++) copyFileSync(SEED_XLSX, path.join(input, `p${String(i).padStart(3, '0')}.xlsx`));
  }, 180_000);

  function perfEval(args: string[], onStderr?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        onStderr?.(stderr, child);
      });
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  }

  it('stops on SIGINT mid-run with a valid summary of the files done, and exit 130', async () => {
    const summary = path.join(dir, '汇总.xlsx');
    let sent = false;
    const { status, stdout } = await perfEval(['batch', input, '-o', summary], (stderr, child) => {
      if (!sent && stderr.includes('[5/')) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    expect(sent).toBe(true);
    expect(status).toBe(130);
    const done = Number(/已中断：处理了 (\d+) \/ 80 个文件。/.exec(stdout)?.[1]);
    expect(done).toBeGreaterThanOrEqual(5);
    expect(done).toBeLessThan(COPIES);
    const rows = await summaryRows(summary);
    expect(rows.length - 1).toBe(done);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, 120_000);

  it('gives the same summary from two worker threads as from the main thread', async () => {
    const one = path.join(dir, 'one.xlsx');
    const two = path.join(dir, 'two.xlsx');
    expect((await perfEval(['batch', input, '-o', one, '--jobs', '1'])).status).toBe(0);
    const threaded = await perfEval(['batch', input, '-o', two, '--jobs', '2']);
    expect(threaded.status).toBe(0);
    expect(threaded.stdout).toContain('已处理 80 个文件');
    expect(readFileSync(two).equals(readFileSync(one))).toBe(true);
  }, 120_000);
});
