/** `--profile` and `--layout` on the command line (DOMAIN.md §6, §8): choice, usage errors, the form template. */
import path from 'node:path';
import type { Report } from '../../src/app/report';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { SEED_XLSX } from '../helpers/fixtures';
import { runCli, tempDir } from './cliHarness';

describe('perf-eval --profile', () => {
  it('scores under the chosen profile and names it in the JSON report and the summary', async () => {
    const dir = tempDir();
    const json = await runCli('evaluate', SEED_XLSX, '-o', path.join(dir, 'a.xlsx'), '--json', '--profile', 'municipal-20-80');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(report).toMatchObject({ profile: 'municipal-20-80', profileLabel: '市县 20/80 自评表', profileSource: 'chosen' });
    expect(report.budget).toMatchObject({ weight: 20, score: 12.61, base: 'annualBudget' });
    expect(report.diagnostics.map((d) => d.code)).toContain('WEIGHTS_REQUIRED');

    const text = await runCli('evaluate', SEED_XLSX, '-o', path.join(dir, 'b.xlsx'), '--profile=linear-le');
    expect(text.stdout).toContain('评分口径：线性反向（部分预算管理系统）（--profile 指定）');
    expect(text.stdout).toMatch(/总分\s+100\.00\s+62\.50/);
    const validate = await runCli('validate', SEED_XLSX, '--profile', 'sichuan', '--lang', 'en-US');
    expect(validate.stdout).toContain('Scoring profile: Sichuan Province (--profile)');
    expect(validate.stdout).toContain('WEIGHTS_REQUIRED');
  });

  it('remembers the chosen profile in the output workbook: evaluating that file again uses it', async () => {
    const dir = tempDir();
    const first = path.join(dir, 'first.xlsx');
    expect((await runCli('evaluate', SEED_XLSX, '-o', first, '--profile', 'sichuan')).code).toBe(0);
    expect((await (await XlsxHost.open(first)).read()).settings).toEqual({ profile: 'sichuan' });
    const again = await runCli('evaluate', first, '-o', path.join(dir, 'second.xlsx'), '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ profile: 'sichuan', profileSource: 'remembered', total: 6.3 });
    // An explicit flag still wins over the remembered one.
    const chosen = await runCli('validate', first, '--json', '--profile', 'central');
    expect((JSON.parse(chosen.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)).not.toContain('WEIGHTS_REQUIRED');
  });

  it('says which profile applied without the flag: central for the seed', async () => {
    const { stdout } = await runCli('validate', SEED_XLSX);
    expect(stdout).toContain('  评分口径：中央部门（财预〔2020〕10号）\n');
  });

  it('refuses an unknown profile with exit 2 and one line listing the profiles, in either language', async () => {
    const zh = await runCli('evaluate', SEED_XLSX, '--profile', 'beijing');
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe('');
    expect(zh.stderr.trimEnd()).toBe(
      'perf-eval: 未知的评分口径“beijing”（可用：central、municipal-20-80、sichuan、linear-le）。 运行 perf-eval --help 查看用法。',
    );
    const en = await runCli('validate', SEED_XLSX, '--profile', 'beijing', '--lang', 'en-US');
    expect(en.code).toBe(2);
    expect(en.stderr.trimEnd()).toBe(
      'perf-eval: Unknown scoring profile "beijing" (use central, municipal-20-80, sichuan, linear-le). Run perf-eval --help for usage.',
    );
  });

  it('lists the profiles and layouts in the usage', async () => {
    const zh = await runCli('--help');
    expect(zh.stdout).toContain('central | municipal-20-80 | sichuan | linear-le');
    expect(zh.stdout).toContain('--layout 版式');
    const en = await runCli('--help', '--lang', 'en-US');
    expect(en.stdout).toContain('perf-eval template -o BLANK.xlsx [--layout sheets|form] [--profile ID]');
  });
});

describe('perf-eval template --layout', () => {
  it('form: one sheet, the official 项目支出绩效自评表 with its drop-downs', async () => {
    const file = path.join(tempDir(), 'form.xlsx');
    const { code, stdout } = await runCli('template', '--layout', 'form', '-o', file);
    expect(code).toBe(0);
    expect(stdout).toContain('项目支出绩效自评表');
    const host = await XlsxHost.open(file);
    const sheets = (await host.read()).sheets;
    expect(sheets.map((s) => s.name)).toEqual(['项目支出绩效自评表']);
    expect(sheets[0]?.values[0]?.[0]).toBe('项目支出绩效自评表');
    const model = (host.workbook.getWorksheet('项目支出绩效自评表') as unknown as {
      dataValidations: { model: Record<string, { type: string; formulae: string[] }> };
    }).dataValidations.model;
    const lists = Object.values(model).map((v) => v.formulae[0] ?? '');
    expect(lists).toContain('"产出指标（50分）,效益指标（30分）,满意度指标（10分）"');
  });

  it('form with --profile: the profile’s points in the labels', async () => {
    const file = path.join(tempDir(), 'form2080.xlsx');
    expect((await runCli('template', '--layout=form', '--profile', 'municipal-20-80', '-o', file)).code).toBe(0);
    const values = (await (await XlsxHost.open(file)).read()).sheets[0]?.values.flat() ?? [];
    expect(values).toContain('绩效指标（80分）');
    expect(values).toContain('项目资金（万元）\n预算执行（20分）');
  });

  it('sheets, explicitly, is the default three input sheets', async () => {
    const file = path.join(tempDir(), 'sheets.xlsx');
    expect((await runCli('template', '--layout', 'sheets', '-o', file)).code).toBe(0);
    expect((await (await XlsxHost.open(file)).read()).sheets.map((s) => s.name)).toEqual(['项目信息', '支出明细', '绩效指标']);
  });

  it.each([
    [['template', '--layout', 'word', '-o', 'x.xlsx'], '未知的模板版式“word”（可用：sheets、form）'],
    [['evaluate', 'a.xlsx', '--layout', 'form'], 'evaluate 不接受选项 --layout'],
    [['template', '--layout', 'word', '-o', 'x.xlsx', '--lang', 'en-US'], 'Unknown template layout "word" (use sheets or form)'],
  ])('exits 2 on %j', async (argv, expected) => {
    const { code, stdout, stderr } = await runCli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(expected);
  });
});
