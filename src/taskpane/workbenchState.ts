/**
 * What the pane shows of the evaluator's workbench after a recompute: the counts of 指标调整对比 and
 * where its sheet went, and the draft report (its sheet, and the document for the .docx download).
 */
import type { WritePlan } from '../domain/output/planTypes';
import type { Report } from '../app/report';
import type { DraftDocument } from '../domain/workbench/draft/draftTypes';

export interface PaneWorkbench {
  readonly comparison?: { readonly sheet: string; readonly summary: NonNullable<Report['comparison']>['summary'] };
  readonly draft?: { readonly sheet: string; readonly document: DraftDocument };
}

export function paneWorkbench(result: {
  readonly plan: WritePlan;
  readonly report: Report;
  readonly draft?: DraftDocument;
}): PaneWorkbench | undefined {
  // Nothing scored: the workbench's sheets were cleared, not written (DOMAIN.md §8.13).
  if (!result.report.scored) return undefined;
  const sheetOf = (role: string) => result.plan.sheets.find((s) => s.role === role)?.name;
  const comparisonSheet = sheetOf('comparison');
  const draftSheet = sheetOf('draft');
  const out: { -readonly [K in keyof PaneWorkbench]: PaneWorkbench[K] } = {};
  if (comparisonSheet && result.report.comparison) out.comparison = { sheet: comparisonSheet, summary: result.report.comparison.summary };
  if (draftSheet && result.draft) out.draft = { sheet: draftSheet, document: result.draft };
  return out.comparison || out.draft ? out : undefined;
}
