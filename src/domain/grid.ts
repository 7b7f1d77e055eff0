/**
 * A sheet as the engine sees it: a grid of cell values with their number formats and merged areas.
 * Hosts (ExcelJS, Office.js, the fake Excel) produce grids; the engine never sees a host object.
 * Coordinates are 0-based inside the engine; A1 strings appear only at the edges (see address.ts).
 */

/** An Excel error value such as `#N/A` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

/**
 * What a cell can hold. Hosts give dates as Excel serial numbers together with their date number
 * format; `Date` is accepted too (for callers that already hold one).
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangle of cells, 0-based, inclusive on both ends. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  /** The sheet's tab name. */
  readonly name: string;
  /**
   * Row-major values starting at A1 (row 0 is sheet row 1). Rows may be ragged or missing at the
   * end; a merged area's value sits in its top-left cell only, the other cells are `null`.
   */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats of the same shape as `values` (missing entries mean `General`). */
  readonly numberFormats: readonly (readonly (string | undefined)[])[];
  readonly merges: readonly CellRange[];
  /** False for hidden and very hidden sheets. */
  readonly visible: boolean;
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}

export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

export function formatAt(grid: SheetGrid, row: number, col: number): string {
  return grid.numberFormats[row]?.[col] ?? 'General';
}

export function gridWidth(grid: SheetGrid): number {
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row.length);
  return width;
}
