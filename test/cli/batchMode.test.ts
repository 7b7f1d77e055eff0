/**
 * `perf-eval batch --mode self|tracking` (DOMAIN.md §9): without it each file in its own mode (the seed's
 * 评价类型 绩效跟踪 makes it tracking), with it every file in that mode; the 评价类型 column says which.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/app/report';
import { SEED_XLSX } from '../helpers/fixtures';
import { runCli, tempDir } from './cliHarness';
import { summaryRows } from './batchHarness';

const MODE = 14;

describe('perf-eval batch --mode', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    copyFileSync(SEED_XLSX, path.join(dir, 'in', 'seed.xlsx'));
  });

  it('scores each file in its own mode by default, and every file in the mode asked for', async () => {
    const own = await runCli('batch', path.join(dir, 'in'), '-o', path.join(dir, 'own.xlsx'), '--json');
    expect(own.code).toBe(0);
    const report = JSON.parse(own.stdout.trimEnd()) as Report;
    expect(report.mode).toBe('tracking');
    expect(report.tracking?.light).toBe('green');
    const header = (await summaryRows(path.join(dir, 'own.xlsx')))[0] ?? [];
    expect(header[MODE]).toBe('评价类型');
    expect((await summaryRows(path.join(dir, 'own.xlsx')))[1]?.[MODE]).toBe('跟踪');

    const self = await runCli('batch', path.join(dir, 'in'), '-o', path.join(dir, 'self.xlsx'), '--mode', 'self');
    expect(self.code).toBe(0);
    const row = (await summaryRows(path.join(dir, 'self.xlsx')))[1];
    expect([row?.[8], row?.[9], row?.[10], row?.[MODE]]).toEqual(['62.5', '中', '暂定', '自评']);

    const tracking = await runCli('batch', path.join(dir, 'in'), '-o', path.join(dir, 't.xlsx'), '--mode', 'tracking', '--json');
    expect((JSON.parse(tracking.stdout.trimEnd()) as Report).tracking?.gap).toBe(4.7);
  });
});
