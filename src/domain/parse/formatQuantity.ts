/** A value in a target's base unit, written back the way the target was written: 1.6e10 against `（亿）` is `160亿`. */
import type { NumericTarget } from './parseTarget';
import { cleanFloat } from '../text/normalize';

const MAGNITUDE: Readonly<Record<number, string>> = { 10000: '万', 100000000: '亿' };

export function formatQuantity(value: number, target: NumericTarget): string {
  const magnitude = MAGNITUDE[target.scale] ?? '';
  const scaled = magnitude === '' ? value : value / target.scale;
  return `${cleanFloat(scaled)}${magnitude}${target.unit}`;
}
