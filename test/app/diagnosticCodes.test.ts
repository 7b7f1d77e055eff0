/**
 * Every diagnostic code of DOMAIN.md §4 is triggered by at least one small workbook here, with the
 * sheet and cell a user would look at. The last test checks that none is left out.
 */
import type { CellValue, SheetGrid } from '../../src/domain/grid';
import type { DiagnosticCode } from '../../src/domain/diagnostics/types';
import { DIAGNOSTIC_CODES } from '../../src/domain/diagnostics/create';
import { evaluateSnapshot } from '../../src/app/useCases';
import { grid } from '../helpers/grid';
import type { WorkbookSnapshot } from '../../src/app/ports';
import { FakeWorkbook, type FailRule, type FakeExcelOptions } from '../fakeExcel';
import { officeOver } from '../hosts/office/officeTestKit';

const seen = new Set<DiagnosticCode>();

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'];

function project(extra: readonly (readonly CellValue[])[] = [], budget: CellValue = 100): SheetGrid {
  return grid('项目信息', [['项目名称', '2024年度培训项目'], ['全年预算数（万元）', budget], ['全年执行数（万元）', 95], ...extra]);
}

function expenses(rows: readonly (readonly CellValue[])[] = [[1, '培训费', 950000], ['合计', null, 950000]]): SheetGrid {
  return grid('支出明细', [['培训项目支出明细'], ['单位：元'], ['序号', '资金摘要', '金额'], ...rows]);
}

function indicators(rows: readonly (readonly CellValue[])[], formats: Record<string, string> = {}): SheetGrid {
  return grid('绩效指标', [HEADER, ...rows], { formats });
}

const GOOD: readonly (readonly CellValue[])[] = [
  ['产出指标', '数量指标', '培训人数（人）', '≥100', 100, 50, null, null],
  ['效益指标', '社会效益指标', '培训合格率', '≥90%', '95%', 30, null, null],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '92%', 10, null, null],
];

function run(sheets: readonly SheetGrid[], owned: readonly string[] = [], diagnostics: WorkbookSnapshot['diagnostics'] = []) {
  const { report } = evaluateSnapshot({ sheets, ownedSheets: owned, diagnostics });
  for (const d of report.diagnostics) seen.add(d.code);
  return report;
}

function expectDiag(sheets: readonly SheetGrid[], code: DiagnosticCode, sheet: string, cell: string): void {
  const report = run(sheets);
  const found = report.diagnostics.filter((d) => d.code === code);
  expect(found.map((d) => `${d.sheet}!${d.cell}`)).toContain(`${sheet}!${cell}`);
  for (const d of found) expect(d.message.length).toBeGreaterThan(5);
}

describe('a clean workbook', () => {
  test('has no warnings or errors', () => {
    const report = run([project(), expenses(), indicators(GOOD)]);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(report.total).toBe(99.5);
    expect(report.provisional).toBe(false);
    expect(report.grade).toBe('优');
  });
});

describe('each diagnostic code', () => {
  test('NO_INDICATOR_SHEET, NO_PROJECT_INFO, NO_EXPENSE_SHEET', () => {
    const report = run([grid('Sheet1', [['hello']])]);
    expect(report.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['NO_INDICATOR_SHEET', 'NO_PROJECT_INFO', 'NO_EXPENSE_SHEET']),
    );
    expect(report.total).toBe(0);
  });

  test('MISSING_COLUMN: an indicator table without a target column, an expense table without amounts', () => {
    expectDiag([grid('指标', [['一级指标', '二级指标', '三级指标', '实际完成值']])], 'MISSING_COLUMN', '指标', 'C1');
    expectDiag([grid('支出', [['序号', '资金摘要', '备注']])], 'MISSING_COLUMN', '支出', '1:1'); // the header row: no column is guessed
    expectDiag([project(), indicators([])].map((g) =>
      g.name === '绩效指标' ? grid('绩效指标', [['三级指标', '年度指标值']]) : g), 'MISSING_COLUMN', '绩效指标', '1:1');
  });

  test('UNKNOWN_LEVEL1, UNKNOWN_LEVEL2, LEVEL2_PARENT_MISMATCH', () => {
    const rows = [...GOOD, ['管理指标', '数量指标', 'x', '≥1', 1, 0, null, null], ['产出指标', '规模指标', 'y', '≥1', 1, 0, null, null],
      ['效益指标', '数量指标', 'z', '≥1', 1, 0, null, null]];
    expectDiag([project(), expenses(), indicators(rows)], 'UNKNOWN_LEVEL1', '绩效指标', 'A5');
    expectDiag([project(), expenses(), indicators(rows)], 'UNKNOWN_LEVEL2', '绩效指标', 'B6');
    expectDiag([project(), expenses(), indicators(rows)], 'LEVEL2_PARENT_MISMATCH', '绩效指标', 'B7');
  });

  test('PLACEHOLDER_INDICATOR and DUPLICATE_INDICATOR', () => {
    const rows = [...GOOD, ['效益指标', '生态效益指标', '无', null, null, null, null, null], ['产出指标', '数量指标', '培训人数（人）', '≥100', 100, 0, null, null]];
    expectDiag([project(), expenses(), indicators(rows)], 'PLACEHOLDER_INDICATOR', '绩效指标', 'C5');
    expectDiag([project(), expenses(), indicators(rows)], 'DUPLICATE_INDICATOR', '绩效指标', 'C6');
  });

  test('TARGET_UNPARSED', () => {
    const rows = [...GOOD, ['产出指标', '数量指标', '课时', '≥abc', 1, 0, null, null]];
    expectDiag([project(), expenses(), indicators(rows)], 'TARGET_UNPARSED', '绩效指标', 'D5');
  });

  test('ACTUAL_MISSING, ACTUAL_NOT_NUMERIC, ACTUAL_INVALID make the result provisional', () => {
    const actuals: CellValue[] = [null, '完成', { error: '#N/A' }];
    const rows = GOOD.map((r, i) => [...r.slice(0, 4), actuals[i] ?? null, ...r.slice(5)]);
    const sheets = [project(), expenses(), indicators(rows)];
    expectDiag(sheets, 'ACTUAL_MISSING', '绩效指标', 'E2');
    expectDiag(sheets, 'ACTUAL_NOT_NUMERIC', '绩效指标', 'E3');
    expectDiag(sheets, 'ACTUAL_INVALID', '绩效指标', 'E4');
    expect(run(sheets).provisional).toBe(true);
  });

  test('qualitative tiers: QUAL_ACTUAL_UNRECOGNIZED and QUAL_SCORE_OUT_OF_BAND; in-band manual scores are used', () => {
    const rows = [
      ['产出指标', '质量指标', '制度健全性', '健全', '基本完成', 20, 15, '部分制度待修订'],
      ['产出指标', '质量指标', '档案完整性', '完整', '部分完成', 20, 19, '档案补录中'],
      ['产出指标', '质量指标', '流程规范性', '规范', '还行', 10, null, null],
      ...GOOD.slice(1),
    ];
    const sheets = [project(), expenses(), indicators(rows)];
    const report = run(sheets);
    expect(report.indicators[0]).toMatchObject({ score: 15, status: 'partial' });
    expect(report.indicators[1]).toMatchObject({ score: 14, status: 'partial' });
    expectDiag(sheets, 'QUAL_SCORE_OUT_OF_BAND', '绩效指标', 'G3');
    expectDiag(sheets, 'QUAL_ACTUAL_UNRECOGNIZED', '绩效指标', 'E4');
  });

  test('APPROXIMATE_ACTUAL, UNIT_MISMATCH, NEGATIVE_ACTUAL, AMBIGUOUS_PERCENT', () => {
    const rows = [
      ['产出指标', '数量指标', '培训人数（人）', '≥100', '约120人', 20, null, null],
      ['产出指标', '数量指标', '培训天数', '≥10天', '12次', 10, null, null],
      ['产出指标', '成本指标', '成本节约额', '≥5万元', -3, 10, null, null],
      ['产出指标', '质量指标', '合格率', '≥90%', 0.95, 10, null, null],
      ...GOOD.slice(1),
    ];
    const sheets = [project(), expenses(), indicators(rows)];
    expectDiag(sheets, 'APPROXIMATE_ACTUAL', '绩效指标', 'E2');
    expectDiag(sheets, 'UNIT_MISMATCH', '绩效指标', 'E3');
    expectDiag(sheets, 'NEGATIVE_ACTUAL', '绩效指标', 'E4');
    expectDiag(sheets, 'AMBIGUOUS_PERCENT', '绩效指标', 'E5');
    const report = run(sheets);
    expect(report.indicators[3]).toMatchObject({ score: 10, status: 'met' });
  });

  test('OVER_ACHIEVED and DEVIATION_REASON_MISSING', () => {
    const rows = [
      ['产出指标', '数量指标', '培训人数（人）', '≥100', 200, 25, null, null],
      ['产出指标', '数量指标', '培训班次', '≥10', 5, 25, null, null],
      ...GOOD.slice(1),
    ];
    const sheets = [project(), expenses(), indicators(rows)];
    expectDiag(sheets, 'OVER_ACHIEVED', '绩效指标', 'E2');
    expectDiag(sheets, 'DEVIATION_REASON_MISSING', '绩效指标', 'H2');
    expectDiag(sheets, 'DEVIATION_REASON_MISSING', '绩效指标', 'H3');
  });

  test('WEIGHTS_DEFAULTED, WEIGHTS_INCOMPLETE, WEIGHT_SUM_MISMATCH', () => {
    const blank = GOOD.map((r) => [...r.slice(0, 5), null, null, null]);
    const partial = GOOD.map((r, i) => [...r.slice(0, 5), i === 0 ? null : r[5] ?? null, null, null]);
    const wrong = GOOD.map((r, i) => [...r.slice(0, 5), i === 0 ? 40 : r[5] ?? null, null, null]);
    expectDiag([project(), expenses(), indicators(blank)], 'WEIGHTS_DEFAULTED', '绩效指标', '');
    expectDiag([project(), expenses(), indicators(partial)], 'WEIGHTS_INCOMPLETE', '绩效指标', 'F1');
    expectDiag([project(), expenses(), indicators(wrong)], 'WEIGHT_SUM_MISMATCH', '绩效指标', 'F1');
    expect(run([project(), expenses(), indicators(blank)]).indicators.map((i) => i.weight)).toEqual([50, 30, 10]);
  });

  test('LEVEL1_MISSING lowers the awarded maximum', () => {
    const rows = GOOD.slice(0, 2).map((r) => [...r.slice(0, 5), null, null, null]);
    const report = run([project(), expenses(), indicators(rows)]);
    expect(report.diagnostics.map((d) => d.code)).toContain('LEVEL1_MISSING');
    expect(report.max).toBe(90);
  });

  test('QUALITATIVE_TARGET: a warning under 数量/时效/成本, info elsewhere', () => {
    const rows = [['产出指标', '数量指标', '培训覆盖面', '广泛', '达成', 20, null, null], ['产出指标', '质量指标', '教材质量', '良好', '达成', 30, null, null], ...GOOD.slice(1)];
    const report = run([project(), expenses(), indicators(rows)]);
    const q = report.diagnostics.filter((d) => d.code === 'QUALITATIVE_TARGET');
    expect(q.map((d) => [d.cell, d.severity])).toEqual([['D2', 'warning'], ['D3', 'info']]);
  });

  test('SATISFACTION_NOT_QUANTIFIED, SATISFACTION_TARGET_LOW, SUSPICIOUS_ZERO_TARGET', () => {
    const rows = [
      ...GOOD.slice(0, 2),
      ['满意度指标', '服务对象满意度指标', '学员满意度', '满意', '达成', 5, null, null],
      ['满意度指标', '服务对象满意度指标', '教师满意度', '≥80%', '85%', 5, null, null],
    ];
    const sheets = [project(), expenses(), indicators([...rows, ['产出指标', '时效指标', '资金到位及时率', 0, 0, 0, null, null]])];
    expectDiag(sheets, 'SATISFACTION_NOT_QUANTIFIED', '绩效指标', 'D4');
    expectDiag(sheets, 'SATISFACTION_TARGET_LOW', '绩效指标', 'D5');
    expectDiag(sheets, 'SUSPICIOUS_ZERO_TARGET', '绩效指标', 'D6');
  });

  test('BUDGET_MISSING, LOW_EXECUTION_RATE, OVER_BUDGET', () => {
    expectDiag([project([], 0), expenses(), indicators(GOOD)], 'BUDGET_MISSING', '项目信息', 'B2');
    const low = grid('项目信息', [['项目名称', '培训项目'], ['全年预算数', 200], ['全年执行数', 95]]);
    expectDiag([low, expenses(), indicators(GOOD)], 'LOW_EXECUTION_RATE', '项目信息', 'B3');
    const over = grid('项目信息', [['项目名称', '培训项目'], ['全年预算数', 90], ['全年执行数', 95]]);
    expectDiag([over, expenses(), indicators(GOOD)], 'OVER_BUDGET', '项目信息', 'B3');
    expect(run([over, expenses(), indicators(GOOD)]).budget.score).toBe(10);
  });

  test('FUND_BREAKDOWN_MISMATCH, EXECUTED_EXCEEDS_RECEIVED', () => {
    const p = project([['其中：当年财政拨款（万元）', 80], ['上年结转资金（万元）', 10], ['资金到位数（万元）', 90]]);
    expectDiag([p, expenses(), indicators(GOOD)], 'FUND_BREAKDOWN_MISMATCH', '项目信息', 'B2');
    expectDiag([p, expenses(), indicators(GOOD)], 'EXECUTED_EXCEEDS_RECEIVED', '项目信息', 'B3');
  });

  test('EXPENSE_TOTAL_MISMATCH, EXPENSE_AMOUNT_INVALID, EXECUTED_MISMATCH', () => {
    const e = expenses([[1, '培训费', 900000], [2, '资料费', '五万'], ['合计', null, 950000]]);
    expectDiag([project(), e, indicators(GOOD)], 'EXPENSE_TOTAL_MISMATCH', '支出明细', 'C6');
    expectDiag([project(), e, indicators(GOOD)], 'EXPENSE_AMOUNT_INVALID', '支出明细', 'C5');
    expectDiag([project(), e, indicators(GOOD)], 'EXECUTED_MISMATCH', '项目信息', 'B3');
  });

  test('TITLE_PROJECT_MISMATCH', () => {
    const e = grid('支出明细', [['表1 档案管理专项项目支出明细表'], ['序号', '资金摘要', '金额'], [1, '培训费', 950000]]);
    expectDiag([project(), e, indicators(GOOD)], 'TITLE_PROJECT_MISMATCH', '支出明细', 'A1');
  });

  test('TEMPLATE_ROW: leftovers of the form template are skipped, one note per table', () => {
    const rows = [
      ['产出指标', '数量指标', '培训人数（人）', '≥100', 100, 50, null, null],
      [null, null, '指标2：', null, null, null, null, null],
      [null, null, '……', '—', null, null, null, null],
      ...GOOD.slice(1),
    ];
    const sheets = [project(), expenses(), indicators(rows)];
    expectDiag(sheets, 'TEMPLATE_ROW', '绩效指标', 'C3');
    const report = run(sheets);
    expect(report.diagnostics.filter((d) => d.code === 'TEMPLATE_ROW')).toHaveLength(1);
    expect(report.diagnostics.find((d) => d.code === 'TEMPLATE_ROW')?.message).toContain('3、4');
    expect(report.indicators.map((i) => i.name)).toEqual(['培训人数（人）', '培训合格率', '学员满意度']);
  });

  test('ACTUAL_HAS_OPERATOR: an actual written like a target is read and scored', () => {
    const rows = [['产出指标', '数量指标', '安装坡面水标尺', '≥266米', '≥266米', 50, null, null], ...GOOD.slice(1)];
    const sheets = [project(), expenses(), indicators(rows)];
    expectDiag(sheets, 'ACTUAL_HAS_OPERATOR', '绩效指标', 'E2');
    expect(run(sheets).indicators[0]).toMatchObject({ score: 50, status: 'met' });
  });

  test('NOTHING_SCORED: a table was found but no indicator could be scored; no form is written', () => {
    const rows = GOOD.map((r) => [...r.slice(0, 4), null, ...r.slice(5)]);
    const sheets = [project(), expenses(), indicators(rows)];
    expectDiag(sheets, 'NOTHING_SCORED', '绩效指标', '1:1');
    const { report, plan } = evaluateSnapshot({ sheets, ownedSheets: [] });
    expect(report.scored).toBe(false);
    expect(report.diagnostics.find((d) => d.code === 'NOTHING_SCORED')).toMatchObject({ severity: 'error' });
    expect(report.diagnostics.find((d) => d.code === 'NOTHING_SCORED')?.message).toContain('绩效指标!A1:H4');
    expect(plan.sheets.map((s) => s.name)).toEqual(['校验问题']);
    // In tracking mode it is a warning, the 监控表 is still written (funds progress), and the message says so.
    const tracking = evaluateSnapshot({ sheets, ownedSheets: [] }, { mode: 'tracking' });
    const warning = tracking.report.diagnostics.find((d) => d.code === 'NOTHING_SCORED');
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning?.message).toContain('绩效运行监控表仍按资金进度生成');
    expect(warning?.message).not.toContain('未生成');
    expect(tracking.plan.sheets.map((s) => s.name)).toContain('绩效运行监控表');
  });

  test('QUAL_ACTUAL_RESTATES_TARGET: a qualitative actual that repeats its target is achieved', () => {
    const rows = [['产出指标', '质量指标', '群众生产生活条件改善状况', '显著提升', '显著提升', 50, null, null], ...GOOD.slice(1)];
    const sheets = [project(), expenses(), indicators(rows)];
    expectDiag(sheets, 'QUAL_ACTUAL_RESTATES_TARGET', '绩效指标', 'E2');
    expect(run(sheets).indicators[0]).toMatchObject({ score: 50, status: 'met' });
  });

  test('SELF_SCORE_DIFFERS and SELF_TOTAL_MISMATCH: the unit\'s own scores beside ours', () => {
    const rows = [
      ['产出指标', '数量指标', '培训人数（人）', '≥100', 80, 50, 50, '场地紧张'],
      ['效益指标', '社会效益指标', '培训合格率', '≥90%', '95%', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '92%', 10, 10, null],
      ['总分', null, null, null, null, 100, 100, null],
    ];
    const sheets = [project(), expenses(), indicators(rows)];
    expectDiag(sheets, 'SELF_SCORE_DIFFERS', '绩效指标', 'G2');
    expectDiag(sheets, 'SELF_TOTAL_MISMATCH', '绩效指标', 'G5');
    const report = run(sheets);
    expect(report.selfTotal).toBe(100);
    expect(report.indicators[0]).toMatchObject({ selfScore: 50, score: 40 });
  });

  test('OUTPUT_NAME_TAKEN: a sheet of the user\'s with an output name is never overwritten', () => {
    const mine = grid('绩效自评表', [['我自己的表']]);
    const { report, plan } = evaluateSnapshot({ sheets: [project(), expenses(), indicators(GOOD), mine], ownedSheets: [] });
    for (const d of report.diagnostics) seen.add(d.code);
    expect(report.diagnostics.find((d) => d.code === 'OUTPUT_NAME_TAKEN')?.message).toContain('绩效自评表(2)');
    expect(plan.sheets.map((s) => s.name)).toEqual(['绩效自评表(2)', '指标得分明细', '支出汇总', '校验问题']);
    // Once the add-in owns the name, it replaces its own sheet.
    const again = evaluateSnapshot({ sheets: [project(), expenses(), indicators(GOOD)], ownedSheets: ['绩效自评表'] });
    expect(again.plan.sheets[0]?.name).toBe('绩效自评表');
  });
});

describe('the evaluator\'s workbench (DOMAIN.md §10)', () => {
  test('EXPENSE_NOT_COVERED: an item over 10 % of spending that no indicator measures, at its 摘要 cell', () => {
    const e = expenses([[1, '培训费', 600000], [2, '设备购置费', 350000], ['合计', null, 950000]]);
    expectDiag([project(), e, indicators(GOOD)], 'EXPENSE_NOT_COVERED', '支出明细', 'B5');
    const report = run([project(), e, indicators(GOOD)]);
    const found = report.diagnostics.filter((d) => d.code === 'EXPENSE_NOT_COVERED');
    expect(found).toHaveLength(1); // 培训费 is measured by 培训人数（人）
    expect(found[0]?.message).toContain('350,000.00 元');
    expect(found[0]?.message).toContain('36.8%');
  });

  test('KEYWORD_ROW_INCOMPLETE: a 关键词对照 row with one side; the complete rows extend the synonyms', () => {
    const e = expenses([[1, '培训费', 600000], [2, '设备购置费', 350000], ['合计', null, 950000]]);
    const table = grid('关键词对照', [['支出关键词', '指标关键词'], ['设备购置', '培训人数'], ['会务', null]]);
    expectDiag([project(), e, indicators(GOOD), table], 'KEYWORD_ROW_INCOMPLETE', '关键词对照', 'B3');
    const report = run([project(), e, indicators(GOOD), table]);
    expect(report.diagnostics.some((d) => d.code === 'EXPENSE_NOT_COVERED')).toBe(false);
  });
});

describe('codes the Excel add-in reports when Excel does not give it a whole sheet', () => {
  async function readThroughOffice(workbook: FakeWorkbook, options: FakeExcelOptions, fail?: FailRule) {
    const { fake, host } = officeOver(workbook, {}, options);
    if (fail) fake.failOn(fail);
    const read = await host.read();
    return run(read.sheets, read.ownedSheets, read.diagnostics);
  }

  test('MERGES_UNKNOWN: the sync of merged areas fails; the cells are read all the same', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('绩效指标').writeValue(0, 0, '三级指标');
    const { fake, host } = officeOver(wb);
    fake.failOn({ atSync: 2, code: 'GeneralException' });
    const read = await host.read();
    const { report } = evaluateSnapshot(read);
    for (const d of report.diagnostics) seen.add(d.code);
    expect(report.diagnostics.find((d) => d.code === 'MERGES_UNKNOWN')).toMatchObject({ severity: 'warning', sheet: '绩效指标' });
    expect(read.sheets[0]?.values[0]).toEqual(['三级指标']);
  });

  test('SHEET_READ_IN_PARTS and SHEET_NOT_READ: Excel sends a sheet without its values', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet('明细');
    for (let r = 0; r < 30; r++) sheet.writeValue(r, 0, r);
    const inParts = await readThroughOffice(wb, { getCellsLimit: 10 });
    expect(inParts.diagnostics.find((d) => d.code === 'SHEET_READ_IN_PARTS')).toMatchObject({ severity: 'info', sheet: '明细' });
    const notRead = await readThroughOffice(wb, { getCellsLimit: 0 });
    expect(notRead.diagnostics.find((d) => d.code === 'SHEET_NOT_READ')).toMatchObject({ severity: 'warning', sheet: '明细' });
  });
});

describe('profile codes', () => {
  const runWith = (sheets: readonly SheetGrid[], profile?: string) => {
    const { report } = evaluateSnapshot({ sheets, ownedSheets: [] }, profile !== undefined ? { profile } : {});
    for (const d of report.diagnostics) seen.add(d.code);
    return report;
  };
  const weighted = (weights: readonly (number | null)[]) => GOOD.map((r, i) => [...r.slice(0, 5), weights[i] ?? null, null, null]);
  // The (80分) label as a section heading a blank row above the indicator table.
  const form2080 = (weights: readonly (number | null)[]) => [
    project([['预算执行（20分）']]),
    expenses(),
    grid('绩效指标', [['三、绩效指标（80分）'], [], HEADER, ...weighted(weights)]),
  ];

  test('PROFILE_DETECTED names both evidence cells of a 20/80 form; the result is scored under it', () => {
    const report = runWith(form2080([40, 30, 10]));
    const detected = report.diagnostics.find((d) => d.code === 'PROFILE_DETECTED');
    expect(detected).toMatchObject({ severity: 'info', sheet: '项目信息', cell: 'A4' });
    expect(detected?.message).toContain('市县 20/80 自评表');
    expect(detected?.message).toContain('绩效指标!A1');
    expect(report).toMatchObject({ profile: 'municipal-20-80', profileSource: 'detected', total: 99, max: 100 });
    expect(report.budget).toMatchObject({ weight: 20, score: 19 });
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test('a chosen profile beats detection, and says nothing about it', () => {
    const report = runWith(form2080([50, 30, 10]), 'central');
    expect(report.diagnostics.map((d) => d.code)).not.toContain('PROFILE_DETECTED');
    expect(report).toMatchObject({ profile: 'central', profileSource: 'chosen', total: 99.5 });
  });

  test('WEIGHTS_REQUIRED: a profile without default 一级 points and a blank 分值 column', () => {
    const report = runWith(form2080([null, null, null]));
    const required = report.diagnostics.find((d) => d.code === 'WEIGHTS_REQUIRED');
    expect(required).toMatchObject({ severity: 'error', sheet: '绩效指标', cell: 'F3' });
    expect(required?.message).toContain('3 个指标未填写');
    expect(report.diagnostics.map((d) => d.code)).not.toContain('WEIGHTS_DEFAULTED');
    expect(report).toMatchObject({ provisional: true, total: 19, max: 20 });
    expect(report.indicators.map((i) => [i.weight, i.score, i.status])).toEqual([[0, 0, 'met'], [0, 0, 'met'], [0, 0, 'met']]);
    const sichuan = runWith([project(), expenses(), indicators(weighted([null, null, null]))], 'sichuan');
    expect(sichuan.diagnostics.find((d) => d.code === 'WEIGHTS_REQUIRED')).toMatchObject({ sheet: '绩效指标', cell: 'F1' });
  });
});

describe('tracking mode (DOMAIN.md §9)', () => {
  const TRACK_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月执行情况', '全年预计完成值', '完成目标可能性', '偏差原因类别', '偏差原因说明'];

  function tracked(
    rows: readonly (readonly CellValue[])[],
    info: readonly (readonly CellValue[])[] = [['评价类型', '绩效跟踪'], ['评价截止日期', '2024-06-30'], ['1-6月执行数（万元）', 50]],
  ): SheetGrid[] {
    const p = grid('项目信息', [['项目名称', '2024年度培训项目'], ['全年预算数（万元）', 100], ...info]);
    return [p, expenses([[1, '培训费', 500000], ['合计', null, 500000]]), grid('绩效指标', [TRACK_HEADER, ...rows])];
  }

  const ON_TRACK: readonly CellValue[] = ['产出指标', '数量指标', '培训人数（人）', '≥100', 60, null, '确定能', null, null];

  test('TRACKING_ASSUMED: an as-of date before the end of the period, no 评价类型', () => {
    const p = grid('项目信息', [['项目名称', '2024年度培训项目'], ['实施周期', '2024-01-01至2024-12-31'], ['评价截止日期', '2024-06-30'], ['全年预算数（万元）', 100]]);
    expectDiag([p, expenses(), indicators(GOOD)], 'TRACKING_ASSUMED', '项目信息', 'B3');
  });

  test('TRACKING_FROM_TITLE, AS_OF_FROM_LABEL: a 监控表 title, no 评价类型: tracking, said at the title cell; its 1-6月 gives the as-of date, said at the label', () => {
    const form = grid('监控表', [
      ['2024年度项目支出绩效运行监控表'],
      ['项目名称', '培训项目'],
      ['项目资金（万元）', '年初预算数', '1-6月执行数', '全年预计执行数'],
      ['年度资金总额', 100, 50, 100],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月执行情况', '完成目标可能性'],
      ['产出指标', '数量指标', '培训人数（人）', '≥100', 60, '确定能'],
    ]);
    expectDiag([form], 'TRACKING_FROM_TITLE', '监控表', 'A1');
    expectDiag([form], 'AS_OF_FROM_LABEL', '监控表', 'C3');
    const report = run([form]);
    expect(report.mode).toBe('tracking');
    expect(report.tracking).toMatchObject({ asOf: '2024-06-30', timeProgress: 0.5, executionProgress: 0.5 });
    expect(report.diagnostics.map((d) => d.code)).not.toContain('AS_OF_MISSING');
  });

  test('AS_OF_MISSING: tracking with no as-of date and no 1-X月 label', () => {
    const g = grid('绩效指标', [HEADER, ...GOOD]);
    const p = grid('项目信息', [['项目名称', '培训项目'], ['评价类型', '绩效跟踪'], ['全年预算数（万元）', 100]]);
    expectDiag([p, expenses(), g], 'AS_OF_MISSING', '项目信息', '');
  });

  test('AS_OF_OUTSIDE_PERIOD: an as-of date after the period', () => {
    const info = [['评价类型', '绩效跟踪'], ['实施周期', '2024-01-01至2024-12-31'], ['评价截止日期', '2025-03-31']];
    expectDiag(tracked([ON_TRACK], info), 'AS_OF_OUTSIDE_PERIOD', '项目信息', 'B5');
  });

  test('EXECUTION_BEHIND_SCHEDULE: 30 % spent at half the year, at the 1-6月执行数 cell', () => {
    const info = [['评价类型', '绩效跟踪'], ['评价截止日期', '2024-06-30'], ['1-6月执行数（万元）', 30]];
    expectDiag(tracked([ON_TRACK], info), 'EXECUTION_BEHIND_SCHEDULE', '项目信息', 'B5');
    expect(run(tracked([ON_TRACK], info)).diagnostics.map((d) => d.code)).not.toContain('LOW_EXECUTION_RATE');
  });

  test('INDICATOR_BEHIND_SCHEDULE: 20 of 100 at half the year is red', () => {
    const row = ['产出指标', '数量指标', '培训人数（人）', '≥100', 20, null, '有可能', '经费保障', null];
    expectDiag(tracked([row]), 'INDICATOR_BEHIND_SCHEDULE', '绩效指标', 'E2');
  });

  test('LIKELIHOOD_WITHOUT_REASON, LIKELIHOOD_INCONSISTENT, LIKELIHOOD_UNRECOGNIZED, PROJECTION_UNREADABLE', () => {
    const rows = [
      ['产出指标', '数量指标', '培训人数（人）', '≥100', 45, null, '有可能', null, null],
      ['产出指标', '数量指标', '培训场次（场）', '≥10', 5, 8, '确定能', null, null],
      ['产出指标', '质量指标', '培训合格率', '≥90%', '95%', null, '大概吧', null, null],
      ['效益指标', '社会效益指标', '就业人数（人）', '≥50', 30, '很多', '确定能', null, null],
    ];
    expectDiag(tracked(rows), 'LIKELIHOOD_WITHOUT_REASON', '绩效指标', 'G2');
    expectDiag(tracked(rows), 'LIKELIHOOD_INCONSISTENT', '绩效指标', 'G3');
    expectDiag(tracked(rows), 'LIKELIHOOD_UNRECOGNIZED', '绩效指标', 'G4');
    expectDiag(tracked(rows), 'PROJECTION_UNREADABLE', '绩效指标', 'F5');
  });

  test('the tracking columns are read: to-date actual, projection, likelihood and categories (text and ticks)', () => {
    const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '截至6月完成值', '预计全年完成值', '完成目标可能性', '经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'];
    const rows = [header, ['产出指标', '数量指标', '培训人数（人）', '≥100', 40, 90, '有可能', '√', null, '√', null, null]];
    const sheets = [...tracked([]).slice(0, 2), grid('绩效指标', rows)];
    const { evaluation } = evaluateSnapshot({ sheets, ownedSheets: [] });
    const row = evaluation.indicators[0]?.row;
    expect(row?.actualText).toBe('40');
    expect(row?.tracking).toMatchObject({ projectionText: '90', likelihood: 'possible', categories: ['funding', 'staffing'] });
    expect(evaluation.tracking?.timeProgress).toBe(0.5);
  });
});

afterAll(() => {
  // Runs after every test above: all codes were met somewhere.
  const missing = DIAGNOSTIC_CODES.filter((c) => !seen.has(c));
  if (missing.length > 0) throw new Error(`diagnostic codes never triggered: ${missing.join(', ')}`);
});

describe('labels that look like JavaScript', () => {
  test('a 指标性质 cell reading `constructor` is no direction', () => {
    const g = grid('绩效指标', [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '指标性质'],
      ['产出指标', '数量指标', '培训人数', '≥100', 100, 'constructor'],
    ]);
    const { report } = evaluateSnapshot({ sheets: [g], ownedSheets: [] });
    expect(report.indicators[0]).toMatchObject({ kind: 'GE', status: 'met' });
  });
});
