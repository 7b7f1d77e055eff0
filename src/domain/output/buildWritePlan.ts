/**
 * The write plan of a run: the four output sheets (DOMAIN.md §5) in the order form, detail, expenses,
 * diagnostics, then the workbench's (§10) sheets the caller built (指标调整对比, 评价报告（草稿））;
 * the ownership list passed through; the form activated. When nothing could be scored (DOMAIN.md §8.13)
 * no form is written: the 校验问题 sheet alone, activated — and the earlier outputs of this add-in
 * (`earlier`), which would otherwise show a previous run's scores, are cleared to one line saying why.
 */
import type { Evaluation } from '../model';
import type { RenderedDiagnostic } from '../diagnostics/types';
import type { OutputRole, SheetPlan, WritePlan } from './planTypes';
import { PALETTE, SheetBuilder } from './sheetBuilder';
import { buildFormSheet } from './formSheet';
import { buildDetailSheet } from './detailSheet';
import { buildExpensesSheet } from './expensesSheet';
import { buildDiagnosticsSheet } from './diagnosticsSheet';
import { formWithheld } from '../scoring/nothingScored';

export function buildWritePlan(
  evaluation: Evaluation,
  diagnostics: readonly RenderedDiagnostic[],
  names: Readonly<Record<OutputRole, string>>,
  ownedSheets: readonly string[],
  /** The workbench's sheets (指标调整对比, 评价报告（草稿）), built by the caller, written last. */
  extra: readonly SheetPlan[] = [],
  /** The output sheets an earlier run of the add-in left in the workbook. */
  earlier: readonly OutputRole[] = [],
): WritePlan {
  if (formWithheld(evaluation.diagnostics)) {
    const cleared = earlier.filter((role) => role !== 'diagnostics');
    return {
      sheets: [...cleared.map((role) => clearedSheet(role, names[role], names.diagnostics)), buildDiagnosticsSheet(diagnostics, names.diagnostics)],
      ownedSheets: [...ownedSheets],
      activate: names.diagnostics,
    };
  }
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

/** An earlier output sheet emptied to one line: this run scored nothing, see the diagnostics sheet. */
function clearedSheet(role: OutputRole, name: string, diagnosticsSheet: string): SheetPlan {
  const b = new SheetBuilder(role, name, 1).columnWidths([90]);
  b.text(0, 0, `本次计算未能得出结果：没有任何指标能够计分，原有结果已清除。原因见「${diagnosticsSheet}」工作表。`);
  b.style(0, 0, 0, 0, { bold: true, fill: PALETTE.error, wrap: true });
  return b.build();
}
