/**
 * The funds part of tracking (DOMAIN.md §9): 执行进度, 到位率, 进度差 and its light, and the projected
 * year-end execution.
 *
 * - Base: 全年预算数, else 调整后预算数, else 年初预算数 (a mid-year table often has only the last).
 * - 执行进度 = executed to date / base; 到位率 = 资金到位数 / base; 进度差 = 执行进度 − 时间进度 in
 *   percentage points, rounded to 2 decimals as printed, and its light from that printed figure.
 * - Projection: 全年预计执行数 where given, else executed ÷ 时间进度 (推算); the projected 执行率 is
 *   capped at 100 %.
 */
import type { BudgetResult, ProjectInfo } from '../model';
import type { FundsTracking, TrackingRules } from './types';
import { gapLight, gapPoints } from './trackIndicator';

type Base = Pick<FundsTracking, 'base' | 'baseSource'>;

function baseOf(project: ProjectInfo | undefined): Base {
  const candidates = [
    ['annualBudget', project?.annualBudget],
    ['adjustedBudget', project?.adjustedBudget],
    ['initialBudget', project?.initialBudget],
  ] as const;
  for (const [source, value] of candidates) {
    if (value !== undefined && value > 0) return { base: value, baseSource: source };
  }
  return {};
}

export function trackFunds(
  project: ProjectInfo | undefined,
  budget: BudgetResult,
  time: number | undefined,
  rules: TrackingRules,
): FundsTracking {
  const { base, baseSource } = baseOf(project);
  // Executed to date (1-X月执行数) where the sheet gives it, else what the budget score used.
  const executed = project?.executedToDate ?? budget.executed;
  const received = project?.received;
  const executionProgress = base !== undefined && executed !== undefined ? executed / base : undefined;
  const receivedRate = base !== undefined && received !== undefined ? received / base : undefined;
  const gap = executionProgress !== undefined && time !== undefined ? gapPoints(executionProgress, time) : undefined;
  const given = project?.projectedExecuted;
  const projectedExecuted =
    given ?? (executed !== undefined && time !== undefined && time > 0 ? executed / time : undefined);
  const projectedRate =
    base !== undefined && projectedExecuted !== undefined ? Math.min(projectedExecuted / base, 1) : undefined;
  return {
    ...(base !== undefined ? { base } : {}),
    ...(baseSource !== undefined ? { baseSource } : {}),
    ...(executed !== undefined ? { executed } : {}),
    ...(executionProgress !== undefined ? { executionProgress } : {}),
    ...(received !== undefined ? { received } : {}),
    ...(receivedRate !== undefined ? { receivedRate } : {}),
    ...(gap !== undefined ? { gap } : {}),
    light: gap !== undefined ? gapLight(gap, rules) : 'grey',
    ...(projectedExecuted !== undefined ? { projectedExecuted } : {}),
    projectedGiven: given !== undefined,
    ...(projectedRate !== undefined ? { projectedRate } : {}),
  };
}
