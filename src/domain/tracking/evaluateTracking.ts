/**
 * Tracking mode as a whole (DOMAIN.md §9): 时间进度 from the as-of date and the period, the funds'
 * progress, each indicator's progress, light and projection, the projected year-end score beside the
 * snapshot score, and the checks. Pure: the snapshot evaluation in, the tracking result out.
 */
import type { BudgetResult, CellRef, IndicatorResult, ProjectInfo } from '../model';
import type { Diagnostic } from '../diagnostics/types';
import type { ScoringProfile } from '../schema/profiles';
import { diag } from '../diagnostics/create';
import { roundHalfUp, sum2 } from '../scoring/rounding';
import { gradeOf } from '../scoring/grade';
import { timeProgress } from './timeProgress';
import { isIsoDate } from './isoDate';
import { resolveAsOf, resolvePeriod } from './asOf';
import { trackIndicator } from './trackIndicator';
import { trackFunds } from './trackFunds';
import { fundsChecks, indicatorChecks } from './trackingChecks';
import { LIGHTS, type Light, type TrackingResult, type TrackingRules } from './types';

export interface TrackingInput {
  readonly project?: ProjectInfo;
  /** The snapshot's budget result: executed to date, §3.2 score. */
  readonly budget: BudgetResult;
  /** The snapshot's indicator results, in sheet order (excluded rows are left out of tracking). */
  readonly indicators: readonly IndicatorResult[];
  /** The snapshot total (§3 on the to-date actuals). */
  readonly snapshotTotal: number;
  /** The as-of date chosen for the run (ISO), beating the sheets'. */
  readonly asOf?: string;
  /** The X of a `1-X月` / `截至X月` label of the tables, when the sheets give no date. */
  readonly toDateMonth?: number;
  /** Where that label stands (AS_OF_FROM_LABEL points there). */
  readonly toDateMonthRef?: CellRef;
  /** The report's year (period, as-of, name or form title). */
  readonly year?: number;
}

/** The projected budget score: §3.2 on the projected execution (the snapshot's when nothing is projected). */
function projectedBudgetScore(budget: BudgetResult, projectedExecuted: number | undefined): number {
  if (projectedExecuted === undefined) return budget.score;
  if (budget.annual === undefined || budget.annual === 0) return 0;
  return roundHalfUp(budget.weight * Math.min(Math.max(projectedExecuted / budget.annual, 0), 1), 2);
}

export function evaluateTracking(
  input: TrackingInput,
  profile: ScoringProfile,
  rules: TrackingRules,
): { readonly tracking: TrackingResult; readonly diagnostics: readonly Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const project = input.project;
  const asOf = resolveAsOf(project, input.asOf, input.toDateMonth, input.year);
  let time: number | undefined;
  let period: { start: string; end: string } | undefined;
  if (!asOf || !isIsoDate(asOf.date)) {
    diagnostics.push(diag('AS_OF_MISSING', project?.cells.asOf ?? { sheet: project?.sheet ?? '' }));
  } else {
    if (asOf.source === 'label' && input.toDateMonth !== undefined) {
      // No date anywhere: the as-of is the month end a `1-X月` label names — said, so the officer can check it.
      diagnostics.push(
        diag('AS_OF_FROM_LABEL', input.toDateMonthRef ?? { sheet: project?.sheet ?? '' }, { asOf: asOf.date, month: input.toDateMonth }),
      );
    }
    const p = resolvePeriod(project, asOf.date);
    period = p;
    time = timeProgress(p.start, p.end, asOf.date, rules.timeRule);
    if (asOf.date < p.start || asOf.date > p.end) {
      diagnostics.push(
        diag('AS_OF_OUTSIDE_PERIOD', asOf.ref ?? project?.cells.periodStart ?? { sheet: project?.sheet ?? '' }, {
          asOf: asOf.date,
          start: p.start,
          end: p.end,
        }),
      );
    }
  }

  const funds = trackFunds(project, input.budget, time, rules);
  diagnostics.push(...fundsChecks(funds, time, project, rules));
  const scored = input.indicators.filter((r) => r.status !== 'excluded');
  const indicators = scored.map((r) => trackIndicator(r, time, rules, profile, diagnostics));
  diagnostics.push(...indicatorChecks(indicators, time));

  const budgetScore = projectedBudgetScore(input.budget, funds.projectedExecuted);
  const projectedTotal = sum2([...indicators.map((t) => t.projectedResult.score), budgetScore]);
  const counts = Object.fromEntries(LIGHTS.map((l) => [l, 0])) as Record<Light, number>;
  for (const t of indicators) counts[t.light]++;
  const tracking: TrackingResult = {
    ...(asOf && isIsoDate(asOf.date) ? { asOf: asOf.date } : {}),
    ...(period ? { periodStart: period.start, periodEnd: period.end } : {}),
    timeRule: rules.timeRule,
    ...(time !== undefined ? { timeProgress: time } : {}),
    funds,
    indicators,
    projectedTotal,
    projectedGrade: gradeOf(projectedTotal, profile),
    projectedBudgetScore: budgetScore,
    snapshotTotal: input.snapshotTotal,
    counts,
  };
  return { tracking, diagnostics };
}
