/**
 * Which findings come from a reference indicator table (checked, never scored): the pane lists them
 * apart. On a sheet that holds only reference blocks, any finding of that sheet is one (a sheet-wide one
 * too); on a sheet that holds other blocks as well, a finding is one when it lies inside a reference block
 * and touches no other block (a whole column, or a row shared with the scored table, stays with the scored).
 */
import type { RenderedDiagnostic } from '../domain/diagnostics/types';
import type { ReportBlock } from '../app/report';
import { columnIndex, parseRangeA1 } from '../domain/address';
import type { CellRange } from '../domain/grid';

export function isReferenceFinding(d: RenderedDiagnostic, layout: readonly ReportBlock[]): boolean {
  const here = layout.filter((b) => b.sheet === d.sheet);
  const reference = here.filter((b) => b.role === 'reference');
  if (reference.length === 0) return false;
  if (here.every((b) => b.role === 'reference')) return true;
  // The sheet also holds what was scored: only a finding inside a reference block, and in no other block, is one.
  const at = locationOf(d.cell);
  if (!at) return false;
  const ranges = (blocks: readonly ReportBlock[]) => blocks.map((b) => parseRangeA1(b.range)).filter((r): r is CellRange => r !== undefined);
  const others = ranges(here.filter((b) => b.role !== 'reference'));
  return ranges(reference).some((r) => inside(at, r)) && !others.some((r) => overlaps(at, r));
}

/** A whole column (no rows said) lies inside no block; a whole row lies inside a block that spans its rows. */
function inside(at: Span, r: CellRange): boolean {
  if (at.rows === undefined) return false;
  const colsIn = at.cols === undefined || (at.cols[0] >= r.left && at.cols[1] <= r.right);
  return at.rows[0] >= r.top && at.rows[1] <= r.bottom && colsIn;
}

function overlaps(at: Span, r: CellRange): boolean {
  const rows = at.rows === undefined || (at.rows[0] <= r.bottom && at.rows[1] >= r.top);
  const cols = at.cols === undefined || (at.cols[0] <= r.right && at.cols[1] >= r.left);
  return rows && cols;
}

/** The rows and columns a location spans (0-based, inclusive); a whole row `3:3` spans no column range, a column `E:E` no row range. */
interface Span {
  readonly rows?: readonly [number, number];
  readonly cols?: readonly [number, number];
}

function locationOf(cell: string): Span | undefined {
  const rows = /^(\d+):(\d+)$/.exec(cell);
  if (rows?.[1] !== undefined && rows[2] !== undefined) return { rows: [Number(rows[1]) - 1, Number(rows[2]) - 1] };
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(cell);
  if (cols?.[1] !== undefined && cols[2] !== undefined) return { cols: [columnIndex(cols[1]), columnIndex(cols[2])] };
  const range = parseRangeA1(cell);
  return range ? { rows: [range.top, range.bottom], cols: [range.left, range.right] } : undefined;
}

/** The reference sheets the findings come from, in the order the blocks were read. */
export function referenceSheetsOf(findings: readonly RenderedDiagnostic[], layout: readonly ReportBlock[]): string[] {
  const sheets = [...new Set(layout.filter((b) => b.role === 'reference').map((b) => b.sheet))];
  return sheets.filter((s) => findings.some((d) => d.sheet === s));
}
