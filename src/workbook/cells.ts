/**
 * Small readings of single cells that every block reader shares: blank, dash (DOMAIN.md §8.4), the
 * normalised label of a short text cell, and the merged areas of a sheet by their top-left cell.
 */
import type { CellRange, CellValue, SheetGrid } from '../domain/grid';
import { normalizeText } from '../domain/text/normalize';

const NON_SPACE = /\S/;

/** Empty or only whitespace. Stops at the first visible character: never copies a long text (`trim` would). */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && !NON_SPACE.test(v));
}

export function at(row: readonly CellValue[] | undefined, col: number | undefined): CellValue {
  return col === undefined || row === undefined ? null : (row[col] ?? null);
}

/** The written forms of "nothing here" in a numeric field (after normalisation). */
const DASHES: ReadonlySet<string> = new Set(['—', '–', '-', '/', '*', '无', '——', '－', '－－', '--', '—-', '/', '／', '―', '─', '无此项']);

/** True for `—`, `–`, `-`, `/`, `*`, `无`, `——` and their full-width forms: a blank numeric field. */
export function isDash(v: CellValue | undefined): boolean {
  if (typeof v !== 'string' || v.length > 6) return false;
  return DASHES.has(normalizeText(v));
}

/** Blank or a dash. */
export function isBlankOrDash(v: CellValue | undefined): boolean {
  return isBlank(v) || isDash(v);
}

/** The normalised text of a short text cell (labels are short); `` for anything else. */
export function shortText(v: CellValue | undefined, max = 40): string {
  return typeof v === 'string' && v.length <= max ? normalizeText(v) : '';
}

/** The merged areas of a sheet, found by any of their cells' rows and by their top-left cell. */
export class MergeIndex {
  private readonly byTopLeft = new Map<string, CellRange>();
  private readonly byRow = new Map<number, CellRange[]>();

  constructor(merges: readonly CellRange[]) {
    for (const m of merges) {
      this.byTopLeft.set(`${m.top}:${m.left}`, m);
      // Only the first rows of a sheet are searched cell by cell: index the rows a merge covers, up to a bound.
      const last = Math.min(m.bottom, m.top + 200);
      for (let r = m.top; r <= last; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(m);
        else this.byRow.set(r, [m]);
      }
    }
  }

  static of(grid: SheetGrid): MergeIndex {
    return new MergeIndex(grid.merges);
  }

  /** The merged area whose top-left cell is (row, col). */
  startingAt(row: number, col: number): CellRange | undefined {
    return this.byTopLeft.get(`${row}:${col}`);
  }

  /** The merged area that covers (row, col), if any. */
  covering(row: number, col: number): CellRange | undefined {
    for (const m of this.byRow.get(row) ?? []) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }
}
