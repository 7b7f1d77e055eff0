/** The funds part of tracking (DOMAIN.md §9): 执行进度, 到位率, 进度差 and its light, the projection. */
import type { BudgetResult, ProjectInfo } from '../../../src/domain/model';
import { DEFAULT_TRACKING_RULES } from '../../../src/domain/tracking/types';
import { trackFunds } from '../../../src/domain/tracking/trackFunds';

function project(fields: Partial<ProjectInfo>): ProjectInfo {
  return { sheet: '项目信息', cells: {}, ...fields };
}

function budget(executed: number | undefined, annual?: number): BudgetResult {
  return {
    ...(annual !== undefined ? { annual } : {}),
    ...(executed !== undefined ? { executed } : {}),
    executedSource: executed !== undefined ? 'expenses' : 'none',
    weight: 10,
    score: 0,
  };
}

describe('funds progress', () => {
  test('the seed: 75.64405 of 120 is 63.04 %, +4.70 pp against 58.33 %, green; 推算 129.68 capped at 100 %', () => {
    const f = trackFunds(project({ annualBudget: 120, initialBudget: 120, received: 75.64 }), budget(75.64405, 120), 7 / 12, DEFAULT_TRACKING_RULES);
    expect(f.base).toBe(120);
    expect(f.baseSource).toBe('annualBudget');
    expect(f.executionProgress).toBeCloseTo(0.630367, 6);
    expect(f.receivedRate).toBeCloseTo(0.630333, 6);
    expect(f.gap).toBe(4.7);
    expect(f.light).toBe('green');
    expect(f.projectedExecuted).toBeCloseTo(129.675514, 6);
    expect(f.projectedGiven).toBe(false);
    expect(f.projectedRate).toBe(1);
  });

  test('the monitoring table: only 年初预算数 220 and 1-6月 87.57 → 39.80 %, −10.20 pp, red, no 到位率', () => {
    const f = trackFunds(project({ initialBudget: 220 }), budget(87.57), 0.5, DEFAULT_TRACKING_RULES);
    expect(f.baseSource).toBe('initialBudget');
    expect(f.executionProgress).toBeCloseTo(0.398045, 6);
    expect(f.gap).toBe(-10.2);
    expect(f.light).toBe('red');
    expect(f.receivedRate).toBeUndefined();
    expect(f.projectedExecuted).toBeCloseTo(175.14, 6);
    expect(f.projectedRate).toBeCloseTo(0.796091, 6);
  });

  test('调整后预算数 is the base when there is no 全年预算数; a given 全年预计执行数 wins', () => {
    const f = trackFunds(project({ adjustedBudget: 200, initialBudget: 220, projectedExecuted: 190 }), budget(100), 0.5, DEFAULT_TRACKING_RULES);
    expect(f.baseSource).toBe('adjustedBudget');
    expect(f.gap).toBe(0);
    expect(f.light).toBe('green');
    expect(f.projectedExecuted).toBe(190);
    expect(f.projectedGiven).toBe(true);
    expect(f.projectedRate).toBe(0.95);
  });

  test('without a base or without 时间进度 the light is grey', () => {
    expect(trackFunds(project({}), budget(10), 0.5, DEFAULT_TRACKING_RULES).light).toBe('grey');
    const noTime = trackFunds(project({ annualBudget: 100 }), budget(10, 100), undefined, DEFAULT_TRACKING_RULES);
    expect(noTime.light).toBe('grey');
    expect(noTime.executionProgress).toBe(0.1);
    expect(noTime.projectedExecuted).toBeUndefined();
  });
});
