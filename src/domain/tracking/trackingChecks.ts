/**
 * The checks of tracking mode (DOMAIN.md §9): execution and indicators behind schedule, likelihoods
 * that are unexplained, unreadable or contradicted by the projection.
 */
import type { IndicatorRow, ProjectInfo } from '../model';
import type { Diagnostic, LocationInput } from '../diagnostics/types';
import { diag } from '../diagnostics/create';
import { projectionText } from './formatProjected';
import { formatPercent } from '../scoring/rounding';
import type { FundsTracking, IndicatorTracking, TrackingRules } from './types';
import { LIKELIHOOD_LABEL } from './likelihood';

function likelihoodAt(row: IndicatorRow): LocationInput {
  return { sheet: row.sheet, row: row.row, col: row.cols.likelihood ?? row.cols.name };
}

/** Where the to-date execution stands: its own cell, else 全年执行数, else the budget. */
function executedAt(project: ProjectInfo | undefined): LocationInput {
  const cells = project?.cells;
  return cells?.executedToDate ?? cells?.executed ?? cells?.annualBudget ?? { sheet: project?.sheet ?? '' };
}

export function fundsChecks(
  funds: FundsTracking,
  time: number | undefined,
  project: ProjectInfo | undefined,
  rules: TrackingRules,
): Diagnostic[] {
  if (funds.gap === undefined || funds.executionProgress === undefined || time === undefined) return [];
  if (funds.gap >= -rules.behindSchedule) return [];
  return [
    diag('EXECUTION_BEHIND_SCHEDULE', executedAt(project), {
      progress: formatPercent(funds.executionProgress),
      time: formatPercent(time),
      gap: funds.gap.toFixed(2),
      limit: rules.behindSchedule,
    }),
  ];
}

export function indicatorChecks(tracked: readonly IndicatorTracking[], time: number | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const t of tracked) {
    const row = t.result.row;
    if (t.light === 'red') {
      out.push(
        diag('INDICATOR_BEHIND_SCHEDULE', { sheet: row.sheet, row: row.row, col: row.cols.actual ?? row.cols.name }, {
          name: row.name,
          measure: t.measure,
          progress: t.progress !== undefined ? formatPercent(t.progress) : '',
          time: time !== undefined ? formatPercent(time) : '',
          actual: row.actualText,
          target: row.targetText,
        }),
      );
    }
    const text = row.tracking?.likelihoodText ?? '';
    if (t.likelihood === undefined) {
      if (text.trim() !== '') out.push(diag('LIKELIHOOD_UNRECOGNIZED', likelihoodAt(row), { name: row.name, value: text }));
      continue;
    }
    if (t.likelihood !== 'certain' && t.categories.length === 0 && row.deviationReason.trim() === '') {
      out.push(diag('LIKELIHOOD_WITHOUT_REASON', likelihoodAt(row), { name: row.name, likelihood: LIKELIHOOD_LABEL[t.likelihood] }));
    }
    if (t.likelihood === 'certain' && t.projection && t.projectedResult.status !== 'met') {
      out.push(
        diag('LIKELIHOOD_INCONSISTENT', likelihoodAt(row), {
          name: row.name,
          projection: projectionText(t),
          target: row.targetText,
        }),
      );
    }
  }
  return out;
}
