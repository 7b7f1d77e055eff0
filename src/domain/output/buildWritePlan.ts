/**
 * The write plan of a run (DOMAIN.md §5, §9): the form of the mode — the 绩效自评表 in a self-evaluation,
 * the 绩效运行监控表 in tracking mode — then the detail, expenses and diagnostics sheets, then the
 * workbench's (§10) sheets the caller built (指标调整对比, 评价报告（草稿））; the ownership list passed
 * through; the form activated. When nothing could be scored (DOMAIN.md §8.13) no form is written: the
 * 校验问题 sheet alone, activated — and the earlier outputs of this add-in (`earlier`), which would
 * otherwise show a previous run's scores, are cleared to one line saying why.
 *
 * Switching mode never leaves the other form looking current: when an earlier run of this add-in wrote
 * it (`earlier`), it is rewritten to one line that says which sheet holds the current result. It is kept,
 * not deleted (the add-in never deletes a sheet: a user's references to it would break), and switching
 * back rewrites it in full.
 */
import type { Evaluation } from '../model';
import type { RenderedDiagnostic } from '../diagnostics/types';
import type { OutputRole, SheetPlan, WritePlan } from './planTypes';
import { PALETTE, SheetBuilder } from './sheetBuilder';
import { buildFormSheet } from './formSheet';
import type { TrackingEngine } from '../tracking/engine';
import type { ModeSource } from '../tracking/mode';
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
  /** Tracking mode's engine: required for a tracking evaluation (it builds the 监控表). */
  engine?: TrackingEngine,
  /** How the run's mode was chosen: the form's note says it beside the mode. */
  modeSource?: ModeSource,
): WritePlan {
  if (formWithheld(evaluation.diagnostics)) {
    const cleared = earlier.filter((role) => role !== 'diagnostics');
    return {
      sheets: [...cleared.map((role) => clearedSheet(role, names[role], names.diagnostics)), buildDiagnosticsSheet(diagnostics, names.diagnostics)],
      ownedSheets: [...ownedSheets],
      activate: names.diagnostics,
    };
  }
  const tracking = evaluation.tracking;
  if (tracking && !engine) throw new Error('buildWritePlan: a tracking evaluation needs the tracking engine');
  const context = { diagnosticsSheet: names.diagnostics, ...(modeSource !== undefined ? { modeSource } : {}) };
  const form: SheetPlan = tracking && engine
    ? engine.buildMonitorSheet(evaluation, tracking, names.monitor, context)
    : buildFormSheet(evaluation, names.form, context);
  const other = tracking ? 'form' : 'monitor';
  const stale = earlier.includes(other) ? [otherFormNote(other, names[other], form.name)] : [];
  return {
    sheets: [
      form,
      buildDetailSheet(evaluation.indicators, names.detail),
      buildExpensesSheet(evaluation.expenses, evaluation.budget, names.expenses),
      buildDiagnosticsSheet(diagnostics, names.diagnostics),
      ...stale,
      ...extra,
    ],
    ownedSheets: [...ownedSheets],
    activate: form.name,
  };
}

/** An earlier output sheet emptied to one line: this run scored nothing, see the diagnostics sheet. */
function clearedSheet(role: OutputRole, name: string, diagnosticsSheet: string): SheetPlan {
  const b = new SheetBuilder(role, name, 1).columnWidths([90]);
  b.text(0, 0, `本次计算未能得出结果：没有任何指标能够计分，原有结果已清除。原因见「${diagnosticsSheet}」工作表。`);
  b.style(0, 0, 0, 0, { bold: true, fill: PALETTE.error, wrap: true });
  return b.build();
}

/** The other mode's form, emptied to one line that points at the current one. */
function otherFormNote(role: OutputRole, name: string, current: string): SheetPlan {
  const now = role === 'form' ? '绩效跟踪（运行监控）' : '单位自评';
  const back = role === 'form' ? '“自评”' : '“绩效跟踪”';
  const b = new SheetBuilder(role, name, 1).columnWidths([100]);
  b.text(
    0,
    0,
    `此表不是当前结果：本工作簿最近一次按${now}计算，结果见「${current}」工作表。选择${back}后重新计算，此表会重新生成。`,
  );
  b.style(0, 0, 0, 0, { bold: true, fill: PALETTE.warning, wrap: true, vAlign: 'middle' });
  b.rowHeight(0, 36);
  return b.build();
}
