import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/app/report';
import { defaultOutputPath } from '../../src/cli/main';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { FORMS_DIR, SEED_XLSX } from '../helpers/fixtures';
import { runCli, tempDir } from './cliHarness';

/** The seed's own 评价类型 (绩效跟踪) makes it a tracking report: the 绩效运行监控表 in the 自评表's place. */
const OUTPUT_SHEETS = ['绩效运行监控表', '指标得分明细', '支出汇总', '校验问题', '指标调整对比', '评价报告（草稿）'];

describe('perf-eval evaluate', () => {
  it('scores the seed workbook 62.50, 中, provisional, and writes the output next to the input', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'seed.xlsx');
    copyFileSync(SEED_XLSX, input);
    const before = readFileSync(input);

    const { code, stdout, stderr } = await runCli('evaluate', input);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('项目：2021年度招商引资专项项目');
    expect(stdout).toMatch(/总分\s+100\.00\s+62\.50\s+等级 中（暂定/);
    expect(stdout).toMatch(/产出指标\s+50\.00\s+41\.20/);
    expect(stdout).toMatch(/预算执行率\s+10\.00\s+6\.30\s+执行率 63\.04%/);
    expect(stdout).toMatch(/接洽客商（批次）\s+≥320\s+210\s+4\.17\s+2\.74\s+部分达成/);
    expect(stdout).toMatch(/错误\s+绩效指标（调整后）!E20\s+ACTUAL_NOT_NUMERIC/);
    const output = path.join(dir, 'seed.评价结果.xlsx');
    expect(stdout.trimEnd().split('\n').slice(-2)[0]).toBe(`输出文件：${output}`);

    // The input file is untouched; the output holds the inputs and the six output sheets.
    expect(readFileSync(input).equals(before)).toBe(true);
    const snapshot = await (await XlsxHost.open(output)).read();
    expect(snapshot.sheets.map((s) => s.name).slice(-6)).toEqual(OUTPUT_SHEETS);
    expect(snapshot.ownedSheets).toEqual(OUTPUT_SHEETS);
  });

  it('prints exactly one JSON object with --json: the report', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out.xlsx');
    const { code, stdout, stderr } = await runCli('evaluate', SEED_XLSX, '-o', out, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as Report;
    expect(report.total).toBe(62.5);
    expect(report.grade).toBe('中');
    expect(report.provisional).toBe(true);
    expect(report.budget.score).toBe(6.3);
    expect(report.project.name).toBe('2021年度招商引资专项项目');
    expect(report.indicators).toHaveLength(18);
    expect(report.diagnostics.some((d) => d.code === 'ACTUAL_MISSING')).toBe(true);
    expect(existsSync(out)).toBe(true);
  });

  it('speaks English with --lang en-US (the form itself stays Chinese)', async () => {
    const out = path.join(tempDir(), 'out.xlsx');
    const { code, stdout } = await runCli('evaluate', SEED_XLSX, '-o', out, '--lang', 'en-US');
    expect(code).toBe(0);
    expect(stdout).toContain('Project: 2021年度招商引资专项项目');
    expect(stdout).toMatch(/Total\s+100\.00\s+62\.50\s+grade 中 \(provisional/);
    expect(stdout).toContain(`Output: ${out}`);
  });

  it('prints the comparison line and writes the draft report as .docx with --report', async () => {
    const dir = tempDir();
    const docx = path.join(dir, 'reports', 'seed.docx');
    const { code, stdout, stderr } = await runCli('evaluate', SEED_XLSX, '-o', path.join(dir, 'out.xlsx'), '--report', docx);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(
      '指标调整对比（绩效指标（原） → 绩效指标（调整后））：新增 10 项，删除 2 项，目标值调整 5 项，表述调整 5 项，二级指标调整 0 项，未调整 2 项。',
    );
    expect(stdout.trimEnd().endsWith(`评价报告（草稿）：${docx}`)).toBe(true);
    const bytes = readFileSync(docx);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
  });

  it('refuses --report for validate and for a name that is not .docx', async () => {
    const notDocx = await runCli('evaluate', SEED_XLSX, '--report', 'report.pdf');
    expect(notDocx.code).toBe(2);
    expect(notDocx.stderr).toContain('.docx');
    const onValidate = await runCli('validate', SEED_XLSX, '--report', 'r.docx');
    expect(onValidate.code).toBe(2);
    expect(onValidate.stderr).toContain('--report');
  });

  it('gives the same output workbook when run again on its own output', async () => {
    const dir = tempDir();
    const first = path.join(dir, 'first.xlsx');
    const second = path.join(dir, 'second.xlsx');
    expect((await runCli('evaluate', SEED_XLSX, '-o', first, '--json')).code).toBe(0);
    const again = await runCli('evaluate', first, '-o', second, '--json');
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as Report).total).toBe(62.5);
    const a = await (await XlsxHost.open(first)).read();
    const b = await (await XlsxHost.open(second)).read();
    expect(b).toEqual(a);
  });

  it('exits 1 and writes nothing when no sheet has indicators', async () => {
    const dir = tempDir();
    const noIndicators = path.join(dir, 'info-only.xlsx');
    const host = XlsxHost.create();
    host.workbook.addWorksheet('项目信息').addRows([
      ['项目名称', '某项目'],
      ['全年预算数（万元）', 10],
    ]);
    await host.save(noIndicators);
    const result = await runCli('evaluate', noIndicators);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('NO_INDICATOR_SHEET');
    expect(result.stdout).toContain('未生成输出文件');
    expect(existsSync(defaultOutputPath(noIndicators))).toBe(false);

    const empty = path.join(dir, 'no-sheets.xlsx');
    await XlsxHost.create().save(empty);
    const json = await runCli('evaluate', empty, '--json');
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as Report).diagnostics.map((d) => d.code)).toContain('NO_INDICATOR_SHEET');
  });
});

describe('perf-eval evaluate: never a silent zero (DOMAIN.md §8.13)', () => {
  it('exits 1 with NOTHING_SCORED and writes no file when every indicator is unreadable', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'unreadable.xlsx');
    const host = XlsxHost.create();
    host.workbook.addWorksheet('自评表').addRows([
      ['项目名称', '某项目'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
      ['产出指标', '数量指标', '培训人数', '≥100', null],
      ['效益指标', '社会效益指标', '培训合格率', '≥90%', '—'],
    ]);
    await host.save(input);
    const result = await runCli('evaluate', input);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('NOTHING_SCORED');
    expect(result.stdout).toContain('读取：项目信息 自评表!A1:B1；绩效指标 自评表!A2:E4');
    expect(result.stdout).toContain('没有任何指标能够计分');
    expect(result.stdout).toContain('未生成输出文件');
    expect(result.stdout).not.toMatch(/总分\s+\d/);
    expect(existsSync(defaultOutputPath(input))).toBe(false);

    const json = await runCli('evaluate', input, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.scored).toBe(false);
    expect(report.layout).toEqual([
      { role: 'project', sheet: '自评表', range: 'A1:B1' },
      { role: 'indicators', sheet: '自评表', range: 'A2:E4' },
    ]);
    expect(report.diagnostics.find((d) => d.code === 'NOTHING_SCORED')).toMatchObject({ severity: 'error', sheet: '自评表', cell: '2:2' });
  });

  it('prints the blocks read and the unit\'s own total beside ours', async () => {
    const { code, stdout } = await runCli('evaluate', path.join(FORMS_DIR, 'case5a-yunnan-lijiang-property-unit-columns.xlsx'), '-o', path.join(tempDir(), 'o.xlsx'));
    expect(code).toBe(0);
    expect(stdout).toContain('读取：项目信息 Sheet1!A2:G3；项目资金 Sheet1!A4:J8；年度总体目标 Sheet1!A9:J10；绩效指标 Sheet1!A11:J18');
    expect(stdout).toMatch(/总分\s+100\.00\s+100\.00/);
    expect(stdout).toMatch(/单位自评\s+93\.00\s+与复核得分相差 7\.00/);
  });
});

describe('perf-eval validate', () => {
  it('lists the diagnostics, writes nothing, and exits 1 when there are errors', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'seed.xlsx');
    copyFileSync(SEED_XLSX, input);
    const { code, stdout } = await runCli('validate', input);
    expect(code).toBe(1);
    expect(stdout).toMatch(/共 4 个错误、\d+ 个警告、\d+ 条提示。/);
    expect(stdout).toContain('ACTUAL_MISSING');
    expect(existsSync(defaultOutputPath(input))).toBe(false);

    const json = await runCli('validate', input, '--json', '--lang=en-US');
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as { valid: boolean; counts: { error: number }; diagnostics: { message: string }[] };
    expect(result.valid).toBe(false);
    expect(result.counts.error).toBe(4);
    expect(result.diagnostics.length).toBeGreaterThan(4);
  });

  it('exits 0 on a workbook without errors (the template)', async () => {
    const file = path.join(tempDir(), 'blank.xlsx');
    expect((await runCli('template', '-o', file)).code).toBe(0);
    const { code, stdout } = await runCli('validate', file);
    expect(stdout).toMatch(/共 0 个错误/);
    expect(code).toBe(0);
  });
});

describe('perf-eval template', () => {
  it('writes a workbook with the three input sheets and their drop-downs', async () => {
    const file = path.join(tempDir(), 'blank.xlsx');
    const { code, stdout } = await runCli('template', '-o', file);
    expect(code).toBe(0);
    expect(stdout).toContain(file);
    const host = await XlsxHost.open(file);
    expect((await host.read()).sheets.map((s) => s.name)).toEqual(['项目信息', '支出明细', '绩效指标']);
    const validations = (name: string): Record<string, { type: string; formulae: string[] }> =>
      (host.workbook.getWorksheet(name) as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } })
        .dataValidations.model;
    expect(validations('绩效指标')['A3']).toMatchObject({ type: 'list', formulae: ['"产出指标,效益指标,满意度指标"'] });
    expect(validations('绩效指标')['B3']?.type).toBe('list');
    expect(Object.values(validations('项目信息')).some((dv) => dv.formulae[0]?.includes('单位自评'))).toBe(true);
  });

  it('refuses to overwrite an existing file', async () => {
    const file = path.join(tempDir(), 'mine.xlsx');
    writeFileSync(file, 'keep me');
    const { code, stderr } = await runCli('template', '-o', file);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});

describe('perf-eval failures', () => {
  function oneLine(stderr: string): string {
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    return lines[0] ?? '';
  }

  it('exits 2 with one line for a file that is not an xlsx', async () => {
    const file = path.join(tempDir(), 'notes.xlsx');
    writeFileSync(file, '项目名称\t金额\n');
    const { code, stdout, stderr } = await runCli('evaluate', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(oneLine(stderr)).toBe(`perf-eval: ${file} 不是 Excel 工作簿（.xlsx）：请在 Excel 或 WPS 中打开它，用“文件 → 另存为 → Excel 工作簿 (*.xlsx)”另存后重试。`);
  });

  it('exits 2 with one line for a missing file, in the chosen language', async () => {
    const file = path.join(tempDir(), 'missing.xlsx');
    const zh = await runCli('validate', file);
    expect(zh.code).toBe(2);
    expect(oneLine(zh.stderr)).toContain('找不到文件');
    const en = await runCli('evaluate', file, '--lang', 'en-US', '--json');
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(oneLine(en.stderr)).toBe(`perf-eval: File not found: ${file}.`);
  });

  it('exits 2 with one line when the output cannot be written', async () => {
    const out = tempDir(); // a folder, not a file
    const { code, stderr } = await runCli('evaluate', SEED_XLSX, '-o', out);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toContain(`无法写入 ${out}`);
  });

  it('creates the output folder when it is missing', async () => {
    const out = path.join(tempDir(), 'out', 'seed.评价结果.xlsx');
    expect((await runCli('evaluate', SEED_XLSX, '-o', out)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    [['frobnicate', 'x.xlsx'], '未知命令'],
    [['evaluate'], 'evaluate 需要一个输入文件'],
    [['evaluate', 'a.xlsx', 'b.xlsx'], '多余的参数：b.xlsx'],
    [['evaluate', 'a.xlsx', '--bogus'], '选项有误'],
    [['evaluate', 'a.xlsx', '--lang', 'fr-FR'], '不支持的语言'],
    [['validate', 'a.xlsx', '-o', 'b.xlsx'], 'validate 不接受选项 -o/--output'],
    [['template'], 'template 需要用 -o 指定输出文件'],
    [['template', '-o', 'x.xlsx', '--json'], 'template 不接受选项 --json'],
  ])('exits 2 on usage error %j', async (argv, expected) => {
    const { code, stdout, stderr } = await runCli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(oneLine(stderr)).toContain(expected);
  });

  it('states usage errors in English when asked', async () => {
    const { code, stderr } = await runCli('--lang', 'en-US', 'evaluate');
    expect(code).toBe(2);
    expect(oneLine(stderr)).toBe('perf-eval: evaluate needs one input file (.xlsx). Run perf-eval --help for usage.');
  });
});

describe('perf-eval help', () => {
  it('prints the usage with --help (exit 0) and without arguments (exit 2)', async () => {
    const help = await runCli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('perf-eval evaluate 输入.xlsx');
    expect(help.stdout).toContain('退出码');
    const en = await runCli('-h', '--lang', 'en-US');
    expect(en.stdout).toContain('perf-eval template -o BLANK.xlsx');
    const none = await runCli();
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('用法');
  });
});

describe('defaultOutputPath', () => {
  it('puts 评价结果 before the extension, next to the input', () => {
    expect(defaultOutputPath(path.join('a', 'b', 'seed.xlsx'))).toBe(path.join('a', 'b', 'seed.评价结果.xlsx'));
    expect(defaultOutputPath('Seed.XLSX')).toBe('seed.评价结果.xlsx'.replace('seed', 'Seed'));
  });
});
