/** Dates as tracking mode takes them: ISO `YYYY-MM-DD` calendar dates (the readers make them, §1.1). */

/** True for a valid ISO calendar date (`2021-02-29` is not one). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = new Date(`${s}T00:00:00Z`);
  return Number.isFinite(t.getTime()) && t.toISOString().slice(0, 10) === s;
}
