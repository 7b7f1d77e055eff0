/**
 * The `tracking` block of the report (DOMAIN.md §9; `evaluate --json` in tracking mode, the pane's card):
 * fractions for progress and rates, `gap` in percentage points, lights `green yellow red grey`,
 * projections in the unit the target is written in, `projected` true where 按进度推算.
 */
import type { Grade } from '../domain/model';
import type { IndicatorTracking, Light, Measure, TimeRule, TrackingResult } from '../domain/tracking/types';
import { isNumericTarget } from '../domain/parse/parseTarget';
import { sheetCellRef } from '../domain/address';
import { CATEGORY_LABEL, LIKELIHOOD_LABEL } from '../domain/tracking/likelihood';
import { inTargetMagnitude, projectionText } from '../domain/tracking/formatProjected';

export interface ReportTrackingIndicator {
  readonly name: string;
  /** The 三级 cell, like the report's indicators. */
  readonly cell: string;
  readonly measure: Measure;
  /** 完成进度, a fraction; null for bands, ranges, qualitative and unreported indicators. */
  readonly progress: number | null;
  readonly light: Light;
  /** The year-end projection in the target's unit as written (`360` for `≥320` 批次, `12` for `≥7` 亿); null when none or qualitative. */
  readonly projection: number | null;
  /** The projection as printed (`360批次`, `达成`), `` when none. */
  readonly projectionText: string;
  /** True where 按进度推算 (to date ÷ 时间进度). */
  readonly projected: boolean;
  /** 确定能 / 有可能 / 完全不可能, null when not given or not recognised. */
  readonly likelihood: string | null;
  /** 偏差原因类别 as the form names them (经费保障 …). */
  readonly categories: readonly string[];
  /** §3 on the projection. */
  readonly projectedScore: number;
}

export interface ReportTracking {
  readonly asOf: string | null;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  readonly timeRule: TimeRule;
  readonly timeProgress: number | null;
  readonly executionProgress: number | null;
  readonly receivedRate: number | null;
  /** 执行进度 − 时间进度 in percentage points (2 decimals). */
  readonly gap: number | null;
  readonly light: Light;
  /** 全年预计执行数 (given, else 推算), 万元. */
  readonly projectedExecuted: number | null;
  readonly projectedExecutedGiven: boolean;
  /** Projected 执行率, capped at 1. */
  readonly projectedRate: number | null;
  readonly projectedTotal: number;
  readonly projectedGrade: Grade;
  /** 截至日得分（参考）: §3 on the to-date actuals, the report's `total`. */
  readonly snapshotTotal: number;
  readonly counts: Readonly<Record<Light, number>>;
  readonly indicators: readonly ReportTrackingIndicator[];
}

function projectionNumber(t: IndicatorTracking): number | null {
  const value = t.projection?.value;
  const target = t.result.row.target;
  if (value === undefined || !isNumericTarget(target)) return null;
  return inTargetMagnitude(value, target);
}

function indicatorOf(t: IndicatorTracking): ReportTrackingIndicator {
  const row = t.result.row;
  return {
    name: row.name,
    cell: sheetCellRef(row.sheet, row.row, row.cols.name ?? 0),
    measure: t.measure,
    progress: t.progress ?? null,
    light: t.light,
    projection: projectionNumber(t),
    projectionText: projectionText(t),
    projected: t.projection?.projected ?? false,
    likelihood: t.likelihood ? LIKELIHOOD_LABEL[t.likelihood] : null,
    categories: t.categories.map((c) => CATEGORY_LABEL[c]),
    projectedScore: t.projectedResult.score,
  };
}

export function toReportTracking(t: TrackingResult): ReportTracking {
  const f = t.funds;
  return {
    asOf: t.asOf ?? null,
    periodStart: t.periodStart ?? null,
    periodEnd: t.periodEnd ?? null,
    timeRule: t.timeRule,
    timeProgress: t.timeProgress ?? null,
    executionProgress: f.executionProgress ?? null,
    receivedRate: f.receivedRate ?? null,
    gap: f.gap ?? null,
    light: f.light,
    projectedExecuted: f.projectedExecuted ?? null,
    projectedExecutedGiven: f.projectedGiven,
    projectedRate: f.projectedRate ?? null,
    projectedTotal: t.projectedTotal,
    projectedGrade: t.projectedGrade,
    snapshotTotal: t.snapshotTotal,
    counts: t.counts,
    indicators: t.indicators.map(indicatorOf),
  };
}
