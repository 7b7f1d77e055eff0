/**
 * The diagnostics of a tracking run: the snapshot's, with DEVIATION_REASON_MISSING judged against the
 * schedule rather than the annual target, then tracking's own checks.
 *
 * Mid-year almost every cumulative indicator is below its annual target, so asking for a reason for each
 * would repeat the false alarm LOW_EXECUTION_RATE used to give. In tracking mode a reason is asked for
 * only where the indicator is behind (yellow or red) or over-achieved, and a ticked 偏差原因类别 counts as
 * a reason.
 */
import type { Diagnostic } from '../diagnostics/types';
import type { IndicatorTracking, TrackingResult } from './types';

function rowKey(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
}

export function trackingDiagnostics(
  snapshot: readonly Diagnostic[],
  tracked: { readonly tracking: TrackingResult; readonly diagnostics: readonly Diagnostic[] },
): Diagnostic[] {
  const byRow = new Map<string, IndicatorTracking>();
  for (const t of tracked.tracking.indicators) byRow.set(rowKey(t.result.row.sheet, t.result.row.row), t);
  const overAchieved = new Set(
    snapshot.filter((d) => d.code === 'OVER_ACHIEVED').map((d) => rowKey(d.sheet, d.row ?? -1)),
  );
  const kept = snapshot.filter((d) => {
    if (d.code !== 'DEVIATION_REASON_MISSING') return true;
    const key = rowKey(d.sheet, d.row ?? -1);
    const t = byRow.get(key);
    if (!t) return true;
    if (t.categories.length > 0) return false;
    return overAchieved.has(key) || t.light === 'yellow' || t.light === 'red';
  });
  return [...kept, ...tracked.diagnostics];
}
