import path from 'node:path';
import type { Report } from '../../src/app/report';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { makeSample } from '../../tools/makeSample';
import { SAMPLE_XLSX, SEED_XLSX } from '../helpers/fixtures';
import { runCli, tempDir } from './cliHarness';

async function report(file: string): Promise<Report> {
  const { code, stdout } = await runCli('evaluate', file, '-o', path.join(tempDir(), 'out.xlsx'), '--json');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Report;
}

describe('the bundled sample workbook', () => {
  it('scores like the seed fixture: 62.50, 中, 暂定, indicator by indicator', async () => {
    const [sample, seed] = await Promise.all([report(SAMPLE_XLSX), report(SEED_XLSX)]);
    expect([sample.total, sample.max, sample.grade, sample.provisional]).toEqual([62.5, 100, '中', true]);
    expect(sample.levels).toEqual(seed.levels);
    expect(sample.budget).toEqual(seed.budget);
    expect(sample.project).toEqual(seed.project);
    const scores = (r: Report): unknown[] => r.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.status]);
    expect(scores(sample)).toEqual(scores(seed));
    const codes = (r: Report): string[] => r.diagnostics.map((d) => d.code).sort();
    expect(codes(sample)).toEqual(codes(seed));
    expect(codes(sample)).toContain('TITLE_PROJECT_MISMATCH');
  });

  it('is what tools/makeSample.ts builds (regenerate it after changing the template)', async () => {
    const file = path.join(tempDir(), 'sample.xlsx');
    await makeSample(file);
    const fresh = await (await XlsxHost.open(file)).read();
    const committed = await (await XlsxHost.open(SAMPLE_XLSX)).read();
    expect(fresh).toEqual(committed);
    expect(committed.sheets.map((s) => s.name)).toEqual(['项目信息', '支出明细', '绩效指标（调整后）', '绩效指标（原）']);
  });
});
