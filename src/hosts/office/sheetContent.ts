/**
 * What a read brings back for one sheet (its values-only used range as Excel's 2-D arrays, and its
 * merged areas, read apart: readMerges.ts), and how that becomes an A1-origin `SheetGrid`.
 */
import type { CellRange, CellValue, SheetGrid } from '../../domain/grid';
import { utf8Bytes } from './utf8Bytes';
import { parseAreasAddress, rectOfAddress } from './rangeAddresses';

export type Rows = readonly (readonly unknown[])[];

export interface SheetContent {
  /** The values-only used range; undefined for a sheet without values. */
  readonly used: CellRange | undefined;
  /** Excel's arrays over `used` (row 0 is `used.top`). */
  readonly values: Rows;
  readonly numberFormats: Rows;
  readonly valueTypes: Rows;
  readonly merges: readonly CellRange[];
  /** UTF-8 bytes of the three arrays as Excel sent them (a size hint for the next read). */
  readonly bytes: number;
}

/** Response bytes of loaded range arrays. */
export function arraysBytes(values: Rows, numberFormats: Rows, valueTypes: Rows): number {
  return utf8Bytes(JSON.stringify([values, numberFormats, valueTypes]));
}

/** Merged areas of a loaded `getMergedAreasOrNullObject()` (none when it was not loaded or is null). */
export function mergesOf(areas: Excel.RangeAreas | undefined): CellRange[] {
  return areas && !areas.isNullObject ? parseAreasAddress(areas.address) : [];
}

/** A sheet without values. */
export const EMPTY_CONTENT: SheetContent = { used: undefined, values: [], numberFormats: [], valueTypes: [], merges: [], bytes: 0 };

/** True when Excel returned all three arrays (above five million cells `values` can come back null). */
export function hasArrays(range: Excel.Range): boolean {
  return Array.isArray(range.values) && Array.isArray(range.numberFormat) && Array.isArray(range.valueTypes);
}

/**
 * The content of a loaded `getUsedRangeOrNullObject(true)` with `address,values,numberFormat,valueTypes`;
 * undefined when Excel sent no arrays for it ("In some cases, Range.values returns null" above the
 * five-million-cell get limit, office-js-docs-pr docs/excel/performance.md): read it in bands.
 */
export function contentOfUsedRange(used: Excel.Range): SheetContent | undefined {
  if (used.isNullObject) return EMPTY_CONTENT;
  if (!hasArrays(used)) return undefined;
  return {
    used: rectOfAddress(used.address),
    values: used.values,
    numberFormats: used.numberFormat,
    valueTypes: used.valueTypes,
    merges: [],
    bytes: arraysBytes(used.values, used.numberFormat, used.valueTypes),
  };
}

/** Excel's 2-D arrays as an A1-origin grid: `""` → null, `Error` cells → `{ error }`, `General` → undefined. */
export function gridFromRange(
  name: string,
  visible: boolean,
  origin: { readonly top: number; readonly left: number } | undefined,
  values: Rows,
  numberFormats: Rows,
  valueTypes: Rows,
  merges: readonly CellRange[],
): SheetGrid {
  const gridValues: CellValue[][] = [];
  const gridFormats: (string | undefined)[][] = [];
  if (origin) {
    for (let r = 0; r < origin.top; r++) {
      gridValues.push([]);
      gridFormats.push([]);
    }
    values.forEach((row, i) => {
      const vRow: CellValue[] = new Array<CellValue>(origin.left).fill(null);
      const fRow: (string | undefined)[] = new Array<string | undefined>(origin.left).fill(undefined);
      row.forEach((raw, j) => {
        vRow.push(toCellValue(raw, valueTypes[i]?.[j]));
        const format = numberFormats[i]?.[j];
        fRow.push(typeof format === 'string' && format !== 'General' ? format : undefined);
      });
      gridValues.push(vRow);
      gridFormats.push(fRow);
    });
  }
  return { name, values: gridValues, numberFormats: gridFormats, merges, visible };
}

export function gridOfContent(name: string, visible: boolean, content: SheetContent): SheetGrid {
  return gridFromRange(name, visible, content.used, content.values, content.numberFormats, content.valueTypes, content.merges);
}

/** A sheet returned by name and visibility only (an owned output sheet: the engine never reads its cells). */
export function emptyGrid(name: string, visible: boolean): SheetGrid {
  return { name, values: [], numberFormats: [], merges: [], visible };
}

function toCellValue(raw: unknown, type: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (type === 'Error') return { error: String(raw) };
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return String(raw);
}

/** The rows of a loaded used range, laid out from A1 (for the meta sheet's columns). */
export function rowsFromA1(used: Excel.Range): unknown[][] {
  if (used.isNullObject) return [];
  const origin = rectOfAddress(used.address);
  if (!origin) return [];
  const rows: unknown[][] = [];
  for (let r = 0; r < origin.top; r++) rows.push([]);
  for (const row of used.values) rows.push([...new Array<unknown>(origin.left).fill(''), ...row]);
  return rows;
}
