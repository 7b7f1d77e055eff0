/**
 * Which findings come from a reference indicator table (checked, never scored): the pane lists them
 * apart. A finding is a reference one when it lies in a block read as `reference`; on a sheet that
 * holds only reference blocks, any finding of that sheet is (a sheet-wide one too).
 */
import type { RenderedDiagnostic } from '../domain/diagnostics/types';
import type { ReportBlock } from '../app/report';
import { parseRangeA1 } from '../domain/address';

export function isReferenceFinding(d: RenderedDiagnostic, layout: readonly ReportBlock[]): boolean {
  const here = layout.filter((b) => b.sheet === d.sheet);
  const reference = here.filter((b) => b.role === 'reference');
  if (reference.length === 0) return false;
  if (here.every((b) => b.role === 'reference')) return true;
  // The sheet also holds what was scored: only a finding inside a reference block is one.
  const at = parseRangeA1(d.cell);
  if (!at) return false;
  return reference.some((b) => {
    const r = parseRangeA1(b.range);
    return r !== undefined && at.top >= r.top && at.bottom <= r.bottom && at.left >= r.left && at.right <= r.right;
  });
}

/** The reference sheets the findings come from, in the order the blocks were read. */
export function referenceSheetsOf(findings: readonly RenderedDiagnostic[], layout: readonly ReportBlock[]): string[] {
  const sheets = [...new Set(layout.filter((b) => b.role === 'reference').map((b) => b.sheet))];
  return sheets.filter((s) => findings.some((d) => d.sheet === s));
}
