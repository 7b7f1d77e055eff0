/**
 * A projected quantity written the way its target is (`102.86批次`, `12亿`, `39.43次`): in the target's
 * magnitude, rounded half-up to 2 decimals (a projection is an estimate, never exact to the unit).
 */
import { isNumericTarget, type NumericTarget } from '../parse/parseTarget';
import type { IndicatorTracking } from './types';
import { roundHalfUp } from '../scoring/rounding';

const MAGNITUDE: Readonly<Record<number, string>> = { 10000: '万', 100000000: '亿' };

/** A value in the target's base unit expressed in the magnitude the target is written in (万, 亿). */
export function inTargetMagnitude(value: number, target: NumericTarget): number {
  return MAGNITUDE[target.scale] === undefined ? value : value / target.scale;
}

/** The same, rounded to 2 decimals. */
export function projectedInTargetUnit(value: number, target: NumericTarget): number {
  return roundHalfUp(inTargetMagnitude(value, target), 2);
}

/** The unit a projection is written in: the target's magnitude word and unit (`批次`, `亿`, `万元`). */
export function projectedUnit(target: NumericTarget): string {
  return `${MAGNITUDE[target.scale] ?? ''}${target.unit}`;
}

/** True when a value in the base unit is shown divided by the target's scale (万, 亿). */
export function scaledForDisplay(target: NumericTarget): boolean {
  return MAGNITUDE[target.scale] !== undefined;
}

export function formatProjected(value: number, target: NumericTarget): string {
  return `${projectedInTargetUnit(value, target)}${projectedUnit(target)}`;
}

/** The projection as messages and the report show it (`360批次`, a tier as written), `` when none. */
export function projectionText(t: IndicatorTracking): string {
  const p = t.projection;
  const target = t.result.row.target;
  if (!p) return '';
  if (p.value !== undefined && isNumericTarget(target)) return formatProjected(p.value, target);
  return t.result.row.tracking?.projectionText || t.result.row.actualText;
}
