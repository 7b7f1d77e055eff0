import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/app/report';
import { run } from '../../src/cli/main';
import { cachePath } from '../../src/cli/batch/batchCache';
import { jobsFor } from '../../src/cli/batch/batchRun';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { SEED_XLSX, fixturePath } from '../helpers/fixtures';
import { runCli, tempDir } from './cliHarness';
import { mixedFolder, summaryRows } from './batchHarness';

const FILE = 1;
const GRADE = 9;
const NOTE_NO_OUTPUTS = 15;

describe('perf-eval batch', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = tempDir();
    files = await mixedFolder(path.join(dir, 'in'));
  });

  it('summarises a folder mixing the seed, published forms, a second project, an .xls and a corrupt file: one row each, with the right reasons', async () => {
    const summary = path.join(dir, '汇总.xlsx');
    const { code, stdout, stderr } = await runCli('batch', path.join(dir, 'in'), '-o', summary);
    expect(code).toBe(0);
    expect(stdout).toContain(`汇总工作簿：${summary}`);
    expect(stdout).toContain('无法读取 2 个');
    expect(stderr).toContain('跳过了文件夹中 1 个');
    const rows = await summaryRows(summary);
    expect(rows[0]?.slice(0, 3)).toEqual(['序号', '文件', '项目名称']);
    const body = rows.slice(1);
    expect(body.map((r) => r[FILE]).sort()).toEqual([...files].sort());
    const seed = body.find((r) => r[FILE]?.endsWith('seed.xlsx'));
    expect([seed?.[2], seed?.[8], seed?.[GRADE], seed?.[10]]).toEqual(['2021年度招商引资专项项目', '62.5', '中', '暂定']);
    // The unreadable files come last, each with the one line `perf-eval evaluate` prints for it.
    expect(body.slice(-2).map((r) => r[FILE])).toEqual([files[2], files[5]]);
    for (const file of [files[2] as string, files[5] as string]) {
      const alone = await runCli('evaluate', file, '-o', path.join(dir, 'unused.xlsx'));
      expect(alone.code).toBe(2);
      const row = body.find((r) => r[FILE] === file);
      expect(`perf-eval: ${row?.[NOTE_NO_OUTPUTS]}\n`).toBe(alone.stderr);
    }
    expect(body.find((r) => r[FILE] === files[2])?.[NOTE_NO_OUTPUTS]).toContain('旧版 Excel 97-2003 工作簿（.xls）');
    expect(body.find((r) => r[FILE] === files[5])?.[NOTE_NO_OUTPUTS]).toContain('不完整（文件被截断');
  });

  it('prints one JSON line per file with --json: the evaluate report plus the file, or the file and its error', async () => {
    const summary = path.join(dir, 'json.xlsx');
    const { code, stdout } = await runCli('batch', path.join(dir, 'in'), '-o', summary, '--json');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual(files);
    const seed = lines[4] as unknown as Report & { file: string };
    const alone = JSON.parse((await runCli('evaluate', SEED_XLSX, '-o', path.join(dir, 'seed.out.xlsx'), '--json')).stdout) as Report;
    // The same report; `save` (how evaluate wrote its output) is not there, as no output was written. Batch scores
    // every file under one profile (central unless --profile), so its profile was chosen, not the default.
    expect({ ...seed, file: undefined }).toEqual({ ...alone, save: undefined, file: undefined, profileSource: 'chosen' });
    expect(lines[2]).toEqual({ file: files[2], error: { reason: 'legacyXls', message: expect.stringContaining('旧版 Excel 97-2003 工作簿（.xls）') } });
    expect(lines[5]).toEqual({ file: files[5], error: { reason: 'truncated', message: expect.stringContaining('不完整（文件被截断') } });
  });

  it('says with --json --outputs how each project workbook was written (`save`, as evaluate --json does)', async () => {
    const out = path.join(dir, 'json-outputs');
    const { code, stdout } = await runCli('batch', path.join(dir, 'in', 'seed.xlsx'), '-o', path.join(dir, 'json-outputs.xlsx'), '--json', '--outputs', out);
    expect(code).toBe(0);
    const [line] = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const alone = JSON.parse((await runCli('evaluate', SEED_XLSX, '-o', path.join(dir, 'seed.save.xlsx'), '--json')).stdout) as Record<string, unknown>;
    expect(alone.save).toEqual({ mode: 'patch' });
    expect(line?.save).toEqual(alone.save);
  });

  it('gives the same summary, byte for byte, when run again over the same folder, with one worker thread or two', async () => {
    const first = path.join(dir, 'again1.xlsx');
    const second = path.join(dir, 'again2.xlsx');
    const threads = path.join(dir, 'again3.xlsx');
    expect((await runCli('batch', path.join(dir, 'in'), '-o', first)).code).toBe(0);
    expect((await runCli('batch', path.join(dir, 'in'), '-o', second)).code).toBe(0);
    expect((await runCli('batch', path.join(dir, 'in'), '-o', threads, '--jobs', '2')).code).toBe(0);
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
    expect(readFileSync(threads).equals(readFileSync(first))).toBe(true);
  }, 60_000);

  it('writes every project its own evaluated workbook with --outputs, never over an input, keeping sub-folders apart', async () => {
    const outputs = path.join(dir, 'in');
    const summary = path.join(dir, 'outputs.xlsx');
    // An input already named like an output: the batch's own output for `own.xlsx` must not replace it.
    copyFileSync(SEED_XLSX, path.join(dir, 'own.评价结果.xlsx'));
    const before = readFileSync(path.join(dir, 'own.评价结果.xlsx'));
    copyFileSync(SEED_XLSX, path.join(dir, 'own.xlsx'));
    const { code } = await runCli('batch', path.join(dir, 'own.xlsx'), path.join(dir, 'own.评价结果.xlsx'), '-o', summary, '--outputs', dir);
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, 'own.评价结果.xlsx')).equals(before)).toBe(true);
    expect(existsSync(path.join(dir, 'own(2).评价结果.xlsx'))).toBe(true);

    const folder = await runCli('batch', path.join(dir, 'in'), '-o', summary, '--outputs', path.join(outputs, 'results'));
    expect(folder.code).toBe(0);
    const written = readdirSync(path.join(outputs, 'results'), { recursive: true }).map(String).sort();
    expect(written).toEqual(['forms', 'forms/case1c-tools-own-form-alone.评价结果.xlsx', 'forms/case5a-yunnan-lijiang-property-unit-columns.评价结果.xlsx', 'second.评价结果.xlsx', 'seed.评价结果.xlsx']);
    const snapshot = await (await XlsxHost.open(path.join(outputs, 'results', 'seed.评价结果.xlsx'))).read();
    // The seed's own 评价类型 (绩效跟踪) decides its mode: its 绩效运行监控表, and 跟踪 in the summary.
    expect(snapshot.ownedSheets).toEqual(['绩效运行监控表', '指标得分明细', '支出汇总', '校验问题', '指标调整对比', '评价报告（草稿）']);
    const rows = await summaryRows(summary);
    const seedRow = rows.find((r) => r[FILE]?.endsWith('seed.xlsx'));
    expect(seedRow?.[15]).toBe(path.join(outputs, 'results', 'seed.评价结果.xlsx'));
    expect(seedRow?.[14]).toBe('跟踪');
    // A second run over the same folder does not evaluate the outputs folder inside it.
    const again = await runCli('batch', path.join(dir, 'in'), '-o', summary, '--outputs', path.join(outputs, 'results'));
    expect(again.stdout).toContain('已处理 6 个文件');
  }, 60_000);

  it('with --incremental skips files whose content is unchanged and evaluates a changed one again', async () => {
    const work = path.join(tempDir(), 'in');
    const inputs = await mixedFolder(work);
    const summary = path.join(work, '..', '汇总.xlsx');
    const first = await runCli('batch', work, '-o', summary, '--incremental');
    expect(first.code).toBe(0);
    expect(existsSync(cachePath(summary))).toBe(true);
    const firstBytes = readFileSync(summary);

    const second = await runCli('batch', work, '-o', summary, '--incremental', '--json');
    const lines = second.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; unchanged?: boolean });
    expect(lines.filter((l) => l.unchanged).map((l) => l.file)).toEqual(inputs);
    expect(second.stderr).toContain('6 个未改动');
    expect(readFileSync(summary).equals(firstBytes)).toBe(true);

    // The second project now holds the seed's content: it alone is evaluated again.
    copyFileSync(SEED_XLSX, path.join(work, 'second.xlsx'));
    const third = await runCli('batch', work, '-o', summary, '--incremental', '--json');
    const evaluated = third.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; unchanged?: boolean; total?: number });
    expect(evaluated.filter((l) => !l.unchanged).map((l) => [l.file, l.total])).toEqual([[path.join(work, 'second.xlsx'), 62.5]]);
    const rows = await summaryRows(summary);
    expect(rows.find((r) => r[FILE] === path.join(work, 'second.xlsx'))?.[2]).toBe('2021年度招商引资专项项目');
    const fresh = path.join(work, '..', 'fresh.xlsx');
    await runCli('batch', work, '-o', fresh);
    expect(readFileSync(summary).equals(readFileSync(fresh))).toBe(true);
  }, 60_000);

  it('stops cleanly on Ctrl-C: the summary of what was done, marked as interrupted, and exit 130', async () => {
    const summary = path.join(dir, 'interrupted.xlsx');
    let interrupt: (() => void) | undefined;
    let stdout = '';
    const code = await run(['batch', path.join(dir, 'in'), '-o', summary], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: {
        write: (text: string) => {
          if (text.startsWith('[2/')) interrupt?.();
          return true;
        },
      },
      interrupt: {
        listen: (handler) => {
          interrupt = handler;
          return () => (interrupt = undefined);
        },
      },
    });
    expect(code).toBe(130);
    expect(stdout).toContain('已中断：处理了 2 / 6 个文件。');
    const rows = await summaryRows(summary);
    expect(rows.slice(1).map((r) => r[FILE])).toEqual([files[0], files[1]]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses what it cannot run, with one line and exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['batch', path.join(dir, 'in')], /需要用 -o 指定汇总工作簿/],
      [['batch', '-o', path.join(dir, 'x.xlsx')], /需要一个文件夹或若干个文件/],
      [['batch', path.join(dir, 'in'), '-o', path.join(dir, 'x.xlsx'), '--jobs', '0'], /--jobs 应为 1 到 16/],
      [['batch', path.join(dir, 'in'), '-o', path.join(dir, 'x.xlsx'), '--mode', 'monitor'], /不支持的评价类型“monitor”/],
      [['batch', path.join(dir, 'in'), '-o', path.join(dir, 'x.xlsx'), '--profile', 'nowhere'], /未知的评分口径“nowhere”/],
      [['batch', fixturePath('forms'), '-o', path.join(fixturePath('forms'), 'case1c-tools-own-form-alone.xlsx'), path.join(fixturePath('forms'), 'case1c-tools-own-form-alone.xlsx')], /也是输入文件之一/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr, stdout } = await runCli(...argv);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
    // A named file that does not exist is a row with its reason, not a stop.
    const missing = path.join(dir, 'missing.xlsx');
    const named = await runCli('batch', SEED_XLSX, missing, '-o', path.join(dir, 'named.xlsx'), '--json');
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout.trimEnd().split('\n')[1] ?? '')).toEqual({ file: missing, error: { reason: 'notFound', message: `找不到文件 ${missing}。` } });
    const empty = tempDir();
    const none = await runCli('batch', empty, '-o', path.join(dir, 'x.xlsx'));
    expect([none.code, none.stderr]).toEqual([2, `perf-eval: ${empty} 中没有 Excel 工作簿。\n`]);
  });

  it('uses worker threads only for enough large files, or when asked', () => {
    const small = Array.from({ length: 2000 }, (_, i) => ({ file: `${i}.xlsx`, relative: `${i}.xlsx`, size: 11_000 }));
    const large = Array.from({ length: 12 }, (_, i) => ({ file: `${i}.xlsx`, relative: `${i}.xlsx`, size: 4_000_000 }));
    expect(jobsFor(small, 2)).toBe(1);
    expect(jobsFor(large, 2)).toBe(2);
    expect(jobsFor(large, 1)).toBe(1);
    expect(jobsFor(large.slice(0, 3), 8)).toBe(1);
  });
});
