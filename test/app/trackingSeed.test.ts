/**
 * DOMAIN.md §9: the seed in tracking mode — its own 评价类型 (绩效跟踪) makes it the default — gives the
 * figures of §9 in the report and the 绩效运行监控表; total, grade and 暂定 stay §3 on the to-date
 * actuals in both modes; `selfEvaluation` gives the §7 self-evaluation exactly, diagnostics included.
 */
import { evaluateSnapshot, type RunResult } from '../../src/app/useCases';
import type { SheetPlan } from '../../src/domain/output/planTypes';
import type { WorkbookSnapshot } from '../../src/app/ports';
import { SEED_XLSX, readSnapshot } from '../helpers/fixtures';

let snapshot: WorkbookSnapshot;
let tracking: RunResult;
let self: RunResult;

beforeAll(async () => {
  snapshot = await readSnapshot(SEED_XLSX);
  tracking = evaluateSnapshot(snapshot);
  self = evaluateSnapshot(snapshot, { mode: 'selfEvaluation' });
});

function trackedIndicator(name: string) {
  const found = tracking.report.tracking?.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no tracked indicator ${name}`);
  return found;
}

function sheet(result: RunResult, name: string): SheetPlan {
  const found = result.plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in the plan`);
  return found;
}

/** The row (0-based) whose cells include `text`, and that row's values. */
function rowWith(plan: SheetPlan, text: string): readonly (string | number | boolean | null)[] {
  const row = plan.values.find((r) => r.includes(text));
  if (!row) throw new Error(`no row with ${text}`);
  return row;
}

describe('the seed in tracking mode (DOMAIN.md §9)', () => {
  test('its 评价类型 绩效跟踪 makes it tracking; the report says so', () => {
    expect(tracking.modeSource).toBe('evaluationType');
    expect(tracking.report.mode).toBe('tracking');
    expect(self.report.mode).toBe('selfEvaluation');
    expect(self.report.tracking).toBeUndefined();
  });

  test('时间进度 58.33 %, 执行进度 63.04 %, 进度差 +4.70 pp, green', () => {
    const t = tracking.report.tracking;
    expect(t?.asOf).toBe('2021-07-31');
    expect(t?.timeProgress).toBeCloseTo(7 / 12, 12);
    expect(t?.executionProgress).toBeCloseTo(75.64405 / 120, 12);
    expect(t?.gap).toBe(4.7);
    expect(t?.light).toBe('green');
    expect(t?.receivedRate).toBeCloseTo(75.64 / 120, 12);
    expect(t?.projectedExecuted).toBeCloseTo(75.64405 / (7 / 12), 9);
    expect(t?.projectedRate).toBe(1);
  });

  test.each([
    ['接洽客商（批次）', 210 / 320, 360],
    ['接洽意向客商（批次）', 60 / 85, 60 / (7 / 12)],
    ['商务接待（次）', 23 / 30, 23 / (7 / 12)],
    ['小分队外出招商（次）', 18 / 24, 18 / (7 / 12)],
  ])('%s: progress %p green, 按进度推算 %p', (name, progress, projection) => {
    const i = trackedIndicator(name);
    expect(i.progress).toBeCloseTo(progress, 10);
    expect(i.light).toBe('green');
    expect(i.projection).toBeCloseTo(projection, 9);
    expect(i.projected).toBe(true);
  });

  test('the 推算 values as printed: 360 / 102.86 / 39.43 / 30.86', () => {
    expect(['接洽客商（批次）', '接洽意向客商（批次）', '商务接待（次）', '小分队外出招商（次）'].map((n) => trackedIndicator(n).projectionText)).toEqual([
      '360批次',
      '102.86批次',
      '39.43次',
      '30.86次',
    ]);
  });

  test('the 100 % rates, 签约资金 7/7 and 开工总投资 160/160 are green', () => {
    for (const name of ['接洽客商流程规范性', '外出招商及时率', '招商活动签约项目累计资金（亿）', '重大重点项目开工总投资金额（亿）']) {
      expect(trackedIndicator(name)).toMatchObject({ light: 'green', progress: 1 });
    }
  });

  test('成本节约率 and the two 就业率 are grey (未填报); 满意度 stays ACTUAL_NOT_NUMERIC', () => {
    for (const name of ['招商引资成本节约率', '提高社会群众就业率', '社会就业率可持续增长']) {
      expect(trackedIndicator(name)).toMatchObject({ light: 'grey', progress: null, projection: null });
    }
    expect(tracking.report.diagnostics.some((d) => d.code === 'ACTUAL_NOT_NUMERIC' && d.cell === 'E20')).toBe(true);
    expect(tracking.report.tracking?.counts).toEqual({ green: 13, yellow: 0, red: 0, grey: 4 });
  });

  test('no LOW_EXECUTION_RATE, no EXECUTION_BEHIND_SCHEDULE; the unit warning stays', () => {
    const codes = tracking.report.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('LOW_EXECUTION_RATE');
    expect(codes).not.toContain('EXECUTION_BEHIND_SCHEDULE');
    expect(codes).not.toContain('INDICATOR_BEHIND_SCHEDULE');
    expect(codes).not.toContain('TRACKING_ASSUMED');
    expect(tracking.report.diagnostics.some((d) => d.code === 'UNIT_MISMATCH' && d.cell === 'E6')).toBe(true);
    // On schedule: no reason is asked for the four green quantities below their annual targets.
    expect(codes).not.toContain('DEVIATION_REASON_MISSING');
  });

  test('total, grade and 暂定 stay §3 on the to-date actuals in both modes: 62.50 / 中 / 暂定', () => {
    for (const r of [tracking.report, self.report]) {
      expect(r.total).toBe(62.5);
      expect(r.grade).toBe('中');
      expect(r.provisional).toBe(true);
    }
    expect(tracking.report.tracking?.snapshotTotal).toBe(62.5);
  });

  test('the projected year-end score applies §3 to the projections', () => {
    // 产出: 4 quantities met (4 × 4.17) + 7 rates (29.19) + 成本节约率 0 = 45.87; 效益 7.5 + 7.5; 满意度 0; budget 10.
    expect(tracking.report.tracking?.projectedTotal).toBe(70.87);
    expect(tracking.report.tracking?.projectedGrade).toBe('中');
  });

  test('writes the 绩效运行监控表 instead of the 自评表, and activates it', () => {
    expect(tracking.plan.sheets.map((s) => s.name)).toEqual(['绩效运行监控表', '指标得分明细', '支出汇总', '校验问题']);
    expect(tracking.plan.activate).toBe('绩效运行监控表');
    expect(tracking.plan.ownedSheets).toEqual(['绩效运行监控表', '指标得分明细', '支出汇总', '校验问题']);
  });

  test('the 监控表 prints the funds progress and each indicator with its light and word', () => {
    const m = sheet(tracking, '绩效运行监控表');
    expect(m.values[0]?.[0]).toBe('项目支出绩效运行监控表');
    expect(m.values[1]?.[0]).toBe('（2021年度，截至2021年7月31日）');
    const header = rowWith(m, '截至7月执行数');
    expect(header.slice(1)).toEqual([
      '年初预算数', '全年预算数', '截至7月执行数', '执行进度', '时间进度', '进度差\n（百分点）', '灯', '资金到位数', '到位率',
      '全年预计执行数（推算）', '预计\n执行率',
    ]);
    const funds = m.values[m.values.indexOf(header) + 1] ?? [];
    expect(funds[1]).toBe(120);
    expect(funds[3]).toBe(75.6441);
    expect(funds[4]).toBeCloseTo(0.630367, 6);
    expect(funds[5]).toBeCloseTo(0.583333, 6);
    expect(funds[6]).toBe(4.7);
    expect(funds[7]).toBe('绿灯');
    const row = rowWith(m, '接洽客商（批次）');
    expect(row.slice(4)).toEqual(['≥320', '210', 210 / 320, '360批次（推算）', null, null, null, '绿灯']);
    expect(rowWith(m, '接洽意向客商（批次）')[7]).toBe('102.86批次（推算）');
    expect(rowWith(m, '招商引资成本节约率')[11]).toBe('未填报');
    expect(rowWith(m, '服务客商及企业满意度')[11]).toBe('无法判断');
    expect(rowWith(m, '预计全年得分（按全年预计完成值和预计执行数，依自评规则计算）').slice(6, 8)).toEqual([70.87, '中']);
    expect(rowWith(m, '截至日得分（参考）').slice(6, 9)).toEqual([62.5, '中', '暂定']);
  });
});

describe('the 绩效运行监控表 prints like the 自评表', () => {
  test('A4 landscape on one page, its indicator header repeated, the footer of every output sheet', () => {
    const m = sheet(tracking, '绩效运行监控表');
    const header = m.values.findIndex((r) => r.includes('三级指标'));
    expect(m.pageSetup).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 1, titleRows: { first: header, last: header } });
    expect(m.pageSetup.footer).toBe('第 &P 页 共 &N 页');
    expect(m.pageSetup.rowBreaks).toEqual([]);
  });
});

describe('the seed as a self-evaluation (`selfEvaluation`)', () => {
  test('is §7 exactly: the 自评表 and the diagnostics of today, LOW_EXECUTION_RATE included', () => {
    expect(self.plan.sheets.map((s) => s.name)).toEqual(['绩效自评表', '指标得分明细', '支出汇总', '校验问题']);
    expect(self.report.diagnostics.map((d) => `${d.code}@${d.sheet}!${d.cell}`)).toEqual([
      'LOW_EXECUTION_RATE@项目信息!B9',
      'TITLE_PROJECT_MISMATCH@支出明细!A1',
      'PLACEHOLDER_INDICATOR@绩效指标（调整后）!C18',
      'QUALITATIVE_TARGET@绩效指标（原）!D5',
      'SUSPICIOUS_ZERO_TARGET@绩效指标（原）!D6',
      'PLACEHOLDER_INDICATOR@绩效指标（原）!C8',
      'QUALITATIVE_TARGET@绩效指标（原）!D9',
      'QUALITATIVE_TARGET@绩效指标（原）!D10',
      'QUALITATIVE_TARGET@绩效指标（原）!D11',
      'SATISFACTION_NOT_QUANTIFIED@绩效指标（原）!D12',
      'WEIGHTS_DEFAULTED@绩效指标（调整后）!',
      'DEVIATION_REASON_MISSING@绩效指标（调整后）!G3',
      'APPROXIMATE_ACTUAL@绩效指标（调整后）!E4',
      'DEVIATION_REASON_MISSING@绩效指标（调整后）!G4',
      'DEVIATION_REASON_MISSING@绩效指标（调整后）!G5',
      'UNIT_MISMATCH@绩效指标（调整后）!E6',
      'DEVIATION_REASON_MISSING@绩效指标（调整后）!G6',
      'ACTUAL_MISSING@绩效指标（调整后）!E14',
      'APPROXIMATE_ACTUAL@绩效指标（调整后）!E16',
      'ACTUAL_MISSING@绩效指标（调整后）!E17',
      'ACTUAL_MISSING@绩效指标（调整后）!E19',
      'ACTUAL_NOT_NUMERIC@绩效指标（调整后）!E20',
      'EXPENSE_NOT_COVERED@支出明细!B6',
    ]);
  });

  test('a remembered mode beats 评价类型, a chosen one beats both', () => {
    const remembered = evaluateSnapshot({ ...snapshot, settings: { mode: 'selfEvaluation' } });
    expect(remembered.modeSource).toBe('remembered');
    expect(remembered.report.mode).toBe('selfEvaluation');
    const chosen = evaluateSnapshot({ ...snapshot, settings: { mode: 'selfEvaluation' } }, { mode: 'tracking' });
    expect(chosen.modeSource).toBe('chosen');
    expect(chosen.report.mode).toBe('tracking');
  });
});

describe('switching mode never leaves the other form looking current', () => {
  test('a 自评表 an earlier run wrote is rewritten to one line pointing at the 监控表, and back', () => {
    const withForm: WorkbookSnapshot = {
      ...snapshot,
      sheets: [...snapshot.sheets, ...self.plan.sheets.map((s) => ({ name: s.name, values: [], numberFormats: [], merges: [], visible: true }))],
      ownedSheets: self.plan.ownedSheets ?? [],
    };
    const r = evaluateSnapshot(withForm);
    expect(r.plan.sheets.map((s) => s.name)).toEqual(['绩效运行监控表', '指标得分明细', '支出汇总', '校验问题', '绩效自评表']);
    const stale = sheet(r, '绩效自评表');
    expect(stale.values).toHaveLength(1);
    expect(String(stale.values[0]?.[0])).toContain('此表不是当前结果');
    expect(String(stale.values[0]?.[0])).toContain('「绩效运行监控表」');
    expect(r.plan.activate).toBe('绩效运行监控表');
    expect(r.plan.ownedSheets).toEqual(['绩效自评表', '指标得分明细', '支出汇总', '校验问题', '绩效运行监控表']);

    const back = evaluateSnapshot(
      { ...withForm, sheets: [...withForm.sheets, { name: '绩效运行监控表', values: [], numberFormats: [], merges: [], visible: true }], ownedSheets: r.plan.ownedSheets ?? [] },
      { mode: 'selfEvaluation' },
    );
    expect(sheet(back, '绩效自评表').values.length).toBeGreaterThan(20);
    expect(String(sheet(back, '绩效运行监控表').values[0]?.[0])).toContain('「绩效自评表」');
  });

  test('a 绩效运行监控表 of the user is never touched by a self-evaluation, and no OUTPUT_NAME_TAKEN is raised for it', () => {
    const user: WorkbookSnapshot = {
      ...snapshot,
      sheets: [...snapshot.sheets, { name: '绩效运行监控表', values: [['我的表']], numberFormats: [['General']], merges: [], visible: true }],
    };
    const r = evaluateSnapshot(user, { mode: 'selfEvaluation' });
    expect(r.plan.sheets.map((s) => s.name)).not.toContain('绩效运行监控表');
    expect(r.report.diagnostics.map((d) => d.code)).not.toContain('OUTPUT_NAME_TAKEN');
    const t = evaluateSnapshot(user);
    expect(t.plan.sheets[0]?.name).toBe('绩效运行监控表(2)');
    expect(t.report.diagnostics.map((d) => d.code)).toContain('OUTPUT_NAME_TAKEN');
  });
});
