/**
 * The ownership record: which output sheets this add-in created. Excel keeps it in a workbook
 * setting; the .xlsx host keeps it in cell A1 of a very hidden sheet. The office host reads both
 * (union) and writes both, so the command line and Excel agree on what they may overwrite.
 */

export const OWNED_SHEETS_SETTING = 'perfEval.ownedSheets';
export const META_SHEET_NAME = '_perfeval_meta';

/** Sheet names from a setting value (an array, or its JSON text); anything else yields none. */
export function ownedFromSetting(value: unknown): string[] {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return [];
    }
  }
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

/** Sheet names from the meta sheet's A1 JSON `{"ownedSheets":[...]}`; anything else yields none. */
export function ownedFromMetaCell(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  try {
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed === 'object' && parsed !== null && 'ownedSheets' in parsed) {
      return ownedFromSetting((parsed as { ownedSheets: unknown }).ownedSheets);
    }
  } catch {
    return [];
  }
  return [];
}

export function metaCellJson(owned: readonly string[]): string {
  return JSON.stringify({ ownedSheets: owned });
}

/** Union in first-seen order. */
export function unionNames(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const name of list) {
      if (!seen.has(name)) {
        seen.add(name);
        out.push(name);
      }
    }
  }
  return out;
}

/** Excel rejects inline list sources longer than this. */
export const INLINE_LIST_LIMIT = 255;

/** True when a drop-down list can be written inline as `a,b,c` (same rule as the .xlsx host). */
export function fitsInlineList(list: readonly string[]): boolean {
  if (list.some((item) => item.includes(',') || item.includes('"'))) return false;
  return list.join(',').length <= INLINE_LIST_LIMIT;
}

/**
 * Lists too long for an inline source live in the meta sheet's columns B, C, … (one list per
 * column, from row 1), found again by content. `columns` are the meta sheet's existing values
 * (row-major from A1); returns the column index (0-based) holding `list` and whether it must be written.
 */
export function placeStoredList(columns: readonly (readonly unknown[])[], list: readonly string[], taken: Set<number>): { col: number; write: boolean } {
  const columnAt = (col: number): string[] => {
    const out: string[] = [];
    for (const row of columns) {
      const v = row[col];
      if (v === null || v === undefined || v === '') break;
      out.push(String(v));
    }
    return out;
  };
  for (let col = 1; ; col++) {
    const existing = columnAt(col);
    if (existing.length === 0 && !taken.has(col)) return { col, write: true };
    if (existing.length === list.length && existing.every((v, i) => v === list[i])) return { col, write: false };
  }
}
