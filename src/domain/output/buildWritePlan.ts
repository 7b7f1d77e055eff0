/**
 * The write plan of a run: the four output sheets (DOMAIN.md §5) in the order form, detail, expenses,
 * diagnostics, then the workbench's (§10): 指标调整对比 when asked for and 评价报告（草稿） when given;
 * the ownership list passed through; the form activated.
 */
import type { Evaluation } from '../model';
import type { RenderedDiagnostic } from '../diagnostics/types';
import type { OutputRole, WritePlan } from './planTypes';
import { buildFormSheet } from './formSheet';
import { buildDetailSheet } from './detailSheet';
import { buildExpensesSheet } from './expensesSheet';
import { buildDiagnosticsSheet } from './diagnosticsSheet';
import type { IndicatorComparison } from '../workbench/compareIndicators';
import type { DraftDocument } from '../workbench/draft/draftTypes';
import { buildComparisonSheet } from '../workbench/comparisonSheet';
import { buildDraftSheet } from '../workbench/draft/draftSheet';

/** The evaluator's workbench sheets of a run. */
export interface WorkbenchOutputs {
  /** Write 指标调整对比 (with the comparison, or saying there is no reference sheet when it is absent). */
  readonly writeComparison: boolean;
  readonly comparison?: IndicatorComparison | undefined;
  readonly draft?: DraftDocument | undefined;
}

export function buildWritePlan(
  evaluation: Evaluation,
  diagnostics: readonly RenderedDiagnostic[],
  names: Readonly<Record<OutputRole, string>>,
  ownedSheets: readonly string[],
  workbench?: WorkbenchOutputs,
): WritePlan {
  return {
    sheets: [
      buildFormSheet(evaluation, names.form, { diagnosticsSheet: names.diagnostics }),
      buildDetailSheet(evaluation.indicators, names.detail),
      buildExpensesSheet(evaluation.expenses, evaluation.budget, names.expenses),
      buildDiagnosticsSheet(diagnostics, names.diagnostics),
      ...(workbench?.writeComparison ? [buildComparisonSheet(workbench.comparison, names.comparison)] : []),
      ...(workbench?.draft ? [buildDraftSheet(workbench.draft, names.draft)] : []),
    ],
    ownedSheets: [...ownedSheets],
    activate: names.form,
  };
}
