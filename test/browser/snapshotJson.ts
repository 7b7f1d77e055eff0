/**
 * A WorkbookSnapshot as JSON for the trip from Node to the page: dates become `{ $date: ISO }` and
 * come back as Date objects; missing number formats (`undefined`, which JSON would turn into `null`)
 * travel as `null` and come back as `undefined`. Plain TypeScript (bundled into the shim, used by the tests).
 */
import type { WorkbookSnapshot } from '../../src/app/ports';
import type { CellValue, SheetGrid } from '../../src/domain/grid';

export type EncodedValue = Exclude<CellValue, Date> | { readonly $date: string };

export interface EncodedGrid extends Omit<SheetGrid, 'values' | 'numberFormats'> {
  readonly values: readonly (readonly EncodedValue[])[];
  readonly numberFormats: readonly (readonly (string | null)[])[];
}

export interface EncodedSnapshot {
  readonly sheets: readonly EncodedGrid[];
  readonly ownedSheets: readonly string[];
}

function isEncodedDate(value: EncodedValue): value is { readonly $date: string } {
  return typeof value === 'object' && value !== null && '$date' in value;
}

export function encodeSnapshot(snapshot: WorkbookSnapshot): EncodedSnapshot {
  return {
    ownedSheets: [...snapshot.ownedSheets],
    sheets: snapshot.sheets.map((grid) => ({
      ...grid,
      values: grid.values.map((row) => row.map((v): EncodedValue => (v instanceof Date ? { $date: v.toISOString() } : v))),
      numberFormats: grid.numberFormats.map((row) => Array.from(row, (f) => f ?? null)),
    })),
  };
}

export function decodeSnapshot(encoded: EncodedSnapshot): WorkbookSnapshot {
  return {
    ownedSheets: [...encoded.ownedSheets],
    sheets: encoded.sheets.map(
      (grid): SheetGrid => ({
        ...grid,
        values: grid.values.map((row) => row.map((v): CellValue => (isEncodedDate(v) ? new Date(v.$date) : v))),
        numberFormats: grid.numberFormats.map((row) => Array.from(row, (f) => f ?? undefined)),
      }),
    ),
  };
}
