/** 0-based coordinates inside, A1 strings at the edges. */
import type { CellRange } from './grid';

/** Letters of the columns an address names most (A…ZZ), made once: addresses are built per row. */
const COMMON_COLUMNS = 26 * 27;
const columnLettersCache: string[] = [];

export function columnLetters(col: number): string {
  if (Number.isInteger(col) && col >= 0 && col < COMMON_COLUMNS) {
    return (columnLettersCache[col] ??= lettersOf(col));
  }
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `toA1(4, 2)` is `C5`. */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** `parseA1('C5')` is `{ row: 4, col: 2 }`; returns undefined for anything that is not a cell address. */
export function parseA1(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** `parseRangeA1('A1:C3')`; a single cell is a 1×1 range. */
export function parseRangeA1(a1: string): CellRange | undefined {
  const [a, b] = a1.split(':');
  const start = a === undefined ? undefined : parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Excel compares sheet names case-insensitively: `Report` and `REPORT` are the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return a === b || a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** Quotes a sheet name for use in a reference when Excel would need it. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `绩效指标!C5` — the form users see in diagnostics and the 来源 column. */
export function sheetCellRef(sheet: string, row: number, col: number): string {
  return `${sheet}!${toA1(row, col)}`;
}
