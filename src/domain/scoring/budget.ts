/**
 * 预算执行率 (DOMAIN.md §3.2, with the profile's denominator and weight, §6) and the money checks of §4:
 * funds breakdown, expense totals, execution.
 */
import type { BudgetResult, ExpenseTable, ProjectInfo, ProjectField } from '../model';
import type { Diagnostic, LocationInput } from '../diagnostics/types';
import type { ScoringProfile } from '../schema/profiles';
import { diag } from '../diagnostics/create';
import { formatPercent, roundHalfUp } from './rounding';

/** Tolerance for money comparisons (DOMAIN.md §4), in the unit compared. */
const TOLERANCE = 0.005;

function fmt(n: number): string {
  return String(roundHalfUp(n, 6));
}

/**
 * The funds total and the field it came from: 全年预算数, else 调整后预算数 (a form that gives only the
 * adjusted figure). It is the denominator of 预算执行率 unless the profile prefers 调整后预算数
 * (`executionBase`).
 */
export function budgetBase(project: ProjectInfo | undefined): { value: number | undefined; field: 'annualBudget' | 'adjustedBudget' } {
  if (project?.annualBudget !== undefined) return { value: project.annualBudget, field: 'annualBudget' };
  if (project?.adjustedBudget !== undefined) return { value: project.adjustedBudget, field: 'adjustedBudget' };
  return { value: undefined, field: 'annualBudget' };
}

/**
 * The denominator of 预算执行率 under `profile` (§6): 调整后预算数 where the profile divides by it and
 * it is given (a 0 is no budget), else `budgetBase`.
 */
function executionBase(
  project: ProjectInfo | undefined,
  profile: ScoringProfile,
): { value: number | undefined; field: 'annualBudget' | 'adjustedBudget' } {
  const adjusted = project?.adjustedBudget;
  if (profile.executionBase === 'adjustedBudget' && adjusted !== undefined && adjusted > 0) {
    return { value: adjusted, field: 'adjustedBudget' };
  }
  return budgetBase(project);
}

/** Where a project field's value stands; the project sheet alone when the field was not found. */
function cellOf(project: ProjectInfo | undefined, field: ProjectField): LocationInput {
  return project?.cells[field] ?? { sheet: project?.sheet ?? '' };
}

export function expenseTotalWan(expenses: ExpenseTable): number {
  return expenses.unit === '万元' ? expenses.sum : expenses.sum / 1e4;
}

export function scoreBudget(
  project: ProjectInfo | undefined,
  expenses: ExpenseTable | undefined,
  profile: ScoringProfile,
): { budget: BudgetResult; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const funds = budgetBase(project);
  // The funds total the breakdown adds up to (全年预算数, else 调整后预算数), as the report shows it.
  const annual = funds.value;
  const adjusted = project?.adjustedBudget;
  // The denominator of 执行率: the profile's (调整后预算数 for sichuan, where given), else the funds total.
  const base = executionBase(project, profile);
  const denominator = base.value;
  const known = {
    ...(annual !== undefined ? { annual } : {}),
    ...(adjusted !== undefined ? { adjusted } : {}),
    ...(base.field === 'adjustedBudget' ? { base: 'adjustedBudget' as const } : {}),
  };
  const expenseWan = expenses && expenses.items.length > 0 ? expenseTotalWan(expenses) : undefined;
  // A mid-year table may give only the execution to date (1-7月执行数, DOMAIN.md §9).
  const executedField: ProjectField = project?.executed === undefined && project?.executedToDate !== undefined ? 'executedToDate' : 'executed';
  const fromProject = project?.executed ?? project?.executedToDate;
  const executed = fromProject ?? expenseWan;
  const executedSource = fromProject !== undefined ? 'projectInfo' : expenseWan !== undefined ? 'expenses' : 'none';
  const w = profile.budgetWeight;

  if (expenses?.declaredTotal !== undefined && Math.abs(expenses.declaredTotal - expenses.sum) > TOLERANCE) {
    const ref = expenses.declaredTotalRef;
    diagnostics.push(
      diag('EXPENSE_TOTAL_MISMATCH', { sheet: expenses.sheet, row: ref?.row, col: ref?.col }, {
        declared: fmt(expenses.declaredTotal),
        sum: fmt(expenses.sum),
        unit: expenses.unit,
      }),
    );
  }
  if (fromProject !== undefined && expenseWan !== undefined && Math.abs(fromProject - expenseWan) > TOLERANCE) {
    const at = cellOf(project, executedField);
    diagnostics.push(
      diag('EXECUTED_MISMATCH', at, { executed: fmt(fromProject), expenses: fmt(expenseWan) }),
    );
  }
  const parts = [project?.appropriation, project?.carryOver, project?.otherFunds];
  if (annual !== undefined && parts.some((p) => p !== undefined)) {
    const sum = parts.reduce<number>((a, p) => a + (p ?? 0), 0);
    if (Math.abs(sum - annual) > TOLERANCE) {
      const at = cellOf(project, base.field);
      diagnostics.push(diag('FUND_BREAKDOWN_MISMATCH', at, { sum: fmt(sum), budget: fmt(annual) }));
    }
  }
  if (executed !== undefined && project?.received !== undefined && executed > project.received + TOLERANCE) {
    const at = cellOf(project, executedSource === 'projectInfo' ? executedField : 'received');
    diagnostics.push(
      diag('EXECUTED_EXCEEDS_RECEIVED', at, { executed: fmt(executed), received: fmt(project.received) }),
    );
  }
  if (denominator === undefined || denominator === 0) {
    const at = cellOf(project, base.field);
    diagnostics.push(diag('BUDGET_MISSING', at));
    return {
      budget: { ...known, ...(executed !== undefined ? { executed } : {}), executedSource, weight: w, score: 0 },
      diagnostics,
    };
  }
  const rate = (executed ?? 0) / denominator;
  const score = roundHalfUp(w * Math.min(Math.max(rate, 0), 1), 2);
  const at = cellOf(project, executedSource === 'projectInfo' ? executedField : base.field);
  if (executed !== undefined && executed > denominator + TOLERANCE) {
    diagnostics.push(diag('OVER_BUDGET', at, { executed: fmt(executed), budget: fmt(denominator) }));
  }
  if (rate < profile.lowExecutionRate) {
    diagnostics.push(
      diag('LOW_EXECUTION_RATE', at, { rate: formatPercent(rate), min: formatPercent(profile.lowExecutionRate, 0) }),
    );
  }
  const reasonBelow = profile.executionReasonBelow;
  if (reasonBelow !== undefined && rate < reasonBelow && (project?.executionReason ?? '').trim() === '') {
    diagnostics.push(diag('DEVIATION_REASON_MISSING', at, { name: `预算执行率 ${formatPercent(rate)}` }));
  }
  return {
    budget: { ...known, ...(executed !== undefined ? { executed } : {}), executedSource, rate, weight: w, score },
    diagnostics,
  };
}
