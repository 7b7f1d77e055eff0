/** Tracking as a whole (DOMAIN.md §9): the as-of date and the period, the checks, the projected score. */
import type { BudgetResult, ProjectInfo } from '../../../src/domain/model';
import type { Diagnostic } from '../../../src/domain/diagnostics/types';
import { CENTRAL_PROFILE } from '../../../src/domain/schema/profiles';
import { DEFAULT_TRACKING_RULES } from '../../../src/domain/tracking/types';
import { evaluateTracking, type TrackingInput } from '../../../src/domain/tracking/evaluateTracking';
import { scoredRow } from './helpers';

const BUDGET: BudgetResult = { annual: 100, executed: 30, executedSource: 'projectInfo', rate: 0.3, weight: 10, score: 3 };

/** A project sheet's reading; `without` leaves fields out. */
function project(fields: Partial<ProjectInfo> = {}, without: readonly (keyof ProjectInfo)[] = []): ProjectInfo {
  const all: Record<string, unknown> = {
    sheet: '项目信息',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    asOf: '2024-06-30',
    annualBudget: 100,
    cells: { asOf: { sheet: '项目信息', row: 4, col: 1 }, executed: { sheet: '项目信息', row: 6, col: 1 } },
    ...fields,
  };
  const kept = Object.entries(all).filter(([k]) => !(without as readonly string[]).includes(k));
  return Object.fromEntries(kept) as unknown as ProjectInfo;
}

function run(input: Partial<TrackingInput>, rules = DEFAULT_TRACKING_RULES) {
  return evaluateTracking({ project: project(), budget: BUDGET, indicators: [], snapshotTotal: 3, ...input }, CENTRAL_PROFILE, rules);
}

function codes(d: readonly Diagnostic[]): string[] {
  return d.map((x) => x.code);
}

describe('the as-of date and the period', () => {
  test('from the sheets; the run\'s own date beats them', () => {
    expect(run({}).tracking).toMatchObject({ asOf: '2024-06-30', timeProgress: 0.5, periodStart: '2024-01-01', periodEnd: '2024-12-31' });
    expect(run({ asOf: '2024-09-30' }).tracking.timeProgress).toBe(0.75);
  });

  test('from a 1-X月 label and the year when the sheets give no date; the calendar year when no period', () => {
    const t = run({ project: project({ cells: {} }, ['asOf', 'periodStart', 'periodEnd']), toDateMonth: 6, year: 2019 });
    expect(t.tracking).toMatchObject({ asOf: '2019-06-30', periodStart: '2019-01-01', periodEnd: '2019-12-31', timeProgress: 0.5 });
    expect(codes(t.diagnostics)).not.toContain('AS_OF_MISSING');
  });

  test('AS_OF_MISSING without any: no 时间进度, grey funds light, nothing projected by pace', () => {
    const t = run({ project: project({}, ['asOf']), indicators: [scoredRow({ target: '≥100个', actual: 40 })] });
    expect(codes(t.diagnostics)).toEqual(['AS_OF_MISSING']);
    expect(t.tracking.timeProgress).toBeUndefined();
    expect(t.tracking.funds.light).toBe('grey');
    expect(t.tracking.indicators[0]?.light).toBe('grey');
    // Nothing projected: the projected score is the snapshot's.
    expect(t.tracking.projectedTotal).toBe(sumSnapshot(t));
  });

  test('AS_OF_OUTSIDE_PERIOD (error) on the as-of cell', () => {
    const t = run({ project: project({ asOf: '2025-02-01' }) });
    expect(t.diagnostics).toContainEqual(expect.objectContaining({ code: 'AS_OF_OUTSIDE_PERIOD', severity: 'error', sheet: '项目信息', row: 4, col: 1 }));
    expect(t.tracking.timeProgress).toBe(1);
  });

  test('the day rule of a profile', () => {
    expect(run({}, { ...DEFAULT_TRACKING_RULES, timeRule: 'days' }).tracking.timeProgress).toBeCloseTo(182 / 366, 12);
  });
});

function sumSnapshot(t: ReturnType<typeof run>): number {
  return Math.round((t.tracking.indicators.reduce((s, i) => s + i.result.score, 0) + BUDGET.score) * 100) / 100;
}

describe('the checks', () => {
  test('EXECUTION_BEHIND_SCHEDULE when 执行进度 is more than 10 pp behind, on the executed cell', () => {
    const t = run({});
    expect(t.tracking.funds.gap).toBe(-20);
    expect(t.tracking.funds.light).toBe('red');
    expect(t.diagnostics).toEqual([expect.objectContaining({ code: 'EXECUTION_BEHIND_SCHEDULE', severity: 'warning', row: 6, col: 1 })]);
    expect(codes(run({ budget: { ...BUDGET, executed: 41 } }).diagnostics)).toEqual([]);
  });

  test('INDICATOR_BEHIND_SCHEDULE for a red indicator, on its actual', () => {
    const t = run({ budget: { ...BUDGET, executed: 50 }, indicators: [scoredRow({ target: '≥100个', actual: 30 }), scoredRow({ target: '≥100个', actual: 45, row: 3 })] });
    expect(t.diagnostics).toEqual([expect.objectContaining({ code: 'INDICATOR_BEHIND_SCHEDULE', sheet: '绩效指标', row: 2, col: 4 })]);
    expect(t.tracking.counts).toEqual({ green: 0, yellow: 1, red: 1, grey: 0 });
  });

  test('LIKELIHOOD_WITHOUT_REASON: 有可能 / 完全不可能 with no category and no reason', () => {
    const ok = { budget: { ...BUDGET, executed: 50 } };
    const bare = run({ ...ok, indicators: [scoredRow({ target: '≥100个', actual: 48, likelihood: '有可能' })] });
    expect(bare.diagnostics).toEqual([expect.objectContaining({ code: 'LIKELIHOOD_WITHOUT_REASON', row: 2, col: 6 })]);
    expect(codes(run({ ...ok, indicators: [scoredRow({ target: '≥100个', actual: 48, likelihood: '完全不可能', categories: '经费保障' })] }).diagnostics)).toEqual([]);
    expect(codes(run({ ...ok, indicators: [scoredRow({ target: '≥100个', actual: 48, likelihood: '有可能', reason: '资金未到位' })] }).diagnostics)).toEqual([]);
  });

  test('LIKELIHOOD_INCONSISTENT: 确定能 while the projection falls short', () => {
    const ok = { budget: { ...BUDGET, executed: 50 } };
    // 45 of ≥100 at half the year projects to 90.
    const t = run({ ...ok, indicators: [scoredRow({ target: '≥100个', actual: 45, likelihood: '确定能' })] });
    expect(t.diagnostics).toEqual([expect.objectContaining({ code: 'LIKELIHOOD_INCONSISTENT', row: 2, col: 6 })]);
    expect(codes(run({ ...ok, indicators: [scoredRow({ target: '≥100个', actual: 55, likelihood: '确定能' })] }).diagnostics)).toEqual([]);
    // A given 全年预计完成值 that reaches the target answers it.
    expect(codes(run({ ...ok, indicators: [scoredRow({ target: '≥100个', actual: 45, projection: 100, likelihood: '确定能' })] }).diagnostics)).toEqual([]);
  });

  test('LIKELIHOOD_UNRECOGNIZED for a likelihood that is none of the three', () => {
    const t = run({ budget: { ...BUDGET, executed: 50 }, indicators: [scoredRow({ target: '≥100个', actual: 55, likelihood: '大概吧' })] });
    expect(t.diagnostics).toEqual([expect.objectContaining({ code: 'LIKELIHOOD_UNRECOGNIZED', params: { name: '指标', value: '大概吧' } })]);
  });
});

describe('the projected year-end score', () => {
  test('§3 on the projections and the projected execution (capped at 100 %)', () => {
    const t = run({
      budget: { ...BUDGET, executed: 60, rate: 0.6, score: 6 },
      indicators: [scoredRow({ target: '≥100个', actual: 40, weight: 50 }), scoredRow({ target: '≥95%', actual: '90%', weight: 40, row: 3 })],
      snapshotTotal: 6 + 20 + 37.89,
    });
    // 40 → 80 of 100: 40; 90 % as it stands: 37.89; 60 → 120 of 100 capped: 10.
    expect(t.tracking.indicators.map((i) => i.projectedResult.score)).toEqual([40, 37.89]);
    expect(t.tracking.projectedBudgetScore).toBe(10);
    expect(t.tracking.projectedTotal).toBe(87.89);
    expect(t.tracking.projectedGrade).toBe('良');
    expect(t.tracking.snapshotTotal).toBe(63.89);
  });

  test('without a budget the projected budget score is 0, as the snapshot\'s', () => {
    const t = run({ budget: { executed: 30, executedSource: 'projectInfo', weight: 10, score: 0 } });
    expect(t.tracking.projectedBudgetScore).toBe(0);
  });
});
