/**
 * Putting an actual into its target's unit before they are compared (DOMAIN.md §2).
 *
 * - Target in `%`: a number cell formatted with `%` is ×100 (0.95 → 95). A number without unit and
 *   without `%` format whose size is in (0, 1], against a target above 1 (for a range: its larger
 *   end, for a band: its width), is read as a fraction: ×100 and ambiguousPercent.
 * - An actual without unit or magnitude is read in the target's unit and magnitude:
 *   `89.974` against `≤90万元` is 899740 元; `7` against `≥7` named `（亿）` is 7e8.
 * - An actual with a unit or magnitude is already in its base unit (parseActual scaled it).
 *   Different non-empty base units (`天` vs `次`) are a unitMismatch; the number is still used.
 *   Equivalent units (`批次`≡`批`, `天`≡`日`, see sameBaseUnit) are not a mismatch, and neither
 *   is an empty base unit on either side (`7亿` against a target in 元).
 *
 * Decisions (where DOMAIN.md is silent):
 * - A `%`-formatted number cell against a target not in `%` keeps its stored value (0.95 against
 *   `≥0.9`); against a target with another non-empty unit it is a unitMismatch (`%`).
 * - A value of exactly 0 is never flagged ambiguous (0 and 0 % are the same).
 */
import type { Actual } from '../values';
import { cleanFloat } from '../text/normalize';
import type { NumericTarget } from './parseTarget';
import { sameBaseUnit } from './unit';

export type NumericActual = Extract<Actual, { readonly kind: 'NUM' }>;

export interface AlignedActual {
  /** The actual in the target's base unit (magnitude applied). */
  readonly value: number;
  /** Present when the two base units differ. */
  readonly unitMismatch?: { readonly target: string; readonly actual: string };
  /** A bare number ≤ 1 read as a fraction of 100 % (`AMBIGUOUS_PERCENT`). */
  readonly ambiguousPercent: boolean;
}

/** The size a `%` target speaks of: its value, its band width, or the larger end of its range. */
function targetSize(target: NumericTarget): number {
  return target.kind === 'RANGE' ? Math.max(Math.abs(target.low), Math.abs(target.high)) : Math.abs(target.value);
}

function mismatch(targetUnit: string, actualUnit: string): AlignedActual['unitMismatch'] {
  if (targetUnit === '' || actualUnit === '' || sameBaseUnit(targetUnit, actualUnit)) return undefined;
  return { target: targetUnit, actual: actualUnit };
}

function aligned(value: number, ambiguousPercent: boolean, unitMismatch?: AlignedActual['unitMismatch']): AlignedActual {
  return unitMismatch ? { value, unitMismatch, ambiguousPercent } : { value, ambiguousPercent };
}

export function alignActual(target: NumericTarget, actual: NumericActual): AlignedActual {
  const percentTarget = target.unit === '%';
  if (actual.percentFormat && !actual.hasUnit) {
    if (percentTarget) return aligned(cleanFloat(actual.value * 100), false);
    return aligned(actual.value, false, mismatch(target.unit, '%'));
  }
  if (actual.hasUnit) return aligned(actual.value, false, mismatch(target.unit, actual.unit));
  if (percentTarget) {
    const size = Math.abs(actual.value);
    if (size > 0 && size <= 1 && targetSize(target) > 1) return aligned(cleanFloat(actual.value * 100), true);
    return aligned(actual.value, false);
  }
  return aligned(cleanFloat(actual.value * target.scale), false);
}
