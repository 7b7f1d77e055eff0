/** Decimal-safe half-up rounding (DOMAIN.md §3.6): 3.1275 → 3.13 even though 3.1275 is 3.12749… in binary. */

/**
 * Fast path (weights and many scores): a value that already is the double nearest to a number of
 * cents, small enough that 12 significant digits hold it exactly, rounds to itself. Spares two
 * toPrecision round trips through strings on every indicator.
 */
function hasAtMostTwoDecimals(value: number, digits: number): boolean {
  return digits === 2 && Math.abs(value) < 1e9 && Math.round(value * 100) / 100 === value;
}

/** Rounds to `digits` decimals, half away from zero, after removing binary noise (12 significant digits). */
export function roundHalfUp(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  if (hasAtMostTwoDecimals(value, digits)) return value === 0 ? 0 : value;
  const clean = Number(value.toPrecision(12));
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(clean) * factor).toPrecision(12));
  const rounded = (Math.sign(clean) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Sums already-rounded values without float noise (0.1 + 0.2 is 0.3). */
export function sum2(values: readonly number[]): number {
  let cents = 0;
  for (const v of values) cents += Math.round(v * 100);
  return cents / 100;
}

export function formatFixed2(value: number): string {
  return roundHalfUp(value, 2).toFixed(2);
}

export function formatPercent(fraction: number, digits = 2): string {
  return `${roundHalfUp(fraction * 100, digits).toFixed(digits)}%`;
}
