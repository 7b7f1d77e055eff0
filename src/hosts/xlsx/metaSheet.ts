/**
 * The add-in's record inside an .xlsx file: a very hidden worksheet `_perfeval_meta`.
 * - A1 holds JSON `{"ownedSheets":[...]}`: the output sheets the add-in created (DOMAIN.md §5).
 * - Columns B, C, … hold drop-down lists too long for an inline data validation (Excel's 255-character
 *   limit); validations reference them as `_perfeval_meta!$B$1:$B$n`. A list is stored once and found
 *   again by its content, so running twice gives the same workbook.
 * The meta sheet is never part of a snapshot and is kept last in tab order.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { columnLetters } from '../../domain/address';
import { internals } from './excelInternals';
import { isRichText, richTextToString } from './readSheet';

export const META_SHEET_NAME = '_perfeval_meta';

/** Excel rejects inline list sources longer than this (the text between the quotes). */
export const INLINE_LIST_LIMIT = 255;

export function findMetaSheet(wb: Workbook): Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name === META_SHEET_NAME);
}

/**
 * A cell's text: a string as it is, rich text joined. LibreOffice (and WPS) save a string that mixes
 * Latin and CJK as rich text runs, one per script, so the record can come back that way.
 */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isRichText(value) ? richTextToString(value) : undefined;
}

/** Reads `ownedSheets` from A1; [] when the sheet is absent or A1 is not the expected JSON. */
export function readOwnedSheets(meta: Worksheet | undefined): string[] {
  if (!meta) return [];
  const raw = textOf(meta.findCell(1, 1)?.value);
  if (raw === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return [];
    const owned = (parsed as { ownedSheets?: unknown }).ownedSheets;
    if (!Array.isArray(owned)) return [];
    return owned.filter((name): name is string => typeof name === 'string');
  } catch {
    return [];
  }
}

/** Moves the sheet to the end of the tab order (other sheets keep their relative order). */
export function moveToEnd(wb: Workbook, ws: Worksheet): void {
  let last = 0;
  for (const other of wb.worksheets) if (other !== ws) last = Math.max(last, internals(other).orderNo);
  if (internals(ws).orderNo <= last) internals(ws).orderNo = last + 1;
}

export function ensureMetaSheet(wb: Workbook): Worksheet {
  const existing = findMetaSheet(wb);
  if (existing) {
    // Made only hidden by a program without very hidden sheets (LibreOffice): hide it again.
    existing.state = 'veryHidden';
    return existing;
  }
  const ws = wb.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
  ws.state = 'veryHidden';
  // What ExcelJS gives every sheet it loads: set it now so the sheet saves the same on every run.
  ws.pageSetup.firstPageNumber = 1;
  return ws;
}

/** The text of A1: the ownership record. */
export function ownershipRecord(owned: readonly string[]): string {
  return JSON.stringify({ ownedSheets: owned });
}

export function writeOwnedSheets(meta: Worksheet, owned: readonly string[]): void {
  meta.getCell(1, 1).value = ownershipRecord(owned);
}

/** True when the list can be written inline as `"a,b,c"`. */
export function fitsInline(list: readonly string[]): boolean {
  if (list.some((item) => item.includes(',') || item.includes('"'))) return false;
  return list.join(',').length <= INLINE_LIST_LIMIT;
}

export function inlineListFormula(list: readonly string[]): string {
  return `"${list.join(',')}"`;
}

function listInColumn(meta: Worksheet, col: number): string[] | undefined {
  const out: string[] = [];
  for (let row = 1; row <= meta.rowCount; row++) {
    const value = meta.findCell(row, col)?.value;
    if (value === null || value === undefined || value === '') break;
    out.push(textOf(value) ?? String(value));
  }
  return out.length > 0 ? out : undefined;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Returns an absolute reference to a column of the meta sheet holding `list`, storing the list in the
 * first free column (from B) when no column holds it yet.
 */
export function storedListFormula(meta: Worksheet, list: readonly string[]): string {
  let col = 2;
  for (; ; col++) {
    const existing = listInColumn(meta, col);
    if (!existing) break;
    if (sameList(existing, list)) break;
  }
  if (!listInColumn(meta, col)) {
    list.forEach((item, i) => {
      const cell = meta.getCell(i + 1, col);
      cell.value = item;
      cell.numFmt = '@';
    });
  }
  const letters = columnLetters(col - 1);
  return `${META_SHEET_NAME}!$${letters}$1:$${letters}$${list.length}`;
}
