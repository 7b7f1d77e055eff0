/** DOMAIN.md §7: the seed workbook scored end to end by profile `central`. */
import { evaluateSnapshot } from '../../src/app/useCases';
import type { RunResult } from '../../src/app/useCases';
import { WORKBENCH } from '../../src/app/workbench';
import { SEED_XLSX, readSnapshot } from '../helpers/fixtures';

let result: RunResult;

beforeAll(async () => {
  // §7 is the year-end self-evaluation of the seed (its own 评价类型 says 绩效跟踪: see trackingSeed.test.ts).
  result = evaluateSnapshot(await readSnapshot(SEED_XLSX), { workbench: WORKBENCH, mode: 'selfEvaluation' });
});

function indicator(name: string) {
  const found = result.report.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
}

describe('the seed project (DOMAIN.md §7)', () => {
  test('reads the project information', () => {
    expect(result.report.project).toEqual({
      name: '2021年度招商引资专项项目',
      department: '南昌市青云谱区投资促进局',
      unit: '南昌市青云谱区投资促进局',
      asOf: '2021-07-31',
      evaluationType: '绩效跟踪',
      year: 2021,
    });
    expect(result.evaluation.year).toBe(2021);
    // The scored sheet, the reference one, and where 偏差原因 is typed (G3:G20 of the scored sheet).
    expect(result.report.sheets).toEqual({ scored: '绩效指标（调整后）', reference: ['绩效指标（原）'], reasonCells: 'G3:G20' });
  });

  test.each([
    ['接洽客商（批次）', 4.17, 2.74, 'partial'],
    ['接洽意向客商（批次）', 4.17, 2.94, 'partial'],
    ['商务接待（次）', 4.17, 3.2, 'partial'],
    ['小分队外出招商（次）', 4.17, 3.13, 'partial'],
    ['接洽客商流程规范性', 4.17, 4.17, 'met'],
    ['外出招商及时率', 4.17, 4.17, 'met'],
    ['招商引资成本节约率', 4.13, 0, 'missing'],
    ['招商活动签约项目累计资金（亿）', 7.5, 7.5, 'met'],
    ['重大重点项目开工总投资金额（亿）', 7.5, 7.5, 'met'],
    ['提高社会群众就业率', 7.5, 0, 'missing'],
    ['社会就业率可持续增长', 7.5, 0, 'missing'],
    ['服务客商及企业满意度', 10, 0, 'missing'],
  ])('%s: weight %p, score %p, %s', (name, weight, score, status) => {
    expect(indicator(name)).toMatchObject({ weight, score, status });
  });

  test('the placeholder 生态效益 `无` is reported and never scored', () => {
    expect(indicator('无')).toMatchObject({ status: 'excluded', weight: 0, score: 0 });
  });

  test('level subtotals, budget, total, grade and 暂定', () => {
    const r = result.report;
    expect(r.levels['产出指标']).toEqual({ weight: 50, score: 41.2 });
    expect(r.levels['效益指标']).toEqual({ weight: 30, score: 15 });
    expect(r.levels['满意度指标']).toEqual({ weight: 10, score: 0 });
    expect(r.budget.annual).toBe(120);
    expect(r.budget.executed).toBeCloseTo(75.64405, 8);
    expect(r.budget.rate).toBeCloseTo(0.630367, 6);
    expect(r.budget.score).toBe(6.3);
    expect(r.total).toBe(62.5);
    expect(r.max).toBe(100);
    expect(r.grade).toBe('中');
    expect(r.provisional).toBe(true);
  });

  test('the completion rates shown', () => {
    expect(indicator('接洽客商（批次）').completion).toBeCloseTo(210 / 320, 10);
    expect(indicator('招商活动签约项目累计资金（亿）').completion).toBe(1);
    expect(indicator('服务客商及企业满意度').completion).toBeNull();
  });

  test('the diagnostics an evaluator would write up', () => {
    const has = (code: string, sheet: string, cell: string) =>
      result.report.diagnostics.some((d) => d.code === code && d.sheet === sheet && d.cell === cell);
    const s = '绩效指标（调整后）';
    expect(has('UNIT_MISMATCH', s, 'E6')).toBe(true);
    expect(has('APPROXIMATE_ACTUAL', s, 'E4')).toBe(true);
    expect(has('APPROXIMATE_ACTUAL', s, 'E16')).toBe(true);
    expect(has('ACTUAL_MISSING', s, 'E14')).toBe(true);
    expect(has('ACTUAL_MISSING', s, 'E17')).toBe(true);
    expect(has('ACTUAL_MISSING', s, 'E19')).toBe(true);
    expect(has('ACTUAL_NOT_NUMERIC', s, 'E20')).toBe(true);
    expect(has('PLACEHOLDER_INDICATOR', s, 'C18')).toBe(true);
    expect(has('DEVIATION_REASON_MISSING', s, 'G3')).toBe(true);
    expect(has('TITLE_PROJECT_MISMATCH', '支出明细', 'A1')).toBe(true);
    expect(has('LOW_EXECUTION_RATE', '项目信息', 'B9')).toBe(true);
    expect(has('SUSPICIOUS_ZERO_TARGET', '绩效指标（原）', 'D6')).toBe(true);
    expect(has('SATISFACTION_NOT_QUANTIFIED', '绩效指标（原）', 'D12')).toBe(true);
    expect(has('PLACEHOLDER_INDICATOR', '绩效指标（原）', 'C8')).toBe(true);
    // DOMAIN.md §10.2 (issue 13): two thirds of the money has no indicator — the warning the seed now carries.
    expect(has('EXPENSE_NOT_COVERED', '支出明细', 'B6')).toBe(true);
    const codes = new Set(result.report.diagnostics.map((d) => d.code));
    expect(codes.has('WEIGHTS_DEFAULTED')).toBe(true);
    // No false alarms on what the seed gets right.
    for (const absent of ['EXPENSE_TOTAL_MISMATCH', 'FUND_BREAKDOWN_MISMATCH', 'UNKNOWN_LEVEL1', 'UNKNOWN_LEVEL2',
      'LEVEL2_PARENT_MISMATCH', 'EXECUTED_EXCEEDS_RECEIVED', 'OVER_BUDGET', 'NO_PROJECT_INFO', 'NO_EXPENSE_SHEET',
      'AMBIGUOUS_PERCENT', 'BUDGET_MISSING', 'MISSING_COLUMN']) {
      expect(codes.has(absent as never)).toBe(false);
    }
    expect(result.report.diagnostics.filter((d) => d.code === 'TITLE_PROJECT_MISMATCH')).toHaveLength(1);
  });

  test('the write plan names the four output sheets, the comparison and the draft, and owns them', () => {
    const names = ['绩效自评表', '指标得分明细', '支出汇总', '校验问题', '指标调整对比', '评价报告（草稿）'];
    expect(result.plan.sheets.map((s) => s.name)).toEqual(names);
    expect(result.plan.ownedSheets).toEqual(names);
  });
});
