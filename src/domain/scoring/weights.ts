/** 分值: given weights, or each 一级's points split equally (DOMAIN.md §3.1). */
import type { IndicatorRow } from '../model';
import type { Diagnostic } from '../diagnostics/types';
import type { ScoringProfile } from '../schema/profiles';
import { diag } from '../diagnostics/create';
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
      Math.abs(total - 100) > profile.weightTolerance + 1e-9
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
  const details: string[] = [];
  for (const level of profile.level1) {
    const idx: number[] = [];
    rows.forEach((r, i) => {
      if (r.level1 === level.name) idx.push(i);
    });
    if (idx.length === 0) continue;
    const share = roundHalfUp(level.points / idx.length, 2);
    idx.forEach((rowIndex, k) => {
      weights[rowIndex] = k === idx.length - 1 ? roundHalfUp(level.points - share * (idx.length - 1), 2) : share;
    });
    details.push(`${level.name} ${level.points} / ${idx.length} = ${share.toFixed(2)}`);
  }
  return {
    weights,
    diagnostics: rows.length > 0 ? [diag('WEIGHTS_DEFAULTED', { sheet: sheet }, { detail: details.join('; ') })] : [],
  };
}
