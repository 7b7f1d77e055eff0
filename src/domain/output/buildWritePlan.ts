/**
 * The write plan of a run: the four output sheets (DOMAIN.md §5) in the order form, detail, expenses,
 * diagnostics, then the workbench's (§10) sheets the caller built (指标调整对比, 评价报告（草稿））;
 * the ownership list passed through; the form activated.
 */
import type { Evaluation } from '../model';
import type { RenderedDiagnostic } from '../diagnostics/types';
import type { OutputRole, SheetPlan, WritePlan } from './planTypes';
import { buildFormSheet } from './formSheet';
import { buildDetailSheet } from './detailSheet';
import { buildExpensesSheet } from './expensesSheet';
import { buildDiagnosticsSheet } from './diagnosticsSheet';

export function buildWritePlan(
  evaluation: Evaluation,
  diagnostics: readonly RenderedDiagnostic[],
  names: Readonly<Record<OutputRole, string>>,
  ownedSheets: readonly string[],
  /** The workbench's sheets (指标调整对比, 评价报告（草稿）), built by the caller, written last. */
  extra: readonly SheetPlan[] = [],
): WritePlan {
  return {
    sheets: [
      buildFormSheet(evaluation, names.form, { diagnosticsSheet: names.diagnostics }),
      buildDetailSheet(evaluation.indicators, names.detail),
      buildExpensesSheet(evaluation.expenses, evaluation.budget, names.expenses),
      buildDiagnosticsSheet(diagnostics, names.diagnostics),
      ...extra,
    ],
    ownedSheets: [...ownedSheets],
    activate: names.form,
  };
}
