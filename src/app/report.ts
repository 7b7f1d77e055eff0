/**
 * The report every door shows: the command line's `--json` object, the pane's result card.
 * Amounts in 万元, `rate` and `completion` as fractions, `cell` like `绩效指标!C5`.
 */
import type { Evaluation, Grade, IndicatorStatus, LayoutRole } from '../domain/model';
import type { Locale, RenderedDiagnostic } from '../domain/diagnostics/types';
import type { TargetKind } from '../domain/values';
import { renderDiagnostics } from '../domain/diagnostics/messages';
import { rangeToA1, sheetCellRef } from '../domain/address';
import { formWithheld } from '../domain/scoring/nothingScored';
import type { IndicatorComparison } from '../domain/workbench/compareIndicators';
import { comparisonReport, type ReportComparison } from './comparisonReport';
import { PROFILES } from '../domain/schema/profiles';
import type { ProfileSource } from './profileChoice';
import type { EvaluationMode } from '../domain/workbookSettings';
import type { ReportTracking } from './trackingReport';

export interface ReportIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly kind: TargetKind;
  readonly weight: number;
  readonly score: number;
  /** The unit's own 得分 for the row (a 得分 merged over several rows: on the first of them). */
  readonly selfScore: number | null;
  readonly completion: number | null;
  readonly status: IndicatorStatus;
  readonly cell: string;
}

export interface ReportSheets {
  readonly scored: string | null;
  readonly reference: readonly string[];
  readonly reasonCells: string | null;
}

/** A block the reader took, with its range in A1 (`A12:I30`). */
export interface ReportBlock {
  readonly role: LayoutRole;
  readonly sheet: string;
  readonly range: string;
}

export interface Report {
  /** The scoring profile's id (`central`, `municipal-20-80`, `sichuan`, `linear-le`). */
  readonly profile: string;
  /** Its label in the report's locale. */
  readonly profileLabel: string;
  /** How it was chosen: this run's choice, the workbook's setting, the sheets' own labels, or the default. */
  readonly profileSource: ProfileSource;
  /** 自评 (`selfEvaluation`) or 绩效跟踪 (`tracking`). */
  readonly mode: EvaluationMode;
  readonly project: {
    readonly name: string | null;
    readonly department: string | null;
    readonly unit: string | null;
    readonly asOf: string | null;
    /** 评价类型 as written in 项目信息 (自评, 绩效跟踪 …); the mode taken is `mode`. */
    readonly evaluationType: string | null;
    /** The year the form is for. */
    readonly year: number | null;
  };
  /**
   * Which input sheets the run took: the indicator sheet it scored, the reference ones (their targets
   * are checked, never scored), and the scored rows' 偏差原因 cells (`G3:G20`), where a reason typed
   * survives the next run. Null where there is none.
   */
  readonly sheets: ReportSheets;
  readonly budget: {
    readonly annual: number | null;
    /** 调整后预算数 when given. */
    readonly adjusted: number | null;
    /** What `rate` divides by: 全年预算数, or 调整后预算数 (profile `sichuan`). */
    readonly base: 'annualBudget' | 'adjustedBudget';
    readonly executed: number | null;
    readonly rate: number | null;
    readonly weight: number;
    readonly score: number;
  };
  readonly indicators: readonly ReportIndicator[];
  readonly levels: Readonly<Record<string, { readonly weight: number; readonly score: number }>>;
  readonly total: number;
  readonly max: number;
  readonly grade: Grade;
  readonly provisional: boolean;
  /** False when nothing could be scored (NO_INDICATOR_SHEET or NOTHING_SCORED): no form is written. */
  readonly scored: boolean;
  /** The unit's own total (its printed 总分 得分, else the sum of its own scores); null when the form has none. */
  readonly selfTotal: number | null;
  /** The blocks read, in workbook order. */
  readonly layout: readonly ReportBlock[];
  readonly diagnostics: readonly RenderedDiagnostic[];
  /** 指标调整对比: the scored indicators against the first reference sheet; null when there is none. */
  readonly comparison: ReportComparison | null;
  /** Tracking mode only (DOMAIN.md §9); added by the tracking engine (src/app/trackingChunk.ts). */
  readonly tracking?: ReportTracking;
}

/** The scored sheet and the reference ones (from the blocks read), and the 偏差原因 cells of the scored rows. */
function sheetsOf(evaluation: Evaluation): ReportSheets {
  const scored = evaluation.layout.find((b) => b.role === 'indicators')?.sheet ?? null;
  const reference = [...new Set(evaluation.layout.filter((b) => b.role === 'reference').map((b) => b.sheet))];
  const rows = evaluation.indicators.filter((r) => r.row.sheet === scored).map((r) => r.row);
  const col = rows.find((r) => r.cols.reason !== undefined)?.cols.reason;
  const lines = rows.map((r) => r.row);
  const reasonCells =
    col === undefined || lines.length === 0
      ? null
      : rangeToA1({ top: Math.min(...lines), left: col, bottom: Math.max(...lines), right: col });
  return { scored, reference, reasonCells };
}

/**
 * `rendered`: the evaluation's diagnostics already rendered in `locale` (evaluateSnapshot renders
 * them once for the 校验问题 sheet and the report).
 */
export function toReport(
  evaluation: Evaluation,
  locale: Locale,
  rendered: readonly RenderedDiagnostic[] = renderDiagnostics(evaluation.diagnostics, locale),
  comparison?: IndicatorComparison,
  profileSource: ProfileSource = 'default',
): Report {
  const p = evaluation.project;
  const profile = PROFILES.find((candidate) => candidate.id === evaluation.profile);
  return {
    profile: evaluation.profile,
    profileLabel: profile?.label[locale] ?? evaluation.profile,
    profileSource,
    mode: evaluation.mode,
    project: {
      name: p?.name ?? null,
      department: p?.department ?? null,
      unit: p?.unit ?? null,
      asOf: p?.asOf ?? null,
      evaluationType: p?.evaluationType ?? null,
      year: evaluation.year ?? null,
    },
    sheets: sheetsOf(evaluation),
    budget: {
      annual: evaluation.budget.annual ?? null,
      adjusted: evaluation.budget.adjusted ?? null,
      base: evaluation.budget.base ?? 'annualBudget',
      executed: evaluation.budget.executed ?? null,
      rate: evaluation.budget.rate ?? null,
      weight: evaluation.budget.weight,
      score: evaluation.budget.score,
    },
    indicators: evaluation.indicators.map((r) => ({
      level1: r.row.level1,
      level2: r.row.level2,
      name: r.row.name,
      target: r.row.targetText,
      actual: r.row.actualText,
      kind: r.row.target.kind,
      weight: r.weight,
      score: r.score,
      selfScore: r.row.manualScore ?? r.row.groupScore?.value ?? null,
      completion: r.completion ?? null,
      status: r.status,
      cell: sheetCellRef(r.row.sheet, r.row.row, r.row.cols.name ?? 0),
    })),
    levels: evaluation.levels,
    total: evaluation.total,
    max: evaluation.max,
    grade: evaluation.grade,
    provisional: evaluation.provisional,
    scored: !formWithheld(evaluation.diagnostics),
    selfTotal: evaluation.selfTotal ?? null,
    layout: evaluation.layout.map((b) => ({ role: b.role, sheet: b.sheet, range: rangeToA1(b.range) })),
    diagnostics: rendered,
    comparison: comparisonReport(comparison, locale),
  };
}
