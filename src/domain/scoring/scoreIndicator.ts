/** Scoring one indicator (DOMAIN.md §3.3–3.5, 3.8, 3.9). Returns the result and the diagnostics it raised. */
import type { IndicatorResult, IndicatorRow, IndicatorStatus, IndicatorType } from '../model';
import type { Diagnostic, LocationInput } from '../diagnostics/types';
import type { ScoringProfile } from '../schema/profiles';
import type { Actual, Tier } from '../values';
import { isNumericTarget, type NumericTarget } from '../parse/parseTarget';
import { assertNever } from '../values';
import { diag } from '../diagnostics/create';
import { alignActual } from '../parse/alignActual';
import { formatQuantity } from '../parse/formatQuantity';
import { formatPercent, roundHalfUp } from './rounding';


const TIER_LABEL: Readonly<Record<Tier, string>> = { achieved: '达成', partial: '部分达成', notAchieved: '未达成' };

interface Raw {
  score: number;
  completion?: number;
  status: IndicatorStatus;
  actualValue?: number;
}

/** A share of W, clamped to [0, 1] (a non-finite share scores nothing). */
function share(v: number): number {
  if (!Number.isFinite(v)) return 0;
  return Math.min(Math.max(v, 0), 1);
}

/** What a quantitative row earns as a share of W, with the completion shown (§3.3). */
interface Fraction {
  readonly fraction: number;
  readonly completion?: number;
}

/**
 * The formulas of §3.3 on B already in the target's base unit, as a share of W: the profile says which
 * LE/LT miss formula applies. Status follows the share, so a row with W = 0 (a blank 分值) still says
 * whether its target was met.
 */
export function quantitativeFraction(target: NumericTarget, b: number, profile: ScoringProfile): Fraction {
  switch (target.kind) {
    case 'GE':
    case 'GT':
    case 'EQ': {
      const a = target.value;
      if (a === 0) {
        const met = target.kind === 'GT' ? b > 0 : target.kind === 'EQ' ? b <= 0 : b >= 0;
        return { fraction: met ? 1 : 0 };
      }
      return { fraction: b >= a ? 1 : share(b / a), completion: b / a };
    }
    case 'LE':
    case 'LT': {
      const a = target.value;
      if (a <= 0) return { fraction: b <= a ? 1 : 0 };
      const fraction = b <= a ? 1 : profile.leFormula === 'linear' ? share(1 - (b - a) / a) : share(a / b);
      return b !== 0 ? { fraction, completion: a / b } : { fraction };
    }
    case 'BAND': {
      const x = Math.abs(target.value);
      const abs = Math.abs(b);
      return { fraction: abs <= x ? 1 : share(x / abs) };
    }
    case 'RANGE': {
      const { low, high } = target;
      if (b >= low && b <= high) return { fraction: 1 };
      if (b < low) return { fraction: low === 0 ? 0 : share(b / low) };
      return { fraction: share(high / b) };
    }
    default:
      return assertNever(target);
  }
}

/** The score of a quantitative row with weight `w` (W × the share of §3.3). */
export function quantitativeScore(target: NumericTarget, b: number, w: number, profile: ScoringProfile): Raw {
  const { fraction, completion } = quantitativeFraction(target, b, profile);
  const status: IndicatorStatus = fraction >= 1 - 1e-9 ? 'met' : fraction <= 1e-9 ? 'unmet' : 'partial';
  const raw: Raw = { score: fraction >= 1 ? w : w * fraction, status, actualValue: b };
  if (completion !== undefined) raw.completion = completion;
  return raw;
}

export interface Scored {
  readonly result: IndicatorResult;
  readonly diagnostics: readonly Diagnostic[];
}

const MISSING: Raw = { score: 0, status: 'missing' };

/**
 * The result, with completion and actualValue only when known. One literal per combination, so each
 * result is allocated whole (adding fields one by one would cost another allocation, on every row).
 */
function resultOf(row: IndicatorRow, type: IndicatorType, w: number, raw: Raw): IndicatorResult {
  const score = roundHalfUp(raw.score, 2);
  const { status, actualValue } = raw;
  const completion = raw.completion !== undefined && Number.isFinite(raw.completion) ? raw.completion : undefined;
  if (completion !== undefined && actualValue !== undefined) {
    return { row, type, weight: w, score, status, completion, actualValue };
  }
  if (completion !== undefined) return { row, type, weight: w, score, status, completion };
  if (actualValue !== undefined) return { row, type, weight: w, score, status, actualValue };
  return { row, type, weight: w, score, status };
}

/** A text actual against a quantitative target (`满意度较高`, `完成` against `≥50个`). */
function notNumeric(row: IndicatorRow): Diagnostic {
  return diag('ACTUAL_NOT_NUMERIC', actualAt(row), {
    name: row.name,
    actual: row.actualText,
    target: row.targetText,
  });
}

/** Below target or far above it, with nothing in the 偏差原因 cell. */
function reasonMissing(row: IndicatorRow): Diagnostic {
  return diag('DEVIATION_REASON_MISSING', { sheet: row.sheet, row: row.row, col: row.cols.reason ?? row.cols.name }, {
    name: row.name,
  });
}

/** The actual's cell, else the row's 三级 cell (a sheet without an actual column). */
function actualAt(row: IndicatorRow): LocationInput {
  return { sheet: row.sheet, row: row.row, col: row.cols.actual ?? row.cols.name };
}

/** Scores one row with weight `w`. `hasActualColumn` false: every actual is missing without a per-row error. */
export function scoreIndicator(row: IndicatorRow, w: number, profile: ScoringProfile, hasActualColumn: boolean): Scored {
  const diagnostics: Diagnostic[] = [];
  const result = scoreInto(row, w, profile, hasActualColumn, diagnostics);
  return { result, diagnostics };
}

/** scoreIndicator, adding the diagnostics to `diagnostics` (the evaluation's own list: no list per row). */
export function scoreInto(
  row: IndicatorRow,
  w: number,
  profile: ScoringProfile,
  hasActualColumn: boolean,
  diagnostics: Diagnostic[],
): IndicatorResult {
  const name = row.name;
  const quantitative = isNumericTarget(row.target);
  const type: IndicatorType = quantitative ? 'quantitative' : 'qualitative';
  const actual: Actual = row.actual;
  switch (actual.kind) {
    case 'EMPTY':
      if (hasActualColumn) diagnostics.push(diag('ACTUAL_MISSING', actualAt(row), { name }));
      return resultOf(row, type, w, MISSING);
    case 'ERROR':
      diagnostics.push(diag('ACTUAL_INVALID', actualAt(row), { name, error: actual.error }));
      return resultOf(row, type, w, MISSING);
    case 'NUM': {
      if (!isNumericTarget(row.target)) {
        diagnostics.push(
          diag('QUAL_ACTUAL_UNRECOGNIZED', actualAt(row), { name, actual: row.actualText }),
        );
        return resultOf(row, type, w, MISSING);
      }
      const target = row.target;
      const aligned = alignActual(target, actual);
      if (aligned.unitMismatch) {
        diagnostics.push(
          diag('UNIT_MISMATCH', actualAt(row), {
            name,
            targetUnit: aligned.unitMismatch.target,
            actualUnit: aligned.unitMismatch.actual,
          }),
        );
      }
      if (aligned.ambiguousPercent) {
        diagnostics.push(
          diag('AMBIGUOUS_PERCENT', actualAt(row), {
            name,
            actual: row.actualText,
            value: String(aligned.value),
          }),
        );
      }
      if (actual.hasOperator) {
        diagnostics.push(
          diag('ACTUAL_HAS_OPERATOR', actualAt(row), { name, actual: row.actualText, value: formatQuantity(aligned.value, target) }),
        );
      }
      if (actual.approximate) {
        diagnostics.push(
          diag('APPROXIMATE_ACTUAL', actualAt(row), {
            name,
            actual: row.actualText,
            value: formatQuantity(aligned.value, target),
          }),
        );
      }
      let b = aligned.value;
      if (b < 0 && target.kind !== 'BAND' && target.kind !== 'RANGE') {
        diagnostics.push(diag('NEGATIVE_ACTUAL', actualAt(row), { name, actual: row.actualText }));
        b = 0;
      }
      const raw = quantitativeScore(target, b, w, profile);
      const over = overAchievement(target, b, profile);
      if (over !== undefined) {
        diagnostics.push(diag('OVER_ACHIEVED', actualAt(row), { name, ratio: formatPercent(over) }));
      }
      if ((raw.score < w - 1e-9 || over !== undefined) && row.deviationReason === '') {
        diagnostics.push(reasonMissing(row));
      }
      return resultOf(row, type, w, raw);
    }
    case 'TIER':
      if (quantitative) {
        diagnostics.push(notNumeric(row));
        return resultOf(row, type, w, MISSING);
      }
      return scoreTier(row, actual.tier, w, profile, diagnostics);
    case 'TEXT':
      if (quantitative) {
        diagnostics.push(notNumeric(row));
      } else if (restatesTarget(actual.text, row)) {
        // The officer wrote that the target was met (DOMAIN.md §8.15).
        diagnostics.push(diag('QUAL_ACTUAL_RESTATES_TARGET', actualAt(row), { name, actual: row.actualText }));
        return scoreTier(row, 'achieved', w, profile, diagnostics);
      } else {
        diagnostics.push(
          diag('QUAL_ACTUAL_UNRECOGNIZED', actualAt(row), { name, actual: row.actualText }),
        );
      }
      return resultOf(row, type, w, MISSING);
    default:
      return assertNever(actual);
  }
}

/** A qualitative actual that repeats its qualitative target (`显著提升` against `显著提升`), final stops aside. */
function restatesTarget(actual: string, row: IndicatorRow): boolean {
  if (row.target.kind !== 'QUAL') return false;
  const strip = (t: string): string => t.replace(/[。.；;，,]+$/u, '');
  const a = strip(actual);
  return a !== '' && a === strip(row.target.text);
}

/** A qualitative tier's score (§3.4): the tier's default, or the typed score when it lies in the tier's band. */
function scoreTier(row: IndicatorRow, tier: Tier, w: number, profile: ScoringProfile, diagnostics: Diagnostic[]): IndicatorResult {
  const factor = profile.tierFactor[tier];
  let score = w * factor;
  if (row.manualScore !== undefined) {
    const [lowF, highF] = profile.tierBand[tier];
    const low = roundHalfUp(w * lowF, 2);
    const high = roundHalfUp(w * highF, 2);
    const inBand =
      row.manualScore >= low - 1e-9 && (tier === 'achieved' ? row.manualScore <= high + 1e-9 : row.manualScore < high - 1e-9);
    if (inBand) score = row.manualScore;
    else {
      diagnostics.push(
        diag('QUAL_SCORE_OUT_OF_BAND', { sheet: row.sheet, row: row.row, col: row.cols.score }, {
          name: row.name,
          score: row.manualScore,
          tier: TIER_LABEL[tier],
          low: low.toFixed(2),
          high: high.toFixed(2),
          used: roundHalfUp(score, 2).toFixed(2),
        }),
      );
    }
  }
  const status: IndicatorStatus = tier === 'achieved' ? 'met' : tier === 'partial' ? 'partial' : 'unmet';
  if (score < w - 1e-9 && row.deviationReason === '') {
    diagnostics.push(reasonMissing(row));
  }
  return resultOf(row, 'qualitative', w, { score, status });
}

/** B/A when it deviates enough to flag OVER_ACHIEVED (§3.8), else undefined. */
function overAchievement(target: NumericTarget, b: number, profile: ScoringProfile): number | undefined {
  if (target.kind === 'BAND' || target.kind === 'RANGE' || target.value === 0) return undefined;
  const ratio = b / target.value;
  if ((target.kind === 'GE' || target.kind === 'GT') && ratio >= profile.overAchieveHigh) return ratio;
  if ((target.kind === 'LE' || target.kind === 'LT') && ratio <= profile.overAchieveLow) return ratio;
  return undefined;
}
