/** Test helpers: build grids the way a user sees the sheet; `adr('D5')` for 0-based coordinates. */
import type { CellRange, CellValue, SheetGrid } from '../../src/domain/grid';
import { parseA1, parseRangeA1 } from '../../src/domain/address';

export function adr(a1: string): { row: number; col: number } {
  const p = parseA1(a1);
  if (!p) throw new Error(`bad address ${a1}`);
  return p;
}

export interface GridOptions {
  /** `{ 'E7': '0%' }` */
  readonly formats?: Readonly<Record<string, string>>;
  /** `['A1:C1']` */
  readonly merges?: readonly string[];
  readonly visible?: boolean;
}

export function grid(name: string, rows: readonly (readonly CellValue[])[], options: GridOptions = {}): SheetGrid {
  const numberFormats: (string | undefined)[][] = rows.map((r) => r.map(() => undefined));
  for (const [a1, fmt] of Object.entries(options.formats ?? {})) {
    const { row, col } = adr(a1);
    const target = (numberFormats[row] ??= []);
    target[col] = fmt;
  }
  const merges: CellRange[] = (options.merges ?? []).map((m) => {
    const r = parseRangeA1(m);
    if (!r) throw new Error(`bad range ${m}`);
    return r;
  });
  return { name, values: rows, numberFormats, merges, visible: options.visible ?? true };
}
