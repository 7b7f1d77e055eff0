/** The indicator comparison as the JSON report carries it (`comparison: {summary, pairs}`). */
import type { Locale, RenderedDiagnostic } from '../domain/diagnostics/types';
import type { ChangeKind, ComparedSide, IndicatorComparison, PairBasis } from '../domain/workbench/compareIndicators';
import { renderDiagnostics } from '../domain/diagnostics/messages';
import { sheetCellRef } from '../domain/address';

export interface ReportComparisonSide {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  /** The 三级 cell, like `绩效指标（原）!C6`. */
  readonly cell: string;
  readonly lints: readonly RenderedDiagnostic[];
}

export interface ReportComparisonPair {
  readonly changes: readonly ChangeKind[];
  readonly basis: PairBasis | null;
  /** lcsRatio of the two names, 0…1; null for added and removed rows. */
  readonly similarity: number | null;
  readonly reference: ReportComparisonSide | null;
  readonly scored: ReportComparisonSide | null;
}

export interface ReportComparison {
  readonly referenceSheet: string;
  readonly scoredSheet: string;
  readonly summary: Readonly<Record<ChangeKind, number>>;
  readonly pairs: readonly ReportComparisonPair[];
}

function side(s: ComparedSide | undefined, locale: Locale): ReportComparisonSide | null {
  if (!s) return null;
  const r = s.row;
  return {
    level1: r.level1,
    level2: r.level2,
    name: r.name,
    target: r.targetText,
    cell: sheetCellRef(r.sheet, r.row, r.cols.name ?? 0),
    lints: renderDiagnostics(s.lints, locale),
  };
}

export function comparisonReport(comparison: IndicatorComparison | undefined, locale: Locale): ReportComparison | null {
  if (!comparison) return null;
  return {
    referenceSheet: comparison.referenceSheet,
    scoredSheet: comparison.scoredSheet,
    summary: comparison.summary,
    pairs: comparison.pairs.map((p) => ({
      changes: p.changes,
      basis: p.basis ?? null,
      similarity: p.similarity === undefined ? null : Math.round(p.similarity * 100) / 100,
      reference: side(p.reference, locale),
      scored: side(p.scored, locale),
    })),
  };
}
