/**
 * 分值: given weights, or each 一级's points split equally (DOMAIN.md §3.1) — where the profile has
 * default points; a profile whose forms always carry 分值 reports WEIGHTS_REQUIRED instead.
 */
import type { IndicatorRow } from '../model';
import type { Diagnostic } from '../diagnostics/types';
import type { ScoringProfile } from '../schema/profiles';
import { diag } from '../diagnostics/create';
import { hasDefaultSplit } from '../schema/profiles';
import { roundHalfUp, sum2 } from './rounding';

export interface WeightAssignment {
  /** One weight per scored row, in the same order. */
  readonly weights: readonly number[];
  readonly diagnostics: readonly Diagnostic[];
}

export function assignWeights(
  rows: readonly IndicatorRow[],
  profile: ScoringProfile,
  sheet: string,
  weightColumn: number | undefined,
  headerRow: number,
): WeightAssignment {
  // A negative or non-finite 分值 is not a weight a form can carry: it counts as 0 (the sum check reports it).
  const weightOf = (r: IndicatorRow): number | undefined =>
    r.weight === undefined ? undefined : Number.isFinite(r.weight) && r.weight > 0 ? r.weight : 0;
  const given = rows.filter((r) => r.weight !== undefined).length;
  if (weightColumn !== undefined && given === rows.length && rows.length > 0) {
    const weights = rows.map((r) => weightOf(r) ?? 0);
    const sum = sum2(weights.map((w) => roundHalfUp(w, 2)));
    const total = roundHalfUp(sum + profile.budgetWeight, 2);
    const diagnostics =
      Math.abs(total - (profile.indicatorPoints + profile.budgetWeight)) > profile.weightTolerance + 1e-9
        ? [
            diag('WEIGHT_SUM_MISMATCH', { sheet: sheet, row: headerRow, col: weightColumn }, {
              sum: sum.toFixed(2),
              budget: profile.budgetWeight,
              total: total.toFixed(2),
            }),
          ]
        : [];
    return { weights, diagnostics };
  }
  if (given > 0) {
    const blank = rows.length - given;
    return {
      weights: rows.map((r) => weightOf(r) ?? 0),
      diagnostics: [
        diag('WEIGHTS_INCOMPLETE', { sheet: sheet, row: headerRow, col: weightColumn }, { blank }),
      ],
    };
  }
  const weights = new Array<number>(rows.length).fill(0);
  if (!hasDefaultSplit(profile)) {
    // No basis for a split: every indicator counts 0 until its 分值 is filled (an error, so 暂定).
    return {
      weights,
      diagnostics:
        rows.length > 0
          ? [diag('WEIGHTS_REQUIRED', { sheet, row: headerRow, col: weightColumn }, { profile: profile.id, count: rows.length })]
          : [],
    };
  }
  const details: string[] = [];
  for (const level of profile.level1) {
    const points = level.points ?? 0;
    const idx: number[] = [];
    rows.forEach((r, i) => {
      if (r.level1 === level.name) idx.push(i);
    });
    if (idx.length === 0) continue;
    const share = roundHalfUp(points / idx.length, 2);
    idx.forEach((rowIndex, k) => {
      weights[rowIndex] = k === idx.length - 1 ? roundHalfUp(points - share * (idx.length - 1), 2) : share;
    });
    details.push(`${level.name} ${points} / ${idx.length} = ${share.toFixed(2)}`);
  }
  return {
    weights,
    diagnostics: rows.length > 0 ? [diag('WEIGHTS_DEFAULTED', { sheet: sheet }, { detail: details.join('; ') })] : [],
  };
}
