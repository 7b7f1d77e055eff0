/**
 * `--mode self|tracking` (DOMAIN.md §9): the seed's own 评价类型 (绩效跟踪) makes it tracking by default;
 * `--mode self` gives its self-evaluation, the 自评表 and LOW_EXECUTION_RATE with it.
 */
import path from 'node:path';
import type { Report } from '../../src/app/report';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { SEED_XLSX } from '../helpers/fixtures';
import { runCli, tempDir } from './cliHarness';

function codes(report: Report): string[] {
  return report.diagnostics.map((d) => d.code);
}

describe('perf-eval evaluate --mode', () => {
  it('tracks the seed by default: the tracking block in --json, the two tracking lines in the summary', async () => {
    const dir = tempDir();
    const json = await runCli('evaluate', SEED_XLSX, '-o', path.join(dir, 'a.xlsx'), '--json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.mode).toBe('tracking');
    expect([report.total, report.grade, report.provisional]).toEqual([62.5, '中', true]);
    expect(report.tracking).toMatchObject({ asOf: '2021-07-31', gap: 4.7, light: 'green', projectedTotal: 70.87, snapshotTotal: 62.5 });
    expect(codes(report)).not.toContain('LOW_EXECUTION_RATE');
    expect(codes(report)).not.toContain('EXECUTION_BEHIND_SCHEDULE');

    const text = await runCli('evaluate', SEED_XLSX, '-o', path.join(dir, 'b.xlsx'));
    expect(text.stdout).toContain('绩效跟踪（截至 2021-07-31）：时间进度 58.33%，执行进度 63.04%，进度差 +4.70 个百分点（绿灯）。');
    expect(text.stdout).toContain('指标：绿灯 13 项、黄灯 0 项、红灯 0 项、灰灯（未填报或无法判断）4 项；预计全年得分 70.87（中），截至日得分（参考）62.50。');
  });

  it('--mode self: the self-evaluation, its 自评表 and LOW_EXECUTION_RATE, no tracking lines', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'self.xlsx');
    const json = await runCli('evaluate', SEED_XLSX, '-o', out, '--json', '--mode', 'self');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.mode).toBe('selfEvaluation');
    expect(report.tracking).toBeUndefined();
    expect([report.total, report.grade, report.provisional]).toEqual([62.5, '中', true]);
    expect(codes(report)[0]).toBe('LOW_EXECUTION_RATE');
    const names = (await (await XlsxHost.open(out)).read()).sheets.map((s) => s.name);
    expect(names).toContain('绩效自评表');
    expect(names).not.toContain('绩效运行监控表');

    const text = await runCli('evaluate', SEED_XLSX, '-o', path.join(dir, 'b.xlsx'), '--mode', 'self', '--lang', 'en-US');
    expect(text.stdout).not.toContain('Tracking (as of');
  });

  it('validate takes --mode too', async () => {
    const self = await runCli('validate', SEED_XLSX, '--json', '--mode', 'self');
    const tracking = await runCli('validate', SEED_XLSX, '--json', '--mode', 'tracking');
    const list = (stdout: string): string[] => (JSON.parse(stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(list(self.stdout)).toContain('LOW_EXECUTION_RATE');
    expect(list(tracking.stdout)).not.toContain('LOW_EXECUTION_RATE');
  });

  it('an unknown mode is a usage error in the user\'s language', async () => {
    const zh = await runCli('evaluate', SEED_XLSX, '--mode', 'monitor');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^perf-eval: 不支持的评价类型“monitor”（可用：self 自评、tracking 绩效跟踪）。/);
    const en = await runCli('validate', SEED_XLSX, '--mode', 'x', '--lang', 'en-US');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Unsupported mode "x" (use self or tracking).');
  });

  it('template --mode tracking writes the tracking template, which evaluates as a tracking report', async () => {
    const dir = tempDir();
    const blank = path.join(dir, '跟踪模板.xlsx');
    const made = await runCli('template', '-o', blank, '--mode', 'tracking');
    expect(made.code).toBe(0);
    const sheet = (await (await XlsxHost.open(blank)).read()).sheets.find((s) => s.name === '绩效指标');
    expect(sheet?.values[1]).toContain('完成目标可能性');
    const json = await runCli('evaluate', blank, '-o', path.join(dir, 'out.xlsx'), '--json');
    const report = JSON.parse(json.stdout) as Report;
    expect(report.mode).toBe('tracking');
    expect(report.tracking?.light).toBe('yellow');
    expect((await runCli('template', '-o', path.join(dir, 'x.xlsx'), '--mode', 'weekly')).code).toBe(2);
  });
});
