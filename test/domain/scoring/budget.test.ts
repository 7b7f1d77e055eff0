/** 预算执行率 under each profile's data (DOMAIN.md §3.2, §6): weight, denominator, the Sichuan explanation rule. */
import type { ProjectInfo } from '../../../src/domain/model';
import { scoreBudget } from '../../../src/domain/scoring/budget';
import { getProfile } from '../../../src/domain/schema/profiles';

function project(fields: Partial<ProjectInfo>): ProjectInfo {
  return {
    sheet: '项目信息',
    cells: {
      annualBudget: { sheet: '项目信息', row: 1, col: 1 },
      adjustedBudget: { sheet: '项目信息', row: 2, col: 1 },
      executed: { sheet: '项目信息', row: 3, col: 1 },
    },
    ...fields,
  };
}

function codes(result: ReturnType<typeof scoreBudget>): string[] {
  return result.diagnostics.map((d) => d.code);
}

describe('scoreBudget by profile', () => {
  test('central and linear-le divide by 全年预算数 even when 调整后预算数 is given', () => {
    for (const id of ['central', 'linear-le']) {
      const { budget } = scoreBudget(project({ annualBudget: 120, adjustedBudget: 100, executed: 96 }), undefined, getProfile(id));
      expect(budget).toMatchObject({ annual: 120, adjusted: 100, rate: 0.8, weight: 10, score: 8 });
      expect(budget.base).toBeUndefined();
    }
  });

  test('municipal-20-80 weighs 预算执行 20: 20 × 96/120 = 16', () => {
    const result = scoreBudget(project({ annualBudget: 120, executed: 96 }), undefined, getProfile('municipal-20-80'));
    expect(result.budget).toMatchObject({ rate: 0.8, weight: 20, score: 16 });
    expect(codes(result)).toEqual(['LOW_EXECUTION_RATE']);
  });

  test('sichuan divides by 调整后预算数 where given: 10 × 99/110 = 9, and 90 % needs no explanation', () => {
    const result = scoreBudget(project({ annualBudget: 120, adjustedBudget: 110, executed: 99 }), undefined, getProfile('sichuan'));
    expect(result.budget).toMatchObject({ annual: 120, adjusted: 110, base: 'adjustedBudget', weight: 10, score: 9 });
    expect(result.budget.rate).toBeCloseTo(0.9, 12);
    expect(codes(result)).toEqual([]);
  });

  test('sichuan falls back to 全年预算数 without an adjusted figure (or with 0)', () => {
    for (const adjusted of [undefined, 0]) {
      const fields = adjusted === undefined ? { annualBudget: 120, executed: 108 } : { annualBudget: 120, adjustedBudget: adjusted, executed: 108 };
      const { budget } = scoreBudget(project(fields), undefined, getProfile('sichuan'));
      expect(budget).toMatchObject({ annual: 120, rate: 0.9, score: 9 });
      expect(budget.base).toBeUndefined();
    }
  });

  test('sichuan: 执行率 below 90 % without 执行率偏差原因 → DEVIATION_REASON_MISSING on the budget row', () => {
    const missing = scoreBudget(project({ annualBudget: 120, adjustedBudget: 110, executed: 88 }), undefined, getProfile('sichuan'));
    expect(missing.budget).toMatchObject({ rate: 0.8, score: 8 });
    expect(missing.diagnostics.map((d) => [d.code, d.sheet, d.row, d.col])).toEqual([
      ['LOW_EXECUTION_RATE', '项目信息', 3, 1],
      ['DEVIATION_REASON_MISSING', '项目信息', 3, 1],
    ]);
    expect(missing.diagnostics[1]?.params).toEqual({ name: '预算执行率 80.00%' });
    const explained = scoreBudget(
      project({ annualBudget: 120, adjustedBudget: 110, executed: 88, executionReason: '部分采购延至次年' }),
      undefined,
      getProfile('sichuan'),
    );
    expect(codes(explained)).toEqual(['LOW_EXECUTION_RATE']);
    // Central asks for no such explanation.
    expect(codes(scoreBudget(project({ annualBudget: 110, executed: 88 }), undefined, getProfile('central')))).toEqual(['LOW_EXECUTION_RATE']);
  });

  test('sichuan: OVER_BUDGET compares with the denominator used', () => {
    const result = scoreBudget(project({ annualBudget: 120, adjustedBudget: 100, executed: 110 }), undefined, getProfile('sichuan'));
    expect(result.budget).toMatchObject({ rate: 1.1, score: 10 });
    expect(result.diagnostics.find((d) => d.code === 'OVER_BUDGET')?.params).toEqual({ executed: '110', budget: '100' });
  });
});
